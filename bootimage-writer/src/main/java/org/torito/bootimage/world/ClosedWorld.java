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
import org.torito.compiler.baseline.ClassInitReference;
import org.torito.compiler.baseline.ClassLiteral;
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
    private final ClassHierarchy hierarchy;
    private final Map<MethodReference, CompiledMethod> methods = new LinkedHashMap<>();
    /**
     * Rapid type analysis: classes some reached code instantiates, and for each selector called virtually the
     * receiver types it is called on; an instantiated class implements a call when it is a subtype of one.
     */
    private final Set<String> instantiated = new LinkedHashSet<>();
    private final Map<String, Set<String>> receiverTypes = new HashMap<>();
    private final Map<MethodReference, MethodReference> reachedFrom = new HashMap<>();
    private final Map<StaticFieldReference, StaticField> staticFields = new LinkedHashMap<>();
    private final Set<String> strings = new LinkedHashSet<>();
    private final Set<String> initialized = new LinkedHashSet<>();
    private final Set<String> classLiterals = new LinkedHashSet<>();
    private final Deque<MethodReference> work = new ArrayDeque<>();
    private long bytecodeBytes;
    private long compileNanos;

    /** Classes initialized at build time: they get init records, but their static initializers are not reached. */
    private final java.util.function.Predicate<String> initializedAtBuildTime;

    public ClosedWorld(ClassPath classPath) {
        this(classPath, c -> false);
    }

    /** {@code initializedAtBuildTime}: classes whose static initializers the image writer runs on the host. */
    public ClosedWorld(ClassPath classPath, java.util.function.Predicate<String> initializedAtBuildTime) {
        this.classPath = classPath;
        this.hierarchy = new ClassHierarchy(classPath);
        this.initializedAtBuildTime = initializedAtBuildTime;
    }

    /**
     * Records that the image holds objects of classes {@code classes}, made at build time (the pre-initialized
     * heap), and compiles what that makes reachable (their implementations of the selectors code calls).
     * Returns whether anything new was compiled.
     */
    public boolean instantiateAtBuildTime(java.util.Collection<String> classes) {
        int before = methods.size();
        for (String c : classes) {
            instantiate(c, null);
        }
        while (!work.isEmpty()) {
            compile(work.removeFirst());
        }
        return methods.size() != before;
    }

    public ClassHierarchy hierarchy() {
        return hierarchy;
    }

    /** The classes that reached code instantiates. */
    public Set<String> instantiated() {
        return instantiated;
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
        CompiledMethod compiled;
        long start = System.nanoTime();
        try {
            compiled = BaselineCompiler.compile(declaring.internalName(), node, declaring.bytesOf(node), hierarchy);
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
        for (CompiledMethod.VirtualCall call : compiled.virtualCalls()) {
            if (receiverTypes.computeIfAbsent(call.selector(), s -> new LinkedHashSet<>()).add(call.receiverType())) {
                for (String c : List.copyOf(instantiated)) {
                    if (isSubtype(c, call.receiverType())) {
                        reachImplementation(c, call.selector(), requested);
                    }
                }
            }
        }
        for (String c : compiled.instantiated()) {
            instantiate(c, requested);
        }
        for (Relocation r : compiled.code().relocations()) {
            if (r.target() instanceof MethodReference callee) {
                reach(callee, requested);
            } else if (r.target() instanceof StaticFieldReference field) {
                staticFields.computeIfAbsent(field, f -> resolveField(f, requested));
            } else if (r.target() instanceof ClassLiteral literal) {
                classLiterals.add(literal.descriptor());
                instantiate("java/lang/Class", requested); // class objects are made at build time
                if (literal.descriptor().startsWith("L")) { // a class object can initialize its class at run
                    String name = literal.descriptor().substring(1, literal.descriptor().length() - 1);
                    if (classPath.find(name).isPresent()) { // time (Class.forName, Unsafe, SharedSecrets)
                        initialize(name, requested);
                    }
                }
            } else if (r.target() instanceof ClassInitReference init) {
                initialize(init.className(), requested);
            } else if (r.target() instanceof StringConstant s) {
                strings.add(s.value());
                instantiate("java/lang/String", requested); // literals are Strings: their methods can be called
            }
        }
    }

    /** Records that reached code makes instances of {@code c}: its implementations of called selectors are reached. */
    private void instantiate(String c, MethodReference from) {
        if (instantiated.add(c)) {
            for (ClassHierarchy.Slot slot : hierarchy.layout(c).vtable()) {
                String selector = slot.name() + slot.descriptor();
                for (String receiver : receiverTypes.getOrDefault(selector, Set.of())) {
                    if (isSubtype(c, receiver)) {
                        reachImplementation(c, selector, from);
                        break;
                    }
                }
            }
        }
    }

    /** Whether class {@code c} is {@code type}, extends it or implements it. */
    private boolean isSubtype(String c, String type) {
        for (String s = c; s != null; s = hierarchy.layout(s).superName()) {
            if (s.equals(type)) {
                return true;
            }
        }
        return hierarchy.layout(c).interfaces().contains(type);
    }

    /** Reaches the method that implements {@code selector} in instantiated class {@code c}, if any. */
    private void reachImplementation(String c, String selector, MethodReference from) {
        ClassHierarchy.Layout layout = hierarchy.layout(c);
        int index = layout.vtableIndex(selector);
        if (index >= 0) {
            ClassHierarchy.Slot slot = layout.vtable().get(index);
            if (slot.implementation() != null && !slot.isAbstract()) {
                reach(slot.implementation(), from);
            }
        }
    }

    private ClassPath.ClassFile resolveMethodClass(MethodReference method) {
        String owner = method.owner();
        while (owner != null) {
            ClassPath.ClassFile file = classFile(owner, method);
            for (MethodNode m : file.node().methods) {
                if (m.name.equals(method.name()) && m.desc.equals(method.descriptor())) {
                    return file;
                }
            }
            owner = file.node().superName;
        }
        String itf = hierarchy.defaultMethodOwner(method.owner(), method.name(), method.descriptor());
        if (itf != null) { // JVMS §5.4.3.3: a default method inherited from a superinterface
            return classFile(itf, method);
        }
        for (String c = method.owner(); c != null; c = classFile(c, method).node().superName) {
            String deleter = classPath.deletedBy(c, method.name(), method.descriptor());
            if (deleter != null) {
                throw new ImageBuildException("method " + method + " is deleted by substitution " + deleter
                        + ": an image must not reach it", "reached by " + chain(method),
                        "keep the code that calls it out of the image, or substitute the method instead");
            }
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

    /**
     * Records that the boot initializes {@code className} before calling {@code entry} in it (JVMS §5.5: the
     * invocation of a static method initializes its class, and the trampoline's call has no check of its own).
     */
    public void initializeBefore(MethodReference entry) {
        initialize(entry.owner(), entry);
    }

    /**
     * Records that code initializes {@code className}: it and each superclass that needs initialization get
     * an init record, and their static initializers are reached.
     */
    private void initialize(String className, MethodReference from) {
        for (String c = className; c != null && hierarchy.needsInitialization(c); c = hierarchy.layout(c).superName()) {
            if (!initialized.add(c)) {
                return;
            }
            if (hierarchy.hasInitializer(c) && !initializedAtBuildTime.test(c)) {
                reach(new MethodReference(c, "<clinit>", "()V"), from);
            }
            for (String itf : hierarchy.interfacesInitializedWith(c)) {
                if (initialized.add(itf)) {
                    reach(new MethodReference(itf, "<clinit>", "()V"), from);
                }
            }
        }
    }

    /** Descriptors of the types whose class objects code uses. */
    public Set<String> classLiterals() {
        return classLiterals;
    }

    /** Classes that need an init record, in the order they were first needed. */
    public Set<String> initialized() {
        return initialized;
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
