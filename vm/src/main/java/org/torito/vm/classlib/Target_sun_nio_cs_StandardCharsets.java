package org.torito.vm.classlib;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Charsets by name in an image: the six every Java platform must have (JLS/Charset: US-ASCII, ISO-8859-1,
 * UTF-8, UTF-16, UTF-16BE, UTF-16LE), found under any of their names and aliases through the JDK's own
 * tables. The JDK creates a charset reflectively from its class name; the others of java.base are not built
 * into images, and asking for one reads as an unsupported charset.
 */
@TargetClass("sun.nio.cs.StandardCharsets")
final class Target_sun_nio_cs_StandardCharsets {
    private Target_sun_nio_cs_StandardCharsets() {
    }

    @Alias
    private String canonicalize(String csn) {
        throw new AssertionError("alias");
    }

    @Alias
    private static String toLower(String s) {
        throw new AssertionError("alias");
    }

    @Alias
    private Map<String, String> classMap() {
        throw new AssertionError("alias");
    }

    @Alias
    private Map<String, Charset> cache() {
        throw new AssertionError("alias");
    }

    @Substitute
    private Charset lookup(String charsetName) {
        String csn = canonicalize(toLower(charsetName));
        Map<String, Charset> cache = cache();
        Charset cs = cache.get(csn);
        if (cs != null) {
            return cs;
        }
        String className = classMap().get(csn);
        if (className == null) {
            return null;
        }
        cs = switch (className) {
            case "US_ASCII" -> StandardCharsets.US_ASCII;
            case "ISO_8859_1" -> StandardCharsets.ISO_8859_1;
            case "UTF_8" -> StandardCharsets.UTF_8;
            case "UTF_16" -> StandardCharsets.UTF_16;
            case "UTF_16BE" -> StandardCharsets.UTF_16BE;
            case "UTF_16LE" -> StandardCharsets.UTF_16LE;
            default -> null;
        };
        if (cs != null) {
            cache.put(csn, cs);
        }
        return cs;
    }
}
