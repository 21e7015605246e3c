package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * Exceptions thrown while an object is being built: from a constructor body, a field initializer, an instance
 * initializer block, a superclass constructor and a this(...) delegate; the side effects done before the throw
 * stay, and the half-built object escapes only if the constructor leaked it.
 */
public final class ConstructorThrows {
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int stage;

        Invalid(int stage) {
            this.stage = stage;
        }
    }

    static class Base {
        static int built;

        Base(int mode) {
            if (mode == 1) {
                throw new Invalid(1);
            }
            built++;
        }
    }

    static final class Widget extends Base {
        static Widget leaked;
        static int bodies;

        int a = check(2);

        {
            if (mode() == 3) {
                throw new Invalid(3);
            }
        }

        final int size;

        Widget(int mode) {
            super(mode);
            leaked = this;
            if (mode == 4) {
                throw new Invalid(4);
            }
            size = mode * 10;
            bodies++;
        }

        Widget() {
            this(checkArgument(5));
            Out.println("never printed");
        }

        private static int currentMode;

        static int mode() {
            return currentMode;
        }

        int check(int stage) {
            if (currentMode == stage) {
                throw new Invalid(stage);
            }
            return stage;
        }

        static int checkArgument(int stage) {
            if (currentMode == stage) {
                throw new Invalid(stage);
            }
            return 0;
        }
    }

    private ConstructorThrows() {
    }

    public static void main(String[] args) {
        Base.built = 0;
        Widget.bodies = 0;
        for (int mode = 0; mode <= 6; mode++) {
            Widget.currentMode = mode;
            Widget.leaked = null;
            Widget w = null;
            try {
                w = mode == 5 ? new Widget() : new Widget(mode);
                Out.print("built size=");
                Out.print(w.size);
            } catch (Invalid e) {
                Out.print("failed at stage ");
                Out.print(e.stage);
            }
            Out.print(" w null? ");
            Out.print(w == null);
            Out.print(" leaked? ");
            Out.print(Widget.leaked != null);
            if (Widget.leaked != null) {
                Out.print(" leaked size=");
                Out.print(Widget.leaked.size);
                Out.print(" a=");
                Out.print(Widget.leaked.a);
            }
            Out.println();
        }
        Out.println(Base.built);
        Out.println(Widget.bodies);
        int made = 0;
        Widget[] widgets = new Widget[6];
        for (int i = 0; i < widgets.length; i++) {
            Widget.currentMode = i % 3 == 0 ? 2 : 0;
            try {
                widgets[made] = new Widget(7);
                made++;
            } catch (Invalid e) {
                Out.print('x');
            }
        }
        Out.println();
        Out.println(made);
        Out.print(widgets[made] == null);
        Out.println();
    }
}
