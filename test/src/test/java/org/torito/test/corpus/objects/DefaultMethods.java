package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Interface default methods (JVMS 5.4.6 maximally-specific selection): a diamond where the more specific
 * default wins, a class method beating any default, Interface.super.m() calls that pick one branch of a
 * conflict, abstract re-declaration of a default, and static interface methods.
 */
public final class DefaultMethods {
    interface Root {
        default String hello() {
            return "Root.hello";
        }

        default int level() {
            return 0;
        }

        String id();
    }

    interface Left extends Root {
        @Override
        default String hello() {
            return "Left.hello";
        }

        @Override
        default int level() {
            return Root.super.level() + 1;
        }
    }

    interface Right extends Root {
        @Override
        default int level() {
            return 20 + helper();
        }

        static int helper() {
            return 2;
        }

        static int twice(Right r) {
            return r.level() * 2;
        }
    }

    /** Diamond: hello() comes from Left (more specific than Root); level() conflicts and must be chosen. */
    static class Both implements Left, Right {
        @Override
        public int level() {
            return Left.super.level() * 1000 + Right.super.level();
        }

        @Override
        public String id() {
            return "Both";
        }
    }

    /** Inherits only Root's defaults through Right. */
    static class OnlyRight implements Right {
        @Override
        public String id() {
            return "OnlyRight";
        }
    }

    /** A superclass method beats an interface default (class wins). */
    static class HasHello {
        public String hello() {
            return "HasHello.hello";
        }
    }

    static final class ClassWins extends HasHello implements Left {
        @Override
        public String id() {
            return "ClassWins";
        }
    }

    /** Re-abstracts the default: subclasses must implement it again. */
    interface Strict extends Root {
        @Override
        String hello();
    }

    static final class StrictImpl implements Strict {
        @Override
        public String hello() {
            return "StrictImpl.hello";
        }

        @Override
        public String id() {
            return "StrictImpl";
        }
    }

    /** A subclass of Both that calls up through super to the class's resolution of the diamond. */
    static final class BothChild extends Both {
        @Override
        public int level() {
            return super.level() + 7;
        }

        @Override
        public String hello() {
            return "BothChild.hello";
        }
    }

    private DefaultMethods() {
    }

    public static void main(String[] args) {
        Root[] roots = {new Both(), new OnlyRight(), new ClassWins(), new StrictImpl(), new BothChild()};
        for (Root r : roots) {
            Out.print(r.id());
            Out.print(' ');
            Out.print(r.hello());
            Out.print(' ');
            Out.print(r.level());
            Out.println();
        }
        Out.println(Right.twice(new OnlyRight()));
        Out.println(Right.twice(new Both()));
        Left left = new BothChild();
        Out.println(left.hello());
        Out.println(((Both) left).hello());
        Right right = (Right) left;
        Out.println(right.level());
        Out.println(new ClassWins().level());
    }
}
