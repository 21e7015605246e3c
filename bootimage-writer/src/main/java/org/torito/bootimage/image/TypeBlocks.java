package org.torito.bootimage.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.MethodNode;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.vm.object.FieldLayout;
import org.torito.vm.object.TibLayout;

/**
 * The type information blocks of an image ({@link TibLayout}): one per type that code refers to or
 * instantiates, plus their supertypes, each followed by its display, interface list, itable, field table
 * and name.
 * Laid out once all code addresses are known; vtable and itable entries of methods the image did not
 * compile point to the runtime's unreachable-method trap.
 */
final class TypeBlocks {
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final List<String> ARRAY_INTERFACES = List.of("Ljava/lang/Cloneable;", "Ljava/io/Serializable;");

    private final ClassHierarchy hierarchy;
    private final Set<String> types = new LinkedHashSet<>();
    private final Map<String, Long> addresses = new LinkedHashMap<>();

    /** The types {@code referenced} (descriptors) and everything their blocks point to. */
    TypeBlocks(ClassHierarchy hierarchy, Set<String> referenced) {
        this.hierarchy = hierarchy;
        add(OBJECT);
        referenced.forEach(this::add);
    }

    private void add(String descriptor) {
        if (!types.add(descriptor)) {
            return;
        }
        if (descriptor.startsWith("[")) {
            String element = descriptor.substring(1);
            if (FieldLayout.isReference(element)) {
                add(element);
            }
            ARRAY_INTERFACES.forEach(this::add);
        } else {
            ClassHierarchy.Layout layout = hierarchy.layout(name(descriptor));
            if (layout.superName() != null) {
                add("L" + layout.superName() + ";");
            }
            layout.interfaces().forEach(i -> add("L" + i + ";"));
        }
    }

    private static String name(String descriptor) {
        return descriptor.substring(1, descriptor.length() - 1);
    }

    /** Lays the blocks out from {@code base}; returns the bytes. {@link #address} works afterwards. */
    byte[] layOut(long base, Map<Object, Long> methodAddresses, long unreachable) {
        // Pass 1: sizes and addresses. Pass 2: contents.
        long at = base;
        for (String t : types) {
            addresses.put(t, at);
            at += ImageLayout.alignUp(block(t, base, methodAddresses, unreachable, true).length, 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String t : types) {
            byte[] block = block(t, addresses.get(t), methodAddresses, unreachable, false);
            out.writeBytes(block);
            out.writeBytes(new byte[(int) (ImageLayout.alignUp(block.length, 8) - block.length)]);
        }
        return out.toByteArray();
    }

    /** The address of the block of {@code descriptor}. */
    long address(String descriptor) {
        return addresses.get(descriptor);
    }

    Set<String> types() {
        return types;
    }

    /** One type's block and what follows it; when {@code sizing}, addresses may still be wrong. */
    private byte[] block(String t, long at, Map<Object, Long> methods, long unreachable, boolean sizing) {
        boolean array = t.startsWith("[");
        ClassHierarchy.Layout layout = array ? hierarchy.layout("java/lang/Object") : hierarchy.layout(name(t));
        List<ClassHierarchy.Slot> vtable = layout.isInterface() ? List.of() : layout.vtable();
        List<String> display = new ArrayList<>();
        List<String> interfaces = new ArrayList<>();
        if (array) {
            display.add(OBJECT);
            display.add(t);
            interfaces.addAll(ARRAY_INTERFACES);
        } else if (layout.isInterface()) {
            display.add(OBJECT);
            layout.interfaces().forEach(i -> interfaces.add("L" + i + ";"));
        } else {
            for (String c = layout.name(); c != null; c = hierarchy.layout(c).superName()) {
                display.add(0, "L" + c + ";");
            }
            layout.interfaces().forEach(i -> interfaces.add("L" + i + ";"));
        }
        boolean isClass = !array && !layout.isInterface();
        List<String> itableInterfaces = isClass ? layout.interfaces() : List.of();

        int header = TibLayout.vtableEntry(vtable.size());
        int displayAt = header;
        int interfacesAt = displayAt + 8 * display.size();
        int itableAt = interfacesAt + 8 + 8 * interfaces.size();
        int tablesAt = itableAt + 8 + 16 * itableInterfaces.size();
        int tablesSize = 0;
        for (String i : itableInterfaces) {
            tablesSize += 8 * hierarchy.layout(i).interfaceMethods().size();
        }
        List<FieldLayout.Placed> fields = isClass ? layout.fields().fields() : List.of();
        int fieldsAt = tablesAt + tablesSize;
        int fieldNamesAt = fieldsAt + 8 + TibLayout.FIELD_ENTRY_BYTES * fields.size();
        int fieldNamesSize = 0;
        for (FieldLayout.Placed f : fields) {
            fieldNamesSize += 2 * f.name().length();
        }
        List<Integer> references = isClass ? referenceOffsets(layout) : List.of();
        int referencesAt = fieldNamesAt + fieldNamesSize;
        int nameAt = referencesAt + (references.isEmpty() ? 0 : 4 + 4 * references.size());
        byte[] nameBytes = (t.startsWith("L") ? name(t).replace('/', '.') : t.replace('/', '.'))
                .getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[nameAt + nameBytes.length + 1];
        System.arraycopy(nameBytes, 0, b, nameAt, nameBytes.length);
        if (sizing) {
            return b;
        }
        LittleEndian.putLong(b, TibLayout.FIELDS, at + fieldsAt);
        LittleEndian.putLong(b, fieldsAt, fields.size());
        int fieldName = fieldNamesAt;
        for (int i = 0; i < fields.size(); i++) {
            FieldLayout.Placed f = fields.get(i);
            int entry = fieldsAt + 8 + TibLayout.FIELD_ENTRY_BYTES * i;
            LittleEndian.putLong(b, entry + TibLayout.FIELD_NAME, at + fieldName);
            putInt(b, entry + TibLayout.FIELD_NAME_LENGTH, f.name().length());
            putInt(b, entry + TibLayout.FIELD_OFFSET, f.offset());
            for (int k = 0; k < f.name().length(); k++) {
                b[fieldName++] = (byte) f.name().charAt(k);
                b[fieldName++] = (byte) (f.name().charAt(k) >>> 8);
            }
        }
        if (!references.isEmpty()) {
            LittleEndian.putLong(b, TibLayout.REFERENCES, at + referencesAt);
            putInt(b, referencesAt, references.size());
            for (int i = 0; i < references.size(); i++) {
                putInt(b, referencesAt + 4 + 4 * i, references.get(i));
            }
        }
        putInt(b, TibLayout.GC_FLAGS, array ? (FieldLayout.isReference(t.substring(1)) ? TibLayout.REFERENCE_ELEMENTS
                : 0) : isClass ? referenceKind(layout) : 0);
        LittleEndian.putLong(b, TibLayout.NAME, at + nameAt);
        putInt(b, TibLayout.KIND, array ? TibLayout.KIND_ARRAY : layout.isInterface() ? TibLayout.KIND_INTERFACE
                : TibLayout.KIND_CLASS);
        putInt(b, TibLayout.DEPTH, display.size() - 1);
        putInt(b, TibLayout.INSTANCE_SIZE, isClass ? layout.instanceSize() : 0);
        putInt(b, TibLayout.ELEMENT_SIZE, array ? FieldLayout.sizeBytes(t.substring(1)) : 0);
        LittleEndian.putLong(b, TibLayout.DISPLAY, at + displayAt);
        LittleEndian.putLong(b, TibLayout.INTERFACES, at + interfacesAt);
        if (array && FieldLayout.isReference(t.substring(1))) {
            LittleEndian.putLong(b, TibLayout.ELEMENT_TIB, address(t.substring(1)));
        }
        LittleEndian.putLong(b, TibLayout.ITABLE, at + itableAt);
        if (types.contains("[" + t)) {
            LittleEndian.putLong(b, TibLayout.ARRAY_TIB, address("[" + t));
        }
        for (int i = 0; i < vtable.size(); i++) {
            LittleEndian.putLong(b, TibLayout.vtableEntry(i), code(vtable.get(i), methods, unreachable));
        }
        for (int i = 0; i < display.size(); i++) {
            LittleEndian.putLong(b, displayAt + 8 * i, address(display.get(i)));
        }
        LittleEndian.putLong(b, interfacesAt, interfaces.size());
        for (int i = 0; i < interfaces.size(); i++) {
            LittleEndian.putLong(b, interfacesAt + 8 + 8 * i, address(interfaces.get(i)));
        }
        LittleEndian.putLong(b, itableAt, itableInterfaces.size());
        int table = tablesAt;
        for (int i = 0; i < itableInterfaces.size(); i++) {
            String itf = itableInterfaces.get(i);
            LittleEndian.putLong(b, itableAt + 8 + 16 * i, address("L" + itf + ";"));
            LittleEndian.putLong(b, itableAt + 16 + 16 * i, at + table);
            for (MethodNode m : hierarchy.layout(itf).interfaceMethods()) {
                int slot = layout.vtableIndex(m.name + m.desc);
                LittleEndian.putLong(b, table, slot < 0 ? unreachable : code(vtable.get(slot), methods, unreachable));
                table += 8;
            }
        }
        return b;
    }

    /**
     * The offsets of every reference field of an instance, inherited ones included, except the referent of a
     * soft, weak or phantom reference, which the collector handles on its own.
     */
    private List<Integer> referenceOffsets(ClassHierarchy.Layout layout) {
        boolean special = referenceKind(layout) != 0;
        List<Integer> offsets = new ArrayList<>();
        for (String c = layout.name(); c != null; c = hierarchy.layout(c).superName()) {
            for (FieldLayout.Placed f : hierarchy.layout(c).fields().fields()) {
                boolean reference = FieldLayout.isReference(f.descriptor());
                if (reference && !(special && c.equals(REFERENCE) && f.name().equals("referent"))) {
                    offsets.add(f.offset());
                }
            }
        }
        offsets.sort(null);
        return offsets;
    }

    private static final String REFERENCE = "java/lang/ref/Reference";

    /** The REFERENCE_* kind of a subclass of {@code java.lang.ref.Reference}, or 0. */
    private int referenceKind(ClassHierarchy.Layout layout) {
        for (String c = layout.name(); c != null; c = hierarchy.layout(c).superName()) {
            switch (c) {
                case "java/lang/ref/SoftReference":
                    return TibLayout.SOFT_REFERENCE;
                case "java/lang/ref/WeakReference":
                    return TibLayout.WEAK_REFERENCE;
                case "java/lang/ref/PhantomReference":
                    return TibLayout.PHANTOM_REFERENCE;
                default:
                    break;
            }
        }
        return 0;
    }

    private static long code(ClassHierarchy.Slot slot, Map<Object, Long> methods, long unreachable) {
        if (slot.implementation() == null || slot.isAbstract()) {
            return unreachable;
        }
        Long address = methods.get(slot.implementation());
        return address == null ? unreachable : address;
    }

    private static void putInt(byte[] b, int at, int value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
