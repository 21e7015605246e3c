package org.torito.bootimage.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.torito.bootimage.world.ClassPath;
import org.torito.bootimage.world.Substitutions;
import org.torito.compiler.baseline.MethodReference;

/**
 * What a type's class file says that its {@code java.lang.Class} object and the method table carry into the
 * image: the Signature, InnerClasses and EnclosingMethod attributes, the declared interfaces, the access
 * flags Class.getModifiers reports, the module, the source file, and which methods stand for JDK natives.
 * Types are named by descriptor ({@code Ljava/lang/String;}, {@code [I}); arrays and primitives have no class
 * file, so most answers for them are null or empty.
 */
final class ClassFacts {
    /** JVM_RECOGNIZED_CLASS_MODIFIERS: what getModifiers keeps (ACC_SUPER and the module bits go). */
    private static final int RECOGNIZED_MODIFIERS = Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED
            | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT
            | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM;

    private final ClassPath classPath;

    ClassFacts(ClassPath classPath) {
        this.classPath = classPath;
    }

    /** The class file of the class type {@code descriptor}, or null (an array, or not on the class path). */
    ClassNode node(String descriptor) {
        if (!descriptor.startsWith("L")) {
            return null;
        }
        return classPath.find(descriptor.substring(1, descriptor.length() - 1)).map(ClassPath.ClassFile::node)
                .orElse(null);
    }

    /** The Signature attribute, or null. */
    String genericSignature(String descriptor) {
        ClassNode node = node(descriptor);
        return node == null ? null : node.signature;
    }

    /** The interfaces the type declares, in order (every array type declares Cloneable and Serializable). */
    List<String> declaredInterfaces(String descriptor) {
        if (descriptor.startsWith("[")) {
            return List.of("java/lang/Cloneable", "java/io/Serializable");
        }
        ClassNode node = node(descriptor);
        return node == null ? List.of() : node.interfaces;
    }

    /** The descriptor of the class that declares member class {@code descriptor} (InnerClasses), or null. */
    String declaringClass(String descriptor) {
        ClassNode node = node(descriptor);
        if (node == null) {
            return null;
        }
        return node.innerClasses.stream().filter(ic -> ic.name.equals(node.name) && ic.outerName != null)
                .findFirst().map(ic -> "L" + ic.outerName + ";").orElse(null);
    }

    /** The InnerClasses entry's inner name of {@code node} itself, or null (top level or anonymous). */
    static String simpleBinaryName(ClassNode node) {
        return node.innerClasses.stream().filter(ic -> ic.name.equals(node.name)).map(ic -> ic.innerName)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The flags Class.getModifiers reports: a nested class's InnerClasses flags, else the class's own. */
    static int modifiers(ClassNode node) {
        int access = node.innerClasses.stream().filter(ic -> ic.name.equals(node.name)).map(ic -> ic.access)
                .findFirst().orElse(node.access);
        return access & RECOGNIZED_MODIFIERS;
    }

    /** Whether {@code field} is an enum class's array of its constants (javac's synthetic $VALUES). */
    static boolean isEnumValues(ClassNode node, FieldNode field) {
        return (node.access & Opcodes.ACC_ENUM) != 0 && (field.access & Opcodes.ACC_SYNTHETIC) != 0
                && field.desc.equals("[L" + node.name + ";");
    }

    /** Whether class {@code internalName} came from the build JDK's java.base. */
    boolean isJavaBase(String internalName) {
        return classPath.find(internalName).map(f -> f.source() != null && f.source().startsWith("jrt:/java.base"))
                .orElse(false);
    }

    /** The strings a type's class object refers to beyond its name: signature, simple name, enclosing method. */
    List<String> strings(String descriptor) {
        List<String> strings = new ArrayList<>();
        ClassNode node = node(descriptor);
        if (node != null) {
            Stream.of(node.signature, simpleBinaryName(node), node.outerMethod, node.outerMethodDesc)
                    .filter(Objects::nonNull).forEach(strings::add);
        }
        return strings;
    }

    /** Whether {@code method}'s code is a substitution for a native method of the JDK. */
    boolean replacesNative(MethodReference method) {
        return classPath.find(method.owner()).map(f -> f.node().methods.stream().anyMatch(n ->
                n.name.equals(method.name()) && n.desc.equals(method.descriptor()) && n.invisibleAnnotations != null
                        && n.invisibleAnnotations.stream().anyMatch(a -> a.desc.equals(Substitutions.REPLACES_NATIVE))))
                .orElse(false);
    }

    /** The SourceFile attribute of class {@code internalName}, or null. */
    String sourceFile(String internalName) {
        return classPath.find(internalName).map(f -> f.node().sourceFile).orElse(null);
    }

    /** The descriptor of primitive type {@code name} ("int" -> "I"). */
    static String primitiveDescriptor(String name) {
        return switch (name) {
            case "boolean" -> "Z";
            case "byte" -> "B";
            case "char" -> "C";
            case "short" -> "S";
            case "int" -> "I";
            case "long" -> "J";
            case "float" -> "F";
            case "double" -> "D";
            default -> throw new IllegalArgumentException("not a primitive type with values: " + name);
        };
    }
}
