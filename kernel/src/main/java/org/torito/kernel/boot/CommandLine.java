package org.torito.kernel.boot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.torito.vm.Magic;

/**
 * The guest's command line and {@code main}'s arguments. {@code ./torito boot image -- a "b c"} passes
 * the kernel's options, then {@code --} and the program's arguments as QEMU's {@code -append} value: words separated by blanks, a word that is empty or
 * holds a blank, {@code "} or {@code \} in double quotes, inside which {@code \"} and {@code \\} stand for
 * {@code "} and {@code \} (the launcher's {@code QemuCommandLine.appendValue}). Parsing undoes exactly that.
 */
public final class CommandLine {
    private CommandLine() {
    }

    /**
     * The program's arguments in the NUL-terminated UTF-8 command line at {@code address} (none when 0), at
     * most {@code max} bytes: the words after the first {@code --}; those before are the kernel's options
     * ({@link KernelOptions}).
     */
    public static String[] programArguments(long address, int max) {
        return afterSeparator(words(address, max));
    }

    /** The words after the first {@code --} of {@code words}, or none. */
    public static String[] afterSeparator(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--")) {
                return java.util.Arrays.copyOfRange(words, i + 1, words.length);
            }
        }
        return new String[0];
    }

    /** The words of the NUL-terminated UTF-8 command line at {@code address} (none when 0), at most {@code max} bytes. */
    public static String[] words(long address, int max) {
        if (address == 0) {
            return new String[0];
        }
        int length = length(address, max);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Magic.loadByte(address + i);
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The length of the NUL-terminated command line at {@code address}, at most {@code max}. */
    static int length(long address, int max) {
        int length = 0;
        while (length < max && Magic.loadByte(address + length) != 0) {
            length++;
        }
        return length;
    }

    /** The blanks that separate words: those the launcher quotes (regex {@code \\s}), not every Unicode space. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The words of {@code line}; an unterminated quote ends at the end of the line. */
    public static String[] parse(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (isBlank(c)) {
                i++;
                continue;
            }
            StringBuilder word = new StringBuilder();
            if (c == '"') {
                for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                    char d = line.charAt(i);
                    if (d == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        d = line.charAt(++i);
                    }
                    word.append(d);
                }
                i++; // the closing quote
            } else {
                for (; i < line.length() && !isBlank(line.charAt(i)); i++) {
                    word.append(line.charAt(i));
                }
            }
            words.add(word.toString());
        }
        return words.toArray(new String[0]);
    }
}
