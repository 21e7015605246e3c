package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Parallel streams run sequentially while an image has one core and one thread: the stream contract allows
 * it (a parallel pipeline may run on the calling thread), and ForkJoin's workers would never get the core.
 * Every decision the pipeline makes between its parallel and sequential paths asks {@code isParallel}, so
 * this one answer keeps them consistent; {@code stream.parallel().isParallel()} is the visible difference.
 */
@TargetClass("java.util.stream.AbstractPipeline")
final class Target_java_util_stream_AbstractPipeline {
    private Target_java_util_stream_AbstractPipeline() {
    }

    @Substitute
    public final boolean isParallel() {
        return false;
    }
}
