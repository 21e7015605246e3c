package org.torito.test.corpus.text;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap and full justification of a paragraph at several widths, with ragged, centered and numbered output. */
public final class WordWrap {
    private WordWrap() {
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width - 1) + "-");
                word = word.substring(width - 1);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length == 1) {
            return line;
        }
        int spaces = width - line.replace(" ", "").length();
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int gap = spaces / (words.length - 1) + (i <= spaces % (words.length - 1) ? 1 : 0);
            sb.append(" ".repeat(gap)).append(words[i]);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! "
                + "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich; supercalifragilisticexpialidocious.";
        for (int width : new int[] {40, 24, 12}) {
            List<String> lines = wrap(text, width);
            System.out.println("+" + "-".repeat(width) + "+ width " + width + ", " + lines.size() + " lines");
            for (int i = 0; i < lines.size(); i++) {
                String l = i == lines.size() - 1 ? lines.get(i) : justify(lines.get(i), width);
                System.out.println(String.format("|%-" + width + "s| %2d", l, l.length()));
            }
        }
        for (String l : wrap("centered text looks tidy in a box", 15)) {
            int pad = 15 - l.length();
            System.out.println("[" + " ".repeat(pad / 2) + l + " ".repeat(pad - pad / 2) + "]");
        }
        System.out.println(wrap("", 10) + " " + wrap("   one   ", 10) + " " + wrap("abcdefghijkl", 5));
    }
}
