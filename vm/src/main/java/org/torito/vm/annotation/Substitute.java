package org.torito.vm.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Replaces the target class's method of the same name and descriptor. See {@link TargetClass}. */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface Substitute {
    /**
     * The name of the method to replace when it cannot be the substitution's own, such as a final method of
     * Object ({@code getClass}), which no class may declare, or a static initializer ({@code "<clinit>"});
     * empty means the same name.
     */
    String name() default "";
}
