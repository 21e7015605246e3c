package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Iterators of the program's own ({@code Cursor<T>} with hasNext/next, {@code Seq<T>} handing them out):
 * over an array, a range of values, a linked list; composed by filter and map through predicate and
 * function interfaces, concatenation, zipping and limiting; two cursors over one sequence advance
 * independently, and next() past the end throws the program's own exception.
 */
public final class OwnIterators {
    interface Cursor<T> {
        boolean hasNext();

        T next();
    }

    interface Seq<T> {
        Cursor<T> cursor();
    }

    interface Predicate<T> {
        boolean test(T t);
    }

    interface Function<A, B> {
        B apply(A a);
    }

    static final class Exhausted extends RuntimeException {
    }

    static final class Num {
        final int value;

        Num(int value) {
            this.value = value;
        }
    }

    static final class Duo<A, B> {
        final A left;
        final B right;

        Duo(A left, B right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class ArraySeq<T> implements Seq<T> {
        private final T[] items;

        ArraySeq(T[] items) {
            this.items = items;
        }

        @Override
        public Cursor<T> cursor() {
            return new Cursor<T>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < items.length;
                }

                @Override
                public T next() {
                    if (i >= items.length) {
                        throw new Exhausted();
                    }
                    return items[i++];
                }
            };
        }
    }

    static final class Range implements Seq<Num> {
        private final int from;
        private final int to;
        private final int step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        @Override
        public Cursor<Num> cursor() {
            return new RangeCursor();
        }

        private final class RangeCursor implements Cursor<Num> {
            private int at = from;

            @Override
            public boolean hasNext() {
                return step > 0 ? at < to : at > to;
            }

            @Override
            public Num next() {
                if (!hasNext()) {
                    throw new Exhausted();
                }
                Num n = new Num(at);
                at += step;
                return n;
            }
        }
    }

    static final class Chain<T> implements Seq<T> {
        private static final class Link<T> {
            final T value;
            final Link<T> next;

            Link(T value, Link<T> next) {
                this.value = value;
                this.next = next;
            }
        }

        private Link<T> head;

        Chain<T> push(T t) {
            head = new Link<>(t, head);
            return this;
        }

        @Override
        public Cursor<T> cursor() {
            return new Cursor<T>() {
                private Link<T> at = head;

                @Override
                public boolean hasNext() {
                    return at != null;
                }

                @Override
                public T next() {
                    if (at == null) {
                        throw new Exhausted();
                    }
                    T v = at.value;
                    at = at.next;
                    return v;
                }
            };
        }
    }

    private static int limit;

    private OwnIterators() {
    }

    static <T> Seq<T> filter(final Seq<T> source, final Predicate<? super T> p) {
        return new Seq<T>() {
            @Override
            public Cursor<T> cursor() {
                final Cursor<T> in = source.cursor();
                return new Cursor<T>() {
                    private T pending;
                    private boolean ready;

                    @Override
                    public boolean hasNext() {
                        while (!ready && in.hasNext()) {
                            T t = in.next();
                            if (p.test(t)) {
                                pending = t;
                                ready = true;
                            }
                        }
                        return ready;
                    }

                    @Override
                    public T next() {
                        if (!hasNext()) {
                            throw new Exhausted();
                        }
                        ready = false;
                        return pending;
                    }
                };
            }
        };
    }

    static <A, B> Seq<B> map(final Seq<A> source, final Function<? super A, ? extends B> f) {
        return new Seq<B>() {
            @Override
            public Cursor<B> cursor() {
                final Cursor<A> in = source.cursor();
                return new Cursor<B>() {
                    @Override
                    public boolean hasNext() {
                        return in.hasNext();
                    }

                    @Override
                    public B next() {
                        return f.apply(in.next());
                    }
                };
            }
        };
    }

    static <T> Seq<T> concat(final Seq<? extends T> first, final Seq<? extends T> second) {
        return new Seq<T>() {
            @Override
            public Cursor<T> cursor() {
                final Cursor<? extends T> a = first.cursor();
                final Cursor<? extends T> b = second.cursor();
                return new Cursor<T>() {
                    @Override
                    public boolean hasNext() {
                        return a.hasNext() || b.hasNext();
                    }

                    @Override
                    public T next() {
                        return a.hasNext() ? a.next() : b.next();
                    }
                };
            }
        };
    }

    static <A, B> Seq<Duo<A, B>> zip(final Seq<A> left, final Seq<B> right) {
        return new Seq<Duo<A, B>>() {
            @Override
            public Cursor<Duo<A, B>> cursor() {
                final Cursor<A> l = left.cursor();
                final Cursor<B> r = right.cursor();
                return new Cursor<Duo<A, B>>() {
                    @Override
                    public boolean hasNext() {
                        return l.hasNext() && r.hasNext();
                    }

                    @Override
                    public Duo<A, B> next() {
                        return new Duo<>(l.next(), r.next());
                    }
                };
            }
        };
    }

    static <T> Seq<T> take(final Seq<T> source, final int n) {
        return new Seq<T>() {
            @Override
            public Cursor<T> cursor() {
                final Cursor<T> in = source.cursor();
                return new Cursor<T>() {
                    private int taken;

                    @Override
                    public boolean hasNext() {
                        return taken < n && in.hasNext();
                    }

                    @Override
                    public T next() {
                        if (!hasNext()) {
                            throw new Exhausted();
                        }
                        taken++;
                        return in.next();
                    }
                };
            }
        };
    }

    static void printNums(Seq<Num> seq) {
        for (Cursor<Num> c = seq.cursor(); c.hasNext(); ) {
            Out.print(c.next().value);
            Out.print(' ');
        }
        Out.println();
    }

    public static void main(String[] args) {
        limit = 20;

        Seq<Num> range = new Range(0, limit, 3);
        printNums(range);
        printNums(new Range(limit, 0, -7));
        printNums(new Range(5, 5, 1));

        Predicate<Num> odd = new Predicate<Num>() {
            @Override
            public boolean test(Num n) {
                return (n.value & 1) != 0;
            }
        };
        Function<Num, Num> square = new Function<Num, Num>() {
            @Override
            public Num apply(Num n) {
                return new Num(n.value * n.value);
            }
        };
        printNums(filter(range, odd));
        printNums(map(filter(range, odd), square));
        printNums(take(map(new Range(1, 1000000, 1), square), 6));

        Num[] fixed = {new Num(100), new Num(200)};
        Chain<Num> chain = new Chain<Num>().push(new Num(-1)).push(new Num(-2)).push(new Num(-3));
        printNums(concat(new ArraySeq<>(fixed), chain));
        printNums(concat(chain, new Range(0, 0, 1)));

        String[] names = {"ann", "ben", "cat", "dan"};
        Function<Num, String> name = new Function<Num, String>() {
            @Override
            public String apply(Num n) {
                return names[n.value % names.length];
            }
        };
        for (Cursor<Duo<String, Num>> c = zip(map(range, name), chain).cursor(); c.hasNext(); ) {
            Duo<String, Num> d = c.next();
            Out.print(d.left);
            Out.print('=');
            Out.print(d.right.value);
            Out.print(' ');
        }
        Out.println();

        Cursor<Num> first = range.cursor();
        Cursor<Num> second = range.cursor();
        first.next();
        first.next();
        Out.print(first.next().value);
        Out.print(' ');
        Out.print(second.next().value);
        Out.println();
        Cursor<String> words = new ArraySeq<>(names).cursor();
        int n = 0;
        try {
            while (true) {
                words.next();
                n++;
            }
        } catch (Exhausted e) {
            Out.println(n);
        }
        try {
            take(range, 1).cursor().next();
            Cursor<Num> one = take(range, 1).cursor();
            one.next();
            one.next();
        } catch (Exhausted e) {
            Out.println("limit reached");
        }
    }
}
