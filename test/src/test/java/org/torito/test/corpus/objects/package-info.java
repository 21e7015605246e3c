/**
 * Differential test programs: classes and objects (fields, constructors and initializer order, overriding,
 * overloading, hiding, abstract classes, interfaces with default methods, nested, inner and anonymous classes),
 * arrays of objects and of arrays, identity, type checks and casts, and hand-written data structures and
 * interpreters built from objects. Run by {@link org.torito.test.corpus.ObjectsCorpus}.
 */
package org.torito.test.corpus.objects;
