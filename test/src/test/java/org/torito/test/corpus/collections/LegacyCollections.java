package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EmptyStackException;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Stack;
import java.util.TreeMap;
import java.util.Vector;

/**
 * The legacy synchronized collections: Vector (capacity growth, elementAt, insertElementAt, Enumeration),
 * Stack (push/pop/peek/search and EmptyStackException), Hashtable (rejecting null keys and values, contains as
 * containsValue), and Collections.list/enumeration bridging to the newer interfaces.
 */
public final class LegacyCollections {
    private LegacyCollections() {
    }

    public static void main(String[] args) {
        Vector<String> vector = new Vector<>(2, 3);
        System.out.println("capacity " + vector.capacity() + " size " + vector.size());
        for (String s : new String[] {"v0", "v1", "v2", "v3"}) {
            vector.addElement(s);
        }
        System.out.println("capacity after 4 " + vector.capacity());
        vector.insertElementAt("first", 0);
        vector.setElementAt("V2", 3);
        vector.removeElement("v1");
        System.out.println(vector + " elementAt(1) " + vector.elementAt(1) + " firstElement " + vector.firstElement()
                + " lastElement " + vector.lastElement() + " indexOf(v3, 2) " + vector.indexOf("v3", 2));
        StringBuilder sb = new StringBuilder();
        for (Enumeration<String> e = vector.elements(); e.hasMoreElements();) {
            sb.append(e.nextElement()).append(';');
        }
        System.out.println("enumeration " + sb);
        try {
            vector.elementAt(10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("elementAt(10): " + e.getMessage());
        }
        vector.setSize(6);
        System.out.println("setSize(6) " + vector);

        Stack<Integer> stack = new Stack<>();
        System.out.println("empty " + stack.empty());
        for (int i = 1; i <= 5; i++) {
            stack.push(i * i);
        }
        System.out.println(stack + " peek " + stack.peek() + " search(16) " + stack.search(16) + " search(2) "
                + stack.search(2) + " pop " + stack.pop() + " " + stack.pop() + " get(0) " + stack.get(0));
        while (!stack.isEmpty()) {
            stack.pop();
        }
        try {
            stack.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop on empty: " + e);
        }

        Hashtable<String, Integer> table = new Hashtable<>();
        table.put("one", 1);
        table.put("two", 2);
        table.put("three", 3);
        System.out.println("sorted " + new TreeMap<>(table) + " contains(2) " + table.contains(2) + " containsKey(two) "
                + table.containsKey("two") + " get(four) " + table.get("four"));
        try {
            table.put(null, 0);
        } catch (NullPointerException e) {
            System.out.println("Hashtable null key: NPE");
        }
        try {
            table.put("zero", null);
        } catch (NullPointerException e) {
            System.out.println("Hashtable null value: NPE");
        }
        List<String> keys = Collections.list(table.keys());
        Collections.sort(keys);
        System.out.println("Collections.list(keys) " + keys);
        Enumeration<String> en = Collections.enumeration(new ArrayList<>(List.of("x", "y")));
        System.out.println("enumeration " + en.nextElement() + en.nextElement() + " more " + en.hasMoreElements()
                + " emptyEnumeration " + Collections.emptyEnumeration().hasMoreElements());
    }
}
