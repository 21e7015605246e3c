package org.torito.bootimage.image;

import java.util.List;

/**
 * The classes initialized at build time: the image writer initializes each on the host, copies its static
 * fields and the objects they reach into the image ({@link ImageHeap}) and starts its init record
 * INITIALIZED, so its {@code <clinit>} never runs (and is not compiled). A class is listed only if its static
 * initializer reads no host state beyond defaults and makes nothing that must be recomputed at run time, and
 * no substitution replaces its initializer or statics (the writer refuses to build otherwise). A class the
 * image does not reach is left alone.
 *
 * <ul>
 *   <li>{@code Integer$IntegerCache}: Integers -128..127. Its initializer reads the saved property
 *       {@code java.lang.Integer.IntegerCache.high}; the writer refuses to build when the host's cache goes past 127,
 *       so the cache is the default one ({@code -XX:AutoBoxCacheMax} does not apply to images), then
 *       {@code CDS.initializeFromArchive}, whose archive holds the same values.</li>
 *   <li>{@code Long$LongCache}, {@code Short$ShortCache}, {@code Byte$ByteCache}: -128..127;
 *       {@code Character$CharacterCache}: 0..127. Constants and CDS only.</li>
 *   <li>{@code Boolean}: {@code TRUE}, {@code FALSE} and {@code TYPE} ({@code boolean.class}).</li>
 *   <li>{@code Integer}, {@code Long}, {@code Character}: {@code TYPE} and constant tables (digits, sizes).</li>
 *   <li>{@code CharacterDataLatin1}, {@code CharacterData00}: the Unicode property tables, decoded by their
 *       initializers from string constants (about 35 KB of the image heap; the decoding no longer runs at
 *       boot).</li>
 *   <li>{@code Math}: constants computed from constants ({@code twoToTheDoubleScaleUp}...).</li>
 *   <li>{@code CoderResult}, {@code CodingErrorAction}: the charset coders' results and actions, objects of
 *       a type and a length or a name; the first line printed used to spend about 100 translated blocks
 *       making them.</li>
 * </ul>
 *
 * <p>Besides these, the VM's own classes with static initializers ({@link #isVmClass}).
 *
 * <p>A class's {@code $assertionsDisabled} is copied too: the writer refuses to build when the host enables
 * assertions in system classes ({@code -esa}), so images run with them disabled, as {@code java} does.
 */
public final class BuildTimeInitialization {
    /** Internal names. */
    public static final List<String> CLASSES = List.of(
            "java/lang/Integer$IntegerCache",
            "java/lang/Long$LongCache",
            "java/lang/Short$ShortCache",
            "java/lang/Byte$ByteCache",
            "java/lang/Character$CharacterCache",
            "java/lang/Boolean",
            "java/lang/CharacterDataLatin1",
            "java/lang/CharacterData00",
            "java/lang/Integer",
            "java/lang/Long",
            "java/lang/Character",
            "java/lang/Math",
            "java/nio/charset/CoderResult",
            "java/nio/charset/CodingErrorAction");

    /**
     * Refuses to build when the host's state of a listed class is not the default one: an IntegerCache
     * enlarged by {@code -XX:AutoBoxCacheMax} or {@code -Djava.lang.Integer.IntegerCache.high}.
     */
    @SuppressWarnings({"removal", "deprecation"})
    static void checkHostDefaults() {
        if (Integer.valueOf(128) == Integer.valueOf(128)) {
            throw new org.torito.bootimage.ImageBuildException("the build JVM caches Integers above 127 "
                    + "(-XX:AutoBoxCacheMax or java.lang.Integer.IntegerCache.high): Integer$IntegerCache, "
                    + "initialized at build time, would differ from its default", null,
                    "run the image writer without that option");
        }
        if (Object.class.desiredAssertionStatus()) {
            throw new org.torito.bootimage.ImageBuildException("the build JVM enables assertions in the JDK's "
                    + "classes (-esa): the classes initialized at build time would keep them enabled", null,
                    "run the image writer without -esa");
        }
    }

    /**
     * Whether {@code internalName} is a class of the VM, kernel or drivers: each of those with a static
     * initializer is initialized at build time (lookup tables, empty arrays and maps, enum constants), on the
     * host through the image writer's own class loader; an initializer that needs the machine (Magic) fails
     * there, and the build with it.
     */
    public static boolean isVmClass(String internalName) {
        return internalName.startsWith("org/torito/vm/") || internalName.startsWith("org/torito/kernel/")
                || internalName.startsWith("org/torito/drivers/");
    }

    private BuildTimeInitialization() {
    }
}
