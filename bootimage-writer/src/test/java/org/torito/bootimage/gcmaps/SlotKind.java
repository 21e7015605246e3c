package org.torito.bootimage.gcmaps;

/**
 * What a local or operand-stack slot holds, as far as a garbage collector cares: the three classes of the
 * verifier's types (JVMS §4.10.1.2) that decide whether a slot must be in a GC map.
 */
enum SlotKind {
    /** A reference, null, or an object not yet initialized ({@code new} before its constructor). */
    REFERENCE,
    /** An int, float, a half of a long or double, or a return address: never a reference. */
    NON_REFERENCE,
    /** Never assigned, or a reference merged with a non-reference: the verifier's top, usable by nothing. */
    UNUSABLE;

    /** The kind of a slot reached from two paths: equal kinds stay, anything else is unusable. */
    SlotKind merge(SlotKind other) {
        return this == other ? this : UNUSABLE;
    }

    /** One letter per kind, for frames printed in messages. */
    char letter() {
        return switch (this) {
            case REFERENCE -> 'R';
            case NON_REFERENCE -> 'N';
            case UNUSABLE -> '-';
        };
    }
}
