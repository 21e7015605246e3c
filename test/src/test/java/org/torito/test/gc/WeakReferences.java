package org.torito.test.gc;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.WeakHashMap;

/**
 * Weak, soft and phantom references around System.gc(): a dropped referent is cleared and its reference
 * queued, a referent still in use is not, soft references survive a collection with room to spare, and a
 * WeakHashMap loses the entries whose keys nothing else holds.
 */
public class WeakReferences {
    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Object kept = new StringBuilder("kept");
        WeakReference<Object> weakKept = new WeakReference<>(kept, queue);
        WeakReference<Object> weakDropped = new WeakReference<>(new StringBuilder("dropped"), queue);
        PhantomReference<Object> phantom = new PhantomReference<>(new int[10], queue);
        SoftReference<Object> soft = new SoftReference<>(new StringBuilder("soft"));
        System.out.println("before: " + weakKept.get() + " " + weakDropped.get() + " " + soft.get());

        System.gc();
        List<Reference<?>> queued = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Reference<?> r = queue.remove(10_000);
            queued.add(r);
        }
        System.out.println("after: " + weakKept.get() + " " + weakDropped.get() + " " + soft.get());
        System.out.println("queued the dropped weak one: " + queued.contains(weakDropped));
        System.out.println("queued the phantom one: " + queued.contains(phantom) + ", refersTo null: "
                + phantom.refersTo(null));
        System.out.println("queued the kept one: " + queued.contains(weakKept) + ", nothing else: "
                + (queue.poll() == null));
        System.out.println("still kept: " + kept);

        WeakHashMap<Object, String> map = new WeakHashMap<>();
        List<Object> strongKeys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Object key = new StringBuilder("key" + i);
            map.put(key, "value" + i);
            if (i % 10 == 0) {
                strongKeys.add(key);
            }
        }
        System.out.println("map before: " + map.size());
        for (int tries = 0; tries < 100 && map.size() > strongKeys.size(); tries++) {
            System.gc();
            Thread.sleep(10); // HotSpot's reference handler thread queues them a little later
        }
        System.out.println("map after: " + map.size() + ", holds every strong key: "
                + strongKeys.stream().allMatch(map::containsKey));
    }
}
