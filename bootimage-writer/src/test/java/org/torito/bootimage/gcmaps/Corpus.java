package org.torito.bootimage.gcmaps;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.tree.InnerClassNode;
import org.torito.bootimage.world.ClassPath;

/**
 * The classes whose methods the reference-map check compiles: real code of every shape, from this test's
 * own class path and the JDK: ASM's core package (the largest methods around: {@code ClassReader},
 * {@code MethodWriter}, {@code Frame}), collections and strings of {@code java.base} with their nested
 * classes, and all of {@code org.torito.vm}.
 */
final class Corpus {
    /** JDK classes checked, each with the classes nested in it. */
    static final List<String> JDK_CLASSES = List.of("java/util/ArrayList", "java/util/HashMap",
            "java/util/TreeMap", "java/util/ArrayDeque", "java/util/Collections", "java/util/Arrays",
            "java/lang/String", "java/lang/StringBuilder", "java/lang/Integer", "java/lang/Long", "java/lang/Math");
    /** Packages checked whole; true: with their subpackages. */
    static final String ASM_PACKAGE = "org/objectweb/asm";
    static final String VM_PACKAGE = "org/torito/vm";

    private Corpus() {
    }

    /** This test's class path, as the JVM running it was given it. */
    static List<Path> testClassPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /** Every class to check, by internal name, sorted. */
    static List<String> classes(ClassPath classPath) {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(classesIn(classPath.entries(), ASM_PACKAGE, false));
        names.addAll(classesIn(classPath.entries(), VM_PACKAGE, true));
        for (String jdk : JDK_CLASSES) {
            names.add(jdk);
            names.addAll(nested(classPath, jdk));
        }
        return List.copyOf(names);
    }

    /** The classes in {@code packagePath} ({@code org/objectweb/asm}) in any directory or jar of {@code entries}. */
    static List<String> classesIn(List<Path> entries, String packagePath, boolean subpackages) {
        List<String> names = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                Path dir = entry.resolve(packagePath);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir, subpackages ? Integer.MAX_VALUE : 1)) {
                        files.map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                                .filter(Corpus::isClass).forEach(names::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot list " + dir, e);
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String file = e.nextElement().getName();
                        boolean inPackage = file.startsWith(packagePath + "/")
                                && (subpackages || file.indexOf('/', packagePath.length() + 1) < 0);
                        if (inPackage && isClass(file)) {
                            names.add(file);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list jar " + entry, e);
                }
            }
        }
        return names.stream().map(f -> f.substring(0, f.length() - ".class".length())).toList();
    }

    private static boolean isClass(String file) {
        return file.endsWith(".class") && !file.endsWith("module-info.class") && !file.endsWith("package-info.class");
    }

    /** The classes nested in {@code className}: its InnerClasses entries (JVMS §4.7.6) named {@code className$…}. */
    private static List<String> nested(ClassPath classPath, String className) {
        List<String> names = new ArrayList<>();
        for (InnerClassNode inner : classPath.find(className).orElseThrow().node().innerClasses) {
            if (inner.name.startsWith(className + "$")) {
                names.add(inner.name);
            }
        }
        return names;
    }
}
