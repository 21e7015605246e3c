package org.torito.test.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.BootResult;
import org.torito.test.support.Differential;

/**
 * A minute of allocation with a constant live set ({@link Soak}) in a 32 MiB heap: the program finishes,
 * the collector ran many times, and the heap in use after every collection stays below a bound, the same
 * at the end as at the start (nothing leaks, fragmentation does not grow).
 */
@Tag("qemu")
class SoakTest {
    private static final Pattern COLLECTION = Pattern.compile("gc: GC\\((\\d+)\\) .* (\\d+)K->(\\d+)K\\((\\d+)K\\)");
    /** Kilobytes in use after a collection may not exceed this: the live set is about 9 MB. */
    private static final long BOUND_KB = 12 * 1024;

    @Test
    void aMinuteOfAllocation_heapAfterEachCollectionStaysBounded(@TempDir Path dir) throws IOException {
        Path elf = Differential.image(Soak.class.getName(), Differential.testClasses(), dir);

        BootResult result = Differential.boot(elf, List.of("heap=32m", "gc.verbose"));

        assertEquals(0, result.exitCode(), result.summary() + "\n" + result.kernelLogText());
        assertTrue(result.programOutputText().startsWith("soak: "), result.programOutputText());
        List<Long> after = new ArrayList<>();
        Matcher m = COLLECTION.matcher(result.kernelLogText());
        while (m.find()) {
            after.add(Long.parseLong(m.group(3)));
        }
        assertTrue(after.size() >= 20, "only " + after.size() + " collections in a minute:\n" + result.kernelLogText());
        long max = after.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(max <= BOUND_KB, "the heap held " + max + " KB after a collection, more than " + BOUND_KB
                + " KB:\n" + result.kernelLogText());
        List<Long> warm = after.subList(after.size() / 10, after.size());
        long first = warm.get(0);
        long last = warm.get(warm.size() - 1);
        assertTrue(last <= first * 3 / 2 + 1024, "the heap after collections grew from " + first + " KB to " + last
                + " KB:\n" + result.kernelLogText());
        System.out.println("soak: " + after.size() + " collections, heap after each at most " + max + " KB");
    }
}
