package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/**
 * Static fields and methods named through subclasses resolve to the declaring class (JVMS 5.4.3.2/3): one
 * field however it is named, hidden fields and methods kept apart.
 */
public final class InheritedStatics {
    private InheritedStatics() {
    }

    public static void main(String[] args) {
        BaseCounters.count = 0;
        BaseCounters.total = 0;
        BaseCounters.mark = 'a';
        BaseCounters.name = "base name";
        DerivedCounters.extra = 0;
        DerivedCounters.count += 10;
        LeafCounters.total = 5000000000L;
        LeafCounters.bump(3);
        DerivedCounters.bump(4);
        BaseCounters.bump(5);
        BaseCounters.show();
        LeafCounters.name = "leaf name";
        DerivedCounters.show();
        Out.print(BaseCounters.count);
        Out.print(" ");
        Out.print(DerivedCounters.count);
        Out.print(" ");
        Out.print(LeafCounters.count);
        Out.print(" ");
        Out.print(LeafCounters.mark);
        Out.print(" ");
        Out.print(LeafCounters.extra++);
        Out.print(" ");
        Out.print(DerivedCounters.extra);
        Out.println();
        Out.println(BaseCounters.who());
        Out.println(DerivedCounters.who());
        Out.println(LeafCounters.who());
        Out.println(LeafCounters.twice(21));
        ShadowTop.value = 1;
        ShadowTop.onlyInTop = 2;
        ShadowMiddle.value = 3000000000L;
        ShadowBottom.value += 1;
        ShadowBottom.onlyInTop += 40;
        Out.print(ShadowTop.value);
        Out.print(" ");
        Out.print(ShadowMiddle.value);
        Out.print(" ");
        Out.print(ShadowBottom.value);
        Out.print(" ");
        Out.print(ShadowTop.onlyInTop);
        Out.print(" ");
        Out.print(ShadowBottom.onlyInTop);
        Out.println();
    }
}
