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
 * The image's reference maps as {@link CodeMap} describes them ("reference maps", "frame shapes"): per
 * method, its call sites as LEB128 pairs of return-offset delta and shape index; the distinct frame shapes
 * (operand stack depth and the reference bits of locals and stack) once for the whole image, since most of
 * the image's 68,000 call sites share one of about 3,000 shapes.
 */
final class ReferenceMapTables {
    private final Map<List<Long>, Integer> shapes = new LinkedHashMap<>();
    private final ByteArrayOutputStream sites = new ByteArrayOutputStream();
    private int siteCount;

    /**
     * Adds {@code m}'s call sites; returns where they start in {@link #sites()}, or -1 when it has none (then
     * the method table's entry holds 0).
     */
    int add(CompiledMethod m) {
        if (m.referenceMaps().isEmpty()) {
            return -1;
        }
        List<ReferenceMap> maps = new ArrayList<>(m.referenceMaps());
        maps.sort(Comparator.comparingInt(ReferenceMap::returnOffset));
        int start = sites.size();
        Leb128.writeUnsigned(sites, maps.size());
        int previous = 0;
        for (ReferenceMap map : maps) {
            if (map.returnOffset() <= previous && previous != 0) {
                throw new ImageBuildException(m.method() + ": two calls return to offset " + map.returnOffset());
            }
            Leb128.writeUnsigned(sites, map.returnOffset() - previous);
            Leb128.writeUnsigned(sites, shapes.computeIfAbsent(shape(m.localSlots(), map), k -> shapes.size()));
            previous = map.returnOffset();
        }
        siteCount += maps.size();
        return start;
    }

    /** A frame shape as a key: the stack depth, then the bit words (local j is bit j, stack slot i bit locals+i). */
    private static List<Long> shape(int locals, ReferenceMap map) {
        long[] bits = new long[Math.max(1, (locals + map.stackSlots() + 63) / 64)];
        map.locals().stream().forEach(j -> bits[j / 64] |= 1L << (j % 64));
        map.stack().stream().forEach(s -> bits[(locals + s) / 64] |= 1L << ((locals + s) % 64));
        List<Long> key = new ArrayList<>();
        key.add((long) map.stackSlots());
        for (long word : bits) {
            key.add(word);
        }
        return key;
    }

    /** Every method's call sites, one after another (no alignment: bytes). */
    byte[] sites() {
        return sites.toByteArray();
    }

    int siteCount() {
        return siteCount;
    }

    /** The shape table, to be placed 8-aligned at {@code CodeMap.frameShapes}. */
    byte[] shapeTable() {
        int at = (int) ImageLayout.alignUp(CodeMap.SHAPE_OFFSETS + 4L * shapes.size(), 8);
        int[] offsets = new int[shapes.size()];
        int size = at;
        int i = 0;
        for (List<Long> shape : shapes.keySet()) {
            offsets[i++] = size;
            size += CodeMap.SHAPE_BITS + 8 * (shape.size() - 1);
        }
        byte[] table = new byte[size];
        LittleEndian.putInt(table, CodeMap.SHAPE_COUNT, shapes.size());
        i = 0;
        for (List<Long> shape : shapes.keySet()) {
            LittleEndian.putInt(table, CodeMap.SHAPE_OFFSETS + 4 * i, offsets[i]);
            LittleEndian.putInt(table, offsets[i] + CodeMap.SHAPE_STACK_SLOTS, shape.get(0).intValue());
            LittleEndian.putInt(table, offsets[i] + CodeMap.SHAPE_WORDS, shape.size() - 1);
            for (int w = 1; w < shape.size(); w++) {
                LittleEndian.putLong(table, offsets[i] + CodeMap.SHAPE_BITS + 8 * (w - 1), shape.get(w));
            }
            i++;
        }
        return table;
    }
}
