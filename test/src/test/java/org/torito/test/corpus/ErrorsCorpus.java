package org.torito.test.corpus;

import org.torito.test.corpus.errors.ArithmeticMessages;
import org.torito.test.corpus.errors.ArrayCopyMessages;
import org.torito.test.corpus.errors.ArrayIndexMessages;
import org.torito.test.corpus.errors.ArrayStoreOrder;
import org.torito.test.corpus.errors.AtomicBooleanFlags;
import org.torito.test.corpus.errors.AtomicCounters;
import org.torito.test.corpus.errors.BlockingQueueCapacity;
import org.torito.test.corpus.errors.CausedByTraces;
import org.torito.test.corpus.errors.ClassCastMessages;
import org.torito.test.corpus.errors.ConcurrentExceptionTypes;
import org.torito.test.corpus.errors.ConcurrentHashMapBulk;
import org.torito.test.corpus.errors.ConcurrentHashMapCompute;
import org.torito.test.corpus.errors.ConcurrentHashMapViews;
import org.torito.test.corpus.errors.ConcurrentLinkedQueueOps;
import org.torito.test.corpus.errors.ConcurrentModificationChecks;
import org.torito.test.corpus.errors.ConcurrentSkipListMapNavigation;
import org.torito.test.corpus.errors.ConstructorStackTraces;
import org.torito.test.corpus.errors.CopyOnWriteArrayListSnapshots;
import org.torito.test.corpus.errors.CountDownLatchCounts;
import org.torito.test.corpus.errors.CustomMessageOverrides;
import org.torito.test.corpus.errors.ErrorSubclasses;
import org.torito.test.corpus.errors.ExactArithmeticMessages;
import org.torito.test.corpus.errors.ExceptionToStringForms;
import org.torito.test.corpus.errors.ImmutableCollectionRejections;
import org.torito.test.corpus.errors.LambdaStackTraces;
import org.torito.test.corpus.errors.LibraryArgumentChecks;
import org.torito.test.corpus.errors.ListIndexMessages;
import org.torito.test.corpus.errors.LongAdderTotals;
import org.torito.test.corpus.errors.NegativeArraySizeMessages;
import org.torito.test.corpus.errors.NestedClassStackTraces;
import org.torito.test.corpus.errors.NoClassDefFoundMessages;
import org.torito.test.corpus.errors.NoSuchElementMessages;
import org.torito.test.corpus.errors.NumberFormatMessages;
import org.torito.test.corpus.errors.PreconditionMessages;
import org.torito.test.corpus.errors.ReadWriteLockHolds;
import org.torito.test.corpus.errors.RecordAndEnumFailures;
import org.torito.test.corpus.errors.ReentrantLockHolds;
import org.torito.test.corpus.errors.ReflectiveArrayShapes;
import org.torito.test.corpus.errors.RethrowPreservesTrace;
import org.torito.test.corpus.errors.SemaphorePermits;
import org.torito.test.corpus.errors.SneakyThrows;
import org.torito.test.corpus.errors.StackTraceDepths;
import org.torito.test.corpus.errors.StackTraceElementInspection;
import org.torito.test.corpus.errors.StaticInitializerErrors;
import org.torito.test.corpus.errors.StreamPipelineTraces;
import org.torito.test.corpus.errors.StringIndexMessages;
import org.torito.test.corpus.errors.SuppressedTraces;
import org.torito.test.corpus.errors.ThreadLocalValues;
import org.torito.test.corpus.errors.TimeUnitConversions;

/**
 * The errors area of the differential corpus (exceptions as the JDK prints them: messages, stack traces, causes,
 * suppressed exceptions, the library's own exceptions and their messages; java.util.concurrent used on one
 * thread): runs every program of {@code org.torito.test.corpus.errors} in one boot, each after its
 * {@code === name} line, so that a mismatch names the program. {@link CorpusTest} checks that no program of the
 * package is left out.
 */
public final class ErrorsCorpus {
    private ErrorsCorpus() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("=== ArithmeticMessages");
        ArithmeticMessages.main(args);
        System.out.println("=== ArrayCopyMessages");
        ArrayCopyMessages.main(args);
        System.out.println("=== ArrayIndexMessages");
        ArrayIndexMessages.main(args);
        System.out.println("=== ArrayStoreOrder");
        ArrayStoreOrder.main(args);
        System.out.println("=== AtomicBooleanFlags");
        AtomicBooleanFlags.main(args);
        System.out.println("=== AtomicCounters");
        AtomicCounters.main(args);
        System.out.println("=== BlockingQueueCapacity");
        BlockingQueueCapacity.main(args);
        System.out.println("=== CausedByTraces");
        CausedByTraces.main(args);
        System.out.println("=== ClassCastMessages");
        ClassCastMessages.main(args);
        System.out.println("=== ConcurrentExceptionTypes");
        ConcurrentExceptionTypes.main(args);
        System.out.println("=== ConcurrentHashMapBulk");
        ConcurrentHashMapBulk.main(args);
        System.out.println("=== ConcurrentHashMapCompute");
        ConcurrentHashMapCompute.main(args);
        System.out.println("=== ConcurrentHashMapViews");
        ConcurrentHashMapViews.main(args);
        System.out.println("=== ConcurrentLinkedQueueOps");
        ConcurrentLinkedQueueOps.main(args);
        System.out.println("=== ConcurrentModificationChecks");
        ConcurrentModificationChecks.main(args);
        System.out.println("=== ConcurrentSkipListMapNavigation");
        ConcurrentSkipListMapNavigation.main(args);
        System.out.println("=== ConstructorStackTraces");
        ConstructorStackTraces.main(args);
        System.out.println("=== CopyOnWriteArrayListSnapshots");
        CopyOnWriteArrayListSnapshots.main(args);
        System.out.println("=== CountDownLatchCounts");
        CountDownLatchCounts.main(args);
        System.out.println("=== CustomMessageOverrides");
        CustomMessageOverrides.main(args);
        System.out.println("=== ErrorSubclasses");
        ErrorSubclasses.main(args);
        System.out.println("=== ExactArithmeticMessages");
        ExactArithmeticMessages.main(args);
        System.out.println("=== ExceptionToStringForms");
        ExceptionToStringForms.main(args);
        System.out.println("=== ImmutableCollectionRejections");
        ImmutableCollectionRejections.main(args);
        System.out.println("=== LambdaStackTraces");
        LambdaStackTraces.main(args);
        System.out.println("=== LibraryArgumentChecks");
        LibraryArgumentChecks.main(args);
        System.out.println("=== ListIndexMessages");
        ListIndexMessages.main(args);
        System.out.println("=== LongAdderTotals");
        LongAdderTotals.main(args);
        System.out.println("=== NegativeArraySizeMessages");
        NegativeArraySizeMessages.main(args);
        System.out.println("=== NestedClassStackTraces");
        NestedClassStackTraces.main(args);
        System.out.println("=== NoClassDefFoundMessages");
        NoClassDefFoundMessages.main(args);
        System.out.println("=== NoSuchElementMessages");
        NoSuchElementMessages.main(args);
        System.out.println("=== NumberFormatMessages");
        NumberFormatMessages.main(args);
        System.out.println("=== PreconditionMessages");
        PreconditionMessages.main(args);
        System.out.println("=== ReadWriteLockHolds");
        ReadWriteLockHolds.main(args);
        System.out.println("=== RecordAndEnumFailures");
        RecordAndEnumFailures.main(args);
        System.out.println("=== ReentrantLockHolds");
        ReentrantLockHolds.main(args);
        System.out.println("=== ReflectiveArrayShapes");
        ReflectiveArrayShapes.main(args);
        System.out.println("=== RethrowPreservesTrace");
        RethrowPreservesTrace.main(args);
        System.out.println("=== SemaphorePermits");
        SemaphorePermits.main(args);
        System.out.println("=== SneakyThrows");
        SneakyThrows.main(args);
        System.out.println("=== StackTraceDepths");
        StackTraceDepths.main(args);
        System.out.println("=== StackTraceElementInspection");
        StackTraceElementInspection.main(args);
        System.out.println("=== StaticInitializerErrors");
        StaticInitializerErrors.main(args);
        System.out.println("=== StreamPipelineTraces");
        StreamPipelineTraces.main(args);
        System.out.println("=== StringIndexMessages");
        StringIndexMessages.main(args);
        System.out.println("=== SuppressedTraces");
        SuppressedTraces.main(args);
        System.out.println("=== ThreadLocalValues");
        ThreadLocalValues.main(args);
        System.out.println("=== TimeUnitConversions");
        TimeUnitConversions.main(args);
    }
}
