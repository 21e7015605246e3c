/**
 * The garbage collector: exact, stop-the-world, non-moving mark-sweep with bump allocation into the gaps
 * between live objects, and a large-object space. The plan ({@link Heap}: when to collect, in which order
 * the phases run, what to do when memory runs out) is apart from the policies that own memory
 * ({@link SmallObjectSpace} for objects up to {@link Heap#LARGE_OBJECT_BYTES}, bump-allocated into free
 * blocks and the byte-exact gaps the last marking left, which it finds in the bitmap of marked objects,
 * {@link ObjectStarts}; {@link LargeObjectSpace} for whole runs of blocks; both share the
 * {@link BlockTable}) and from tracing ({@link Marker}, {@link MarkStack}, the roots in {@link StackRoots}
 * and {@link ImageRoots}, and {@link References} for soft, weak and phantom references). A moving or
 * generational plan can reuse the tracing and roots and replace the policies.
 *
 * <p>Why gaps and not Immix's lines: without evacuation, a line with one surviving object is lost whole,
 * and a cache whose entries are replaced at random ends with one live object per line (GcBenchmark's
 * workload ran out of a heap three times its live size that way). Byte-exact gaps cost a bitmap walk per
 * hole instead.
 *
 * <p>A collection runs on the thread whose allocation failed (or that called {@code System.gc()}), inside a
 * call, so every frame on the stack is at a call site with a reference map. With one core running Java that
 * thread is the world; when the SMP kernel lands, {@link Heap}'s collect is the one place that stops the
 * other cores at their yieldpoints first and restarts them after, and allocation buffers become per-CPU.
 *
 * <p>Objects do not move, so identity hashes (in the status word) stay put and runtime code may hold an
 * address in a {@code long} across an allocation as long as the object is also reachable. Image objects are
 * never freed: class objects, the pre-initialized heap, init records and reference statics are roots
 * ({@link ImageRoots}); the image's other objects (strings, byte arrays) hold no references into the heap.
 * Runs on the target; uses {@code vm.object}, {@code vm.runtime} and the
 * reference maps the baseline compiler emits ({@code vm.runtime.CodeMap}).
 */
package org.torito.vm.gc;
