package org.torito.vm.object;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns instance field offsets: after the superclass's fields, the class's own fields by decreasing size
 * (8, 4, 2, 1 bytes), in declaration order within a size, so every field is naturally aligned without holes
 * between sizes. The one place that decides where a field lives.
 */
public final class FieldLayout {
    /** A field to place: its name and JVM descriptor ({@code I}, {@code J}, {@code [B}, {@code Ljava/lang/String;}). */
    public record Field(String name, String descriptor) {
    }

    /** A placed field. */
    public record Placed(String name, String descriptor, int offset, int sizeBytes) {
    }

    private final List<Placed> fields;
    private final int instanceBytes;

    private FieldLayout(List<Placed> fields, int instanceBytes) {
        this.fields = List.copyOf(fields);
        this.instanceBytes = instanceBytes;
    }

    /** Lays out {@code declared} after a superclass whose fields end at {@code superInstanceBytes}. */
    public static FieldLayout of(int superInstanceBytes, List<Field> declared) {
        List<Field> bySize = new ArrayList<>(declared);
        bySize.sort(Comparator.comparingInt((Field f) -> -sizeBytes(f.descriptor())));
        int offset = superInstanceBytes;
        List<Placed> placed = new ArrayList<>();
        for (Field f : bySize) {
            int size = sizeBytes(f.descriptor());
            offset = (offset + size - 1) & -size;
            placed.add(new Placed(f.name(), f.descriptor(), offset, size));
            offset += size;
        }
        return new FieldLayout(placed, offset);
    }

    /** Whether a value of JVM type {@code descriptor} is a reference (an object or an array). */
    public static boolean isReference(String descriptor) {
        return descriptor.startsWith("L") || descriptor.startsWith("[");
    }

    /** The size of a value of JVM type {@code descriptor} in an object. */
    public static int sizeBytes(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'J', 'D', 'L', '[' -> 8;
            case 'I', 'F' -> 4;
            case 'S', 'C' -> 2;
            case 'B', 'Z' -> 1;
            default -> throw new IllegalArgumentException("not a field descriptor: " + descriptor);
        };
    }

    public List<Placed> fields() {
        return fields;
    }

    /** The offset of field {@code name}; fails if the class has no such field. */
    public int offsetOf(String name) {
        for (Placed p : fields) {
            if (p.name().equals(name)) {
                return p.offset();
            }
        }
        throw new IllegalArgumentException("no instance field " + name + " in " + fields);
    }

    /** Where the fields end (before alignment); a subclass's fields start here. */
    public int instanceBytes() {
        return instanceBytes;
    }
}
