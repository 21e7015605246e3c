package org.torito.test.corpus.strings;

import org.torito.test.support.Out;

/** String and char literals with escape sequences: \t \b \n \r \f \" \' \\, octal, unicode and \s. */
public final class Escapes {
    private Escapes() {
    }

    public static void main(String[] args) {
        Out.println("tab:\tend");
        Out.println("quote:\" apostrophe:' backslash:\\ slash:/");
        Out.println("two\nlines");
        Out.println("carriage\rreturn");
        Out.println("back\bspace form\ffeed");
        Out.println("octal \101\102\103 \60\61\62 \7 \0end");
        Out.println("unicode \u0041\u0062\u0063 \u005c\u005c");
        Out.println("space escape:\s:");
        Out.println("a\u0009b");
        Out.println("");
        Out.println("   ");
        Out.print('\t');
        Out.print('\'');
        Out.print('"');
        Out.print('\\');
        Out.print('\101');
        Out.print('\u0042');
        Out.print('\n');
        Out.println("""
            text block line one
              indented "quotes" and \\ backslash
            last line""");
        Out.println("=== this is not a section: it does not start the line");
        Out.print("no newline here, ");
        Out.print("then one");
        Out.println();
        Out.println("ends with two newlines\n");
    }
}
