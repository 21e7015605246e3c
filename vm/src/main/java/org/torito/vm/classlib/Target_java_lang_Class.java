package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Inject;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.Magic;
import org.torito.vm.runtime.TypeChecks;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.PrimitiveClasses;

/**
 * {@code java.lang.Class} as far as the runtime needs it today: assertions are off, as {@code java} runs,
 * and names are filled in by the image writer (one class object per type in the image).
 */
@TargetClass("java.lang.Class")
final class Target_java_lang_Class {
    @Alias
    private transient String name;

    /** The type information block of the type this object stands for (0 for primitive types). */
    @Inject
    long typeInformationBlock;

    /** For a primitive type (which has no information block): the block of its array type. */
    @Inject
    long primitiveArrayTib;

    /** The class's initialization record ({@code vm.runtime.ClassInit}), or 0 when it has nothing to run. */
    @Inject
    long initializationRecord;

    /** The class's Signature attribute (JVMS §4.7.9.1), or null; set by the image writer. */
    @Inject
    String genericSignature;

    /**
     * The interfaces the class or interface declares, in order (JVMS §4.1 interfaces[]), as the address of
     * a count (u64) then that many class-object addresses; 0 for none. Set by the image writer.
     */
    @Inject
    long declaredInterfaces;

    /** The class a member class is declared in (its InnerClasses entry's outer class), or null. */
    @Inject
    Class<?> declaringClass;

    /** A nested class's simple name from its InnerClasses entry (null when anonymous or top level). */
    @Inject
    String simpleBinaryName;

    /** A local or anonymous class's EnclosingMethod attribute: the class, the method's name and descriptor. */
    /** Whether the class file has a Record attribute (JVMS §4.7.30); set by the image writer. */
    @Inject
    boolean recordClass;

    /** The class's nest host (NestHost attribute), or null when it is its own host; set by the image writer. */
    @Inject
    Class<?> nestHost;

    /** The class's access flags as getModifiers reports them (nested classes: their InnerClasses flags). */
    @Inject
    int modifiers;

    /**
     * The class's static fields that the image lays out: the address of a count (u64), then per field the
     * address of its name (a String) and of its slot (u64 each); 0 for none. What static VarHandles find
     * fields by.
     */
    @Inject
    long staticFieldTable;

    /** An enum class's synthetic static array of its constants (javac's $VALUES): its static slot, or 0. */
    @Inject
    long enumValuesSlot;

    @Alias
    private volatile Object[] enumConstants;

    @Alias
    private transient Module module;

    /** "java.base" for a class of the JDK, null for the application's (the unnamed module); from the build. */
    @Inject
    String imageModuleName;

    @Inject
    Class<?> enclosingClass;
    @Inject
    String enclosingMethodName;
    @Inject
    String enclosingMethodDescriptor;

    private Target_java_lang_Class() {
    }

    /** The image writer sets every class object's name, so this only returns it. */
    @Substitute
    private String initClassName() {
        return name;
    }

    @Substitute
    public boolean isInterface() {
        return typeInformationBlock != 0
                && Magic.loadInt(typeInformationBlock + TibLayout.KIND) == TibLayout.KIND_INTERFACE;
    }

    @Substitute
    public boolean isArray() {
        return typeInformationBlock != 0 && Magic.loadInt(typeInformationBlock + TibLayout.KIND) == TibLayout.KIND_ARRAY;
    }

    /** Only the primitive types' class objects have no type information block. */
    @Substitute
    public boolean isPrimitive() {
        return typeInformationBlock == 0;
    }

    /** HotSpot binds Class's natives here; Torito's are substitutions, so there is nothing to register. */
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    static Class<?> getPrimitiveClass(String name) {
        return PrimitiveClasses.named(name);
    }

    @Substitute
    public boolean desiredAssertionStatus() {
        return false;
    }

    /**
     * The direct superclass: the display's entry one level up (an array's is Object); none for Object,
     * interfaces and primitive types.
     */
    @Substitute
    public Class<?> getSuperclass() {
        long tib = typeInformationBlock;
        if (tib == 0 || Magic.loadInt(tib + TibLayout.KIND) == TibLayout.KIND_INTERFACE) {
            return null;
        }
        int depth = Magic.loadInt(tib + TibLayout.DEPTH);
        if (depth == 0) {
            return null;
        }
        long superTib = Magic.loadLong(Magic.loadLong(tib + TibLayout.DISPLAY) + 8L * (depth - 1));
        return (Class<?>) Magic.toObject(Magic.loadLong(superTib + TibLayout.CLASS_OBJECT));
    }

    /** Every class of an image was loaded at build time, so the loader is not consulted. */
    @Substitute
    private static Class<?> forName0(String name, boolean initialize, ClassLoader loader, Class<?> caller)
            throws ClassNotFoundException {
        Class<?> c = ClassObjects.forName(name, initialize);
        if (c == null) {
            throw new ClassNotFoundException(name);
        }
        return c;
    }

    /** JVMS §6.5 checkcast rules between the two types; a primitive type is assignable only from itself. */
    @Substitute
    public boolean isAssignableFrom(Class<?> cls) {
        long from = ((Target_java_lang_Class) (Object) cls).typeInformationBlock; // null cls: NPE, as the JDK
        if (typeInformationBlock == 0 || from == 0) {
            return (Object) this == cls;
        }
        return TypeChecks.isSubtype(from, typeInformationBlock);
    }

    @Substitute
    public boolean isInstance(Object obj) {
        return obj != null && typeInformationBlock != 0 && TypeChecks.instanceOf(obj, typeInformationBlock);
    }

    @Substitute
    private String getGenericSignature0() {
        return genericSignature;
    }

    @Substitute
    private Class<?>[] getInterfaces0() {
        if (declaredInterfaces == 0) {
            return new Class<?>[0];
        }
        Class<?>[] interfaces = new Class<?>[(int) Magic.loadLong(declaredInterfaces)];
        for (int i = 0; i < interfaces.length; i++) {
            interfaces[i] = (Class<?>) Magic.toObject(Magic.loadLong(declaredInterfaces + 8 + 8L * i));
        }
        return interfaces;
    }

    @Substitute
    private Class<?> getDeclaringClass0() {
        return declaringClass;
    }

    @Substitute
    private String getSimpleBinaryName0() {
        return simpleBinaryName;
    }

    /** {class, name, descriptor} of the EnclosingMethod attribute, as HotSpot returns it, or null. */
    @Substitute
    private Object[] getEnclosingMethod0() {
        if (enclosingClass == null) {
            return null;
        }
        return new Object[] {enclosingClass, enclosingMethodName, enclosingMethodDescriptor};
    }

    /** Arrays: the element type's access, final and abstract; primitives: public, final, abstract (JDK). */
    @Substitute
    public int getModifiers() {
        if (typeInformationBlock == 0) {
            return java.lang.reflect.Modifier.PUBLIC | java.lang.reflect.Modifier.FINAL
                    | java.lang.reflect.Modifier.ABSTRACT;
        }
        Class<?> component = ((Class<?>) (Object) this).getComponentType();
        if (component != null) {
            int access = component.getModifiers() & (java.lang.reflect.Modifier.PUBLIC
                    | java.lang.reflect.Modifier.PRIVATE | java.lang.reflect.Modifier.PROTECTED);
            return access | java.lang.reflect.Modifier.FINAL | java.lang.reflect.Modifier.ABSTRACT;
        }
        return modifiers;
    }

    /**
     * Called only with a security manager, which an image never has (see System's substitution); the JDK's
     * body would bring proxies and the boot loader's module state into every image that reflects.
     */
    @Substitute
    private void checkPackageAccess(SecurityManager sm, ClassLoader loader, boolean checkProxyInterfaces) {
        throw new InternalError("checkPackageAccess: there is no security manager");
    }

    @Substitute
    private void checkMemberAccess(SecurityManager sm, int which, Class<?> caller, boolean checkProxyInterfaces) {
        throw new InternalError("checkMemberAccess: there is no security manager");
    }

    /** Images define no hidden classes: lambdas and other generated classes are ordinary named classes. */
    @Substitute
    public boolean isHidden() {
        return false;
    }

    /**
     * The enum's constants, shared: HotSpot calls {@code values()} reflectively and keeps the copy; the copy
     * here comes from the array {@code values()} clones, after initializing the class as calling it would.
     */
    @Substitute
    Object[] getEnumConstantsShared() {
        Object[] constants = enumConstants;
        if (constants == null) {
            if (!((Class<?>) (Object) this).isEnum() || enumValuesSlot == 0) {
                return null;
            }
            ClassObjects.initialize((Class<?>) (Object) this);
            constants = ((Object[]) Magic.toObject(Magic.loadLong(enumValuesSlot))).clone();
            enumConstants = constants;
        }
        return constants;
    }

    @Alias
    private String resolveName(String name) {
        throw new AssertionError("alias");
    }

    /** The application's resources embedded in the image ({@link Resources}), by the JDK's name rules. */
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) {
        return Resources.open(resolveName(name));
    }

    /** Embedded resources have no URL yet (that needs a URL scheme of the image's own). */
    @Substitute
    public java.net.URL getResource(String name) {
        return null;
    }

    /** No class of an image is signed. */
    @Substitute
    public Object[] getSigners() {
        return null;
    }

    @Substitute
    private boolean isRecord0() {
        return recordClass;
    }

    /** The nest host: the NestHost attribute's class, or the class itself (JVMS §5.4.4). */
    @Substitute
    private Class<?> getNestHost0() {
        return nestHost != null ? nestHost : (Class<?>) (Object) this;
    }

    /** HotSpot sets the module when it defines the class; an image asks {@link ClassObjects#moduleOf} once. */
    @Substitute
    public Module getModule() {
        Module m = module;
        if (m == null) {
            m = ClassObjects.moduleOf((Class<?>) (Object) this);
            module = m;
        }
        return m;
    }

    /** Without the class loaders' package maps (which need the module system's class path): see packageOf. */
    @Substitute
    public Package getPackage() {
        Class<?> self = (Class<?>) (Object) this;
        if (self.isPrimitive() || self.isArray()) {
            return null;
        }
        return ClassObjects.packageOf(self);
    }
}
