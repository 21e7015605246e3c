package org.torito.bootimage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.torito.bootimage.image.BootImageBuilder;
import org.torito.bootimage.world.ClassPath;

/**
 * {@code ./torito image --cp <dirs-or-jars> --main <class> --out <file.elf>}: builds a boot image. The VM,
 * kernel and drivers come from the writer's own class path; {@code --cp} adds the application. On any
 * error it prints what is wrong and writes no image.
 */
public final class ImageCommand {
    /** The JDK feature release whose class library images are built from. */
    static final int SUPPORTED_JDK = 17;

    private ImageCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** {@code x.elf} -> {@code x.img}; any other name gets {@code .img} appended. */
    static Path diskImagePath(Path elf) {
        return elf.resolveSibling(baseName(elf) + ".img");
    }

    /** {@code x.elf} -> {@code x.report.txt}: the build report beside the image. */
    static Path reportPath(Path elf) {
        return elf.resolveSibling(baseName(elf) + ".report.txt");
    }

    private static String baseName(Path elf) {
        String name = elf.getFileName().toString();
        return name.endsWith(".elf") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * Null when {@code jdk} is a JDK Torito builds images with, else why not: images carry the running JDK's
     * own java.base, and the substitutions are written against JDK 17's.
     */
    static String unsupportedJdk(Runtime.Version jdk) {
        if (jdk.feature() == SUPPORTED_JDK) {
            return null;
        }
        return "this JDK is " + jdk + ", but Torito compiles JDK " + SUPPORTED_JDK + "'s java.base into images"
                + " (its substitutions follow that version); run ./torito with a JDK " + SUPPORTED_JDK
                + " (set JAVA_HOME)";
    }

    /** Writes {@code bytes} to a temporary file beside {@code target} and renames it: no half-written image. */
    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".torito-image", ".tmp");
        Files.write(temporary, bytes);
        try {
            Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The files of the application's class path that are not classes, by the absolute name a class loader
     * finds them under; the first entry that has a name wins, as on a class path. Torito's own substitution
     * lists ({@code META-INF/torito/}) stay out.
     */
    static java.util.Map<String, byte[]> resources(List<Path> classPath) throws IOException {
        java.util.Map<String, byte[]> found = new java.util.LinkedHashMap<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                try (java.util.stream.Stream<Path> files = Files.walk(entry)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = entry.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                        if (isResource(name)) {
                            found.putIfAbsent(name, Files.readAllBytes(file));
                        }
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry.toFile())) {
                    for (java.util.jar.JarEntry e : java.util.Collections.list(jar.entries())) {
                        if (!e.isDirectory() && isResource(e.getName())) {
                            try (java.io.InputStream in = jar.getInputStream(e)) {
                                found.putIfAbsent(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean isResource(String name) {
        return !name.endsWith(".class") && !name.startsWith("META-INF/torito/") && !name.equals("META-INF/MANIFEST.MF");
    }

    /** Runs the command; returns its exit status (0 image written, 1 build error, 2 bad usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> classPath = new ArrayList<>();
        String mainClass = null;
        Path output = null;
        List<String> buildTime = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                err.println("torito image: " + flag + " needs a value (see ./torito help)");
                return 2;
            }
            String value = args[++i];
            switch (flag) {
                case "--cp" -> {
                    for (String entry : value.split(java.io.File.pathSeparator)) {
                        if (!entry.isEmpty()) {
                            classPath.add(Path.of(entry));
                        }
                    }
                }
                case "--main" -> mainClass = value;
                case "--out" -> output = Path.of(value);
                case "--initialize-at-build-time" -> {
                    for (String name : value.split(",")) {
                        if (!name.isBlank()) {
                            buildTime.add(name.strip().replace('.', '/'));
                        }
                    }
                }
                default -> {
                    err.println("torito image: unknown option '" + flag + "' (see ./torito help)");
                    return 2;
                }
            }
        }
        if (classPath.isEmpty() || mainClass == null || output == null) {
            err.println("torito image: --cp, --main and --out are required (see ./torito help)");
            return 2;
        }
        for (Path entry : classPath) {
            if (!Files.exists(entry)) {
                err.println("torito image: class path entry " + entry + " does not exist");
                return 2;
            }
        }
        String jdkProblem = unsupportedJdk(Runtime.version());
        if (jdkProblem != null) {
            err.println("torito image: " + jdkProblem);
            return 1;
        }
        java.util.Map<String, byte[]> resources;
        try {
            resources = resources(classPath);
        } catch (IOException e) {
            err.println("torito image: cannot read the resources of " + classPath + ": " + e.getMessage());
            return 1;
        }
        List<Path> all = new ArrayList<>(classPath);
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            all.add(Path.of(entry));
        }
        try (ClassPath cp = new ClassPath(all)) {
            out.println("torito image: " + mainClass + " -> " + output);
            BootImageBuilder builder = new BootImageBuilder(cp, mainClass, out, resources);
            java.net.URLClassLoader loader = null;
            if (!buildTime.isEmpty()) { // the application's classes, apart from the writer's own class path
                java.net.URL[] urls = new java.net.URL[classPath.size()];
                for (int i = 0; i < urls.length; i++) {
                    urls[i] = classPath.get(i).toUri().toURL();
                }
                loader = new java.net.URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
                builder.initializeAtBuildTime(buildTime, loader);
            }
            BootImageBuilder.Image image = builder.build();
            if (loader != null) {
                loader.close();
            }
            Path disk = diskImagePath(output);
            writeAtomically(output, image.elf());
            writeAtomically(disk, image.disk());
            Path report = reportPath(output);
            writeAtomically(report, image.report().text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.printf("build phases: %s; per package: %s%n", image.report().phases(), report.getFileName());
            out.printf("wrote %s and %s: %d methods, %d bytes of code from %d bytes of bytecode, %d bytes of data%n",
                    output, disk.getFileName(), image.methods(), image.codeBytes(), image.bytecodeBytes(),
                    image.dataBytes());
            return 0;
        } catch (ImageBuildException e) {
            err.println("torito image: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("torito image: cannot write " + output + ": " + e.getMessage());
            return 1;
        }
    }
}
