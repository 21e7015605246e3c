package org.torito.bootimage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.MethodReference;
import org.torito.compiler.baseline.ReferenceMap;
import org.torito.vm.runtime.CodeMap;

/**
 * The encoded reference maps, read back as {@link CodeMap} documents them, give every call site of every
 * method its map, and a shape two methods share is stored once.
 */
class ReferenceMapTablesTest {
    @Test
    void sitesAndShapes_readBackAsDocumented_giveEachCallSiteItsSlots() {
        List<ReferenceMap> first = List.of(
                map(12, 0, bits(0), bits()),
                map(40, 2, bits(0, 3), bits(1)),
                map(300, 0, bits(0), bits()),            // the same shape as the first
                map(1000, 70, bits(2), bits(0, 69)));    // 75 slots: two words
        List<ReferenceMap> second = List.of(map(7, 0, bits(0), bits()), map(9, 1, bits(), bits(0)));
        ReferenceMapTables tables = new ReferenceMapTables();

        int firstAt = tables.add(method(5, first));
        int secondAt = tables.add(method(5, second));
        int noneAt = tables.add(method(5, List.of()));

        ByteBuffer sites = ByteBuffer.wrap(tables.sites());
        ByteBuffer shapes = ByteBuffer.wrap(tables.shapeTable()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(4, shapes.getInt(CodeMap.SHAPE_COUNT)); // 3 in the first method, 1 more in the second
        assertEquals(-1, noneAt);
        assertEquals(6, tables.siteCount());
        check(sites, firstAt, shapes, 5, first);
        check(sites, secondAt, shapes, 5, second);
    }

    private static void check(ByteBuffer sites, int at, ByteBuffer shapes, int locals, List<ReferenceMap> maps) {
        sites.position(at);
        assertEquals(maps.size(), readUnsigned(sites));
        int offset = 0;
        for (ReferenceMap expected : maps) {
            offset += readUnsigned(sites);
            int shape = shapes.getInt(CodeMap.SHAPE_OFFSETS + 4 * readUnsigned(sites));
            assertEquals(expected.returnOffset(), offset);
            assertEquals(expected.stackSlots(), shapes.getInt(shape + CodeMap.SHAPE_STACK_SLOTS));
            long[] words = new long[shapes.getInt(shape + CodeMap.SHAPE_WORDS)];
            for (int w = 0; w < words.length; w++) {
                words[w] = shapes.getLong(shape + CodeMap.SHAPE_BITS + 8 * w);
            }
            BitSet want = expected.locals();
            expected.stack().stream().forEach(i -> want.set(locals + i));
            assertEquals(want, BitSet.valueOf(words), "slots of the call returning to " + offset);
        }
    }

    private static CompiledMethod method(int locals, List<ReferenceMap> maps) {
        return new CompiledMethod(new MethodReference("p/C", "m", "()V"), new MachineCode(new byte[0], 0, List.of()),
                0, java.util.Set.of(), java.util.Set.of(), List.of(), locals, new int[0], maps, List.of());
    }

    private static ReferenceMap map(int returnOffset, int stackSlots, BitSet locals, BitSet stack) {
        return new ReferenceMap(returnOffset, 0, locals, stack, stackSlots);
    }

    private static BitSet bits(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }

    private static int readUnsigned(ByteBuffer in) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = in.get();
            value |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }
}
