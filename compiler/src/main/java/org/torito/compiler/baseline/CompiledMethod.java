package org.torito.compiler.baseline;

import java.util.Set;
import org.torito.compiler.asm.MachineCode;

/**
 * A method's machine code, with the relocations the linker resolves (calls, statics, strings, types), its
 * exception table and frame size (for the unwinder), its line table (pairs of machine-code offset and source
 * line, by offset: the line of an instruction is that of the last pair at or before it), its GC reference
 * maps at every call site, its null checks (by return offset, for the messages of the exceptions they
 * throw), and what reachability needs to know: the classes the code instantiates and the virtual and
 * interface calls it makes.
 */
public record CompiledMethod(MethodReference method, MachineCode code, int bytecodeBytes, Set<String> instantiated,
                             Set<VirtualCall> virtualCalls, java.util.List<ExceptionHandler> handlers,
                             int localSlots, int[] lineTable, java.util.List<ReferenceMap> referenceMaps,
                             java.util.List<NullCheck> nullChecks) {
    public CompiledMethod {
        // in the code's order, not Set.copyOf's, which varies from JVM to JVM: reachability, and so the
        // image's layout, follows these sets, and two builds of the same program must be the same bytes
        instantiated = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(instantiated));
        virtualCalls = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(virtualCalls));
        handlers = java.util.List.copyOf(handlers);
        referenceMaps = java.util.List.copyOf(referenceMaps);
        nullChecks = java.util.List.copyOf(nullChecks);
    }

    /**
     * A call through a vtable or itable: any instantiated subtype of {@code receiverType} may receive it, so
     * its implementation of {@code selector} ({@code name + descriptor}) is reachable (rapid type analysis).
     */
    public record VirtualCall(String receiverType, String selector) {
    }
}
