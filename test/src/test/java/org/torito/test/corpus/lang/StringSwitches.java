package org.torito.test.corpus.lang;

/** switch on strings (with colliding hash codes), on ints and chars, as statements and expressions with yield. */
public final class StringSwitches {
    private StringSwitches() {
    }

    public static void main(String[] args) {
        String[] words = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "HELLO", "é", "default", "polygenelubricants"};
        for (String w : words) {
            System.out.println("[" + w + "] hash=" + w.hashCode() + " kind=" + kind(w) + " len=" + lengthClass(w));
        }
        for (String cmd : "push 3;push 4;add;push 5;mul;dup;add;neg;pop;print;bogus".split(";")) {
            System.out.println(cmd + " -> " + execute(cmd));
        }
        for (int i = -1; i <= 12; i++) {
            System.out.print(days(i) + " ");
        }
        System.out.println();
        for (char c : "a1 Z?é".toCharArray()) {
            String cls = switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> "vowel";
                case ' ' -> "space";
                case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> "digit";
                default -> {
                    if (Character.isLetter(c)) {
                        yield Character.isUpperCase(c) ? "upper" : "letter";
                    }
                    yield "other";
                }
            };
            System.out.print(cls + " ");
        }
        System.out.println();
        String nothing = null;
        try {
            System.out.println(kind(nothing));
        } catch (NullPointerException e) {
            System.out.println("switch(null): NullPointerException");
        }
    }

    private static long[] stack = new long[8];
    private static int sp;

    private static String execute(String cmd) {
        String[] p = cmd.split(" ");
        switch (p[0]) {
            case "push":
                stack[sp++] = Long.parseLong(p[1]);
                break;
            case "add":
            case "mul":
                long b = stack[--sp];
                long a = stack[--sp];
                stack[sp++] = p[0].equals("add") ? a + b : a * b;
                break;
            case "dup":
                stack[sp] = stack[sp - 1];
                sp++;
                break;
            case "neg":
                stack[sp - 1] = -stack[sp - 1];
                break;
            case "pop":
                return "popped " + stack[--sp];
            case "print":
                return "top " + (sp > 0 ? stack[sp - 1] : "empty");
            default:
                return "unknown command";
        }
        return "depth " + sp + " top " + stack[sp - 1];
    }

    private static String kind(String w) {
        return switch (w) {
            case "Aa", "BB" -> "pair";
            case "AaAa" -> "quad-a";
            case "BBBB" -> "quad-b";
            case "AaBB", "BBAa" -> {
                String mixed = "mixed";
                yield mixed + w.length();
            }
            case "" -> "empty";
            case "hello" -> "greeting";
            case "é" -> "accent";
            default -> "other";
        };
    }

    private static int lengthClass(String w) {
        int len = w.length();
        return switch (len) {
            case 0 -> -1;
            case 1, 2 -> 1;
            case 3, 4, 5 -> {
                int x = len * 10;
                yield x;
            }
            default -> len > 10 ? 100 : 50;
        };
    }

    private static int days(int month) {
        return switch (month) {
            case 2 -> 28;
            case 4, 6, 9, 11 -> 30;
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            default -> 0;
        };
    }
}
