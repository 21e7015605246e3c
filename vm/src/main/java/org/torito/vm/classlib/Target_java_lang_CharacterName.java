package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Unicode character names ({@code Character.getName}, {@code codePointOf}, regex {@code \N{...}}) come from
 * the compressed resource {@code uniName.dat} in java.base, which images do not carry yet.
 */
@TargetClass("java.lang.CharacterName")
final class Target_java_lang_CharacterName {
    private Target_java_lang_CharacterName() {
    }

    @Substitute
    public static Target_java_lang_CharacterName getInstance() {
        throw new UnsupportedOperationException("Unicode character names (uniName.dat) are not in Torito images yet");
    }
}
