package org.torito.bootimage.world;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.compiler.asm.Relocation;
import org.torito.compiler.baseline.BaselineCompiler;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.MethodReference;
import org.torito.compiler.baseline.StaticFieldReference;
import org.torito.compiler.baseline.StringConstant;
import org.torito.compiler.baseline.UnsupportedBytecodeException;

/**
 * The methods an image needs and their machine code: starting from the entry points, every method a
 * compiled method calls is resolved (JVMS §5.4.3.3: in the named class, then its superclasses) and compiled
 * in turn, until nothing new is reached. Static fields and string literals are collected on the way.
 *
 * <p>Each reached method remembers who reached it first, so an error can show the chain from an entry point.
 */
public final class ClosedWorld {
    /** A static field, resolved to the class that declares it. */
    public record StaticField(String owner, FieldNode field) {
    }

    private final ClassPath classPath;
    private final Map<MethodReference, CompiledMethod> methods = new LinkedHashMap<>();
    private final Map<MethodReference, MethodReference> reachedFrom = new HashMap<>();
    private final Map<StaticFieldReference, StaticField> staticFields = new LinkedHashMap<>();
    private final Set<String> strings = new LinkedHashSet<>();
    private final Set<String> checkedClasses = new LinkedHashSet<>();
    private final Deque<MethodReference> work = new ArrayDeque<>();
    private long bytecodeBytes;
    private long compileNanos;

    public ClosedWorld(ClassPath classPath) {
        this.classPath = classPath;
    }

    /** Compiles everything reachable from {@code roots}. */
    public void compileFrom(List<MethodReference> roots) {
        for (MethodReference root : roots) {
            reach(root, null);
        }
        while (!work.isEmpty()) {
            MethodReference next = work.removeFirst();
            compile(next);
        }
    }

    private void reach(MethodReference method, MethodReference from) {
        if (!methods.containsKey(method) && !reachedFrom.containsKey(method)) {
            reachedFrom.put(method, from);
            work.addLast(method);
        }
    }

    private void compile(MethodReference requested) {
        ClassPath.ClassFile declaring = resolveMethodClass(requested);
        MethodNode node = declaring.node().methods.stream()
                .filter(m -> m.name.equals(requested.name()) && m.desc.equals(requested.descriptor()))
                .findFirst().orElseThrow();
        checkNoStaticInitializer(declaring, requested);
        CompiledMethod compiled;
        long start = System.nanoTime();
        try {
            compiled = BaselineCompiler.compile(declaring.internalName(), node, declaring.bytesOf(node));
        } catch (UnsupportedBytecodeException | IllegalStateException e) {
            throw new ImageBuildException(e.getMessage(), "reached by " + chain(requested),
                    "keep such code out of what the image reaches until the compiler supports it");
        }
        compileNanos += System.nanoTime() - start;
        bytecodeBytes += compiled.bytecodeBytes();
        methods.put(requested, compiled);
        if (!compiled.method().equals(requested)) {
            // an inherited static method: the call names a subclass; compile once, link both names
            methods.putIfAbsent(compiled.method(), compiled);
        }
        for (Relocation r : compiled.code().relocations()) {
            if (r.target() instanceof MethodReference callee) {
                reach(callee, requested);
            } else if (r.target() instanceof StaticFieldReference field) {
                staticFields.computeIfAbsent(field, f -> resolveField(f, requested));
            } else if (r.target() instanceof StringConstant s) {
                strings.add(s.value());
            }
        }
    }

    private ClassPath.ClassFile resolveMethodClass(MethodReference method) {
        String owner = method.owner();
        while (owner != null) {
            ClassPath.ClassFile file = classFile(owner, method);
            for (MethodNode m : file.node().methods) {
                if (m.name.equals(method.name()) && m.desc.equals(method.descriptor())) {
                    if ((m.access & Opcodes.ACC_STATIC) == 0) {
                        throw new ImageBuildException(method + " is not static", "reached by " + chain(method),
                                "instance methods arrive with the complete baseline compiler");
                    }
                    return file;
                }
            }
            owner = file.node().superName;
        }
        throw new ImageBuildException("method " + method + " not found in " + method.owner()
                + " or its superclasses", "reached by " + chain(method),
                "compile against the same classes that are on the image's class path");
    }

    private StaticField resolveField(StaticFieldReference ref, MethodReference user) {
        String owner = ref.owner();
        while (owner != null) {
            ClassPath.ClassFile file = classFile(owner, user);
            for (FieldNode f : file.node().fields) {
                if (f.name.equals(ref.name()) && f.desc.equals(ref.descriptor())
                        && (f.access & Opcodes.ACC_STATIC) != 0) {
                    checkNoStaticInitializer(file, user);
                    return new StaticField(file.internalName(), f);
                }
            }
            owner = file.node().superName;
        }
        throw new ImageBuildException("static field " + ref + " not found", "used by " + chain(user), null);
    }

    private ClassPath.ClassFile classFile(String name, MethodReference user) {
        return classPath.find(name).orElseThrow(() -> new ImageBuildException("class " + name.replace('/', '.')
                + " is not on the class path", "needed by " + chain(user),
                "add the directory or jar that holds it to --cp"));
    }

    /** Class initialization (JVMS §5.5) is not compiled yet, so a reached class must not need it. */
    private void checkNoStaticInitializer(ClassPath.ClassFile file, MethodReference user) {
        if (!checkedClasses.add(file.internalName())) {
            return;
        }
        for (MethodNode m : file.node().methods) {
            if (m.name.equals("<clinit>")) {
                throw new ImageBuildException("class " + file.internalName().replace('/', '.')
                        + " has a static initializer, and class initialization is not supported yet",
                        "reached by " + chain(user),
                        "give its static fields constant values (static final primitives or no initializer)");
            }
        }
    }

    /** {@code a <- b <- c}: how the build reached {@code method}. */
    public String chain(MethodReference method) {
        List<String> links = new ArrayList<>();
        for (MethodReference m = method; m != null && links.size() < 20; m = reachedFrom.get(m)) {
            links.add(m.toString());
        }
        return String.join(" <- ", links);
    }

    public Map<MethodReference, CompiledMethod> methods() {
        return methods;
    }

    public Map<StaticFieldReference, StaticField> staticFields() {
        return staticFields;
    }

    public Set<String> strings() {
        return strings;
    }

    public ClassPath classPath() {
        return classPath;
    }

    public long bytecodeBytes() {
        return bytecodeBytes;
    }

    public long compileNanos() {
        return compileNanos;
    }

    /** The tree of a class, for checks such as "has a main method". */
    public ClassNode classNode(String internalName) {
        return classPath.find(internalName).map(ClassPath.ClassFile::node).orElse(null);
    }
}
