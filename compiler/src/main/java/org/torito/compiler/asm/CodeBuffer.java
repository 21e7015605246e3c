package org.torito.compiler.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembled bytes before their final layout, and the layout itself.
 *
 * <p>Code is a list of fragments, as in GNU as: each holds fixed bytes and ends in at most one part whose
 * size depends on addresses — a relative jump to a label (2 bytes when the distance fits in a signed byte,
 * else 5 or 6; 3 or 4 in 16-bit code) or an alignment gap. {@link #finish} starts every jump short, computes
 * addresses, grows each jump whose target is out of reach and repeats until nothing changes. Jumps only
 * grow, so this ends, and it yields the same sizes GNU as chooses. Then label fields are patched and
 * {@link Ref} fields become {@link Relocation}s.
 */
final class CodeBuffer {
    /** What ends a fragment. */
    private sealed interface Tail permits Branch, Align {
    }

    /** A relative jump to a label; {@code cond} null for jmp. */
    private static final class Branch implements Tail {
        final Cond cond;
        final Label target;
        final java.util.function.Supplier<String> text;
        boolean near;

        Branch(Cond cond, Label target, java.util.function.Supplier<String> text) {
            this.cond = cond;
            this.target = target;
            this.text = text;
        }
    }

    /** Padding up to a multiple of {@code alignment} bytes: NOPs in code, else {@code fill}. */
    private record Align(int alignment, boolean nops, int fill) implements Tail {
    }

    private static final class Fragment {
        byte[] bytes;
        final List<Fixup> fixups = new ArrayList<>();
        Tail tail;
        long start;
        int tailSize;
    }

    private final Mode mode;
    private final List<Fragment> fragments = new ArrayList<>();
    private Fragment current = new Fragment();
    private ByteBuffer currentBytes = new ByteBuffer();
    private final List<Label> boundLabels = new ArrayList<>();

    CodeBuffer(Mode mode) {
        this.mode = mode;
    }

    /** Appends an encoded instruction or datum; its fixups are relative to its first byte. */
    void append(byte[] bytes, List<Fixup> fixups) {
        int start = currentBytes.size();
        for (Fixup f : fixups) {
            if (f.label() != null && f.label().firstUse == null) {
                f.label().firstUse = f.description();
            }
            current.fixups.add(f.at(start + f.fieldOffset(), start + f.anchor()));
        }
        currentBytes.putAll(bytes);
    }

    void bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label " + label + " is already bound");
        }
        label.fragment = fragments.size();
        label.offsetInFragment = currentBytes.size();
        boundLabels.add(label);
    }

    void branch(Cond cond, Label target, java.util.function.Supplier<String> text) {
        if (target.firstUse == null) {
            target.firstUse = text;
        }
        close(new Branch(cond, target, text));
    }

    void align(int alignment, boolean nops, int fill) {
        if (alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment " + alignment + " is not a power of two");
        }
        close(new Align(alignment, nops, fill));
    }

    private void close(Tail tail) {
        current.bytes = currentBytes.toArray();
        current.tail = tail;
        fragments.add(current);
        current = new Fragment();
        currentBytes = new ByteBuffer();
    }

    /** Lays the code out at {@code origin}, resolves labels and returns the bytes and relocations. */
    MachineCode finish(long origin) {
        close(null);
        checkLabelsBound();
        layOut(origin);
        ByteBuffer out = new ByteBuffer();
        List<Relocation> relocations = new ArrayList<>();
        for (Fragment f : fragments) {
            int fragmentOffset = out.size();
            byte[] bytes = f.bytes.clone();
            for (Fixup fix : f.fixups) {
                resolve(fix, f, bytes, fragmentOffset, relocations);
            }
            out.putAll(bytes);
            if (f.tail instanceof Branch b) {
                writeBranch(out, f, b);
            } else if (f.tail instanceof Align a) {
                writePadding(out, f.tailSize, a);
            }
        }
        return new MachineCode(out.toArray(), origin, relocations);
    }

    private void checkLabelsBound() {
        for (Fragment f : fragments) {
            for (Fixup fix : f.fixups) {
                if (fix.label() != null && !fix.label().isBound()) {
                    throw unbound(fix.label());
                }
            }
            if (f.tail instanceof Branch b && !b.target.isBound()) {
                throw unbound(b.target);
            }
        }
    }

    private static IllegalStateException unbound(Label label) {
        return new IllegalStateException("label " + label + " is used (first by `" + label.firstUse.get()
                + "`) but never bound");
    }

    private void layOut(long origin) {
        boolean changed = true;
        while (changed) {
            long pos = origin;
            for (Fragment f : fragments) {
                f.start = pos;
                pos += f.bytes.length;
                if (f.tail instanceof Align a) {
                    f.tailSize = (int) Math.floorMod(-pos, (long) a.alignment());
                } else if (f.tail instanceof Branch b) {
                    f.tailSize = branchSize(b);
                } else {
                    f.tailSize = 0;
                }
                pos += f.tailSize;
            }
            changed = false;
            for (Fragment f : fragments) {
                if (f.tail instanceof Branch b && !b.near) {
                    long disp = address(b.target) - (f.start + f.bytes.length + f.tailSize);
                    if (disp < -128 || disp > 127) {
                        b.near = true;
                        changed = true;
                    }
                }
            }
        }
        for (Label label : boundLabels) {
            label.offset = address(label) - origin;
        }
    }

    private long address(Label label) {
        return fragments.get(label.fragment).start + label.offsetInFragment;
    }

    private int branchSize(Branch b) {
        if (!b.near) {
            return 2;
        }
        int rel = mode == Mode.BITS16 ? 2 : 4;
        return (b.cond == null ? 1 : 2) + rel;
    }

    private void writeBranch(ByteBuffer out, Fragment f, Branch b) {
        long end = f.start + f.bytes.length + f.tailSize;
        long disp = address(b.target) - end;
        if (!b.near) {
            out.put(b.cond == null ? 0xEB : 0x70 + b.cond.code());
            out.put((int) disp);
            return;
        }
        if (b.cond == null) {
            out.put(0xE9);
        } else {
            out.put(0x0F);
            out.put(0x80 + b.cond.code());
        }
        int rel = f.tailSize - (b.cond == null ? 1 : 2);
        checkFits(disp, rel, true, b.text.get());
        out.putLittleEndian(disp, rel);
    }

    private void resolve(Fixup fix, Fragment f, byte[] bytes, int fragmentOffset, List<Relocation> relocations) {
        if (fix.label() != null) {
            long target = address(fix.label());
            long value = fix.pcRelative() ? target - (f.start + fix.anchor()) : target;
            checkFits(value, fix.sizeBytes(), fix.pcRelative() || fix.signExtended(), fix.description().get());
            for (int i = 0; i < fix.sizeBytes(); i++) {
                bytes[fix.fieldOffset() + i] = (byte) (value >>> (8 * i));
            }
        } else {
            long addend = fix.ref().addend() - (fix.pcRelative() ? fix.anchor() - fix.fieldOffset() : 0);
            relocations.add(new Relocation(fragmentOffset + fix.fieldOffset(), fix.relocationKind(),
                    fix.ref().target(), addend));
        }
    }

    private static void checkFits(long value, int sizeBytes, boolean signed, String what) {
        if (sizeBytes >= 8) {
            return;
        }
        int bits = sizeBytes * 8;
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        if (value < min || value > max) {
            throw new IllegalStateException("`" + what + "`: value 0x" + Long.toHexString(value)
                    + " does not fit in its " + bits + "-bit field");
        }
    }

    private void writePadding(ByteBuffer out, int size, Align a) {
        if (!a.nops()) {
            for (int i = 0; i < size; i++) {
                out.put(a.fill());
            }
            return;
        }
        int left = size;
        while (left > 0) {
            int n = mode == Mode.BITS16 ? 1 : Math.min(left, Nops.LONGEST);
            out.putAll(Nops.of(n));
            left -= n;
        }
    }
}
