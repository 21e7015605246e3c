package org.torito.bootimage.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The encoded reference maps, read back as {@link CodeMap} documents them, give every call site its map. */
class ReferenceMapTablesTest {
    @Test
    void encode_readBackAsDocumented_givesEachCallSiteItsSlots() {
        List<ReferenceMap> maps = List.of(
                map(12, 0, bits(0), bits()),
                map(40, 2, bits(0, 3), bits(1)),
                map(300, 0, bits(0), bits()),              // the same shape as the first: stored once
                map(1000, 70, bits(2), bits(0, 69)));      // 75 slots: two words per shape
        CompiledMethod method = new CompiledMethod(new MethodReference("p/C", "m", "()V"),
                new MachineCode(new byte[0], 0, List.of()), 0, java.util.Set.of(), java.util.Set.of(), List.of(), 5,
                new int[0], maps, List.of());

        ByteBuffer table = ByteBuffer.wrap(ReferenceMapTables.encode(method)).order(ByteOrder.LITTLE_ENDIAN);

        int shapes = table.getInt(CodeMap.SHAPE_COUNT);
        int words = table.getInt(CodeMap.SHAPE_WORDS);
        assertEquals(3, shapes);
        assertEquals(2, words);
        int stride = CodeMap.SHAPE_BITS + 8 * words;
        int sites = CodeMap.SHAPES + stride * shapes;
        assertEquals(maps.size(), table.getInt(sites));
        table.position(sites + 4);
        int offset = 0;
        for (ReferenceMap expected : maps) {
            offset += readUnsigned(table);
            int shape = CodeMap.SHAPES + stride * readUnsigned(table);
            assertEquals(expected.returnOffset(), offset);
            assertEquals(expected.stackSlots(), table.getInt(shape + CodeMap.SHAPE_STACK_SLOTS));
            BitSet slots = BitSet.valueOf(new long[] {table.getLong(shape + CodeMap.SHAPE_BITS),
                table.getLong(shape + CodeMap.SHAPE_BITS + 8)});
            BitSet want = expected.locals();
            expected.stack().stream().forEach(i -> want.set(5 + i));
            assertEquals(want, slots, "slots of the call returning to " + offset);
        }
        assertTrue(table.position() <= table.limit());
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
