package org.torito.test.corpus.generics;

import org.torito.test.support.Out;

/**
 * Generic composition: a least-recently-used cache {@code Lru<K extends Keyed<K>, V>} made of a chained
 * hash table of the program's own and an intrusive doubly linked recency list, evicting through a
 * listener interface; and a memoizing wrapper {@code Memo<A, R>} around a function interface, whose
 * recursive function calls back through the wrapper.
 */
public final class LruCaches {
    interface Keyed<K> {
        int hash();

        boolean sameAs(K other);
    }

    interface Evictions<K, V> {
        void evicted(K key, V value);
    }

    interface Function<A, R> {
        R apply(A a);
    }

    static final class Lru<K extends Keyed<K>, V> {
        private static final class Entry<K, V> {
            final K key;
            V value;
            Entry<K, V> chain;
            Entry<K, V> newer;
            Entry<K, V> older;

            Entry(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private final Object[] buckets;
        private final int capacity;
        private final Evictions<? super K, ? super V> listener;
        private Entry<K, V> newest;
        private Entry<K, V> oldest;
        private int size;
        int hits;
        int misses;

        Lru(int capacity, Evictions<? super K, ? super V> listener) {
            this.capacity = capacity;
            this.listener = listener;
            this.buckets = new Object[capacity * 2];
        }

        private int bucket(K key) {
            return (key.hash() & 0x7fffffff) % buckets.length;
        }

        @SuppressWarnings("unchecked")
        private Entry<K, V> find(K key) {
            for (Entry<K, V> e = (Entry<K, V>) buckets[bucket(key)]; e != null; e = e.chain) {
                if (e.key.sameAs(key)) {
                    return e;
                }
            }
            return null;
        }

        private void unlinkRecency(Entry<K, V> e) {
            if (e.newer != null) {
                e.newer.older = e.older;
            } else {
                newest = e.older;
            }
            if (e.older != null) {
                e.older.newer = e.newer;
            } else {
                oldest = e.newer;
            }
            e.newer = null;
            e.older = null;
        }

        private void linkNewest(Entry<K, V> e) {
            e.older = newest;
            if (newest != null) {
                newest.newer = e;
            }
            newest = e;
            if (oldest == null) {
                oldest = e;
            }
        }

        @SuppressWarnings("unchecked")
        private void removeFromBucket(Entry<K, V> e) {
            int b = bucket(e.key);
            Entry<K, V> head = (Entry<K, V>) buckets[b];
            if (head == e) {
                buckets[b] = e.chain;
                return;
            }
            for (Entry<K, V> p = head; p.chain != null; p = p.chain) {
                if (p.chain == e) {
                    p.chain = e.chain;
                    return;
                }
            }
        }

        V lookup(K key) {
            Entry<K, V> e = find(key);
            if (e == null) {
                misses++;
                return null;
            }
            hits++;
            unlinkRecency(e);
            linkNewest(e);
            return e.value;
        }

        @SuppressWarnings("unchecked")
        void store(K key, V value) {
            Entry<K, V> e = find(key);
            if (e != null) {
                e.value = value;
                unlinkRecency(e);
                linkNewest(e);
                return;
            }
            if (size == capacity) {
                Entry<K, V> victim = oldest;
                unlinkRecency(victim);
                removeFromBucket(victim);
                size--;
                listener.evicted(victim.key, victim.value);
            }
            e = new Entry<>(key, value);
            int b = bucket(key);
            e.chain = (Entry<K, V>) buckets[b];
            buckets[b] = e;
            linkNewest(e);
            size++;
        }
    }

    static final class Id implements Keyed<Id> {
        final long n;

        Id(long n) {
            this.n = n;
        }

        @Override
        public int hash() {
            return (int) (n ^ (n >>> 32)) * 31;
        }

        @Override
        public boolean sameAs(Id other) {
            return other.n == n;
        }
    }

    static final class Big {
        final long value;

        Big(long value) {
            this.value = value;
        }
    }

    static final class Memo<A extends Keyed<A>, R> implements Function<A, R> {
        private final Lru<A, R> cache;
        private Function<A, R> body;

        Memo(int capacity, Evictions<? super A, ? super R> listener) {
            cache = new Lru<A, R>(capacity, listener);
        }

        void define(Function<A, R> body) {
            this.body = body;
        }

        @Override
        public R apply(A a) {
            R r = cache.lookup(a);
            if (r == null) {
                r = body.apply(a);
                cache.store(a, r);
            }
            return r;
        }
    }

    static final class Log implements Evictions<Object, Object> {
        int count;

        @Override
        public void evicted(Object key, Object value) {
            count++;
            if (key instanceof Id && count <= 8) {
                Out.print(((Id) key).n);
                Out.print(' ');
            }
        }
    }

    private static int capacity;

    private LruCaches() {
    }

    public static void main(String[] args) {
        capacity = 3;

        Log log = new Log();
        Lru<Id, Big> lru = new Lru<>(capacity, log);
        long[] script = {1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 6, 1};
        for (long k : script) {
            Big b = lru.lookup(new Id(k));
            if (b == null) {
                lru.store(new Id(k), new Big(k * 100));
            }
        }
        Out.println();
        Out.print(lru.hits);
        Out.print(' ');
        Out.print(lru.misses);
        Out.print(' ');
        Out.print(log.count);
        Out.println();
        lru.store(new Id(6), new Big(-6));
        Out.println(lru.lookup(new Id(6)).value);
        Out.println(lru.lookup(new Id(2)) == null);
        Out.println(lru.lookup(new Id(1)).value);

        Log memoLog = new Log();
        final Memo<Id, Big> fib = new Memo<>(capacity * 40, memoLog);
        fib.define(new Function<Id, Big>() {
            @Override
            public Big apply(Id id) {
                if (id.n < 2) {
                    return new Big(id.n);
                }
                return new Big(fib.apply(new Id(id.n - 1)).value + fib.apply(new Id(id.n - 2)).value);
            }
        });
        Out.println(fib.apply(new Id(90)).value);
        Out.println(fib.cache.hits);
        Out.println(fib.cache.misses);
        Out.println(memoLog.count);

        Memo<Id, Big> tiny = new Memo<>(2, memoLog);
        tiny.define(new Function<Id, Big>() {
            @Override
            public Big apply(Id id) {
                return new Big(id.n * id.n);
            }
        });
        long total = 0;
        for (int i = 0; i < 10; i++) {
            total += tiny.apply(new Id(i % 4)).value;
        }
        Out.println();
        Out.println(total);
        Out.println(tiny.cache.hits);
        Out.println(memoLog.count);
    }
}
