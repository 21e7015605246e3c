package org.torito.test.corpus.text;

import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;

/** Scanner over a string: nextInt, next, nextLine, hasNext checks, mismatches left unconsumed and exhaustion. */
public final class ScannerTokens {
    private ScannerTokens() {
    }

    public static void main(String[] args) {
        Scanner sc = new Scanner("3\n10 -20 30\nhello world\n  42abc  7\n\nlast line");
        int count = sc.nextInt();
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += sc.nextInt();
        }
        System.out.println("count " + count + " sum " + sum);
        System.out.println("rest of line [" + sc.nextLine() + "]");
        System.out.println("line [" + sc.nextLine() + "]");
        System.out.println("hasNextInt " + sc.hasNextInt() + " hasNext " + sc.hasNext());
        try {
            sc.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("InputMismatchException " + e.getMessage());
        }
        System.out.println("token [" + sc.next() + "] int " + sc.nextInt());
        System.out.println("line [" + sc.nextLine() + "] line [" + sc.nextLine() + "] line [" + sc.nextLine() + "]");
        System.out.println("hasNextLine " + sc.hasNextLine() + " hasNext " + sc.hasNext());
        try {
            sc.next();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException " + e.getMessage());
        }
        sc.close();
        try {
            sc.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("IllegalStateException " + e.getMessage());
        }
        Scanner words = new Scanner("the cat and the hat sat on the mat");
        java.util.TreeMap<String, Integer> freq = new java.util.TreeMap<>();
        while (words.hasNext()) {
            freq.merge(words.next(), 1, Integer::sum);
        }
        System.out.println(freq);
        Scanner mixed = new Scanner("true 12 3000000000 x 2.5 -0 +7 1,000 0x1F");
        while (mixed.hasNext()) {
            String kind = mixed.hasNextBoolean() ? "boolean" : mixed.hasNextInt() ? "int" : mixed.hasNextLong() ? "long"
                    : mixed.hasNextDouble() ? "double" : "word";
            System.out.print(kind + ":" + mixed.next() + " ");
        }
        System.out.println();
        Scanner empty = new Scanner("");
        System.out.println("empty hasNext " + empty.hasNext() + " hasNextLine " + empty.hasNextLine());
        Scanner blankLines = new Scanner("\n\n");
        System.out.println("[" + blankLines.nextLine() + "][" + blankLines.nextLine() + "] " + blankLines.hasNextLine());
    }
}
