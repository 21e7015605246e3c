package org.torito.bootimage.image;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.torito.bootimage.ImageBuildException;
import org.torito.compiler.baseline.CompiledMethod;
import org.torito.compiler.baseline.ReferenceMap;
import org.torito.vm.runtime.CodeMap;

/**
 * A method's reference maps as the image stores them for the collector ({@link CodeMap}, "reference maps"):
 * the distinct frame shapes once (most call sites of a method share a few), then the call sites as LEB128
 * pairs of return-offset delta and shape index.
 */
final class ReferenceMapTables {
    private ReferenceMapTables() {
    }

    /** A method's reference maps in the compact layout {@link CodeMap} describes: distinct shapes, then sites. */
    static byte[] encode(CompiledMethod m) {
        List<ReferenceMap> maps = new ArrayList<>(m.referenceMaps());
        maps.sort(Comparator.comparingInt(ReferenceMap::returnOffset));
        int bits = m.localSlots();
        for (ReferenceMap map : maps) {
            bits = Math.max(bits, m.localSlots() + map.stackSlots());
        }
        int words = Math.max(1, (bits + 63) / 64);
        Map<List<Long>, Integer> shapes = new LinkedHashMap<>();
        ByteArrayOutputStream sites = new ByteArrayOutputStream();
        int previous = 0;
        for (ReferenceMap map : maps) {
            List<Long> shape = new ArrayList<>();
            shape.add((long) map.stackSlots());
            long[] set = new long[words];
            map.locals().stream().forEach(j -> set[j / 64] |= 1L << (j % 64));
            map.stack().stream().forEach(s -> set[(m.localSlots() + s) / 64] |= 1L << ((m.localSlots() + s) % 64));
            for (long word : set) {
                shape.add(word);
            }
            Integer index = shapes.computeIfAbsent(shape, k -> shapes.size());
            if (map.returnOffset() <= previous && previous != 0) {
                throw new ImageBuildException(m.method() + ": two calls return to offset " + map.returnOffset());
            }
            Leb128.writeUnsigned(sites, map.returnOffset() - previous);
            Leb128.writeUnsigned(sites, index);
            previous = map.returnOffset();
        }
        int stride = CodeMap.SHAPE_BITS + 8 * words;
        byte[] table = new byte[CodeMap.SHAPES + stride * shapes.size() + 4 + sites.size()];
        LittleEndian.putInt(table, CodeMap.SHAPE_COUNT, shapes.size());
        LittleEndian.putInt(table, CodeMap.SHAPE_WORDS, words);
        int at = CodeMap.SHAPES;
        for (List<Long> shape : shapes.keySet()) {
            LittleEndian.putInt(table, at + CodeMap.SHAPE_STACK_SLOTS, shape.get(0).intValue());
            for (int w = 0; w < words; w++) {
                LittleEndian.putLong(table, at + CodeMap.SHAPE_BITS + 8 * w, shape.get(1 + w));
            }
            at += stride;
        }
        LittleEndian.putInt(table, at, maps.size());
        System.arraycopy(sites.toByteArray(), 0, table, at + 4, sites.size());
        return table;
    }
}
