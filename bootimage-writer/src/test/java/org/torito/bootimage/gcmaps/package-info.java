/**
 * A host-side check of the compiler's GC reference maps: every map of every call site is compared with an
 * independent abstract interpretation of the method's bytecode (JVMS §4.10, §6.5), written from the spec
 * and reading the class file itself, without ASM's {@code tree.analysis} package that the compiler's maps
 * come from. Host only (tests); uses the compiler and the image writer's class path.
 */
package org.torito.bootimage.gcmaps;
