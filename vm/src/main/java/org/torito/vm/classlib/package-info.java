/**
 * The JDK's java.base as an image runs it (ARCHITECTURE.md §3 step 2): substitutions, one JDK class per file,
 * named {@code Target_java_lang_X} and listed in {@code META-INF/torito/substitutions.list}, compiled into
 * images in place of the members they replace; and the helpers they share, which are plain classes because a
 * substitution class may hold only annotated members: {@link org.torito.vm.classlib.ClassObjects} (what a
 * {@code Class} object knows), {@link org.torito.vm.classlib.JavaThreads} (the one thread),
 * {@link org.torito.vm.classlib.SystemStartup} (the JDK's startup before main),
 * {@link org.torito.vm.classlib.FieldHandles} (VarHandles), {@link org.torito.vm.classlib.CastMessages},
 * {@link org.torito.vm.classlib.NullPointerExceptions} (which null check an exception comes from),
 * {@link org.torito.vm.classlib.Crc32}, {@link org.torito.vm.classlib.DisabledLogger} and the English locale
 * data.
 *
 * <p>The policy, in short: what an image cannot have yet fails loudly where it is asked for (naming what and
 * why), and what the JDK only needs with a security manager, a module layer, native libraries or providers
 * found at run time is answered as the JDK answers when those are absent. Runtime code calls injected
 * members through the substitution classes' names, which the image writer turns into the targets'.
 * Uses {@code vm.runtime}, {@code vm.object}, {@code vm.math} and {@code vm.Magic}.
 */
package org.torito.vm.classlib;
