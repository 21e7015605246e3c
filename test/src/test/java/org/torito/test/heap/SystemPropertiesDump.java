package org.torito.test.heap;

import java.util.Properties;
import java.util.TreeMap;

/**
 * Prints every system property, sorted by key, then changes the set as programs do: the image's properties
 * are made at build time, and must behave as the JDK's own.
 */
public final class SystemPropertiesDump {
    private SystemPropertiesDump() {
    }

    public static void main(String[] args) {
        Properties properties = System.getProperties();
        TreeMap<Object, Object> sorted = new TreeMap<>(properties);
        sorted.forEach((key, value) -> System.out.println(key + "=" + escape(String.valueOf(value))));
        System.out.println("size " + properties.size());
        System.setProperty("torito.added", "yes");
        System.out.println("added " + System.getProperty("torito.added") + " "
                + System.getProperties().getProperty("torito.added"));
        System.clearProperty("user.name");
        System.out.println("cleared " + System.getProperty("user.name") + " " + System.getProperty("user.name", "-"));
        System.out.println("line.separator " + escape(System.lineSeparator()));
        System.gc();
        System.out.println("after gc " + System.getProperty("torito.added") + " " + properties.size());
    }

    private static String escape(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }
}
