package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Erasure and the bridge methods javac generates: an implementation of a generic interface called through
 * the interface (bridge with a checkcast) and directly, covariant return types, a generic superclass
 * method overridden with a concrete parameter, a three-level chain where each level adds a bridge, raw
 * calls that reach a bridge with the wrong type (ClassCastException inside the bridge), and an overload
 * that is not an override because erasure differs.
 */
public final class BridgeMethods {
    interface Sink<T> {
        int accept(T t);
    }

    interface Source<T> {
        T produce();
    }

    static final class Text {
        final String value;

        Text(String value) {
            this.value = value;
        }
    }

    static final class Count {
        final int value;

        Count(int value) {
            this.value = value;
        }
    }

    static final class TextSink implements Sink<Text> {
        int received;

        @Override
        public int accept(Text t) {
            received++;
            return t.value == null ? -1 : received;
        }
    }

    static class Animal {
        Animal mate() {
            return new Animal();
        }

        String kind() {
            return "animal";
        }
    }

    static final class Dog extends Animal {
        @Override
        Dog mate() {
            return new Dog();
        }

        @Override
        String kind() {
            return "dog";
        }
    }

    abstract static class Handler<T> {
        int handled;

        abstract String handle(T t);

        String handleTwice(T t) {
            handled++;
            return handle(t);
        }
    }

    static class CountHandler extends Handler<Count> {
        @Override
        String handle(Count c) {
            return c.value > 0 ? "positive" : "not positive";
        }
    }

    static final class LoudCountHandler extends CountHandler {
        @Override
        String handle(Count c) {
            return c.value > 100 ? "LARGE" : super.handle(c);
        }
    }

    static class Level1<T> {
        String take(T t) {
            return "level1";
        }
    }

    static class Level2<C extends Count> extends Level1<C> {
        @Override
        String take(C c) {
            return "level2";
        }
    }

    static final class Level3 extends Level2<Count> {
        @Override
        String take(Count c) {
            return "level3";
        }

        /** An overload, not an override: its erasure take(Text) differs from take(Count) and take(Object). */
        String take(Text t) {
            return "level3 text";
        }
    }

    static final class CountSource implements Source<Count> {
        private int next;

        CountSource(int start) {
            next = start;
        }

        @Override
        public Count produce() {
            return new Count(next++);
        }
    }

    private static int start;

    private BridgeMethods() {
    }

    static <T> int feed(Sink<T> sink, T t, int times) {
        int last = 0;
        for (int i = 0; i < times; i++) {
            last = sink.accept(t);
        }
        return last;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String rawAccept(Sink sink, Object o) {
        try {
            return sink.accept(o) >= 0 ? "accepted" : "rejected";
        } catch (ClassCastException e) {
            return "CCE in bridge";
        }
    }

    public static void main(String[] args) {
        start = 41;

        TextSink sink = new TextSink();
        Out.println(feed(sink, new Text("a"), 3));
        Out.println(sink.accept(new Text(null)));
        Sink<Text> asInterface = sink;
        Out.println(asInterface.accept(new Text("b")));
        Out.println(rawAccept(sink, new Text("c")));
        Out.println(rawAccept(sink, new Count(1)));
        Out.println(rawAccept(sink, "plain string"));
        Out.println(sink.received);

        Animal a = new Dog();
        Out.println(a.mate().kind());
        Dog d = new Dog().mate();
        Out.println(d.kind());
        Out.println(new Animal().mate().kind());

        Handler<Count> h = new LoudCountHandler();
        Out.println(h.handleTwice(new Count(start)));
        Out.println(h.handleTwice(new Count(start * 3)));
        Out.println(h.handleTwice(new Count(-start)));
        Out.println(h.handled);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Handler raw = h;
        try {
            raw.handleTwice(new Text("x"));
            Out.println("no check");
        } catch (ClassCastException e) {
            Out.println("handler bridge cast failed");
        }
        Out.println(h.handled);

        Level3 three = new Level3();
        Level1<Count> one = three;
        Level2<Count> two = three;
        Out.println(one.take(new Count(1)));
        Out.println(two.take(new Count(2)));
        Out.println(three.take(new Count(3)));
        Out.println(three.take(new Text("t")));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Level1 rawOne = three;
        try {
            Out.println(rawOne.take(new Text("through bridge")));
        } catch (ClassCastException e) {
            Out.println("level bridge cast failed");
        }
        Out.println(new Level1<Text>().take(new Text("base")));

        Source<Count> source = new CountSource(start);
        Source<?> anySource = source;
        Out.println(source.produce().value);
        Object produced = anySource.produce();
        Out.println(((Count) produced).value);
        Out.println(new CountSource(-start).produce().value);
    }
}
