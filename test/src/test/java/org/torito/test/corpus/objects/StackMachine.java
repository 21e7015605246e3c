package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * A small interpreter built from objects: each instruction is an object with an execute method on a machine
 * (operand stack, locals, program counter); programs compute a factorial, a gcd and a sum of squares with
 * conditional jumps and calls into subroutines.
 */
public final class StackMachine {
    static final class Machine {
        final long[] stack = new long[64];
        final long[] locals = new long[8];
        final int[] returns = new int[16];
        int sp;
        int rsp;
        int pc;
        int steps;
        boolean halted;

        void push(long v) {
            stack[sp++] = v;
        }

        long pop() {
            return stack[--sp];
        }

        void run(Insn[] program) {
            pc = 0;
            halted = false;
            while (!halted) {
                Insn insn = program[pc++];
                insn.execute(this);
                steps++;
            }
        }
    }

    abstract static class Insn {
        abstract void execute(Machine m);
    }

    static final class Push extends Insn {
        private final long value;

        Push(long value) {
            this.value = value;
        }

        @Override
        void execute(Machine m) {
            m.push(value);
        }
    }

    static final class Load extends Insn {
        private final int slot;

        Load(int slot) {
            this.slot = slot;
        }

        @Override
        void execute(Machine m) {
            m.push(m.locals[slot]);
        }
    }

    static final class Store extends Insn {
        private final int slot;

        Store(int slot) {
            this.slot = slot;
        }

        @Override
        void execute(Machine m) {
            m.locals[slot] = m.pop();
        }
    }

    /** Binary operators share one class; the operator is a char. */
    static final class BinOp extends Insn {
        private final char op;

        BinOp(char op) {
            this.op = op;
        }

        @Override
        void execute(Machine m) {
            long b = m.pop();
            long a = m.pop();
            long r;
            switch (op) {
                case '+':
                    r = a + b;
                    break;
                case '-':
                    r = a - b;
                    break;
                case '*':
                    r = a * b;
                    break;
                case '%':
                    r = a % b;
                    break;
                case '<':
                    r = a < b ? 1 : 0;
                    break;
                default:
                    r = a == b ? 1 : 0;
                    break;
            }
            m.push(r);
        }
    }

    static class Jump extends Insn {
        final int target;

        Jump(int target) {
            this.target = target;
        }

        @Override
        void execute(Machine m) {
            m.pc = target;
        }
    }

    static final class JumpIfZero extends Jump {
        JumpIfZero(int target) {
            super(target);
        }

        @Override
        void execute(Machine m) {
            if (m.pop() == 0) {
                super.execute(m);
            }
        }
    }

    static final class Call extends Jump {
        Call(int target) {
            super(target);
        }

        @Override
        void execute(Machine m) {
            m.returns[m.rsp++] = m.pc;
            super.execute(m);
        }
    }

    static final class Return extends Insn {
        @Override
        void execute(Machine m) {
            m.pc = m.returns[--m.rsp];
        }
    }

    static final class Print extends Insn {
        @Override
        void execute(Machine m) {
            Out.println(m.pop());
        }
    }

    static final class Halt extends Insn {
        @Override
        void execute(Machine m) {
            m.halted = true;
        }
    }

    private static long input;

    private StackMachine() {
    }

    /** locals[0] = n; locals[1] = 1; while (!(n < 1)) { locals[1] *= n; n-- }; print. */
    static Insn[] factorial(long n) {
        return new Insn[] {
            new Push(n), new Store(0), new Push(1), new Store(1),
            new Load(0), new Push(1), new BinOp('<'), new Push(0), new BinOp('='), new JumpIfZero(20),
            new Load(1), new Load(0), new BinOp('*'), new Store(1),
            new Load(0), new Push(1), new BinOp('-'), new Store(0), new Jump(4), new Halt(),
            new Load(1), new Print(), new Halt(),
        };
    }

    /** Euclid with %: while (b != 0) { t = a % b; a = b; b = t }. */
    static Insn[] gcd(long a, long b) {
        return new Insn[] {
            new Push(a), new Store(0), new Push(b), new Store(1),
            new Load(1), new Push(0), new BinOp('='), new Push(0), new BinOp('='), new JumpIfZero(18),
            new Load(0), new Load(1), new BinOp('%'), new Load(1), new Store(0), new Store(1), new Jump(4),
            new Halt(), new Load(0), new Print(), new Halt(),
        };
    }

    /** Sum of squares 1..n through a subroutine that squares the top of the stack. */
    static Insn[] sumOfSquares(long n) {
        return new Insn[] {
            new Push(0), new Store(2), new Push(n), new Store(0),
            new Load(0), new JumpIfZero(16),
            new Load(0), new Call(19), new Load(2), new BinOp('+'), new Store(2),
            new Load(0), new Push(1), new BinOp('-'), new Store(0), new Jump(4),
            new Load(2), new Print(), new Halt(),
            new Store(3), new Load(3), new Load(3), new BinOp('*'), new Return(),
        };
    }

    public static void main(String[] args) {
        input = 20;
        Machine m = new Machine();
        m.run(factorial(input));
        m.run(factorial(input / 4));
        m.run(gcd(input * 1071, input * 462));
        m.run(gcd(1000000007L, input));
        m.run(sumOfSquares(input * 5));
        Out.println(m.steps);
        Out.println(m.sp);
        Out.println(m.rsp);
    }
}
