package org.torito.test.corpus.errors;

import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/** CopyOnWriteArrayList's snapshot iterators, addIfAbsent, listener lists, and what its iterators refuse. */
public final class CopyOnWriteArrayListSnapshots {
    interface Listener {
        void fired(String event);
    }

    private CopyOnWriteArrayListSnapshots() {
    }

    public static void main(String[] args) {
        CopyOnWriteArrayList<String> list = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        Iterator<String> snapshot = list.iterator();
        list.add("d");
        list.remove("a");
        StringBuilder seen = new StringBuilder();
        snapshot.forEachRemaining(seen::append);
        System.out.println(seen + " " + list);
        for (String s : list) {
            if (s.equals("b")) {
                list.add("e");
            }
        }
        System.out.println(list + " " + list.addIfAbsent("b") + " " + list.addIfAbsent("f") + " "
                + list.addAllAbsent(List.of("a", "b", "g", "g")) + " " + list);
        Iterator<String> it = list.iterator();
        it.next();
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("iterator remove: " + e);
        }
        ListIterator<String> li = list.listIterator(2);
        try {
            li.set("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("listIterator set: " + e);
        }
        System.out.println(li.previousIndex() + " " + li.next() + " " + li.nextIndex());
        try {
            list.get(20);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        List<String> sub = list.subList(1, 3);
        System.out.println(sub + " " + list.indexOf("e") + " " + list.lastIndexOf("zz") + " " + list.indexOf("g", 2));
        list.removeIf(s -> s.compareTo("d") > 0);
        list.replaceAll(String::toUpperCase);
        System.out.println(list);
        CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
        StringBuilder log = new StringBuilder();
        listeners.add(e -> log.append("[1:").append(e).append(']'));
        listeners.add(new Listener() {
            @Override
            public void fired(String event) {
                log.append("[2:").append(event).append(']');
                listeners.remove(this);
            }
        });
        listeners.add(e -> log.append("[3:").append(e).append(']'));
        for (String event : new String[] {"start", "tick", "stop"}) {
            for (Listener l : listeners) {
                l.fired(event);
            }
        }
        System.out.println(log + " " + listeners.size());
        CopyOnWriteArraySet<Integer> set = new CopyOnWriteArraySet<>();
        for (int v : new int[] {5, 3, 5, 1, 3, 9}) {
            set.add(v);
        }
        System.out.println(set + " " + set.contains(9) + " " + set.remove(3) + " " + set);
    }
}
