package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.Allocation;
import org.torito.vm.runtime.ClassInit;

/**
 * What a {@code java.lang.Class} object knows in an image: the fields {@link Target_java_lang_Class} injects
 * (type information block, init record, facts from the class file), read through {@link #of}, and what is
 * derived from them (lookup by name, instances, arrays, modules and packages).
 */
public final class ClassObjects {
    /**
     * The image's class objects of reference types lie one after the other, {@code classObjectBytes} apart,
     * from {@code firstClassObject}; {@code classObjectCount} of them. Set by the image writer.
     */
    static long firstClassObject;
    static int classObjectCount;
    static int classObjectBytes;

    private ClassObjects() {
    }

    /** {@code c} as the substitution sees it: its injected fields (the image writer remaps the type). */
    private static Target_java_lang_Class of(Class<?> c) {
        return (Target_java_lang_Class) (Object) c;
    }

    /** The type information block of the type that {@code c} stands for. */
    static long tib(Class<?> c) {
        return of(c).typeInformationBlock;
    }

    /**
     * The image's class named {@code name} as {@code Class.getName} spells it, or null; initialized first
     * when {@code initialize} (JVMS §5.5) — what {@code Class.forName} finds when every class was loaded at
     * build time.
     */
    static Class<?> forName(String name, boolean initialize) {
        for (int i = 0; i < classObjectCount; i++) {
            Class<?> c = (Class<?>) Magic.toObject(firstClassObject + (long) classObjectBytes * i);
            if (c.getName().equals(name)) {
                if (initialize) {
                    initialize(c);
                }
                return c;
            }
        }
        return null;
    }

    /** An instance of class {@code c} with every field zero and no constructor run. */
    static Object rawInstance(Class<?> c) {
        long tib = tib(c);
        return Allocation.newObject(tib, Magic.loadInt(tib + TibLayout.INSTANCE_SIZE));
    }

    /** Runs {@code c}'s initialization (JVMS §5.5) unless it has run or has nothing to run. */
    static void initialize(Class<?> c) {
        long record = of(c).initializationRecord;
        if (record != 0) {
            ClassInit.initialize(record);
        }
    }

    /** Whether {@code c} has initialization still to run (not initialized, or being initialized). */
    static boolean needsInitialization(Class<?> c) {
        long record = of(c).initializationRecord;
        return record != 0 && Magic.loadLong(record + ClassInit.STATE) != ClassInit.INITIALIZED;
    }

    /** The offset of the instance field {@code name} that {@code c} itself declares, or -1 (TibLayout.FIELDS). */
    static int declaredFieldOffset(Class<?> c, String name) {
        long table = Magic.loadLong(tib(c) + TibLayout.FIELDS);
        long count = Magic.loadLong(table);
        for (long i = 0; i < count; i++) {
            long entry = table + 8 + TibLayout.FIELD_ENTRY_BYTES * i;
            if (nameIs(entry, name)) {
                return Magic.loadInt(entry + TibLayout.FIELD_OFFSET);
            }
        }
        return -1;
    }

    private static boolean nameIs(long entry, String name) {
        int length = Magic.loadInt(entry + TibLayout.FIELD_NAME_LENGTH);
        if (length != name.length()) {
            return false;
        }
        long chars = Magic.loadLong(entry + TibLayout.FIELD_NAME);
        for (int k = 0; k < length; k++) {
            if (Magic.loadChar(chars + 2L * k) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code x}'s class if it is String or declares {@code Comparable<ItsOwnClass>} directly, else null:
     * what HashMap's and ConcurrentHashMap's {@code comparableClassFor} compute through
     * {@code getGenericInterfaces}, read here from the class's Signature attribute (JVMS §4.7.9.1) instead,
     * without the generic-reflection machinery (which needs Method objects).
     */
    static Class<?> comparableClassFor(Object x) {
        Class<?> c = x.getClass();
        if (c == String.class) {
            return c;
        }
        String signature = of(c).genericSignature;
        if (signature == null) {
            return null; // no generic superinterfaces: getGenericInterfaces gives plain classes
        }
        String wanted = "Ljava/lang/Comparable<L" + c.getName().replace('.', '/') + ";>;";
        int at = 0;
        if (signature.charAt(0) == '<') {
            at = skipTypeSignature(signature, 0); // the type parameters
        }
        at = skipTypeSignature(signature, at);    // the superclass
        while (at < signature.length()) {
            int end = skipTypeSignature(signature, at);
            if (signature.startsWith(wanted, at) && end - at == wanted.length()) {
                return c;
            }
            at = end;
        }
        return null;
    }

    /** The index after the class type signature (or type-parameter list) starting at {@code at}. */
    private static int skipTypeSignature(String signature, int at) {
        int depth = 0;
        for (int i = at; i < signature.length(); i++) {
            char ch = signature.charAt(i);
            if (ch == '<') {
                depth++;
            } else if (ch == '>') {
                depth--;
                if (depth == 0 && signature.charAt(at) == '<') {
                    return i + 1;
                }
            } else if (ch == ';' && depth == 0) {
                return i + 1;
            }
        }
        return signature.length();
    }

    /** The module of {@code c} by name: "java.base" for the JDK's classes, null for the application's (unnamed). */
    static String moduleName(Class<?> c) {
        return of(c).imageModuleName;
    }

    /** Whether {@code c} is java.base's: a JDK class, a primitive type, or an array of either. */
    static boolean inJavaBase(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        return c.isPrimitive() || moduleName(c) != null;
    }

    /** The table of {@code c}'s laid-out static fields (see Class's substitution), or 0. */
    static long staticFieldTable(Class<?> c) {
        return of(c).staticFieldTable;
    }

    /** The type information block of the array type whose elements are {@code c}s; fails if the image has none. */
    static long arrayTib(Class<?> c) {
        long component = tib(c);
        long arrayTib = component != 0 ? Magic.loadLong(component + TibLayout.ARRAY_TIB)
                : of(c).primitiveArrayTib;
        if (arrayTib == 0) {
            throw new UnsupportedOperationException("the image has no array type " + c.getName()
                    + "[]: no code it compiled uses that type");
        }
        return arrayTib;
    }

    /** Nested arrays of {@code component}, {@code dimensions[0]} outermost (non-negative, checked by the caller). */
    static Object newMultiArray(Class<?> component, int[] dimensions) {
        long[] tibs = new long[dimensions.length]; // tibs[i]: the type of the arrays at depth i
        Class<?> type = component;
        for (int i = dimensions.length - 1; i >= 0; i--) {
            tibs[i] = arrayTib(type);
            type = (Class<?>) Magic.toObject(Magic.loadLong(tibs[i] + TibLayout.CLASS_OBJECT));
        }
        return filledArray(tibs, dimensions, 0);
    }

    private static Object filledArray(long[] tibs, int[] dimensions, int depth) {
        long tib = tibs[depth];
        Object array = Allocation.newArray(tib, dimensions[depth], Magic.loadInt(tib + TibLayout.ELEMENT_SIZE));
        if (depth + 1 < dimensions.length) {
            Object[] elements = (Object[]) array;
            for (int i = 0; i < elements.length; i++) {
                elements[i] = filledArray(tibs, dimensions, depth + 1);
            }
        }
        return array;
    }

    private static Module javaBase;
    private static Module unnamed;

    /** The module of {@code c}: "java.base" for the JDK's classes, else the unnamed module (made on first use). */
    static synchronized Module moduleOf(Class<?> c) {
        if (inJavaBase(c)) {
            if (javaBase == null) {
                javaBase = (Module) (Object) new Target_java_lang_Module(null,
                        java.lang.module.ModuleDescriptor.newModule("java.base").build());
            }
            return javaBase;
        }
        if (unnamed == null) {
            unnamed = (Module) (Object) new Target_java_lang_Module((ClassLoader) null);
        }
        return unnamed;
    }

    private static final java.util.Map<String, Package> packages = new java.util.HashMap<>();

    /**
     * The package of class {@code c} (not an array or primitive), one object per name and module: what the
     * boot loader defines for a class of the JDK, and the application loader for a directory on the class
     * path (no manifest, so no specification or version data).
     */
    static synchronized Package packageOf(Class<?> c) {
        Module module = c.getModule();
        String key = (module.isNamed() ? module.getName() : "") + "/" + c.getPackageName();
        Package p = packages.get(key);
        if (p == null) {
            p = (Package) (Object) new Target_java_lang_Package(c.getPackageName(), module);
            packages.put(key, p);
        }
        return p;
    }
}
