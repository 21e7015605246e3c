/**
 * Differential test programs: the java.lang API and language features around it. String and StringBuilder
 * methods, boxing caches, Character over non-ASCII text and surrogates, parsing and printing of integers and
 * floating-point numbers, Math and StrictMath, enums, records, sealed interfaces, switch expressions, text
 * blocks, var, nested, inner, anonymous and local classes, interface default/static/private methods. Run by
 * {@link org.torito.test.corpus.LangCorpus}.
 */
package org.torito.test.corpus.lang;
