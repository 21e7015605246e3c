package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Generic classes after erasure: a Pair, a growable array-backed list, a bounded type parameter calling the
 * bound's method, generic methods, a generic interface with a bridge method in its implementation, and the
 * checkcasts javac inserts where erased values come back as a concrete type.
 */
public final class GenericBoxes {
    static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }
    }

    static final class Bag<T> {
        private Object[] items = new Object[2];
        private int size;

        void add(T item) {
            if (size == items.length) {
                Object[] bigger = new Object[size * 2];
                for (int i = 0; i < size; i++) {
                    bigger[i] = items[i];
                }
                items = bigger;
            }
            items[size++] = item;
        }

        @SuppressWarnings("unchecked")
        T at(int i) {
            if (i < 0 || i >= size) {
                throw new ArrayIndexOutOfBoundsException();
            }
            return (T) items[i];
        }

        int size() {
            return size;
        }
    }

    interface Measured {
        int measure();
    }

    static final class Word implements Measured {
        final String text;
        final int length;

        Word(String text, int length) {
            this.text = text;
            this.length = length;
        }

        @Override
        public int measure() {
            return length;
        }
    }

    static final class Amount implements Measured {
        final long value;

        Amount(long value) {
            this.value = value;
        }

        @Override
        public int measure() {
            return (int) (value % 1000);
        }
    }

    /** A bounded type parameter: T's erasure is Measured, so measure() is an interface call. */
    static final class Heaviest<T extends Measured> {
        private T best;

        void offer(T candidate) {
            if (best == null || candidate.measure() > best.measure()) {
                best = candidate;
            }
        }

        T best() {
            return best;
        }
    }

    interface Transformer<F, T> {
        T apply(F from);
    }

    /** Implements apply(Word) returning Amount; javac adds the bridge apply(Object) returning Object. */
    static final class WordToAmount implements Transformer<Word, Amount> {
        @Override
        public Amount apply(Word w) {
            return new Amount(w.length * 1111L);
        }
    }

    private GenericBoxes() {
    }

    static <T> T pick(boolean first, T a, T b) {
        return first ? a : b;
    }

    static <F, T> Bag<T> map(Bag<F> in, Transformer<F, T> f) {
        Bag<T> out = new Bag<>();
        for (int i = 0; i < in.size(); i++) {
            out.add(f.apply(in.at(i)));
        }
        return out;
    }

    static <T extends Measured> int total(Bag<T> bag) {
        int t = 0;
        for (int i = 0; i < bag.size(); i++) {
            t += bag.at(i).measure();
        }
        return t;
    }

    private static int seed;

    public static void main(String[] args) {
        seed = 3;
        Pair<String, Word> p = new Pair<>("key", new Word("value", 5));
        Pair<Word, String> q = p.swap();
        Out.println(q.first.text);
        Out.println(q.second);
        Out.println(q.swap().second.length);

        Bag<Word> words = new Bag<>();
        String[] texts = {"a", "bb", "ccc", "dddd", "eeeee", "ffffff", "g"};
        for (int i = 0; i < texts.length; i++) {
            words.add(new Word(texts[i], i + seed));
        }
        Out.println(words.size());
        Out.println(words.at(4).text);
        Out.println(total(words));
        Bag<Amount> numbers = map(words, new WordToAmount());
        Out.println(numbers.at(6).value);
        Out.println(total(numbers));
        Transformer<Word, Amount> t = new WordToAmount();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Transformer<Object, Object> raw = (Transformer) t;
        Out.println(((Amount) raw.apply(words.at(0))).value);
        try {
            raw.apply("not a word");
            Out.println("no check");
        } catch (ClassCastException e) {
            Out.println("bridge cast failed");
        }

        Heaviest<Measured> heaviest = new Heaviest<>();
        for (int i = 0; i < words.size(); i++) {
            heaviest.offer(words.at(i));
            heaviest.offer(numbers.at(i));
        }
        Out.println(heaviest.best().measure());
        Out.print(heaviest.best() instanceof Amount);
        Out.println();
        Out.println(pick(seed > 2, "yes", "no"));
        Out.println(pick(seed > 5, words.at(1), words.at(2)).text);
        try {
            words.at(99);
        } catch (ArrayIndexOutOfBoundsException e) {
            Out.println("out of bag");
        }
    }
}
