package org.torito.test.corpus.lang;

/** Character classification (letter, digit, white space, case, type, identifier parts) over many scripts. */
public final class CharacterClasses {
    private CharacterClasses() {
    }

    public static void main(String[] args) {
        int[] cps = {'A', 'z', '5', ' ', '\t', '_', '$', '-', 0xA0, 0xE9, 0xDF, 0x130, 0x3A3, 0x3C2, 0x416, 0x5D0,
            0x627, 0x663, 0x966, 0x4E2D, 0x3042, 0xAC00, 0x2003, 0x2028, 0x200B, 0xFEFF, 0xFF21, 0xFF10, 0x1C5,
            0x2160, 0x20AC, 0x1F600, 0x1D400, 0x10400, 0xD800, 0xE000, 0x0, 0x7F, 0x85, 0x2070};
        for (int cp : cps) {
            System.out.printf("U+%04X letter=%b digit=%b letterOrDigit=%b alpha=%b ws=%b space=%b upper=%b lower=%b"
                    + " title=%b type=%d idStart=%b idPart=%b ignorable=%b iso=%b defined=%b%n", cp,
                    Character.isLetter(cp), Character.isDigit(cp), Character.isLetterOrDigit(cp),
                    Character.isAlphabetic(cp), Character.isWhitespace(cp), Character.isSpaceChar(cp),
                    Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isTitleCase(cp),
                    Character.getType(cp), Character.isJavaIdentifierStart(cp), Character.isJavaIdentifierPart(cp),
                    Character.isIdentifierIgnorable(cp), Character.isISOControl(cp), Character.isDefined(cp));
        }
        String text = "Hello, Wörld! Καλημέρα 123 ٤٥٦ 你好\u00a0\u2003end";
        int letters = 0;
        int digits = 0;
        int spaces = 0;
        int other = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaces++;
            } else {
                other++;
            }
        }
        System.out.println("letters=" + letters + " digits=" + digits + " spaces=" + spaces + " other=" + other);
        System.out.println(Character.isMirrored('(') + " " + Character.isMirrored('a') + " "
                + Character.getDirectionality('a') + " " + Character.getDirectionality(0x5D0) + " "
                + Character.getDirectionality('1'));
        System.out.println(Character.UnicodeBlock.of('a') + " " + Character.UnicodeBlock.of(0x4E2D) + " "
                + Character.UnicodeBlock.of(0x1F600));
        System.out.println(Character.UnicodeScript.of('a') + " " + Character.UnicodeScript.of(0x3A3) + " "
                + Character.UnicodeScript.of(0x627) + " " + Character.UnicodeScript.of(' '));
    }
}
