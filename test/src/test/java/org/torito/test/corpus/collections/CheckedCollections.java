package org.torito.test.corpus.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type-checked and synchronized wrappers from Collections: checkedList/Set/Map catching heap pollution through
 * raw types at insertion (with the JDK's ClassCastException messages), the wrappers writing through to their
 * backing collections, synchronized views used from one thread, and emptyIterator/emptyListIterator.
 */
public final class CheckedCollections {
    private CheckedCollections() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void pollute(List raw, Object value) {
        try {
            raw.add(value);
            System.out.println("added " + value);
        } catch (ClassCastException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<String> backing = new ArrayList<>();
        List<String> checked = Collections.checkedList(backing, String.class);
        checked.add("ok");
        pollute(checked, 42);
        pollute(checked, "fine");
        pollute(backing, 3.5);
        System.out.println("backing " + backing + " checked " + checked);
        try {
            ((List) checked).addAll(List.of("a", 'b'));
        } catch (ClassCastException e) {
            System.out.println("addAll rejected: " + e.getMessage());
        }
        try {
            ((List) checked).set(0, new StringBuilder("sb"));
        } catch (ClassCastException e) {
            System.out.println("set rejected: " + e.getMessage());
        }

        Map<String, Integer> map = Collections.checkedMap(new HashMap<>(), String.class, Integer.class);
        map.put("k", 1);
        try {
            ((Map) map).put("v", "not an int");
        } catch (ClassCastException e) {
            System.out.println("map value rejected: " + e.getMessage());
        }
        try {
            ((Map) map).put(7L, 7);
        } catch (ClassCastException e) {
            System.out.println("map key rejected: " + e.getMessage());
        }
        Set<Integer> set = Collections.checkedSet(new TreeSet<>(), Integer.class);
        set.add(3);
        try {
            ((Set) set).add(null);
        } catch (NullPointerException e) {
            System.out.println("checked TreeSet null: NPE");
        }
        System.out.println("map " + map + " set " + set);

        List<Integer> sync = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 10; i++) {
            sync.add(i * i);
        }
        synchronized (sync) {
            int sum = 0;
            for (int v : sync) {
                sum += v;
            }
            System.out.println("synchronized sum " + sum + " " + sync.subList(7, 10));
        }
        Map<String, String> syncMap = Collections.synchronizedMap(new HashMap<>());
        syncMap.put("a", "1");
        syncMap.merge("a", "2", String::concat);
        System.out.println("synchronizedMap " + syncMap + " emptyIterator " + Collections.emptyIterator().hasNext()
                + " emptyListIterator.previousIndex " + Collections.emptyListIterator().previousIndex());
    }
}
