package org.torito.bootimage.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What went into an image, per package, and how long each phase of the build took: the report
 * {@code ./torito image} writes beside the image ({@code app.report.txt}), whose totals it also prints.
 * Heap bytes are what a package's types occupy in the image's data: their class objects and static fields
 * (string literals are shared by all and counted on their own line).
 */
public final class BuildReport {
    /** One package's share. */
    static final class Share {
        final java.util.Set<String> classes = new java.util.HashSet<>();
        int methods;
        long bytecodeBytes;
        long codeBytes;
        long heapBytes;
    }

    private final Map<String, Share> packages = new TreeMap<>();
    private final Map<String, Long> phaseMillis = new LinkedHashMap<>();
    private long stringBytes;
    private int imageHeapObjects;
    private long imageHeapBytes;
    private int nullChecks;
    private int nullCheckSubjects;
    private long nullCheckBytes;
    private int referenceMapSites;
    private long referenceMapBytes;

    /** A compiled method of class {@code owner} (internal name). */
    void method(String owner, int bytecodeBytes, long codeBytes) {
        Share share = share(owner);
        share.classes.add(owner);
        share.methods++;
        share.bytecodeBytes += bytecodeBytes;
        share.codeBytes += codeBytes;
    }

    /** {@code bytes} of image data belonging to class {@code owner}. */
    void heap(String owner, long bytes) {
        share(owner).heapBytes += bytes;
    }

    /** The pre-initialized heap: objects copied from the host and the bytes they take. */
    void imageHeap(int objects, long bytes) {
        imageHeapObjects = objects;
        imageHeapBytes = bytes;
    }

    public int imageHeapObjects() {
        return imageHeapObjects;
    }

    public long imageHeapBytes() {
        return imageHeapBytes;
    }

    void strings(long bytes) {
        stringBytes += bytes;
    }

    /** The helpful NullPointerException messages: checks that have one, distinct subjects, bytes in the image. */
    void nullChecks(int checks, int subjects, long bytes) {
        nullChecks = checks;
        nullCheckSubjects = subjects;
        nullCheckBytes = bytes;
    }

    /** The collector's reference maps: call sites that have one, bytes in the image. */
    void referenceMaps(int sites, long bytes) {
        referenceMapSites += sites;
        referenceMapBytes += bytes;
    }

    void phase(String name, long nanos) {
        phaseMillis.put(name, nanos / 1_000_000);
    }

    private Share share(String owner) {
        int slash = owner.lastIndexOf('/');
        String name = slash < 0 ? "(default package)" : owner.substring(0, slash).replace('/', '.');
        return packages.computeIfAbsent(name, n -> new Share());
    }

    /** The phases with their times, one line: {@code compile 1453 ms, link 371 ms}. */
    public String phases() {
        List<String> parts = new ArrayList<>();
        phaseMillis.forEach((name, ms) -> parts.add(name + " " + ms + " ms"));
        return String.join(", ", parts);
    }

    /** The whole report: the phases, then a table of packages by code size, then the totals. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append("build phases: ").append(phases()).append('\n').append('\n');
        out.append(String.format("%-50s %8s %8s %12s %12s %12s%n", "package", "classes", "methods", "bytecode B",
                "code B", "heap B"));
        List<Map.Entry<String, Share>> rows = new ArrayList<>(packages.entrySet());
        rows.sort(Comparator.comparingLong((Map.Entry<String, Share> e) -> e.getValue().codeBytes).reversed()
                .thenComparing(Map.Entry::getKey));
        Share total = new Share();
        int classes = 0;
        for (Map.Entry<String, Share> row : rows) {
            Share s = row.getValue();
            out.append(String.format("%-50s %8d %8d %12d %12d %12d%n", row.getKey(), s.classes.size(), s.methods,
                    s.bytecodeBytes, s.codeBytes, s.heapBytes));
            classes += s.classes.size();
            total.methods += s.methods;
            total.bytecodeBytes += s.bytecodeBytes;
            total.codeBytes += s.codeBytes;
            total.heapBytes += s.heapBytes;
        }
        out.append(String.format("%-50s %8s %8s %12s %12s %12d%n", "(string literals)", "", "", "", "", stringBytes));
        out.append(String.format("%-50s %8d %8d %12d %12d %12d%n", "total (" + rows.size() + " packages)", classes,
                total.methods, total.bytecodeBytes, total.codeBytes, total.heapBytes + stringBytes));
        out.append(String.format("%nimage heap (classes initialized at build time): %d objects, %d bytes%n",
                imageHeapObjects, imageHeapBytes));
        out.append(String.format("%nnull check messages: %d checks with a message, %d distinct subjects, %d bytes%n",
                nullChecks, nullCheckSubjects, nullCheckBytes));
        out.append(String.format("reference maps: %d call sites, %d bytes%n", referenceMapSites, referenceMapBytes));
        return out.toString();
    }
}
