package org.torito.bootimage.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.ImageBuildException;
import org.torito.compiler.baseline.ClassModel;
import org.torito.compiler.baseline.MethodReference;
import org.torito.vm.object.FieldLayout;
import org.torito.vm.object.ObjectLayout;

/**
 * Classes as the runtime sees them: field layout, vtable, implemented interfaces, hierarchy depth. Computed
 * from class files on demand, the same for the compiler (through {@link ClassModel}) and for the type
 * information blocks the image writer lays out.
 *
 * <p>The vtable of a class is its superclass's, with the slots of overridden methods replaced (JVMS §5.4.5:
 * a package-private method is overridden only from its own package), then its new virtual methods in
 * declaration order, then slots for interface methods no class in the chain declares (miranda slots, whose
 * implementation is a default method or nothing).
 */
public final class ClassHierarchy implements ClassModel {
    /** A vtable slot: the selector and the method that implements it in this class (null: none). */
    public record Slot(String name, String descriptor, MethodReference implementation, boolean isAbstract) {
        String selector() {
            return name + descriptor;
        }
    }

    /** Everything about one class or interface. */
    public record Layout(String name, String superName, boolean isInterface, int depth, FieldLayout fields,
                         List<Slot> vtable, List<String> interfaces, List<MethodNode> interfaceMethods) {
        public int instanceSize() {
            return (int) ObjectLayout.align(fields.instanceBytes());
        }

        public int vtableIndex(String selector) {
            for (int i = 0; i < vtable.size(); i++) {
                if (vtable.get(i).selector().equals(selector)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private final ClassPath classPath;
    private final Map<String, Layout> layouts = new HashMap<>();

    public ClassHierarchy(ClassPath classPath) {
        this.classPath = classPath;
    }

    private ClassNode node(String name) {
        return classPath.find(name).orElseThrow(() -> new ImageBuildException("class " + name.replace('/', '.')
                + " is not on the class path", null, "add the directory or jar that holds it to --cp")).node();
    }

    /** The layout of class or interface {@code name} (internal name). */
    public Layout layout(String name) {
        Layout known = layouts.get(name);
        if (known == null) {
            known = compute(name);
            layouts.put(name, known);
        }
        return known;
    }

    private Layout compute(String name) {
        ClassNode node = node(name);
        boolean isInterface = (node.access & Opcodes.ACC_INTERFACE) != 0;
        Layout parent = node.superName == null || isInterface ? null : layout(node.superName);
        List<FieldLayout.Field> declared = new ArrayList<>();
        for (FieldNode f : node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) == 0) {
                declared.add(new FieldLayout.Field(f.name, f.desc));
            }
        }
        FieldLayout fields = FieldLayout.of(parent == null ? ObjectLayout.HEADER_BYTES : parent.fields().instanceBytes(),
                declared);
        Set<String> interfaces = new LinkedHashSet<>();
        if (parent != null) {
            interfaces.addAll(parent.interfaces());
        }
        for (String direct : node.interfaces) {
            interfaces.add(direct);
            interfaces.addAll(layout(direct).interfaces());
        }
        List<MethodNode> interfaceMethods = new ArrayList<>();
        if (isInterface) {
            for (MethodNode m : node.methods) {
                if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !m.name.startsWith("<")) {
                    interfaceMethods.add(m);
                }
            }
        }
        List<Slot> vtable = isInterface ? List.of() : vtable(node, parent, interfaces);
        int depth = parent == null ? 0 : parent.depth() + 1;
        return new Layout(name, isInterface ? null : node.superName, isInterface, depth, fields, List.copyOf(vtable),
                List.copyOf(interfaces), List.copyOf(interfaceMethods));
    }

    private List<Slot> vtable(ClassNode node, Layout parent, Set<String> interfaces) {
        List<Slot> vtable = new ArrayList<>(parent == null ? List.of() : parent.vtable());
        for (MethodNode m : node.methods) {
            if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) != 0 || m.name.startsWith("<")) {
                continue;
            }
            Slot slot = new Slot(m.name, m.desc, new MethodReference(node.name, m.name, m.desc),
                    (m.access & Opcodes.ACC_ABSTRACT) != 0);
            int overridden = -1;
            for (int i = 0; i < vtable.size(); i++) {
                Slot old = vtable.get(i);
                if (old.selector().equals(slot.selector()) && overridable(old, node.name)) {
                    overridden = i;
                }
            }
            if (overridden >= 0) {
                vtable.set(overridden, slot);
            } else {
                vtable.add(slot);
            }
        }
        for (String itf : interfaces) {
            for (MethodNode m : layout(itf).interfaceMethods()) {
                if (indexOf(vtable, m.name + m.desc) < 0) {
                    vtable.add(new Slot(m.name, m.desc, null, true)); // a miranda slot, selected below
                }
            }
        }
        for (int i = 0; i < vtable.size(); i++) {
            Slot slot = vtable.get(i);
            MethodReference impl = slot.implementation();
            if (impl == null || !impl.owner().equals(node.name) && layout(impl.owner()).isInterface()) {
                // no class in the chain declares it: an interface method is selected
                MethodReference selected = maximallySpecificDefault(interfaces, slot.name(), slot.descriptor());
                vtable.set(i, new Slot(slot.name(), slot.descriptor(), selected, selected == null));
            }
        }
        return vtable;
    }

    /**
     * JVMS §5.4.6: the method an invocation selects when no class declares it: the one non-abstract method
     * among the maximally-specific superinterface methods (those whose interface no other candidate's
     * interface extends); null when there is none or more than one (invoking it then fails).
     */
    private MethodReference maximallySpecificDefault(Set<String> interfaces, String name, String descriptor) {
        List<String> declaring = new ArrayList<>();
        for (String itf : interfaces) {
            for (MethodNode m : layout(itf).interfaceMethods()) {
                if (m.name.equals(name) && m.desc.equals(descriptor)) {
                    declaring.add(itf);
                }
            }
        }
        MethodReference selected = null;
        for (String itf : declaring) {
            boolean maximallySpecific = true;
            for (String other : declaring) {
                if (!other.equals(itf) && layout(other).interfaces().contains(itf)) {
                    maximallySpecific = false; // a subinterface declares it again
                }
            }
            MethodNode m = method(new MethodReference(itf, name, descriptor));
            if (maximallySpecific && (m.access & Opcodes.ACC_ABSTRACT) == 0) {
                if (selected != null) {
                    return null; // two candidates: no unique default
                }
                selected = new MethodReference(itf, name, descriptor);
            }
        }
        return selected;
    }

    private static int indexOf(List<Slot> vtable, String selector) {
        for (int i = 0; i < vtable.size(); i++) {
            if (vtable.get(i).selector().equals(selector)) {
                return i;
            }
        }
        return -1;
    }

    /** JVMS §5.4.5: public and protected methods are overridable everywhere, package-private ones in the package. */
    private boolean overridable(Slot inherited, String subclass) {
        if (inherited.implementation() == null) {
            return true;
        }
        MethodNode m = method(inherited.implementation());
        if (m == null || (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0) {
            return true;
        }
        return packageOf(inherited.implementation().owner()).equals(packageOf(subclass));
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash);
    }

    private MethodNode method(MethodReference ref) {
        for (MethodNode m : node(ref.owner()).methods) {
            if (m.name.equals(ref.name()) && m.desc.equals(ref.descriptor())) {
                return m;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------
    // ClassModel

    @Override
    public void define(String internalName, byte[] classFile) {
        classPath.define(internalName, classFile);
    }

    @Override
    public String simpleName(String internalName) {
        for (var inner : node(internalName).innerClasses) {
            if (inner.name.equals(internalName)) {
                return inner.innerName == null ? "" : inner.innerName; // an anonymous class has none
            }
        }
        return internalName.substring(internalName.lastIndexOf('/') + 1); // a top-level class
    }
    // ------------------------------------------------------------------------------------------------

    @Override
    public int fieldOffset(String owner, String name, String descriptor) {
        for (String c = owner; c != null; c = node(c).superName) {
            for (FieldNode f : node(c).fields) {
                if (f.name.equals(name) && f.desc.equals(descriptor) && (f.access & Opcodes.ACC_STATIC) == 0) {
                    return layout(c).fields().offsetOf(name);
                }
            }
        }
        throw new ImageBuildException("instance field " + owner.replace('/', '.') + "." + name + ":" + descriptor
                + " not found");
    }

    @Override
    public int instanceSize(String className) {
        return layout(className).instanceSize();
    }

    /** JVMS §2.9.3: a native varargs method of MethodHandle or VarHandle taking Object[]. */
    private boolean isSignaturePolymorphic(String owner, String name) {
        if (!owner.equals("java/lang/invoke/MethodHandle") && !owner.equals("java/lang/invoke/VarHandle")) {
            return false;
        }
        for (MethodNode m : node(owner).methods) {
            if (m.name.equals(name) && (m.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_VARARGS))
                    == (Opcodes.ACC_NATIVE | Opcodes.ACC_VARARGS)
                    && m.desc.startsWith("([Ljava/lang/Object;)")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public VirtualTarget virtualTarget(String owner, String name, String descriptor) {
        String cls = owner.startsWith("[") ? "java/lang/Object" : owner;
        for (String c = cls; c != null; c = node(c).superName) {
            for (MethodNode m : node(c).methods) {
                if (m.name.equals(name) && m.desc.equals(descriptor) && (m.access & Opcodes.ACC_PRIVATE) != 0) {
                    return new VirtualTarget(-1, new MethodReference(c, name, descriptor)); // nestmate private
                }
            }
        }
        int index = layout(cls).vtableIndex(name + descriptor);
        if (index < 0 && isSignaturePolymorphic(cls, name)) {
            throw new IllegalStateException("signature-polymorphic call " + cls.replace('/', '.') + "." + name
                    + descriptor + " is not supported yet: MethodHandle invocations need compiler intrinsics");
        }
        if (index < 0) {
            for (String c = cls; c != null; c = node(c).superName) {
                String deleter = classPath.deletedBy(c, name, descriptor);
                if (deleter != null) {
                    throw new IllegalStateException("method " + c.replace('/', '.') + "." + name + descriptor
                            + " is deleted by substitution " + deleter + ": an image must not reach it");
                }
            }
            throw new IllegalStateException("no virtual method " + cls.replace('/', '.') + "." + name + descriptor);
        }
        return new VirtualTarget(index, null);
    }

    @Override
    public String staticFieldOwner(String owner, String name, String descriptor) {
        String declaring = findStaticField(owner, name, descriptor);
        if (declaring == null) {
            throw new ImageBuildException("static field " + owner.replace('/', '.') + "." + name + ":" + descriptor
                    + " not found");
        }
        return declaring;
    }

    /** JVMS §5.4.3.2: the class, then its superinterfaces, then its superclass. */
    private String findStaticField(String owner, String name, String descriptor) {
        ClassNode node = node(owner);
        for (FieldNode f : node.fields) {
            if (f.name.equals(name) && f.desc.equals(descriptor) && (f.access & Opcodes.ACC_STATIC) != 0) {
                return owner;
            }
        }
        for (String itf : node.interfaces) {
            String found = findStaticField(itf, name, descriptor);
            if (found != null) {
                return found;
            }
        }
        return node.superName == null ? null : findStaticField(node.superName, name, descriptor);
    }

    @Override
    public String staticMethodOwner(String owner, String name, String descriptor) {
        for (String c = owner; c != null; c = node(c).superName) {
            for (MethodNode m : node(c).methods) {
                if (m.name.equals(name) && m.desc.equals(descriptor)) {
                    return c;
                }
            }
        }
        return owner; // an interface's static method is declared in the interface itself
    }

    /** Whether {@code className} has a static initializer. */
    public boolean hasInitializer(String className) {
        for (MethodNode m : node(className).methods) {
            if (m.name.equals("<clinit>")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether initializing {@code className} runs any code: it, a superclass or a superinterface initialized
     * with it has a static initializer.
     */
    public boolean needsInitialization(String className) {
        for (String c = className; c != null; c = node(c).superName) {
            if (hasInitializer(c) || !interfacesInitializedWith(c).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The superinterfaces (direct or not) of class {@code className} that declare a non-abstract, non-static
     * method and so are initialized with it (JVMS §5.5 step 7), and need initialization themselves.
     */
    public List<String> interfacesInitializedWith(String className) {
        List<String> result = new ArrayList<>();
        Layout layout = layout(className);
        if (layout.isInterface()) {
            return result;
        }
        for (String itf : layout.interfaces()) {
            if (hasInitializer(itf) && declaresDefaultMethod(itf)) {
                result.add(itf);
            }
        }
        return result;
    }

    private boolean declaresDefaultMethod(String itf) {
        for (MethodNode m : node(itf).methods) {
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0 && !m.name.startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    /** JVMS §5.4.3.3 step 3: a maximally specific superinterface method that is not abstract (a default). */
    public String defaultMethodOwner(String className, String name, String descriptor) {
        for (String itf : layout(className).interfaces()) {
            for (MethodNode m : node(itf).methods) {
                if (m.name.equals(name) && m.desc.equals(descriptor)
                        && (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
                    return itf;
                }
            }
        }
        return null;
    }

    @Override
    public boolean needsInitializationCheck(String currentClass, String targetClass) {
        if (!needsInitialization(targetClass)) {
            return false;
        }
        for (String c = currentClass; c != null; c = node(c).superName) {
            if (c.equals(targetClass)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public InterfaceTarget interfaceTarget(String owner, String name, String descriptor) {
        for (MethodNode m : node(owner).methods) {
            if (m.name.equals(name) && m.desc.equals(descriptor) && (m.access & Opcodes.ACC_PRIVATE) != 0) {
                return new InterfaceTarget(owner, -1, new MethodReference(owner, name, descriptor));
            }
        }
        List<String> search = new ArrayList<>();
        search.add(owner);
        search.addAll(layout(owner).interfaces());
        for (String itf : search) {
            List<MethodNode> methods = layout(itf).interfaceMethods();
            for (int i = 0; i < methods.size(); i++) {
                if (methods.get(i).name.equals(name) && methods.get(i).desc.equals(descriptor)) {
                    return new InterfaceTarget(itf, i, null);
                }
            }
        }
        return null;
    }
}
