package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** Long literals: a constant folded by javac from many pieces, repeated output, and many short lines. */
public final class LongLiterals {
    static final String LONG = "begin "
            + "lorem ipsum dolor sit amet consectetur "
            + "ipsum dolor sit amet consectetur adipiscing "
            + "dolor sit amet consectetur adipiscing elit "
            + "sit amet consectetur adipiscing elit sed "
            + "amet consectetur adipiscing elit sed do "
            + "consectetur adipiscing elit sed do eiusmod "
            + "adipiscing elit sed do eiusmod tempor "
            + "elit sed do eiusmod tempor lorem "
            + "sed do eiusmod tempor lorem ipsum "
            + "do eiusmod tempor lorem ipsum dolor "
            + "eiusmod tempor lorem ipsum dolor sit "
            + "tempor lorem ipsum dolor sit amet "
            + "lorem ipsum dolor sit amet consectetur "
            + "ipsum dolor sit amet consectetur adipiscing "
            + "dolor sit amet consectetur adipiscing elit "
            + "sit amet consectetur adipiscing elit sed "
            + "amet consectetur adipiscing elit sed do "
            + "consectetur adipiscing elit sed do eiusmod "
            + "adipiscing elit sed do eiusmod tempor "
            + "elit sed do eiusmod tempor lorem "
            + "sed do eiusmod tempor lorem ipsum "
            + "do eiusmod tempor lorem ipsum dolor "
            + "eiusmod tempor lorem ipsum dolor sit "
            + "tempor lorem ipsum dolor sit amet "
            + "lorem ipsum dolor sit amet consectetur "
            + "ipsum dolor sit amet consectetur adipiscing "
            + "dolor sit amet consectetur adipiscing elit "
            + "sit amet consectetur adipiscing elit sed "
            + "amet consectetur adipiscing elit sed do "
            + "consectetur adipiscing elit sed do eiusmod "
            + "adipiscing elit sed do eiusmod tempor "
            + "elit sed do eiusmod tempor lorem "
            + "sed do eiusmod tempor lorem ipsum "
            + "do eiusmod tempor lorem ipsum dolor "
            + "eiusmod tempor lorem ipsum dolor sit "
            + "tempor lorem ipsum dolor sit amet "
            + "lorem ipsum dolor sit amet consectetur "
            + "ipsum dolor sit amet consectetur adipiscing "
            + "dolor sit amet consectetur adipiscing elit "
            + "sit amet consectetur adipiscing elit sed "
            + "end";
    private static int lines;

    private LongLiterals() {
    }

    public static void main(String[] args) {
        lines = 40;
        Out.println(LONG);
        for (int i = 0; i < lines; i++) {
            Out.print(i);
            Out.print(i % 2 == 0 ? " even " : " odd ");
            Out.println("line of a longer listing, with some padding to make it wider than eighty columns: -----");
        }
        for (int i = 0; i < 3; i++) {
            Out.print(LONG);
        }
        Out.println();
        Out.println("x" + "y" + 1 + 'c' + 2L + true);
    }
}
