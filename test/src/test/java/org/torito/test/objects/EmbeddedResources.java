package org.torito.test.objects;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Resource files of the application's class path, found as a class loader finds them: relative to a class's
 * package, absolute with a leading slash, through the system class loader, and missing ones as null.
 */
public final class EmbeddedResources {
    private EmbeddedResources() {
    }

    private static void print(String label, InputStream in) throws IOException {
        if (in == null) {
            System.out.println(label + ": null");
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            System.out.println(label + ": " + String.join(" | ", reader.lines().toList()));
        }
    }

    public static void main(String[] args) throws IOException {
        print("relative", EmbeddedResources.class.getResourceAsStream("greeting.txt"));
        print("absolute", EmbeddedResources.class.getResourceAsStream("/org/torito/test/objects/greeting.txt"));
        print("system", ClassLoader.getSystemResourceAsStream("org/torito/test/objects/greeting.txt"));
        print("missing", EmbeddedResources.class.getResourceAsStream("no-such-file.txt"));
        print("wrong package", String.class.getResourceAsStream("greeting.txt"));
        Properties properties = new Properties();
        try (InputStream in = EmbeddedResources.class.getResourceAsStream("/torito-root.properties")) {
            properties.load(in);
        }
        System.out.println(new TreeMap<>(properties));
        try (InputStream in = EmbeddedResources.class.getResourceAsStream("greeting.txt")) {
            byte[] bytes = in.readAllBytes();
            System.out.println(bytes.length + " bytes, first " + bytes[0] + ", available after " + in.available());
        }
    }
}
