package org.torito.compiler.baseline;

import java.util.Set;
import org.torito.compiler.asm.MachineCode;

/**
 * A method's machine code, with the relocations the linker resolves (calls, statics, strings, types), its
 * exception table and frame size (for the unwinder), its line table (pairs of machine-code offset and source
 * line, by offset: the line of an instruction is that of the last pair at or before it), its GC reference
 * maps at every call site, and what reachability needs to know: the classes the
 * code instantiates and the selectors ({@code name + descriptor}) it calls virtually or through an interface.
 */
public record CompiledMethod(MethodReference method, MachineCode code, int bytecodeBytes, Set<String> instantiated,
                             Set<String> virtualSelectors, java.util.List<ExceptionHandler> handlers,
                             int localSlots, int[] lineTable, java.util.List<ReferenceMap> referenceMaps) {
    public CompiledMethod {
        instantiated = Set.copyOf(instantiated);
        virtualSelectors = Set.copyOf(virtualSelectors);
        handlers = java.util.List.copyOf(handlers);
        referenceMaps = java.util.List.copyOf(referenceMaps);
    }
}
