/**
 * Annotations the image writer reads from class files: how substitution classes change JDK (or any)
 * classes ({@link org.torito.vm.annotation.TargetClass} and its member annotations). Each annotation's
 * javadoc says what the image writer does with it.
 */
package org.torito.vm.annotation;
