package org.torito.vm.classlib;

import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Number-format symbols without the JDK's locale providers (CLDR data read through resource bundles, which
 * need reflection and the module system): an image carries English, whose symbols JDK 17's CLDR data gives
 * identically for the root locale, {@code en} and {@code en_US} (checked against the host by
 * {@code DecimalFormatSymbolsDataTest}). Other languages fail loudly; currency data is not in the image yet.
 */
@TargetClass("java.text.DecimalFormatSymbols")
final class Target_java_text_DecimalFormatSymbols {
    @Alias
    private char zeroDigit;
    @Alias
    private char groupingSeparator;
    @Alias
    private char decimalSeparator;
    @Alias
    private char perMill;
    @Alias
    private char percent;
    @Alias
    private char digit;
    @Alias
    private char patternSeparator;
    @Alias
    private String infinity;
    @Alias
    private String NaN;
    @Alias
    private char minusSign;
    @Alias
    private char monetarySeparator;
    @Alias
    private char exponential;
    @Alias
    private String exponentialSeparator;
    @Alias
    private Locale locale;
    @Alias
    private String perMillText;
    @Alias
    private String percentText;
    @Alias
    private String minusSignText;
    @Alias
    private char monetaryGroupingSeparator;

    private Target_java_text_DecimalFormatSymbols() {
    }

    /** The JDK asks the locale providers first and falls back to the constructor; here there is only that. */
    @Substitute
    public static DecimalFormatSymbols getInstance(Locale locale) {
        return new DecimalFormatSymbols(locale);
    }

    @Substitute
    private void initialize(Locale locale) {
        if (!EnglishLocaleData.covers(locale)) {
            throw EnglishLocaleData.unsupported("number-format symbols", locale);
        }
        this.locale = locale;
        zeroDigit = '0';
        groupingSeparator = ',';
        decimalSeparator = '.';
        perMill = '\u2030';
        percent = '%';
        digit = '#';
        patternSeparator = ';';
        infinity = "\u221e";
        NaN = "NaN";
        minusSign = '-';
        monetarySeparator = '.';
        exponential = 'E';
        exponentialSeparator = "E";
        perMillText = "\u2030";
        percentText = "%";
        minusSignText = "-";
        monetaryGroupingSeparator = ',';
    }

    @Substitute
    private void initializeCurrency(Locale locale) {
        throw new UnsupportedOperationException("currency data (" + locale + ") is not in Torito images yet");
    }
}
