/**
 * Differential test programs: exceptions thrown, caught and rethrown (custom hierarchies, catch order,
 * multi-catch, finally overriding control flow, nested handlers, failing constructors and static initializers,
 * the runtime's own checks, cause chains). Messages and stack traces are never printed: they differ until the
 * class library. Run by {@link org.torito.test.corpus.ExceptionsCorpus}.
 */
package org.torito.test.corpus.exceptions;
