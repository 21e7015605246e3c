package org.torito.bootimage.gcmaps;

import static org.torito.bootimage.gcmaps.SlotKind.NON_REFERENCE;
import static org.torito.bootimage.gcmaps.SlotKind.REFERENCE;

import java.util.ArrayList;
import java.util.List;

/** Field and method descriptors (JVMS §4.3), as far as slots go. */
final class Descriptors {
    private Descriptors() {
    }

    /** The slots a value of field descriptor {@code type} takes: none for V, two for J and D. */
    static List<SlotKind> slotsOf(String type) {
        return switch (type.charAt(0)) {
            case 'V' -> List.of();
            case 'J', 'D' -> List.of(NON_REFERENCE, NON_REFERENCE);
            case 'L', '[' -> List.of(REFERENCE);
            case 'B', 'C', 'F', 'I', 'S', 'Z' -> List.of(NON_REFERENCE);
            default -> throw new IllegalArgumentException("'" + type + "' is not a field descriptor (JVMS §4.3.2)");
        };
    }

    /** The argument types of method descriptor {@code descriptor}, each a field descriptor. */
    static List<String> argumentTypes(String descriptor) {
        List<String> types = new ArrayList<>();
        int at = 1; // after '('
        while (descriptor.charAt(at) != ')') {
            int start = at;
            while (descriptor.charAt(at) == '[') {
                at++;
            }
            at = descriptor.charAt(at) == 'L' ? descriptor.indexOf(';', at) + 1 : at + 1;
            types.add(descriptor.substring(start, at));
        }
        return types;
    }

    static String returnType(String descriptor) {
        return descriptor.substring(descriptor.indexOf(')') + 1);
    }
}
