package org.torito.compiler.baseline;

import org.torito.compiler.asm.MachineCode;

/** A method's machine code, with the relocations the linker resolves (calls, statics, strings). */
public record CompiledMethod(MethodReference method, MachineCode code, int bytecodeBytes) {
}
