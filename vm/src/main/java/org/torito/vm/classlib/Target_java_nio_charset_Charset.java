package org.torito.vm.classlib;

import java.nio.charset.Charset;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * An image has no charset providers (found through ServiceLoader) and no jdk.charsets module: only java.base's
 * standard charsets ({@link Target_sun_nio_cs_StandardCharsets}).
 */
@TargetClass("java.nio.charset.Charset")
final class Target_java_nio_charset_Charset {
    private Target_java_nio_charset_Charset() {
    }

    @Substitute
    private static Charset lookupViaProviders(String charsetName) {
        return null;
    }

    @Substitute
    private static Charset lookupExtendedCharset(String charsetName) {
        return null;
    }
}
