package org.torito.bootimage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.torito.bootimage.ImageBuildException;
import org.torito.bootimage.world.ClassHierarchy;
import org.torito.bootimage.world.ClassPath;
import org.torito.vm.object.ObjectLayout;

/** The snapshot of classes initialized at build time: values, layout, identity hashes, forbidden objects. */
class ImageHeapTest {
    private static final long BASE = 0x4000_0000L;
    private static final Function<String, Long> TYPE_BLOCK = d -> 0x1000L + (d.hashCode() & 0xFFFF) * 8L;
    private static final Function<String, Long> CLASS_OBJECT = d -> d.equals("int") ? 0x2000L : null;
    private static final Function<String, Long> LITERAL = s -> 0x3000L;

    /** Reaches a thread: must never be imaged. */
    static final class Forbidden {
        static final Object[] THINGS = {1, "ok", new Thread()};

        private Forbidden() {
        }
    }

    /** Host-independent values of every kind. */
    static final class Values {
        static final int[] NUMBERS = {3, 1, 4};
        static final Integer BOX = 12345;
        static final long BIG = 1L << 40;
        static final Object[] MIXED = {NUMBERS, "interned literal", int.class, null};
        static final String BUILT = String.valueOf(987_654_321); // not interned: copied with its byte[]

        private Values() {
        }
    }

    /** Refers to a class object the image does not have. */
    static final class ForeignClass {
        static final Object TYPE = java.util.zip.Inflater.class;

        private ForeignClass() {
        }
    }

    /** Refers to an enum constant of a class initialized at run time. */
    static final class EnumHolder {
        static final Object UNIT = java.util.concurrent.TimeUnit.SECONDS;

        private EnumHolder() {
        }
    }

    private ClassPath classPath;
    private ImageHeap heap;

    @BeforeEach
    void setUp() {
        classPath = new ClassPath(List.of(Path.of("target", "test-classes")));
        heap = new ImageHeap(new ClassHierarchy(classPath));
    }

    @AfterEach
    void tearDown() throws Exception {
        classPath.close();
    }

    private static long longAt(byte[] bytes, int at) {
        return java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(at);
    }

    private static int intAt(byte[] bytes, int at) {
        return java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(at);
    }

    private static String name(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    @Test
    void forbiddenObject_failsTheBuild_namingThePath() {
        ImageBuildException e = assertThrows(ImageBuildException.class, () -> heap.addStatics(name(Forbidden.class),
                ImageHeapTest.class.getClassLoader(), List.of("THINGS")));
        assertTrue(e.getMessage().contains("ImageHeapTest$Forbidden.THINGS[2] -> java.lang.Thread"), e.getMessage());
    }

    @Test
    void classObjectNotInTheImage_failsTheBuild_namingThePath() {
        heap.addStatics(name(ForeignClass.class), ImageHeapTest.class.getClassLoader(), List.of("TYPE"));
        heap.layOut(BASE);
        ImageBuildException e = assertThrows(ImageBuildException.class,
                () -> heap.write(TYPE_BLOCK, CLASS_OBJECT, LITERAL));
        assertTrue(e.getMessage().contains("ImageHeapTest$ForeignClass.TYPE -> class java.util.zip.Inflater"),
                e.getMessage());
    }

    @Test
    void enumConstantOfAClassInitializedAtRunTime_failsTheBuild_namingThePath() {
        heap.addStatics(name(EnumHolder.class), ImageHeapTest.class.getClassLoader(), List.of("UNIT"));
        heap.layOut(BASE);
        ImageBuildException e = assertThrows(ImageBuildException.class,
                () -> heap.write(TYPE_BLOCK, CLASS_OBJECT, LITERAL));
        assertTrue(e.getMessage().contains("ImageHeapTest$EnumHolder.UNIT -> java.util.concurrent.TimeUnit.SECONDS"),
                e.getMessage());
    }

    @Test
    void snapshot_copiesValuesAndIdentityHashes_inTargetLayout() {
        heap.addStatics(name(Values.class), ImageHeapTest.class.getClassLoader(),
                List.of("NUMBERS", "BOX", "BIG", "MIXED", "BUILT"));
        assertEquals(5, heap.objectCount()); // int[], Integer, Object[], String, byte[]; the literal and int.class
        assertEquals(java.util.Set.of("[I", "Ljava/lang/Integer;", "[Ljava/lang/Object;", "Ljava/lang/String;", "[B"),
                heap.types());
        assertEquals(java.util.Set.of("interned literal"), heap.literals());
        long bytes = heap.layOut(BASE);
        byte[] image = heap.write(TYPE_BLOCK, CLASS_OBJECT, LITERAL);
        assertEquals(bytes, image.length);

        long numbers = heap.word(heap.staticValue(name(Values.class), "NUMBERS"), true, CLASS_OBJECT, LITERAL);
        assertEquals(BASE, numbers); // the first object reached comes first
        int at = (int) (numbers - BASE);
        assertEquals(TYPE_BLOCK.apply("[I"), longAt(image, at + ObjectLayout.TIB_OFFSET));
        assertEquals(System.identityHashCode(Values.NUMBERS) & 0x7FFF_FFFFL,
                longAt(image, at + ObjectLayout.STATUS_OFFSET));
        assertEquals(3, longAt(image, at + ObjectLayout.ARRAY_LENGTH_OFFSET));
        assertEquals(4, intAt(image, at + ObjectLayout.ARRAY_ELEMENTS_OFFSET + 8));

        long box = heap.word(Values.BOX, true, CLASS_OBJECT, LITERAL);
        at = (int) (box - BASE);
        assertEquals(TYPE_BLOCK.apply("Ljava/lang/Integer;"), longAt(image, at));
        assertEquals(System.identityHashCode(Values.BOX), longAt(image, at + ObjectLayout.STATUS_OFFSET));
        assertEquals(12345, intAt(image, at + ObjectLayout.HEADER_BYTES));

        assertEquals(1L << 40, heap.word(heap.staticValue(name(Values.class), "BIG"), false, CLASS_OBJECT, LITERAL));

        at = (int) (heap.word(Values.MIXED, true, CLASS_OBJECT, LITERAL) - BASE);
        int elements = at + ObjectLayout.ARRAY_ELEMENTS_OFFSET;
        assertEquals(numbers, longAt(image, elements));
        assertEquals(0x3000L, longAt(image, elements + 8));
        assertEquals(0x2000L, longAt(image, elements + 16));
        assertEquals(0L, longAt(image, elements + 24));
    }
}
