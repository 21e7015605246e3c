package org.torito.bootimage.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.torito.bootimage.ImageBuildException;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Where the closed world's class files come from: directories and jars (the application, the VM, the kernel
 * and their libraries), then the build JDK's own {@code java.base} from {@code jrt:/}. Classes are read once
 * and kept as bytes and ASM trees.
 */
public final class ClassPath implements AutoCloseable {
    /**
     * A class file and its tree, with substitutions applied. {@code codeSources} names, for methods whose code
     * comes from a substitution class, the class-file bytes that code is in.
     */
    public record ClassFile(String internalName, byte[] bytes, ClassNode node, String source,
                            Map<MethodNode, byte[]> codeSources) {
        /** The class-file bytes holding {@code method}'s Code attribute. */
        public byte[] bytesOf(MethodNode method) {
            return codeSources.getOrDefault(method, bytes);
        }
    }

    private final List<Path> entries;
    private final List<JarFile> jars = new ArrayList<>();
    private final FileSystem jrt;
    private final Map<String, Optional<ClassFile>> cache = new HashMap<>();
    private Substitutions substitutions;

    public ClassPath(List<Path> entries) {
        this.entries = List.copyOf(entries);
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                try {
                    jars.add(new JarFile(entry.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot open class path jar " + entry + ": " + e.getMessage(), e);
                }
            }
        }
        this.jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    }

    public List<Path> entries() {
        return entries;
    }

    /**
     * The class with internal name {@code name} ({@code java/lang/String}), if it is anywhere, with the
     * substitutions that target it applied.
     */
    public Optional<ClassFile> find(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    /**
     * Adds class {@code name}, made by the compiler rather than read from the class path (a lambda's class);
     * it must not clash with a class that exists. Defining the same class again (a method compiled twice) is
     * allowed when the bytes are the same.
     */
    public void define(String name, byte[] bytes) {
        Optional<ClassFile> existing = find(name);
        if (existing.isPresent() && java.util.Arrays.equals(existing.get().bytes(), bytes)) {
            return;
        }
        if (existing.isPresent()) {
            throw new IllegalStateException("generated class " + name + " clashes with an existing class");
        }
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        cache.put(name, Optional.of(new ClassFile(name, bytes, node, "generated", Map.of())));
    }

    private Optional<ClassFile> load(String name) {
        String[] source = new String[1];
        byte[] bytes = raw(name, source);
        if (bytes == null) {
            return Optional.empty();
        }
        if (!source[0].startsWith("jrt:")) { // the image's own code may name substitution classes
            bytes = substitutions().remapReferences(bytes);
        }
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        Map<MethodNode, byte[]> codeSources = substitutions().apply(node);
        return Optional.of(new ClassFile(name, bytes, node, source[0], codeSources));
    }

    /**
     * The substitution class that deleted method {@code name+descriptor} of {@code owner} (internal name), or
     * null: whether that class was read, and the member deleted, is known once {@link #find} read it.
     */
    public String deletedBy(String owner, String name, String descriptor) {
        return substitutions().deletedBy(owner, name, descriptor);
    }

    /** Whether a substitution class targets class {@code internalName}. */
    public boolean isSubstituted(String internalName) {
        return substitutions().targets(internalName);
    }

    private Substitutions substitutions() {
        if (substitutions == null) {
            substitutions = new Substitutions(listedSubstitutions(), name -> raw(name, new String[1]));
        }
        return substitutions;
    }

    /**
     * The class files named in every {@value Substitutions#LIST} on the class path. A class of the same
     * directory or jar annotated {@code @TargetClass} but missing from its list fails the build: it would be
     * ignored without a word, and the code it substitutes would silently stay the JDK's.
     */
    private List<String> listedSubstitutions() {
        List<String> names = new ArrayList<>();
        try {
            for (Path entry : entries) {
                Path list = entry.resolve(Substitutions.LIST);
                if (Files.isDirectory(entry) && Files.isRegularFile(list)) {
                    List<String> listed = lines(Files.readString(list));
                    names.addAll(listed);
                    try (var files = Files.walk(entry)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                            requireListed(Files.readAllBytes(file), listed, list.toString());
                        }
                    }
                }
            }
            for (JarFile jar : jars) {
                ZipEntry zip = jar.getEntry(Substitutions.LIST);
                if (zip != null) {
                    List<String> listed;
                    try (InputStream in = jar.getInputStream(zip)) {
                        listed = lines(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    names.addAll(listed);
                    for (ZipEntry file : java.util.Collections.list(jar.entries())) {
                        if (file.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(file)) {
                                requireListed(in.readAllBytes(), listed, jar.getName() + "!/" + Substitutions.LIST);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + Substitutions.LIST + ": " + e.getMessage(), e);
        }
        return names.stream().distinct().toList();
    }

    /** Fails when the class in {@code bytes} is a substitution class that {@code listed} (from {@code list}) lacks. */
    private static void requireListed(byte[] bytes, List<String> listed, String list) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        boolean substitution = node.invisibleAnnotations != null && node.invisibleAnnotations.stream()
                .anyMatch(a -> a.desc.equals(Substitutions.TARGET_CLASS));
        String name = node.name.replace('/', '.');
        if (substitution && !listed.contains(name)) {
            throw new ImageBuildException("substitution class " + name + " is not listed in " + list
                    + ": add its name there, or the class it targets stays unsubstituted");
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The unchanged bytes of class {@code name}, or null; {@code source[0]} receives where they came from. */
    private byte[] raw(String name, String[] source) {
        String file = name + ".class";
        try {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(file))) {
                    source[0] = entry.toString();
                    return Files.readAllBytes(entry.resolve(file));
                }
            }
            for (JarFile jar : jars) {
                ZipEntry zip = jar.getEntry(file);
                if (zip != null) {
                    try (InputStream in = jar.getInputStream(zip)) {
                        source[0] = jar.getName();
                        return in.readAllBytes();
                    }
                }
            }
            Path jdk = jrt.getPath("modules", "java.base", file);
            if (Files.isRegularFile(jdk)) {
                source[0] = "jrt:/java.base";
                return Files.readAllBytes(jdk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class " + name + ": " + e.getMessage(), e);
        }
        return null;
    }

    @Override
    public void close() {
        for (JarFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                // closing a jar we only read from: nothing is lost
            }
        }
    }
}
