package org.torito.test.corpus.objects;

import org.torito.test.support.Out;

/**
 * Polymorphic arrays: an array of a base type holds subclasses and dispatches on each; arrays are covariant,
 * so a store through a supertype view is checked against the array's real element type and fails with
 * ArrayStoreException (JVMS aastore), while null is always storable.
 */
public final class ArrayCovariance {
    interface Sound {
        String sound();
    }

    static class Animal implements Sound {
        @Override
        public String sound() {
            return "...";
        }
    }

    static class Cat extends Animal {
        @Override
        public String sound() {
            return "meow";
        }
    }

    static final class Lion extends Cat {
        @Override
        public String sound() {
            return "roar";
        }
    }

    static final class Cow extends Animal {
        @Override
        public String sound() {
            return "moo";
        }
    }

    private static int size;

    private ArrayCovariance() {
    }

    static boolean tryStore(Object[] array, int index, Object value) {
        try {
            array[index] = value;
            return true;
        } catch (ArrayStoreException e) {
            return false;
        }
    }

    public static void main(String[] args) {
        size = 4;
        Animal[] zoo = new Animal[size];
        zoo[0] = new Animal();
        zoo[1] = new Cat();
        zoo[2] = new Lion();
        zoo[3] = new Cow();
        for (Animal a : zoo) {
            Out.print(a.sound());
            Out.print(' ');
        }
        Out.println();

        Cat[] cats = new Cat[size];
        Animal[] asAnimals = cats;
        Object[] asObjects = cats;
        Sound[] asSounds = cats;
        Out.print(tryStore(asAnimals, 0, new Cat()));
        Out.print(tryStore(asAnimals, 1, new Lion()));
        Out.print(tryStore(asAnimals, 2, new Animal()));
        Out.print(tryStore(asAnimals, 2, new Cow()));
        Out.print(tryStore(asObjects, 2, "string"));
        Out.print(tryStore(asObjects, 3, null));
        Out.print(tryStore(asSounds, 3, new Lion()));
        Out.println();
        for (Cat c : cats) {
            Out.print(c == null ? "null" : c.sound());
            Out.print(' ');
        }
        Out.println();

        Object[] objects = new Object[3];
        Out.print(tryStore(objects, 0, "s"));
        Out.print(tryStore(objects, 1, cats));
        Out.print(tryStore(objects, 2, new int[2]));
        Out.println();

        Object[][] grid = new Sound[2][];
        Out.print(tryStore(grid, 0, new Cat[1]));
        Out.print(tryStore(grid, 1, new Animal[1]));
        Out.print(tryStore(grid, 1, new Object[1]));
        Out.print(tryStore(grid, 1, new String[1]));
        Out.println();

        Sound[] sounds = new Sound[size];
        sounds[0] = new Cow();
        sounds[1] = zoo[2];
        sounds[2] = new Sound() {
            @Override
            public String sound() {
                return "beep";
            }
        };
        int stored = 0;
        for (int i = 0; i < sounds.length; i++) {
            if (sounds[i] != null) {
                stored++;
                Out.print(sounds[i].sound());
                Out.print(' ');
            }
        }
        Out.println(stored);
        try {
            asAnimals[0] = new Cow();
            Out.println("stored a cow among cats");
        } catch (ArrayStoreException e) {
            Out.println("ArrayStoreException: a cow is no cat");
        }
        Out.println(cats[0].sound());
    }
}
