package org.torito.bootimage.image;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Properties;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.bootimage.world.ClassPath;

/**
 * The system properties an image starts with, made at build time by the JDK's own code: {@code SystemProps}
 * (with the image's substitution of {@code SystemProps.Raw}, so the VM's and platform's values are the
 * image's), {@code VersionProps.init} and {@code System.createProperties}, exactly as {@code System} runs them
 * at startup. Their class files, as the image compiles them, are renamed into a package of their own and run
 * on the host in a throwaway class loader, so the host's own properties play no part. The result, a
 * {@code Properties}, goes into the image heap ({@link ImageHeap}) and the boot installs it.
 *
 * <p>Run at build time because nothing in it depends on the machine an image boots on: the values are the
 * image's constants. At run time the same code cost about 900 translated blocks (several milliseconds under
 * TCG) before {@code main}.
 */
final class HostedSystemProperties {
    /** The image's class that holds the properties: {@code static Properties initial}. */
    static final String HOLDER = "org/torito/vm/classlib/BuildTimeProperties";
    static final String FIELD = "initial";

    private static final String PREFIX = "org/torito/bootimage/hosted/";
    private static final String SYSTEM_PROPS = "jdk/internal/util/SystemProps";
    private static final String RAW = "jdk/internal/util/SystemProps$Raw";
    private static final String VERSION_PROPS = "java/lang/VersionProps";
    private static final String SYSTEM = "java/lang/System";

    private HostedSystemProperties() {
    }

    /** Runs the JDK's property startup, as {@code classPath} gives its classes, and returns the result. */
    static Properties compute(ClassPath classPath) {
        Map<String, String> renamed = Map.of(SYSTEM_PROPS, PREFIX + SYSTEM_PROPS, RAW, PREFIX + RAW,
                VERSION_PROPS, PREFIX + VERSION_PROPS, SYSTEM, PREFIX + SYSTEM);
        SimpleRemapper remapper = new SimpleRemapper(renamed);
        Map<String, ClassNode> nodes = new HashMap<>();
        for (String name : renamed.keySet()) {
            nodes.put(name, copy(node(classPath, name)));
        }
        keepOnlyWhatRuns(nodes, List.of(SYSTEM_PROPS + ".initProperties", VERSION_PROPS + ".init",
                SYSTEM + ".createProperties"));
        Map<String, byte[]> classes = new HashMap<>();
        for (ClassNode node : nodes.values()) {
            classes.put(PREFIX + node.name, rename(open(node), remapper));
        }
        ClassLoader loader = new ClassLoader(HostedSystemProperties.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String binaryName) throws ClassNotFoundException {
                byte[] bytes = classes.get(binaryName.replace('.', '/'));
                if (bytes == null) {
                    throw new ClassNotFoundException(binaryName);
                }
                return defineClass(binaryName, bytes, 0, bytes.length);
            }
        };
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> properties = (Map<String, String>) call(loader, SYSTEM_PROPS, "initProperties",
                    new Class<?>[0]);
            call(loader, VERSION_PROPS, "init", new Class<?>[] {Map.class}, properties);
            return (Properties) call(loader, SYSTEM, "createProperties", new Class<?>[] {Map.class}, properties);
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
            throw new ImageBuildException("the JDK's system property startup (SystemProps, VersionProps, "
                    + "System.createProperties) failed when run at build time: " + cause, null,
                    "check the substitution of jdk.internal.util.SystemProps$Raw");
        }
    }

    private static Object call(ClassLoader loader, String owner, String name, Class<?>[] parameters,
                               Object... arguments) throws ReflectiveOperationException {
        Method method = Class.forName((PREFIX + owner).replace('/', '.'), true, loader).getMethod(name, parameters);
        return method.invoke(null, arguments);
    }

    private static ClassNode node(ClassPath classPath, String name) {
        return classPath.find(name).orElseThrow(() -> new ImageBuildException("class " + name.replace('/', '.')
                + " is not in the JDK the image is built from")).node();
    }

    /** A copy of {@code node}, which the class path caches and the image compiles. */
    private static ClassNode copy(ClassNode node) {
        ClassNode copy = new ClassNode();
        node.accept(copy);
        return copy;
    }

    /**
     * Removes from {@code nodes} every method that neither {@code roots} ({@code owner.name}) nor a static
     * initializer reach through calls between these classes, and every field of {@code System}: what is left
     * needs nothing the renamed classes cannot have (System's other members, VersionProps' printing).
     */
    private static void keepOnlyWhatRuns(Map<String, ClassNode> nodes, List<String> roots) {
        Set<String> reached = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(roots);
        for (ClassNode node : nodes.values()) {
            if (!node.name.equals(SYSTEM)) {
                work.add(node.name + ".<clinit>");
            }
        }
        while (!work.isEmpty()) {
            String key = work.removeFirst();
            if (!reached.add(key)) {
                continue;
            }
            String owner = key.substring(0, key.lastIndexOf('.'));
            String name = key.substring(key.lastIndexOf('.') + 1);
            for (MethodNode m : nodes.get(owner).methods) {
                if (m.name.equals(name)) {
                    for (AbstractInsnNode insn : m.instructions) {
                        if (insn instanceof MethodInsnNode call && nodes.containsKey(call.owner)) {
                            work.add(call.owner + "." + call.name);
                        }
                    }
                }
            }
        }
        for (ClassNode node : nodes.values()) {
            node.methods.removeIf(m -> !reached.contains(node.name + "." + m.name));
            if (node.name.equals(SYSTEM)) {
                node.fields.clear();
            }
        }
        if (reached.stream().noneMatch(k -> k.equals(SYSTEM + ".createProperties"))
                || nodes.get(SYSTEM).methods.isEmpty()) {
            throw new ImageBuildException("java.lang.System has no createProperties: not the JDK 17 it should be");
        }
    }

    /**
     * Makes every class and member public (the renamed classes are no longer nestmates of each other or
     * members of java.base's packages) and the class file version 49, whose verifier needs no stack map frames
     * (the class path reads code without them).
     */
    private static ClassNode open(ClassNode node) {
        node.version = Opcodes.V1_5;
        node.access = node.access & ~(Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED) | Opcodes.ACC_PUBLIC;
        node.nestHostClass = null;
        node.nestMembers = null;
        node.innerClasses.clear();
        node.permittedSubclasses = null;
        for (FieldNode f : node.fields) {
            f.access = f.access & ~(Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED) | Opcodes.ACC_PUBLIC;
        }
        for (MethodNode m : node.methods) {
            m.access = m.access & ~(Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED) | Opcodes.ACC_PUBLIC;
        }
        return node;
    }

    private static byte[] rename(ClassNode node, SimpleRemapper remapper) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(new ClassRemapper(writer, remapper));
        return writer.toByteArray();
    }
}
