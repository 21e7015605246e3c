package org.torito.test.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torito.bootimage.launch.BootResult;
import org.torito.test.support.Differential;

/**
 * The system properties of a booted image, which the image writer computes at build time with the JDK's own
 * startup code: exactly the documented set (README), the version properties those of the JDK that built the
 * image (this test's JVM), and changing them works as on the JDK, across a collection.
 */
@Tag("qemu")
class SystemPropertiesTest {
    /** The VM's and platform's values (the substitution of SystemProps.Raw), as the README documents them. */
    private static final Map<String, String> PLATFORM = Map.ofEntries(
            Map.entry("file.encoding", "UTF-8"), Map.entry("file.separator", "/"),
            Map.entry("java.class.path", ""), Map.entry("java.class.version", "61.0"),
            Map.entry("java.home", "/"), Map.entry("java.io.tmpdir", "/tmp"), Map.entry("java.library.path", ""),
            Map.entry("java.vm.info", "compiled mode"), Map.entry("java.vm.name", "Torito"),
            Map.entry("java.vm.specification.name", "Java Virtual Machine Specification"),
            Map.entry("java.vm.specification.vendor", "Oracle Corporation"),
            Map.entry("java.vm.specification.version", "17"), Map.entry("java.vm.vendor", "Torito"),
            Map.entry("java.vm.version", "0.1.0"), Map.entry("line.separator", "\\n"),
            Map.entry("native.encoding", "UTF-8"), Map.entry("os.arch", "amd64"), Map.entry("os.name", "Torito"),
            Map.entry("os.version", "0.1.0"), Map.entry("path.separator", ":"),
            Map.entry("sun.arch.data.model", "64"), Map.entry("sun.cpu.endian", "little"),
            Map.entry("sun.io.unicode.encoding", "UnicodeLittle"), Map.entry("sun.jnu.encoding", "UTF-8"),
            Map.entry("user.country", "US"), Map.entry("user.dir", "/"), Map.entry("user.home", "/"),
            Map.entry("user.language", "en"), Map.entry("user.name", "torito"));
    /** What java.lang.VersionProps adds, from the constants of the JDK's class file. */
    private static final List<String> VERSION = List.of("java.runtime.name", "java.runtime.version",
            "java.specification.maintenance.version", "java.specification.name", "java.specification.vendor",
            "java.specification.version", "java.vendor", "java.vendor.url", "java.vendor.url.bug",
            "java.vendor.version", "java.version", "java.version.date");

    @Test
    void propertiesMadeAtBuildTime_areTheDocumentedSet_andChangeAsTheJdksDo(@TempDir Path dir) throws IOException {
        Path elf = Differential.image(SystemPropertiesDump.class.getName(), Differential.testClasses(), dir);
        BootResult result = Differential.boot(elf, List.of("gc.verify"));
        Map<String, String> expected = new TreeMap<>(PLATFORM);
        for (String key : VERSION) {
            String value = System.getProperty(key);
            if (value != null) {
                expected.put(key, value);
            }
        }
        List<String> lines = new ArrayList<>();
        expected.forEach((key, value) -> lines.add(key + "=" + value));
        lines.add("size " + expected.size());
        lines.add("added yes yes");
        lines.add("cleared null -");
        lines.add("line.separator \\n");
        lines.add("after gc yes " + expected.size());
        assertEquals(String.join("\n", lines) + "\n", result.programOutputText(), result.summary());
        assertEquals(0, result.exitCode(), result.summary());
    }
}
