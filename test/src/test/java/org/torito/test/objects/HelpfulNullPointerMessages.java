package org.torito.test.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The messages of NullPointerExceptions (JEP 358): every instruction that checks for null, every kind of
 * source of the null (locals, parameters, fields, array elements, return values, constants, merged values),
 * checks in the class library's code, and exceptions that code makes, which have no message.
 */
public final class HelpfulNullPointerMessages {
    static String text;
    static int[] numbers;
    static Node root;
    String name;
    Node head;

    static final class Node {
        Node next;
        String value;
        int count;
        long total;
        double weight;
        Node[] children;
        int[][] grid;

        Node next() {
            return next;
        }
    }

    interface Shape {
        double area();
    }

    final class Inner {
        int outerNameLength() {
            return name.length();
        }
    }

    /** A case: code that throws a NullPointerException. */
    interface Case {
        void run() throws Exception;
    }

    private HelpfulNullPointerMessages() {
    }

    static void check(String what, Case c) {
        try {
            c.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    private static String nothing() {
        return null;
    }

    private static Node noNode() {
        return null;
    }

    private static int one() {
        return 1;
    }

    private static void parameters(String a, long b, String c, Object d) {
        c.length();
    }

    private static void reassigned(String s) {
        s = nothing();
        s.length();
    }

    private int headLength() {
        return head.value.length();
    }

    private static Node chain(int length) {
        Node first = new Node();
        Node last = first;
        for (int i = 1; i < length; i++) {
            last.next = new Node();
            last = last.next;
        }
        last.value = "v";
        return first;
    }

    public static void main(String[] args) {
        instructions();
        sources();
        library();
        madeByCode();
    }

    /** Every instruction that checks for null. */
    static void instructions() {
        check("invokevirtual", () -> {
            String s = null;
            s.length();
        });
        check("invokeinterface", () -> {
            Map<String, List<String>> map = null;
            map.put("key", List.of());
        });
        check("interface method of Object", () -> {
            Shape shape = null;
            shape.hashCode();
        });
        check("method of an array", () -> {
            String[][] strings = null;
            strings.clone();
        });
        check("getfield", () -> {
            Node node = null;
            System.out.println(node.count);
        });
        check("getfield long", () -> {
            Node node = null;
            System.out.println(node.total);
        });
        check("putfield", () -> {
            Node node = null;
            node.value = "v";
        });
        check("putfield double", () -> {
            Node node = null;
            node.weight = 0.5;
        });
        check("iaload", () -> {
            int[] a = null;
            System.out.println(a[0]);
        });
        check("laload", () -> {
            long[] a = null;
            System.out.println(a[0]);
        });
        check("faload", () -> {
            float[] a = null;
            System.out.println(a[0]);
        });
        check("daload", () -> {
            double[] a = null;
            System.out.println(a[0]);
        });
        check("aaload", () -> {
            Object[] a = null;
            System.out.println(a[0]);
        });
        check("baload", () -> {
            byte[] a = null;
            System.out.println(a[0]);
        });
        check("baload boolean", () -> {
            boolean[] a = null;
            System.out.println(a[0]);
        });
        check("caload", () -> {
            char[] a = null;
            System.out.println(a[0]);
        });
        check("saload", () -> {
            short[] a = null;
            System.out.println(a[0]);
        });
        check("iastore", () -> {
            int[] a = null;
            a[0] = 1;
        });
        check("lastore", () -> {
            long[] a = null;
            a[0] = 1L;
        });
        check("fastore", () -> {
            float[] a = null;
            a[0] = 1f;
        });
        check("dastore", () -> {
            double[] a = null;
            a[0] = 1.0;
        });
        check("aastore", () -> {
            String[] a = null;
            a[0] = "x";
        });
        check("bastore", () -> {
            byte[] a = null;
            a[0] = 1;
        });
        check("castore", () -> {
            char[] a = null;
            a[0] = 'c';
        });
        check("sastore", () -> {
            short[] a = null;
            a[0] = 1;
        });
        check("arraylength", () -> {
            int[] a = null;
            System.out.println(a.length);
        });
        check("athrow", () -> {
            RuntimeException e = null;
            throw e;
        });
        check("monitorenter", () -> {
            Object lock = null;
            synchronized (lock) {
                one();
            }
        });
        check("unboxing", () -> {
            Integer boxed = null;
            int i = boxed;
        });
        check("for each over a list", () -> {
            List<String> list = null;
            for (String s : list) {
                one();
            }
        });
        check("switch on a string", () -> {
            String s = null;
            switch (s) {
                case "a" -> one();
                default -> {
                }
            }
        });
    }

    /** Every kind of source of the null. */
    static void sources() {
        check("parameter", () -> parameters("a", 1L, null, "d"));
        check("reassigned parameter", () -> reassigned("x"));
        check("this.field", () -> new HelpfulNullPointerMessages().headLength());
        check("field of a new object", () -> new HelpfulNullPointerMessages().name.length());
        check("outer instance's field", () -> new HelpfulNullPointerMessages().new Inner().outerNameLength());
        check("static field", () -> {
            text = null;
            text.length();
        });
        check("static array", () -> {
            numbers = null;
            numbers[0]++;
        });
        check("nested fields", () -> {
            Node node = new Node();
            node.next = new Node();
            node.next.next.value.length();
        });
        check("five levels", () -> {
            root = chain(4);
            root.next.next.next.next.value.length();
        });
        check("six levels", () -> {
            root = chain(5);
            root.next.next.next.next.next.value.length();
        });
        check("return value", () -> nothing().length());
        check("return value's field", () -> noNode().value.length());
        check("virtual call's return value", () -> new Node().next().value.length());
        check("interface call's return value", () -> {
            Map<String, String> map = Map.of();
            map.get("missing").length();
        });
        check("unboxed return value", () -> {
            Map<String, Integer> map = Map.of();
            int i = map.get("missing");
        });
        check("element, constant index", () -> {
            String[] a = new String[3];
            a[1].length();
        });
        check("element, large index", () -> {
            String[][] a = new String[3000][];
            a[2000][0].length();
        });
        check("element, local index", () -> {
            int[][] a = new int[2][];
            int i = 1;
            a[i][0] = 3;
        });
        check("element, computed index", () -> {
            int[][] a = new int[2][];
            int i = 1;
            a[i + 1 - 1][0] = 3;
        });
        check("element, element index", () -> {
            int[][] a = new int[2][];
            int[] ix = {1};
            a[ix[0]][0]++;
        });
        check("element, call index", () -> {
            String[][] a = new String[2][];
            a[one()][0].length();
        });
        check("element of element", () -> {
            String[][][] a = new String[2][2][];
            a[1][1][0].length();
        });
        check("element of field", () -> {
            Node node = new Node();
            node.children = new Node[1];
            node.children[0].value.length();
        });
        check("element of a field's array", () -> {
            Node node = new Node();
            node.grid = new int[2][];
            node.grid[1][0] = 5;
        });
        check("constant null", () -> ((String) null).length());
        check("cast", () -> {
            Object o = null;
            ((String) o).length();
        });
        check("merged values", () -> {
            text = null;
            boolean yes = text == null;
            String s = yes ? null : "x";
            (yes ? s : text).length();
        });
        check("copied local", () -> {
            String s = null;
            String t = s;
            t.length();
        });
        check("assignment's value", () -> {
            Node node = new Node();
            String s = null;
            (node.value = s).length();
        });
        check("chained long stores", () -> {
            long[] a = new long[1];
            long[] b = null;
            a[0] = b[0] = 5L;
        });
        check("increment of a field", () -> {
            Node node = new Node();
            node.next.total++;
        });
        check("caught", () -> {
            String s = null;
            try {
                Integer.parseInt("x");
            } catch (NumberFormatException e) {
                s.length();
            }
        });
    }

    /** Null checks in the class library's own code. */
    static void library() {
        check("ArrayList(null)", () -> new ArrayList<String>(null));
        check("StringBuilder.append(char[])", () -> new StringBuilder().append((char[]) null));
        check("List.sort of a null element", () -> new ArrayList<>(java.util.Arrays.asList("b", null, "a"))
                .sort(null));
        check("String.compareTo(null)", () -> "abc".compareTo(null));
        check("String.indexOf(null)", () -> "abc".indexOf((String) null));
        check("String.format(null)", () -> String.format(null));
        check("Arrays.fill(null)", () -> java.util.Arrays.fill((int[]) null, 1));
        check("HashMap.putAll(null)", () -> new java.util.HashMap<String, String>().putAll(null));
        check("TreeMap.put(null)", () -> new java.util.TreeMap<String, String>().put(null, "x"));
        check("BigInteger(null)", () -> new java.math.BigInteger((String) null));
        check("System.arraycopy(null), a native", () -> System.arraycopy(null, 0, new int[1], 0, 1));
    }

    /** Exceptions that code makes have no message, or their own; a message stays as it was first given. */
    static void madeByCode() {
        check("throw new NullPointerException()", () -> {
            throw new NullPointerException();
        });
        check("new NullPointerException(message)", () -> {
            throw new NullPointerException("made by code");
        });
        check("Objects.requireNonNull", () -> Objects.requireNonNull(null));
        check("Objects.requireNonNull with a message", () -> Objects.requireNonNull(null, "must not be null"));
        try {
            String s = null;
            s.isEmpty();
        } catch (NullPointerException e) {
            e.fillInStackTrace();
            System.out.println("after fillInStackTrace: " + e.getMessage());
            System.out.println("asked again: " + e.getMessage());
            System.out.println("toString: " + e);
        }
    }
}
