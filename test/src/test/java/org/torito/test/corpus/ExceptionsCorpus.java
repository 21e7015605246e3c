package org.torito.test.corpus;

import org.torito.test.corpus.exceptions.CauseChains;
import org.torito.test.corpus.exceptions.ConstructorThrows;
import org.torito.test.corpus.exceptions.CustomHierarchy;
import org.torito.test.corpus.exceptions.DeepRethrow;
import org.torito.test.corpus.exceptions.ExceptionObjects;
import org.torito.test.corpus.exceptions.FinallyOverrides;
import org.torito.test.corpus.exceptions.LoopExceptions;
import org.torito.test.corpus.exceptions.MultiCatch;
import org.torito.test.corpus.exceptions.NestedHandlers;
import org.torito.test.corpus.exceptions.ResourceCleanup;
import org.torito.test.corpus.exceptions.RuntimeChecks;
import org.torito.test.corpus.exceptions.StaticInitFailures;
import org.torito.test.corpus.exceptions.ThrowsThroughDispatch;
import org.torito.test.corpus.exceptions.TryFinallyOnly;
import org.torito.test.corpus.exceptions.SuperclassInitFailure;
import org.torito.test.support.Out;

/**
 * The exceptions area of the differential corpus (custom hierarchies, catch order, multi-catch, finally,
 * nested handlers, failing constructors and static initializers, the runtime's checks, cause chains): runs every
 * program of {@code org.torito.test.corpus.exceptions} in one boot, each after its {@code === name} line, so that
 * a mismatch names the program. {@link CorpusTest} checks that no program of the package is left out.
 */
public final class ExceptionsCorpus {
    private ExceptionsCorpus() {
    }

    public static void main(String[] args) {
        Out.println("=== CauseChains");
        CauseChains.main(args);
        Out.println("=== ConstructorThrows");
        ConstructorThrows.main(args);
        Out.println("=== CustomHierarchy");
        CustomHierarchy.main(args);
        Out.println("=== DeepRethrow");
        DeepRethrow.main(args);
        Out.println("=== ExceptionObjects");
        ExceptionObjects.main(args);
        Out.println("=== FinallyOverrides");
        FinallyOverrides.main(args);
        Out.println("=== LoopExceptions");
        LoopExceptions.main(args);
        Out.println("=== MultiCatch");
        MultiCatch.main(args);
        Out.println("=== NestedHandlers");
        NestedHandlers.main(args);
        Out.println("=== ResourceCleanup");
        ResourceCleanup.main(args);
        Out.println("=== RuntimeChecks");
        RuntimeChecks.main(args);
        Out.println("=== StaticInitFailures");
        StaticInitFailures.main(args);
        Out.println("=== ThrowsThroughDispatch");
        ThrowsThroughDispatch.main(args);
        Out.println("=== TryFinallyOnly");
        TryFinallyOnly.main(args);
        Out.println("=== SuperclassInitFailure");
        SuperclassInitFailure.main(args);
    }
}
