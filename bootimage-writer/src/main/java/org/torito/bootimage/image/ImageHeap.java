package org.torito.bootimage.image;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.torito.bootimage.ImageBuildException;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.vm.object.FieldLayout;
import org.torito.vm.object.ObjectLayout;

/**
 * The pre-initialized heap: the objects the statics of classes initialized at build time
 * ({@link BuildTimeInitialization}) refer to, read from the host JVM that runs the build and copied into the
 * image in target layout as one contiguous run, each with the host object's identity hash code in its status
 * word. Static fields are read through {@code sun.misc.Unsafe} (no {@code --add-opens}); instance fields are
 * laid out as {@link ClassHierarchy} lays out the target's classes (a field the target has and the host has
 * not, one a substitution injects, stays zero).
 *
 * <p>Class objects in the graph become the image's class objects; a string the host has interned becomes the
 * image's literal of the same value (every other string is copied); objects of types that must never be
 * imaged (threads, class loaders, file descriptors, references, random generators...) fail the build with the
 * path that reaches them, {@code Integer$IntegerCache.cache[3] -> java.lang.Thread}, and so do enum constants
 * of classes not initialized at build time (the run time would make other constants, breaking identity).
 */
public final class ImageHeap {
    private static final sun.misc.Unsafe UNSAFE = unsafe();

    /** Host types (and their subtypes) whose objects must never be in an image: they stand for host state. */
    private static final List<Class<?>> FORBIDDEN = List.of(Thread.class, ThreadGroup.class,
            java.io.FileDescriptor.class, ClassLoader.class, java.lang.ref.Reference.class,
            java.lang.ref.ReferenceQueue.class, java.util.Random.class, Module.class,
            java.security.ProtectionDomain.class);

    /** An object of the snapshot. */
    private static final class Node {
        final Object host;
        final String descriptor;
        final String path;
        long address;
        long size;

        Node(Object host, String descriptor, String path) {
            this.host = host;
            this.descriptor = descriptor;
            this.path = path;
        }
    }

    private final ClassHierarchy hierarchy;
    private final Map<Object, Node> nodes = new IdentityHashMap<>();
    private final List<Node> order = new ArrayList<>();
    /** Class objects the graph refers to, with the path to the first reference. */
    private final Map<Class<?>, String> classes = new IdentityHashMap<>();
    /** Interned strings the graph refers to: they become the image's literals. */
    private final Set<String> literals = new LinkedHashSet<>();
    /** The host value of each static field taken, by {@code owner.name} (internal owner name). */
    private final Map<String, Object> statics = new LinkedHashMap<>();
    /** The classes whose statics were taken (initialized on the host), in order. */
    private final Set<String> initializedClasses = new LinkedHashSet<>();
    private final Map<Class<?>, Map<String, Long>> fieldOffsets = new HashMap<>();
    private final Deque<Node> work = new ArrayDeque<>();
    private long base;
    private long bytes;

    public ImageHeap(ClassHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (sun.misc.Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not available", e);
        }
    }

    /**
     * Initializes class {@code owner} (internal name) on the host through {@code loader} (null: the boot
     * loader) and takes the values of its static fields {@code names}, walking what they refer to.
     */
    public void addStatics(String owner, ClassLoader loader, List<String> names) {
        Class<?> host;
        try {
            host = Class.forName(owner.replace('/', '.'), true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ImageBuildException("class " + owner.replace('/', '.') + ", initialized at build time, cannot "
                    + "be initialized on the host: " + e, null, "remove it from BuildTimeInitialization");
        }
        initializedClasses.add(owner.replace('/', '.'));
        String simple = owner.substring(owner.lastIndexOf('/') + 1);
        for (String name : names) {
            Field field;
            try {
                field = host.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new ImageBuildException("static field " + owner.replace('/', '.') + "." + name
                        + " is not in the host's class", null, "build with the JDK the image is made from");
            }
            if (!Modifier.isStatic(field.getModifiers())) {
                throw new ImageBuildException("field " + owner.replace('/', '.') + "." + name + " is not static");
            }
            Object base = UNSAFE.staticFieldBase(field);
            long offset = UNSAFE.staticFieldOffset(field);
            Object value = read(base, offset, field.getType());
            statics.put(owner + "." + name, value);
            if (!field.getType().isPrimitive()) {
                visit(value, simple + "." + name);
            }
        }
        drain();
    }

    /**
     * Takes {@code value}, computed on the host by the image writer, as the value of static field
     * {@code owner.name} (internal owner name) of a class that has no initializer of its own, walking what it
     * refers to.
     */
    public void addComputedStatic(String owner, String name, Object value) {
        initializedClasses.add(owner.replace('/', '.'));
        statics.put(owner + "." + name, value);
        visit(value, owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
        drain();
    }

    /** The classes initialized on the host whose statics were taken (binary names). */
    public Set<String> initializedClasses() {
        return initializedClasses;
    }

    /** Whether the static field {@code owner.name} was taken from the host. */
    public boolean hasStatic(String owner, String name) {
        return statics.containsKey(owner + "." + name);
    }

    /** The host value of a static field taken: a box for a primitive, else the object. */
    public Object staticValue(String owner, String name) {
        return statics.get(owner + "." + name);
    }

    private static Object read(Object base, long offset, Class<?> type) {
        if (type == int.class) {
            return UNSAFE.getInt(base, offset);
        } else if (type == long.class) {
            return UNSAFE.getLong(base, offset);
        } else if (type == boolean.class) {
            return UNSAFE.getBoolean(base, offset);
        } else if (type == byte.class) {
            return UNSAFE.getByte(base, offset);
        } else if (type == short.class) {
            return UNSAFE.getShort(base, offset);
        } else if (type == char.class) {
            return UNSAFE.getChar(base, offset);
        } else if (type == float.class) {
            return UNSAFE.getFloat(base, offset);
        } else if (type == double.class) {
            return UNSAFE.getDouble(base, offset);
        }
        return UNSAFE.getObject(base, offset);
    }

    private void visit(Object value, String path) {
        if (value == null || nodes.containsKey(value)) {
            return;
        }
        if (value instanceof Class<?> c) {
            classes.putIfAbsent(c, path);
            return;
        }
        if (value instanceof String s && isInterned(s)) {
            literals.add(s);
            return;
        }
        Class<?> type = value.getClass();
        for (Class<?> forbidden : FORBIDDEN) {
            if (forbidden.isAssignableFrom(type)) {
                throw new ImageBuildException(path + " -> " + type.getName() + ": objects of type "
                        + forbidden.getName() + " hold host state and must never be in an image", null,
                        "do not initialize the class that reaches it at build time");
            }
        }
        if (type.isHidden() || type.isRecord()) {
            throw new ImageBuildException(path + " -> " + type.getName() + ": a " + (type.isHidden() ? "hidden"
                    : "record") + " class's objects cannot be copied into the image yet");
        }
        Node node = new Node(value, type.descriptorString(), path);
        nodes.put(value, node);
        order.add(node);
        work.addLast(node);
    }

    /**
     * Whether {@code s} is the host's interned string of its value. Not {@code s.intern() == s}: that would
     * intern {@code s} itself when no equal string is interned yet.
     */
    private static boolean isInterned(String s) {
        return new String(s).intern() == s;
    }

    private void drain() {
        while (!work.isEmpty()) {
            Node node = work.removeFirst();
            Object host = node.host;
            if (host instanceof Object[] array) {
                for (int i = 0; i < array.length; i++) {
                    visit(array[i], node.path + "[" + i + "]");
                }
            } else if (!host.getClass().isArray()) {
                for (FieldLayout.Placed f : instanceFields(node.descriptor)) {
                    if (FieldLayout.isReference(f.descriptor())) {
                        visit(readField(host, f), node.path + "." + f.name());
                    }
                }
            }
        }
    }


    /** The target's instance fields of class {@code descriptor}, inherited ones included. */
    private List<FieldLayout.Placed> instanceFields(String descriptor) {
        List<FieldLayout.Placed> fields = new ArrayList<>();
        for (String c = descriptor.substring(1, descriptor.length() - 1); c != null;
             c = hierarchy.layout(c).superName()) {
            fields.addAll(hierarchy.layout(c).fields().fields());
        }
        return fields;
    }

    /** The host value of target field {@code f} of {@code host}, or null (zero) when the host has no such field. */
    private Object readField(Object host, FieldLayout.Placed f) {
        Long offset = hostOffsets(host.getClass()).get(f.name() + ":" + f.descriptor());
        if (offset == null) {
            return null;
        }
        return read(host, offset, primitiveType(f.descriptor()));
    }

    private static Class<?> primitiveType(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'Z' -> boolean.class;
            case 'B' -> byte.class;
            case 'C' -> char.class;
            case 'S' -> short.class;
            case 'I' -> int.class;
            case 'J' -> long.class;
            case 'F' -> float.class;
            case 'D' -> double.class;
            default -> Object.class;
        };
    }

    /**
     * The offsets of the host class's instance fields by {@code name:descriptor}; a subclass's field shadows a
     * superclass's of the same name, as the target layout names them (the nearest declaration wins).
     */
    private Map<String, Long> hostOffsets(Class<?> type) {
        Map<String, Long> known = fieldOffsets.get(type);
        if (known == null) {
            known = new HashMap<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        known.putIfAbsent(f.getName() + ":" + f.getType().descriptorString(), UNSAFE.objectFieldOffset(f));
                    }
                }
            }
            fieldOffsets.put(type, known);
        }
        return known;
    }

    /** The target type descriptors of the objects copied: they need type blocks. */
    public Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        for (Node node : order) {
            types.add(node.descriptor);
        }
        return types;
    }

    /** The path to the first object of type {@code descriptor} met, for messages. */
    public String pathTo(String descriptor) {
        for (Node node : order) {
            if (node.descriptor.equals(descriptor)) {
                return node.path;
            }
        }
        return "?";
    }

    /** The interned strings the graph refers to: the image must have them as literals. */
    public Set<String> literals() {
        return literals;
    }

    /** The number of objects copied. */
    public int objectCount() {
        return order.size();
    }

    /** Gives each object its address from {@code base} on; returns the bytes the run takes. */
    public long layOut(long base) {
        this.base = base;
        long at = base;
        for (Node node : order) {
            node.address = at;
            node.size = sizeOf(node);
            at += node.size;
        }
        bytes = at - base;
        return bytes;
    }

    private long sizeOf(Node node) {
        Object host = node.host;
        if (host.getClass().isArray()) {
            return ObjectLayout.arraySize(FieldLayout.sizeBytes(node.descriptor.substring(1)),
                    java.lang.reflect.Array.getLength(host));
        }
        return hierarchy.instanceSize(node.descriptor.substring(1, node.descriptor.length() - 1));
    }

    /**
     * The run's bytes in target layout. {@code typeBlock} gives the type block of a descriptor,
     * {@code classObject} the class object of a descriptor or of a primitive type by name (null: none),
     * {@code literal} the address of a string literal.
     */
    public byte[] write(Function<String, Long> typeBlock, Function<String, Long> classObject,
                        Function<String, Long> literal) {
        for (Map.Entry<Class<?>, String> c : classes.entrySet()) {
            if (classObject.apply(classKey(c.getKey())) == null) {
                throw new ImageBuildException(c.getValue() + " -> class " + c.getKey().getName()
                        + ", which is not in the image", null, "do not initialize the class that reaches it at build time");
            }
        }
        for (Node node : order) {
            if (node.host instanceof Enum<?> constant
                    && !initializedClasses.contains(constant.getDeclaringClass().getName())) {
                throw new ImageBuildException(node.path + " -> " + constant.getDeclaringClass().getName() + "."
                        + constant.name() + ": an enum constant of a class initialized at run time, which would "
                        + "make its own", null, "initialize " + constant.getDeclaringClass().getName()
                        + " at build time too");
            }
        }
        byte[] out = new byte[(int) bytes];
        for (Node node : order) {
            int at = (int) (node.address - base);
            LittleEndian.putLong(out, at + ObjectLayout.TIB_OFFSET, typeBlock.apply(node.descriptor));
            LittleEndian.putLong(out, at + ObjectLayout.STATUS_OFFSET,
                    System.identityHashCode(node.host) & 0x7FFF_FFFFL);
            Object host = node.host;
            if (host instanceof Object[] array) {
                LittleEndian.putLong(out, at + ObjectLayout.ARRAY_LENGTH_OFFSET, array.length);
                for (int i = 0; i < array.length; i++) {
                    LittleEndian.putLong(out, at + ObjectLayout.ARRAY_ELEMENTS_OFFSET + 8 * i,
                            reference(array[i], classObject, literal));
                }
            } else if (host.getClass().isArray()) {
                int length = java.lang.reflect.Array.getLength(host);
                LittleEndian.putLong(out, at + ObjectLayout.ARRAY_LENGTH_OFFSET, length);
                int size = FieldLayout.sizeBytes(node.descriptor.substring(1));
                for (int i = 0; i < length; i++) {
                    put(out, at + ObjectLayout.ARRAY_ELEMENTS_OFFSET + size * i, size,
                            bits(java.lang.reflect.Array.get(host, i)));
                }
            } else {
                for (FieldLayout.Placed f : instanceFields(node.descriptor)) {
                    Object value = readField(host, f);
                    long word = FieldLayout.isReference(f.descriptor()) ? reference(value, classObject, literal)
                            : value == null ? 0 : bits(value);
                    put(out, at + f.offset(), f.sizeBytes(), word);
                }
            }
        }
        return out;
    }

    /** The image word of a value taken from the host: an address for a reference, the bits of a primitive. */
    public long word(Object value, boolean reference, Function<String, Long> classObject,
                     Function<String, Long> literal) {
        return reference ? reference(value, classObject, literal) : bits(value);
    }

    private long reference(Object value, Function<String, Long> classObject, Function<String, Long> literal) {
        if (value == null) {
            return 0;
        } else if (value instanceof Class<?> c) {
            return classObject.apply(classKey(c));
        } else if (value instanceof String s && literals.contains(s) && isInterned(s)) {
            return literal.apply(s);
        }
        return nodes.get(value).address;
    }

    private static String classKey(Class<?> c) {
        return c.isPrimitive() ? c.getName() : c.descriptorString();
    }

    /** A primitive's bits as the image stores it (sign-extended; float and double as raw bits). */
    static long bits(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Character c) {
            return c;
        } else if (value instanceof Float f) {
            return Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
        } else if (value instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        return ((Number) value).longValue();
    }

    private static void put(byte[] out, int at, int size, long value) {
        for (int b = 0; b < size; b++) {
            out[at + b] = (byte) (value >>> (8 * b));
        }
    }
}
