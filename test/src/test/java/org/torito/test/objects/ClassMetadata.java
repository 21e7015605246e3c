package org.torito.test.objects;

import java.util.Arrays;
import java.util.Map;
/**
 * What a Class object tells without reflection on members: names in every form, kinds (record, enum,
 * interface, array, primitive, anonymous, local, member), modifiers, enclosing class, nest host, enum
 * constants, class loader, assignability, modules (java.base named, the application's unnamed).
 */
public final class ClassMetadata {
    private ClassMetadata() {
    }

    record P(int x) {}
    enum E { A, B }
    interface I {}
    public static void main(String[] args) {
        Runnable r = new Runnable() { public void run() {} };
        class Local {}
        Class<?>[] cs = {String.class, P.class, E.class, I.class, int[].class, String[][].class, Local.class, r.getClass(), Map.Entry.class, int.class, ClassMetadata.class};
        for (Class<?> c : cs) {
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getCanonicalName() + " | " + c.getTypeName() + " | " + c.getPackageName()
                + " | " + c.isRecord() + c.isEnum() + c.isInterface() + c.isArray() + c.isPrimitive() + c.isAnonymousClass() + c.isLocalClass() + c.isMemberClass()
                + " | " + c + " | " + java.lang.reflect.Modifier.toString(c.getModifiers()) + " | " + c.getEnclosingClass() + " | " + c.getNestHost().getName());
        }
        System.out.println(Arrays.toString(E.class.getEnumConstants()) + " " + E.valueOf("B"));
        System.out.println(String.class.getClassLoader() + " " + Integer.class.desiredAssertionStatus() + " " + Number.class.isAssignableFrom(Integer.class));
        Module base = String.class.getModule();
        System.out.println(base.getName() + " " + base.isNamed() + " " + base + " "
                + (Integer.class.getModule() == base) + " " + (int[].class.getModule() == base));
        Module mine = ClassMetadata.class.getModule();
        System.out.println(mine.getName() + " " + mine.isNamed() + " " + mine.getDescriptor() + " "
                + base.getDescriptor().name() + " " + mine.canRead(base) + " " + mine.isExported("x"));
            Package lang = String.class.getPackage();
        System.out.println(lang + " | " + lang.getName() + " " + (lang == Integer.class.getPackage()) + " "
                + lang.getImplementationVersion() + " " + lang.getSpecificationTitle() + " " + lang.isSealed());
        Package own = ClassMetadata.class.getPackage();
        System.out.println(own + " | " + own.getName() + " " + (own == P.class.getPackage()) + " "
                + int.class.getPackage() + " " + int[].class.getPackage());
    }
}
