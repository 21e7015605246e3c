package org.torito.test.bench;

import java.util.List;
import org.torito.bootimage.elf.ElfImageWriter;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.Mode;

/**
 * The floor for boot-time comparisons: a PVH ELF whose entry prints one character on COM1 and exits QEMU,
 * nothing else. Same loader, same QEMU command line as a real image, no Java.
 */
final class TrivialImage {
    static final long ENTRY = 0x10_0000;

    private TrivialImage() {
    }

    static byte[] elf() {
        Assembler a = new Assembler(Mode.BITS32, ENTRY);
        a.mov(Gpr.DX, 0x3F8);
        a.mov(Gpr.AL, 'T');
        a.out(Gpr.DX, Gpr.AL);
        a.mov(Gpr.DX, 0xF4);
        a.mov(Gpr.EAX, 0);
        a.out(Gpr.DX, Gpr.EAX);
        Label halt = new Label();
        a.bind(halt);
        a.hlt();
        a.jmp(halt);
        byte[] code = a.finish().bytes();
        return ElfImageWriter.write(List.of(new ElfImageWriter.Segment(".text", ENTRY, code, code.length, false, true)),
                ENTRY, List.of(new ElfImageWriter.Symbol("trivial.entry", ENTRY, code.length, true)));
    }
}
