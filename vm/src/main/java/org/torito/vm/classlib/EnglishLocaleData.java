package org.torito.vm.classlib;

import java.util.Locale;

/**
 * The locales whose formatting data an image carries: the root locale and English in every region, which
 * JDK 17's CLDR data gives the same number symbols. The default locale of an image is {@code en_US}.
 */
final class EnglishLocaleData {
    private EnglishLocaleData() {
    }

    static boolean covers(Locale locale) {
        String language = locale.getLanguage();
        return language.isEmpty() || language.equals("en");
    }

    static UnsupportedOperationException unsupported(String what, Locale locale) {
        return new UnsupportedOperationException(what + " for locale " + locale.toLanguageTag()
                + " are not in Torito images yet: only English (en, any region) and the root locale are");
    }
}
