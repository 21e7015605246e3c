/**
 * Substitutions of JDK classes (ARCHITECTURE.md §3 step 2): one JDK class per file, named
 * {@code Target_java_lang_X}, listed in {@code META-INF/torito/substitutions.list}. Compiled into images in
 * place of the JDK's members they replace.
 */
package org.torito.vm.classlib;
