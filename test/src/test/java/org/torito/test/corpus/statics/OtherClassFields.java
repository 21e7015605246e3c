package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Reads and writes the statics of another class ({@link Registers}) directly and through its methods. */
public final class OtherClassFields {
    private OtherClassFields() {
    }

    public static void main(String[] args) {
        Registers.reset();
        Out.println(Registers.label);
        Registers.label = "running";
        for (int k = 0; k < 6; k++) {
            Registers.add(2000000000 - k * 3);
            Out.print(Registers.accumulator);
            Out.print(" ");
            Out.print(Registers.carry);
            Out.print(" ");
            Out.print(Registers.wide);
            Out.print(" ");
            Out.print(Registers.half);
            Out.print(" ");
            Out.print(Registers.low);
            Out.print(" ");
            Out.print(Registers.letter);
            Out.println();
        }
        Registers.accumulator *= -3;
        Registers.wide >>= 3;
        Registers.half--;
        Registers.low = (byte) (Registers.low + Registers.half);
        Registers.letter += 20;
        Out.print(Registers.accumulator);
        Out.print(" ");
        Out.print(Registers.wide);
        Out.print(" ");
        Out.print(Registers.half);
        Out.print(" ");
        Out.print(Registers.low);
        Out.print(" ");
        Out.print(Registers.letter);
        Out.print(" ");
        Out.print(Registers.calls);
        Out.println();
        Out.println(Registers.label);
        Registers.label = null;
        Out.println(Registers.label);
    }
}
