package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Double dispatch: an expression tree (constants, variables, sums, products, negation) accepts visitors that
 * evaluate it, print it in prefix form, count its nodes and differentiate it symbolically, building new trees.
 */
public final class ExpressionVisitor {
    interface Visitor<R> {
        R constant(Const c);

        R variable(Var v);

        R sum(Add a);

        R product(Mul m);

        R negation(Neg n);
    }

    abstract static class Expr {
        abstract <R> R accept(Visitor<R> v);
    }

    static final class Const extends Expr {
        final long value;

        Const(long value) {
            this.value = value;
        }

        @Override
        <R> R accept(Visitor<R> v) {
            return v.constant(this);
        }
    }

    static final class Var extends Expr {
        final String name;

        Var(String name) {
            this.name = name;
        }

        @Override
        <R> R accept(Visitor<R> v) {
            return v.variable(this);
        }
    }

    static final class Add extends Expr {
        final Expr left;
        final Expr right;

        Add(Expr left, Expr right) {
            this.left = left;
            this.right = right;
        }

        @Override
        <R> R accept(Visitor<R> v) {
            return v.sum(this);
        }
    }

    static final class Mul extends Expr {
        final Expr left;
        final Expr right;

        Mul(Expr left, Expr right) {
            this.left = left;
            this.right = right;
        }

        @Override
        <R> R accept(Visitor<R> v) {
            return v.product(this);
        }
    }

    static final class Neg extends Expr {
        final Expr inner;

        Neg(Expr inner) {
            this.inner = inner;
        }

        @Override
        <R> R accept(Visitor<R> v) {
            return v.negation(this);
        }
    }

    /** Results are wrapped in a small holder instead of boxed Longs. */
    static final class Value {
        final long v;

        Value(long v) {
            this.v = v;
        }
    }

    static final class Evaluator implements Visitor<Value> {
        private final long x;

        Evaluator(long x) {
            this.x = x;
        }

        @Override
        public Value constant(Const c) {
            return new Value(c.value);
        }

        @Override
        public Value variable(Var v) {
            return new Value(x);
        }

        @Override
        public Value sum(Add a) {
            return new Value(a.left.accept(this).v + a.right.accept(this).v);
        }

        @Override
        public Value product(Mul m) {
            return new Value(m.left.accept(this).v * m.right.accept(this).v);
        }

        @Override
        public Value negation(Neg n) {
            return new Value(-n.inner.accept(this).v);
        }
    }

    /** Prints as it visits; returns nothing useful. */
    static final class Printer implements Visitor<Object> {
        @Override
        public Object constant(Const c) {
            Out.print(c.value);
            return null;
        }

        @Override
        public Object variable(Var v) {
            Out.print(v.name);
            return null;
        }

        @Override
        public Object sum(Add a) {
            return binary('+', a.left, a.right);
        }

        @Override
        public Object product(Mul m) {
            return binary('*', m.left, m.right);
        }

        @Override
        public Object negation(Neg n) {
            Out.print("(- ");
            n.inner.accept(this);
            Out.print(')');
            return null;
        }

        private Object binary(char op, Expr l, Expr r) {
            Out.print('(');
            Out.print(op);
            Out.print(' ');
            l.accept(this);
            Out.print(' ');
            r.accept(this);
            Out.print(')');
            return null;
        }
    }

    static final class Derivative implements Visitor<Expr> {
        @Override
        public Expr constant(Const c) {
            return new Const(0);
        }

        @Override
        public Expr variable(Var v) {
            return new Const(1);
        }

        @Override
        public Expr sum(Add a) {
            return new Add(a.left.accept(this), a.right.accept(this));
        }

        @Override
        public Expr product(Mul m) {
            return new Add(new Mul(m.left.accept(this), m.right), new Mul(m.left, m.right.accept(this)));
        }

        @Override
        public Expr negation(Neg n) {
            return new Neg(n.inner.accept(this));
        }
    }

    static final class Counter implements Visitor<Value> {
        @Override
        public Value constant(Const c) {
            return new Value(1);
        }

        @Override
        public Value variable(Var v) {
            return new Value(1);
        }

        @Override
        public Value sum(Add a) {
            return new Value(1 + a.left.accept(this).v + a.right.accept(this).v);
        }

        @Override
        public Value product(Mul m) {
            return new Value(1 + m.left.accept(this).v + m.right.accept(this).v);
        }

        @Override
        public Value negation(Neg n) {
            return new Value(1 + n.inner.accept(this).v);
        }
    }

    private static long point;

    private ExpressionVisitor() {
    }

    public static void main(String[] args) {
        point = 3;
        Var x = new Var("x");
        // 2x^3 - 5x + 7
        Expr e = new Add(new Add(new Mul(new Const(2), new Mul(x, new Mul(x, x))), new Neg(new Mul(new Const(5), x))),
                new Const(7));
        Expr d = e.accept(new Derivative());
        Expr dd = d.accept(new Derivative());
        Expr[] all = {e, d, dd};
        for (Expr expr : all) {
            expr.accept(new Printer());
            Out.println();
            Out.print(expr.accept(new Counter()).v);
            for (long at = -point; at <= point; at++) {
                Out.print(' ');
                Out.print(expr.accept(new Evaluator(at)).v);
            }
            Out.println();
        }
    }
}
