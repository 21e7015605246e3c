package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/**
 * Static nested classes: their statics and methods reached from the outer class and from each other, private
 * ones included (nestmates since Java 11 access them directly, without synthetic accessors).
 */
public final class NestedClasses {
    private static int outerCount;

    private NestedClasses() {
    }

    /** A nested class with private state that the outer class and {@link Inner} touch directly. */
    static final class Counter {
        private static int value;
        private static long history;

        private Counter() {
        }

        private static int next() {
            value++;
            history = history * 10 + value % 10;
            outerCount += 2;
            return value;
        }
    }

    /** A second nested class, with a class nested in it in turn. */
    static final class Inner {
        private static char tag;

        private Inner() {
        }

        private static int twiceNext() {
            return Counter.next() + Counter.next();
        }

        static final class Deepest {
            private static boolean visited;

            private Deepest() {
            }

            private static int visit() {
                visited = true;
                tag++;
                return Counter.value * 100 + outerCount;
            }
        }
    }

    public static void main(String[] args) {
        outerCount = 0;
        Counter.value = 0;
        Counter.history = 0;
        Inner.tag = 'a';
        Inner.Deepest.visited = false;
        Out.println(Counter.next());
        Out.println(Inner.twiceNext());
        Out.print(Inner.Deepest.visited);
        Out.println();
        Out.println(Inner.Deepest.visit());
        Out.print(Inner.Deepest.visited);
        Out.print(Inner.tag);
        Out.println();
        for (int i = 0; i < 12; i++) {
            Inner.twiceNext();
        }
        Out.println(Counter.value);
        Out.println(Counter.history);
        Out.println(outerCount);
        Counter.value = -Counter.value;
        Out.println(Inner.Deepest.visit());
        Out.print(Inner.tag);
        Out.println();
    }
}
