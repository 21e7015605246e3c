package org.torito.bootimage.image;

import java.util.List;
import java.util.Map;

/**
 * Methods that each throw one implicit NullPointerException, for {@link NullPointerMessagesTest}: every
 * instruction that checks for null, and every kind of source of the null. Each {@code case} method runs one;
 * the others are the methods they call with null arguments. The names say what the message should show.
 */
@SuppressWarnings({"unused", "null", "ConstantConditions", "DataFlowIssue"})
final class NullPointerCases {
    static String staticString;
    static int[] staticInts;
    static Node staticNode;
    static Object[] staticObjects;
    String name;
    Node head;
    long[] longs;

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

    enum Color {
        RED, GREEN
    }

    /** A static field of a nested class: HotSpot names its class with a {@code $}. */
    static final class Holder {
        static String text;
        RuntimeException error;
    }

    /** An inner class: its outer instance is a field, {@code this$0}. */
    final class Inner {
        int outerNameLength() {
            return name.length();
        }
    }

    private NullPointerCases() {
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

    /** Not a case: the operands of half its null checks cannot be null (this, new objects, constants). */
    int neverNull(Node node) {
        int[] a = {1, 2};
        return "abc".length() + name.length() + new StringBuilder().append(a[0]).length() + node.next.count;
    }

    /** Not a case: code makes this exception, so HotSpot gives it no message. */
    static void explicit() {
        throw new NullPointerException();
    }

    // ------------------------------------------------------------------------------------------------
    // Every instruction that checks for null
    // ------------------------------------------------------------------------------------------------

    static void caseInvokeVirtual() {
        String s = null;
        s.length();
    }

    static void caseInvokeInterface() {
        Shape shape = null;
        shape.area();
    }

    static void caseInvokeInterfaceWithArguments() {
        Map<String, List<String>> map = null;
        map.put("key", List.of());
    }

    static void caseInvokeObjectMethodOnInterface() {
        Shape shape = null;
        shape.hashCode();
    }

    static void caseInvokePrivate() {
        NullPointerCases cases = null;
        cases.privateMethod(1, 2L, "s", new Object[0], new StringBuilder(), 'c');
    }

    private void privateMethod(int i, long l, String s, Object[] a, StringBuilder b, char c) {
    }

    static void caseInvokeOnArray() {
        String[][] strings = null;
        strings.clone();
    }

    static void caseInvokeOnIntArray() {
        int[] ints = null;
        ints.clone();
    }

    static void caseGetfield() {
        Node node = null;
        int count = node.count;
    }

    static void caseGetfieldLong() {
        Node node = null;
        long total = node.total;
    }

    static void casePutfield() {
        Node node = null;
        node.count = 3;
    }

    static void casePutfieldLong() {
        Node node = null;
        node.total = 3L;
    }

    static void casePutfieldDouble() {
        Node node = null;
        node.weight = 0.5;
    }

    static void casePutfieldReference() {
        Node node = null;
        node.value = "v";
    }

    static void caseIaload() {
        int[] a = null;
        int x = a[0];
    }

    static void caseLaload() {
        long[] a = null;
        long x = a[0];
    }

    static void caseFaload() {
        float[] a = null;
        float x = a[0];
    }

    static void caseDaload() {
        double[] a = null;
        double x = a[0];
    }

    static void caseAaload() {
        Object[] a = null;
        Object x = a[0];
    }

    static void caseBaload() {
        byte[] a = null;
        byte x = a[0];
    }

    static void caseBooleanLoad() {
        boolean[] a = null;
        boolean x = a[0];
    }

    static void caseCaload() {
        char[] a = null;
        char x = a[0];
    }

    static void caseSaload() {
        short[] a = null;
        short x = a[0];
    }

    static void caseIastore() {
        int[] a = null;
        a[0] = 1;
    }

    static void caseLastore() {
        long[] a = null;
        a[0] = 1L;
    }

    static void caseFastore() {
        float[] a = null;
        a[0] = 1f;
    }

    static void caseDastore() {
        double[] a = null;
        a[0] = 1.0;
    }

    static void caseAastore() {
        String[] a = null;
        a[0] = "x";
    }

    static void caseBastore() {
        byte[] a = null;
        a[0] = 1;
    }

    static void caseCastore() {
        char[] a = null;
        a[0] = 'c';
    }

    static void caseSastore() {
        short[] a = null;
        a[0] = 1;
    }

    static void caseArraylength() {
        int[] a = null;
        int n = a.length;
    }

    static void caseAthrow() {
        RuntimeException e = null;
        throw e;
    }

    static void caseMonitorenter() {
        Object lock = null;
        synchronized (lock) {
            one();
        }
    }

    static void caseIncrementField() {
        Node node = new Node();
        node.next.count++;
    }

    static void caseCompoundAssignToLongElement() {
        NullPointerCases cases = new NullPointerCases();
        cases.longs[0] += 2;
    }

    static void caseUnboxing() {
        Integer boxed = null;
        int i = boxed;
    }

    static void caseForEachOverList() {
        List<String> list = null;
        for (String s : list) {
            one();
        }
    }

    static void caseForEachOverArray() {
        int[] a = null;
        for (int x : a) {
            one();
        }
    }

    static void caseSwitchOnString() {
        String s = null;
        switch (s) {
            case "a" -> one();
            default -> {
            }
        }
    }

    // ------------------------------------------------------------------------------------------------
    // Sources of the null
    // ------------------------------------------------------------------------------------------------

    static void caseParameter() {
        parameters("a", 1L, null, "d");
    }

    private static void parameters(String a, long b, String c, Object d) {
        c.length();
    }

    static void caseLongParameterBefore() {
        afterLong(1L, 2.0, null);
    }

    private static void afterLong(long l, double d, Object o) {
        o.hashCode();
    }

    static void caseReassignedParameter() {
        reassigned("x");
    }

    private static void reassigned(String s) {
        s = nothing();
        s.length();
    }

    static void caseIncrementedIndexParameter() {
        incremented(new int[3][], 0);
    }

    private static void incremented(int[][] a, int i) {
        i++;
        a[i][0] = 1;
    }

    static void caseInstanceParameter() {
        new NullPointerCases().instance(null, 2L, null);
    }

    private void instance(String a, long b, Object c) {
        c.hashCode();
    }

    static void caseThisField() {
        new NullPointerCases().name.length();
    }

    static void caseThisFieldInMethod() {
        new NullPointerCases().headValue();
    }

    private int headValue() {
        return head.value.length();
    }

    static void caseCopiedLocal() {
        String s = null;
        String t = s;
        t.length();
    }

    static void caseStaticField() {
        staticString = null;
        staticString.length();
    }

    static void caseStaticArray() {
        staticInts = null;
        staticInts[0]++;
    }

    static void caseStaticArrayLength() {
        staticInts = null;
        int n = staticInts.length;
    }

    static void caseNestedFields() {
        Node node = new Node();
        node.next = new Node();
        node.next.next.value.length();
    }

    static void caseStaticThenFields() {
        staticNode = new Node();
        staticNode.next = new Node();
        staticNode.next.next.next = null;
    }

    static void caseFiveLevels() {
        staticNode = chain(4);
        staticNode.next.next.next.next.value.length();
    }

    static void caseSixLevels() {
        staticNode = chain(5);
        staticNode.next.next.next.next.next.value.length();
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

    static void caseReturnValue() {
        nothing().length();
    }

    static void caseReturnValueField() {
        noNode().value.length();
    }

    static void caseReturnValueThenField() {
        new Node().next().value.length();
    }

    static void caseReturnValueOfInterface() {
        Map<String, String> map = Map.of();
        map.get("missing").length();
    }

    static void caseElementConstantIndex() {
        String[] a = new String[3];
        a[1].length();
    }

    static void caseElementLargeIndex() {
        String[][] a = new String[3000][];
        a[2000][0].length();
    }

    static void caseElementByteIndex() {
        String[][] a = new String[300][];
        a[100][0].length();
    }

    static void caseElementHugeIndex() {
        String[][] a = new String[100_000][];
        a[70_000][0].length();
    }

    static void caseElementLocalIndex() {
        int[][] a = new int[2][];
        int i = 1;
        a[i][0] = 3;
    }

    static void caseElementComputedIndex() {
        int[][] a = new int[2][];
        int i = 1;
        a[i + 1 - 1][0] = 3;
    }

    static void caseElementElementIndex() {
        int[][] a = new int[2][];
        int[] ix = {1};
        a[ix[ix[0] - 1]][0]++;
    }

    static void caseElementByteElementIndex() {
        String[][] a = new String[2][];
        byte[] b = {1};
        a[b[0]][0].length();
    }

    static void caseElementCallIndex() {
        String[][] a = new String[2][];
        a[one()][0].length();
    }

    static void caseElementFieldIndex() {
        String[][] a = new String[2][];
        Node node = new Node();
        a[node.count][0].length();
    }

    static void caseElementStaticElementIndex() {
        staticInts = new int[] {1};
        String[][] a = new String[2][];
        a[staticInts[0]][0].length();
    }

    static void caseElementOfElement() {
        String[][][] a = new String[2][2][];
        a[1][1][0].length();
    }

    static void caseElementOfField() {
        Node node = new Node();
        node.children = new Node[1];
        node.children[0].value.length();
    }

    static void caseElementOfFieldGrid() {
        Node node = new Node();
        node.grid = new int[2][];
        node.grid[1][0] = 5;
    }

    static void caseElementOfStaticArray() {
        staticObjects = new Object[1];
        staticObjects[0].hashCode();
    }

    static void caseElementOfReturnValue() {
        objects()[0].hashCode();
    }

    private static Object[] objects() {
        return new Object[1];
    }

    static void caseConstantNull() {
        ((String) null).length();
    }

    static void caseCastLocal() {
        Object o = null;
        ((String) o).length();
    }

    static void caseCastField() {
        Node node = new Node();
        ((CharSequence) node.value).length();
    }

    static void caseTernary() {
        staticString = null;
        boolean yes = staticString == null;
        String s = (yes ? null : "x");
        (yes ? s : staticString).length();
    }

    static void caseTernaryStored() {
        staticString = null;
        boolean yes = staticString == null;
        String s = yes ? null : "x";
        s.length();
    }

    static void caseTernaryFields() {
        staticString = null;
        boolean yes = staticString == null;
        Node node = new Node();
        (yes ? node.value : staticString).length();
    }

    static void caseLoopLocal() {
        String s = "x";
        for (int i = 0; i < 3; i++) {
            s.length();
            s = i == 0 ? null : s;
        }
    }

    static void caseCatchBlock() {
        String s = null;
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            s.length();
        }
    }

    static void caseAfterCatch() {
        String s = "x";
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            s = null;
        }
        s.length();
    }

    static void caseLambdaCapture() {
        String s = null;
        Runnable r = () -> s.length();
        r.run();
    }

    static void caseAnonymousField() {
        new Object() {
            String field;

            void run() {
                field.length();
            }
        }.run();
    }

    static void caseStringBuilderArgument() {
        StringBuilder b = null;
        b.append("x");
    }

    static void caseArgumentTypes() {
        Node node = null;
        node.children[0] = null;
    }

    static void caseChainedCall() {
        StringBuilder b = new StringBuilder();
        b.append(nothing().length());
    }

    static void caseSecondArgument() {
        String s = "x";
        String t = null;
        s.compareTo(t.trim());
    }

    static void caseThrowField() {
        Holder holder = new Holder();
        throw holder.error;
    }

    static void caseNestedClassStaticField() {
        Holder.text = null;
        Holder.text.length();
    }

    static void caseOuterField() {
        new NullPointerCases().new Inner().outerNameLength();
    }

    static void caseEnumSwitch() {
        Color color = null;
        switch (color) {
            case RED -> one();
            default -> {
            }
        }
    }

    static void caseUnboxReturnValue() {
        Map<String, Integer> map = Map.of();
        int i = map.get("missing");
    }

    static void caseUnboxInArithmetic() {
        Integer boxed = null;
        int i = boxed + 1;
    }

    static void caseAssignmentValueAsReceiver() {
        Node node = new Node();
        String s = null;
        (node.value = s).length();
    }

    static void caseAssignmentToNullReceiver() {
        Node node = null;
        String s = "x";
        (node.value = s).length();
    }

    static void caseChainedLongStores() {
        long[] a = new long[1];
        long[] b = null;
        a[0] = b[0] = 5L;
    }

    static void caseChainedLongFieldStore() {
        Node node = null;
        long total = node.total = 5L;
    }

    static void caseIncrementLongField() {
        Node node = new Node();
        node.next.total++;
    }

    static void caseForEachOverFieldElement() {
        Node node = new Node();
        node.grid = new int[1][];
        for (int x : node.grid[0]) {
            one();
        }
    }

    static void caseVarargsReturnValue() {
        manyOf("a", "b").length();
    }

    private static String manyOf(Object... values) {
        return null;
    }

    static void caseParameterTypesShortened() {
        shortened(null, null, null, null, 0.0f).length();
    }

    private static String shortened(StringIndexOutOfBoundsException e, Integer i, Object[][] objects,
                                    List<String>[] lists, float f) {
        return null;
    }

    static void caseGenericMethod() {
        List<String> list = java.util.Collections.singletonList(null);
        list.get(0).length();
    }

    static void caseParameterStoredInTry() {
        storedInTry("x");
    }

    private static void storedInTry(String s) {
        try {
            s = null;
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            s.length();
        }
    }

    static void caseParameterStoredInCatch() {
        storedInCatch("x");
    }

    private static void storedInCatch(String s) {
        try {
            Integer.parseInt("x");
        } catch (NumberFormatException e) {
            s = null;
        }
        s.length();
    }

    static void caseParameterStoredLaterInLoop() {
        storedLater("x", 3);
    }

    private static void storedLater(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (i == 1) {
                s.length();
            }
            s = null;
        }
    }

    static void caseParameterStoredEarlierInLoop() {
        storedEarlier("x", 3);
    }

    private static void storedEarlier(String s, int n) {
        for (int i = 0; i < n; i++) {
            s = null;
            if (i == 1) {
                s.length();
            }
        }
    }

    static void caseParameterStoredOnOnePath() {
        storedOnOnePath("x", true);
    }

    private static void storedOnOnePath(String s, boolean clear) {
        if (clear) {
            s = null;
        }
        s.length();
    }

    static void caseConstructor() {
        new Built(null);
    }

    static final class Built {
        final int length;

        Built(String s) {
            length = s.length();
        }
    }

    static void caseWhileLoopCondition() {
        Node node = new Node();
        node.next = new Node();
        int n = 0;
        while (node.next.next.count == 0) {
            n++;
        }
    }

    static void caseManyLocals() {
        long a = 1;
        long b = 2;
        double c = 3;
        String d = null;
        int e = 4;
        d.length();
    }
}
