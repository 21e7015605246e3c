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
import org.objectweb.asm.tree.ClassNode;

/**
 * Where the closed world's class files come from: directories and jars (the application, the VM, the kernel
 * and their libraries), then the build JDK's own {@code java.base} from {@code jrt:/}. Classes are read once
 * and kept as bytes and ASM trees.
 */
public final class ClassPath implements AutoCloseable {
    /** A class file and its tree. */
    public record ClassFile(String internalName, byte[] bytes, ClassNode node, String source) {
    }

    private final List<Path> entries;
    private final List<JarFile> jars = new ArrayList<>();
    private final FileSystem jrt;
    private final Map<String, Optional<ClassFile>> cache = new HashMap<>();

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

    /** The class with internal name {@code name} ({@code java/lang/String}), if it is anywhere. */
    public Optional<ClassFile> find(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private Optional<ClassFile> load(String name) {
        String file = name + ".class";
        try {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(file))) {
                    return Optional.of(parse(name, Files.readAllBytes(entry.resolve(file)), entry.toString()));
                }
            }
            for (JarFile jar : jars) {
                ZipEntry zip = jar.getEntry(file);
                if (zip != null) {
                    try (InputStream in = jar.getInputStream(zip)) {
                        return Optional.of(parse(name, in.readAllBytes(), jar.getName()));
                    }
                }
            }
            Path jdk = jrt.getPath("modules", "java.base", file);
            if (Files.isRegularFile(jdk)) {
                return Optional.of(parse(name, Files.readAllBytes(jdk), "jrt:/java.base"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class " + name + ": " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static ClassFile parse(String name, byte[] bytes, String source) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        return new ClassFile(name, bytes, node, source);
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
