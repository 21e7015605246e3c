package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Option and either types of the program's own: {@code Maybe<T>} with a generic singleton for the empty
 * case (one object cast to every {@code Maybe<T>} after erasure), map, flatMap, filter and orElse through
 * function interfaces; {@code Either<L, R>} folded by a generic visitor whose result type is a method type
 * parameter; a safe division pipeline built from both.
 */
public final class OptionTypes {
    interface Function<A, B> {
        B apply(A a);
    }

    interface Predicate<T> {
        boolean test(T t);
    }

    abstract static class Maybe<T> {
        private static final Maybe<Object> NOTHING = new Nothing<>();

        @SuppressWarnings("unchecked")
        static <T> Maybe<T> nothing() {
            return (Maybe<T>) NOTHING;
        }

        static <T> Maybe<T> just(T value) {
            return new Just<>(value);
        }

        abstract boolean present();

        abstract T orElse(T fallback);

        abstract <U> Maybe<U> map(Function<? super T, ? extends U> f);

        abstract <U> Maybe<U> flatMap(Function<? super T, Maybe<U>> f);

        abstract Maybe<T> filter(Predicate<? super T> p);
    }

    static final class Just<T> extends Maybe<T> {
        private final T value;

        Just(T value) {
            this.value = value;
        }

        @Override
        boolean present() {
            return true;
        }

        @Override
        T orElse(T fallback) {
            return value;
        }

        @Override
        <U> Maybe<U> map(Function<? super T, ? extends U> f) {
            return just(f.apply(value));
        }

        @Override
        <U> Maybe<U> flatMap(Function<? super T, Maybe<U>> f) {
            return f.apply(value);
        }

        @Override
        Maybe<T> filter(Predicate<? super T> p) {
            return p.test(value) ? this : Maybe.<T>nothing();
        }
    }

    static final class Nothing<T> extends Maybe<T> {
        @Override
        boolean present() {
            return false;
        }

        @Override
        T orElse(T fallback) {
            return fallback;
        }

        @Override
        <U> Maybe<U> map(Function<? super T, ? extends U> f) {
            return nothing();
        }

        @Override
        <U> Maybe<U> flatMap(Function<? super T, Maybe<U>> f) {
            return nothing();
        }

        @Override
        Maybe<T> filter(Predicate<? super T> p) {
            return this;
        }
    }

    interface EitherVisitor<L, R, X> {
        X left(L l);

        X right(R r);
    }

    abstract static class Either<L, R> {
        abstract <X> X fold(EitherVisitor<? super L, ? super R, X> v);
    }

    static final class Left<L, R> extends Either<L, R> {
        final L value;

        Left(L value) {
            this.value = value;
        }

        @Override
        <X> X fold(EitherVisitor<? super L, ? super R, X> v) {
            return v.left(value);
        }
    }

    static final class Right<L, R> extends Either<L, R> {
        final R value;

        Right(R value) {
            this.value = value;
        }

        @Override
        <X> X fold(EitherVisitor<? super L, ? super R, X> v) {
            return v.right(value);
        }
    }

    static final class Num {
        final long v;

        Num(long v) {
            this.v = v;
        }
    }

    static final class Problem {
        final String why;

        Problem(String why) {
            this.why = why;
        }
    }

    private static long divisor;

    private OptionTypes() {
    }

    static Maybe<Num> divide(Num a, long by) {
        return by == 0 ? Maybe.<Num>nothing() : Maybe.just(new Num(a.v / by));
    }

    static Either<Problem, Num> checkedRoot(Num n) {
        if (n.v < 0) {
            return new Left<>(new Problem("negative"));
        }
        long r = 0;
        while ((r + 1) * (r + 1) <= n.v) {
            r++;
        }
        return r * r == n.v ? new Right<Problem, Num>(new Num(r)) : new Left<Problem, Num>(new Problem("inexact"));
    }

    public static void main(String[] args) {
        divisor = 4;

        Maybe<Num> a = Maybe.just(new Num(100));
        Maybe<Num> none = Maybe.nothing();
        Maybe<String> noText = Maybe.nothing();
        Out.println((Object) none == (Object) noText);
        Out.println(a.present());
        Out.println(none.present());

        Function<Num, Num> twice = new Function<Num, Num>() {
            @Override
            public Num apply(Num n) {
                return new Num(n.v * 2);
            }
        };
        final Function<Num, Maybe<Num>> byDivisor = new Function<Num, Maybe<Num>>() {
            @Override
            public Maybe<Num> apply(Num n) {
                return divide(n, divisor);
            }
        };
        Predicate<Num> even = new Predicate<Num>() {
            @Override
            public boolean test(Num n) {
                return (n.v & 1) == 0;
            }
        };
        Num fallback = new Num(-1);
        Out.println(a.map(twice).flatMap(byDivisor).orElse(fallback).v);
        Out.println(none.map(twice).flatMap(byDivisor).orElse(fallback).v);
        Out.println(a.flatMap(byDivisor).flatMap(byDivisor).filter(even).orElse(fallback).v);
        Out.println(a.flatMap(byDivisor).filter(even).orElse(fallback).v);
        divisor = 0;
        Out.println(a.flatMap(byDivisor).present());
        Out.println(a.flatMap(byDivisor) == Maybe.<Num>nothing());
        Maybe<String> label = a.map(new Function<Num, String>() {
            @Override
            public String apply(Num n) {
                return n.v > 50 ? "big" : "small";
            }
        });
        Out.println(label.orElse("none"));

        EitherVisitor<Problem, Num, String> describe = new EitherVisitor<Problem, Num, String>() {
            @Override
            public String left(Problem p) {
                return p.why;
            }

            @Override
            public String right(Num n) {
                return "root";
            }
        };
        EitherVisitor<Object, Num, Num> orZero = new EitherVisitor<Object, Num, Num>() {
            @Override
            public Num left(Object p) {
                return new Num(0);
            }

            @Override
            public Num right(Num n) {
                return n;
            }
        };
        long[] inputs = {144, 145, -4, 0, 1_000_000L, 999_999L};
        long sum = 0;
        for (long in : inputs) {
            Either<Problem, Num> r = checkedRoot(new Num(in));
            Out.print(r.fold(describe));
            Out.print(' ');
            sum += r.fold(orZero).v;
        }
        Out.println();
        Out.println(sum);
    }
}
