package org.torito.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a substitution class: its members change the class named here when the image writer builds the
 * closed world (ARCHITECTURE.md §3, step 2). The substitution class is read with its own name replaced by
 * the target's everywhere, so code in it that uses {@code this}, its fields or its methods means the
 * target's. Its members say what they do:
 * <ul>
 *   <li>{@link Substitute}: replaces the target's method of the same name and descriptor (which must exist,
 *       with the same static-ness), native or not;</li>
 *   <li>{@link Alias}: refers to the target's member of the same name and descriptor (which must exist);
 *       the declaration itself is dropped;</li>
 *   <li>{@link Inject}: adds the member to the target (it must not exist there);</li>
 *   <li>{@link Delete}: removes the target's member; reaching it fails the build.</li>
 * </ul>
 * Unannotated members other than the substitution class's own constructor are an error, so nothing changes
 * a JDK class by accident. Name substitution classes {@code Target_java_lang_Thread} so the file says what
 * it patches, and list them in {@code META-INF/torito/substitutions.list} of their module or jar, one
 * binary class name per line.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetClass {
    /** The binary name of the class to change ({@code java.lang.Thread}). */
    String value();
}
