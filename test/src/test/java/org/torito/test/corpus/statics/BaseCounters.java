package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** The superclass whose statics {@link InheritedStatics} reaches through subclass names. */
class BaseCounters {
    static int count;
    static long total;
    static char mark;
    static String name;

    BaseCounters() {
    }

    static void bump(int by) {
        count++;
        total += by;
        mark++;
    }

    static int twice(int v) {
        return 2 * v;
    }

    static String who() {
        return "base";
    }

    static void show() {
        Out.print(count);
        Out.print(" ");
        Out.print(total);
        Out.print(" ");
        Out.print(mark);
        Out.print(" ");
        Out.print(name);
        Out.println();
    }
}
