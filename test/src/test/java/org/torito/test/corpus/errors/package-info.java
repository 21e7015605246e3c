/**
 * Differential test programs: exceptions as the JDK prints them (messages, stack traces at several depths and in
 * constructors, static initializers, lambdas and nested classes, causes and suppressed exceptions, custom
 * hierarchies, the library's own exceptions and their messages) and java.util.concurrent used on one thread
 * (AtomicInteger/AtomicLong, ConcurrentHashMap, locks, semaphores, latches, thread locals, time units). Messages
 * that HotSpot itself makes for exceptions the VM raises (helpful NullPointerException messages, "/ by zero",
 * array index and class cast messages) and the VarHandle-based concurrent classes are left out until Torito
 * supports them. Run by {@link org.torito.test.corpus.ErrorsCorpus}.
 */
package org.torito.test.corpus.errors;
