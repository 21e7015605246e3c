package org.torito.vm.classlib;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Number formats for English without the locale providers: JDK 17's CLDR patterns for {@code en} (any
 * region): number and integer {@code #,##0.###}, percent {@code #,##0%}, scientific {@code #E0}; the
 * integer format shows no fraction and parses integers only, as the JDK's provider sets it. Currency and
 * compact formats need data an image does not carry yet.
 */
@TargetClass("java.text.NumberFormat")
final class Target_java_text_NumberFormat {
    private Target_java_text_NumberFormat() {
    }

    @Substitute
    private static NumberFormat getInstance(Locale desiredLocale, NumberFormat.Style formatStyle, int choice) {
        if (!EnglishLocaleData.covers(desiredLocale)) {
            throw EnglishLocaleData.unsupported("number formats", desiredLocale);
        }
        String pattern = switch (choice) {
            case 0, 4 -> "#,##0.###"; // NUMBERSTYLE, INTEGERSTYLE
            case 2 -> "#,##0%";       // PERCENTSTYLE
            case 3 -> "#E0";          // SCIENTIFICSTYLE
            default -> throw new UnsupportedOperationException((choice == 1 ? "currency" : "compact")
                    + " number formats are not in Torito images yet");
        };
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(desiredLocale));
        if (choice == 4) {
            format.setMaximumFractionDigits(0);
            format.setDecimalSeparatorAlwaysShown(false);
            format.setParseIntegerOnly(true);
        }
        return format;
    }
}
