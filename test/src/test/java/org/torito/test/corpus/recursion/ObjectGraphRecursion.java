package org.torito.test.corpus.recursion;

import org.torito.test.support.Out;

/**
 * Mutual recursion over object graphs: a file system where a directory's size asks each entry (a file or a
 * directory) and directories ask back; a document of nested lists and maps printed by two mutually
 * recursive printers; even/odd on a linked list by two methods calling each other; and a graph of
 * departments and employees where a manager's head count recurses through the departments they manage.
 */
public final class ObjectGraphRecursion {
    abstract static class Entry {
        final String name;

        Entry(String name) {
            this.name = name;
        }

        abstract long size();

        abstract int count(char kind);
    }

    static final class File extends Entry {
        final long bytes;

        File(String name, long bytes) {
            super(name);
            this.bytes = bytes;
        }

        @Override
        long size() {
            return bytes;
        }

        @Override
        int count(char kind) {
            return kind == 'f' ? 1 : 0;
        }
    }

    static final class Directory extends Entry {
        final Entry[] entries;

        Directory(String name, Entry... entries) {
            super(name);
            this.entries = entries;
        }

        @Override
        long size() {
            long total = 4096;
            for (Entry e : entries) {
                total += e.size();
            }
            return total;
        }

        @Override
        int count(char kind) {
            int n = kind == 'd' ? 1 : 0;
            for (Entry e : entries) {
                n += e.count(kind);
            }
            return n;
        }
    }

    /** A document value: a leaf text, a list of values, or a map of names to values. */
    static final class Value {
        final String text;
        final Value[] items;
        final String[] keys;

        Value(String text, Value[] items, String[] keys) {
            this.text = text;
            this.items = items;
            this.keys = keys;
        }
    }

    static final class Link {
        final int value;
        final Link next;

        Link(int value, Link next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Department {
        final String name;
        final Employee[] staff;

        Department(String name, Employee[] staff) {
            this.name = name;
            this.staff = staff;
        }

        int headcount() {
            int n = 0;
            for (Employee e : staff) {
                n += e.headcount();
            }
            return n;
        }
    }

    static final class Employee {
        final String name;
        Department[] manages = new Department[0];

        Employee(String name) {
            this.name = name;
        }

        int headcount() {
            int n = 1;
            for (Department d : manages) {
                n += d.headcount();
            }
            return n;
        }
    }

    private static int kilobyte;

    private ObjectGraphRecursion() {
    }

    static void printValue(Value v) {
        if (v.text != null) {
            Out.print(v.text);
        } else if (v.keys == null) {
            printList(v.items);
        } else {
            printMap(v.keys, v.items);
        }
    }

    static void printList(Value[] items) {
        Out.print('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                Out.print(',');
            }
            printValue(items[i]);
        }
        Out.print(']');
    }

    static void printMap(String[] keys, Value[] values) {
        Out.print('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                Out.print(',');
            }
            Out.print(keys[i]);
            Out.print(':');
            printValue(values[i]);
        }
        Out.print('}');
    }

    static Value text(String s) {
        return new Value(s, null, null);
    }

    static Value list(Value... items) {
        return new Value(null, items, null);
    }

    static Value map(String[] keys, Value... values) {
        return new Value(null, values, keys);
    }

    static boolean evenLength(Link l) {
        return l == null || oddLength(l.next);
    }

    static boolean oddLength(Link l) {
        return l != null && evenLength(l.next);
    }

    static long sumEvenPositions(Link l) {
        return l == null ? 0 : l.value + sumOddPositions(l.next);
    }

    static long sumOddPositions(Link l) {
        return l == null ? 0 : sumEvenPositions(l.next);
    }

    public static void main(String[] args) {
        kilobyte = 1024;

        Directory root = new Directory("/",
                new File("boot.elf", 300L * kilobyte),
                new Directory("etc", new File("hosts", 120), new File("motd", 42)),
                new Directory("home",
                        new Directory("ada", new File("notes", 3 * kilobyte), new Directory("empty")),
                        new Directory("bob")),
                new File("readme", 1));
        Out.println(root.size());
        Out.println(root.count('f'));
        Out.println(root.count('d'));
        Out.println(((Directory) root.entries[2]).entries[0].size());

        Value doc = map(new String[] {"name", "tags", "nested"},
                text("torito"),
                list(text("java"), text("kernel"), list()),
                map(new String[] {"a", "b"}, list(list(text("deep"))), map(new String[0])));
        printValue(doc);
        Out.println();

        Link chain = null;
        for (int i = 1; i <= 9; i++) {
            chain = new Link(i * i, chain);
        }
        Out.print(evenLength(chain));
        Out.print(oddLength(chain));
        Out.print(evenLength(chain.next));
        Out.print(evenLength(null));
        Out.println();
        Out.print(sumEvenPositions(chain));
        Out.print(' ');
        Out.print(sumOddPositions(chain));
        Out.println();

        Employee ceo = new Employee("ceo");
        Employee cto = new Employee("cto");
        Employee lead = new Employee("lead");
        Employee[] devs = {new Employee("d1"), new Employee("d2"), new Employee("d3")};
        Department engineering = new Department("engineering", new Employee[] {lead, devs[0]});
        Department platform = new Department("platform", new Employee[] {devs[1], devs[2]});
        Department board = new Department("board", new Employee[] {cto, new Employee("cfo")});
        ceo.manages = new Department[] {board};
        cto.manages = new Department[] {engineering};
        lead.manages = new Department[] {platform};
        Out.println(ceo.headcount());
        Out.println(cto.headcount());
        Out.println(board.headcount());
        Out.println(platform.headcount());
    }
}
