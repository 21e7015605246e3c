package org.torito.bootimage.image;

import static org.torito.compiler.asm.Gpr.AX;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.EBX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.EDI;
import static org.torito.compiler.asm.Gpr.EDX;
import static org.torito.compiler.asm.Gpr.ESI;
import static org.torito.compiler.asm.Gpr.RAX;
import static org.torito.compiler.asm.Gpr.RSP;

import java.util.List;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.ControlRegister;
import org.torito.compiler.asm.Gpr;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;
import org.torito.compiler.asm.Ref;
import org.torito.compiler.asm.SegmentRegister;
import org.torito.compiler.asm.Imm;
import org.torito.compiler.baseline.ClassInitReference;
import org.torito.compiler.baseline.Entrypoints;
import org.torito.compiler.baseline.MethodReference;
import org.torito.kernel.Boot;
import org.torito.kernel.panic.InterruptFrame;

/**
 * The code between the boot loader and Java, generated with our assembler.
 *
 * <p>{@link #entry32} is the PVH entry (Xen's PVH boot protocol: 32-bit protected mode, flat segments, paging
 * off, EBX = physical address of {@code hvm_start_info}). It points CR3 at the page tables the image carries
 * ({@link #pageTables}), enables PAE and EFER.LME, loads the GDT, turns paging on and far-jumps into
 * {@link #longMode}. Until paging is on it runs a dozen plain integer instructions and no loops: some KVM
 * hosts emulate that stretch instruction by instruction (building the tables there cost ~50 ms under
 * kvm_pvm) and support little else.
 *
 * <p>{@link #longMode} loads the data segments, the boot stack, enables SSE (CR0.EM=0, CR0.MP=1,
 * CR4.OSFXSR|OSXMMEXCPT, SDM Vol. 3A §13.1.4), loads the IDT of CPU exception stubs and calls
 * {@code Boot.start(bootInfo, protocol)}, the application's {@code main} with the array it returns, and
 * {@code Boot.exit(0)}.
 * The exception stubs save the registers as {@link InterruptFrame} describes and call
 * {@code Panic.cpuException(frame)}.
 *
 * <p>MXCSR is left at its reset value 0x1F80 (SDM Vol. 1 §10.2.3.1: exceptions masked, round to nearest, no
 * flush-to-zero), which is what Java arithmetic needs and what both boot paths leave. Loading it here with
 * {@code ldmxcsr} would be tidier, but kvm_pvm still emulates this stretch and its emulator rejects
 * {@code ldmxcsr} ("KVM internal error ... emulation failure"); the scheduler will set it per thread.
 */
final class Trampoline {
    static final int CODE64_SELECTOR = 0x08;
    static final int DATA_SELECTOR = 0x10;
    static final int CODE32_SELECTOR = 0x18;
    /** GDT descriptors (SDM Vol. 3A §3.4.5): null, 64-bit code, 4 GiB data, 4 GiB 32-bit code. */
    private static final long[] GDT = {0, 0x00AF_9A00_0000_FFFFL, 0x00CF_9200_0000_FFFFL, 0x00CF_9A00_0000_FFFFL};
    private static final int EXCEPTION_VECTORS = 32;
    private static final int IDT_GATE_BYTES = 16;
    private static final long PAGE_PRESENT_WRITABLE = 0x3;
    private static final long PAGE_LARGE = 0x80;
    private static final long BYTES_IN_LARGE_PAGE = 2L << 20;
    private static final int EFER = 0xC000_0080;
    private static final int EFER_LME = 1 << 8;
    private static final int CR4_PAE = 1 << 5;
    private static final int CR4_OSFXSR_OSXMMEXCPT = (1 << 9) | (1 << 10);
    private static final int CR0_PE_PG = 0x8000_0001;

    static final MethodReference BOOT_START = new MethodReference("org/torito/kernel/Boot", "start",
            "(JI)[Ljava/lang/String;");
    static final MethodReference BOOT_EXIT = new MethodReference("org/torito/kernel/Boot", "exit", "(I)V");
    static final MethodReference PANIC = new MethodReference("org/torito/kernel/panic/Panic", "cpuException",
            "(J)V");

    /** The long-mode part: entry, exception stubs, IDT. {@code labels} receives symbol names and offsets. */
    static MachineCode longMode(long origin, MethodReference main, boolean initializeMain, List<Label> symbols) {
        Assembler a = new Assembler(Mode.BITS64, origin);
        Label entry = new Label("torito.longModeEntry");
        Label idtr = new Label("torito.idtr");
        Label idt = new Label("torito.idt");
        Label common = new Label("torito.exceptionCommon");
        Label halt = new Label("torito.halt");
        symbols.addAll(List.of(entry, common, halt));

        a.bind(entry);
        a.mov(ESI, ESI);                       // clear the upper halves, undefined after the mode switch
        a.mov(EDI, EDI);
        a.mov(AX, DATA_SELECTOR);
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.SS}) {
            a.mov(s, AX);
        }
        a.xor(EAX, EAX);
        a.mov(SegmentRegister.FS, AX);
        a.mov(SegmentRegister.GS, AX);
        a.mov(RSP, ImageLayout.BOOT_STACK_TOP);
        a.mov(RAX, ControlRegister.CR0);
        a.and(RAX, ~4L);                       // EM off: SSE instructions execute
        a.or(RAX, 2);                          // MP on
        a.mov(ControlRegister.CR0, RAX);
        a.mov(RAX, ControlRegister.CR4);
        a.or(RAX, CR4_OSFXSR_OSXMMEXCPT);
        a.mov(ControlRegister.CR4, RAX);
        a.lidt(Mem.rip(0, idtr));
        a.xor(Gpr.R15D, Gpr.R15D);             // no per-CPU block yet
        a.push(0);                             // Boot.start(long bootInfo, int protocol)
        a.push(Gpr.RSI);
        a.push(Gpr.RDI);
        a.call(Ref.to(BOOT_START));
        a.push(RAX);                           // main(String[] args): what Boot.start returned
        if (initializeMain) {                  // ClassInit.initialize(main's class), under main's argument
            a.push(0);
            a.push(new Imm(0, Ref.to(new ClassInitReference(main.owner()))));
            a.call(Ref.to(Entrypoints.INITIALIZE_CLASS));
        }
        a.call(Ref.to(main));
        a.push(0);                             // Boot.exit(0)
        a.call(Ref.to(BOOT_EXIT));
        a.bind(halt);
        a.cli();
        a.hlt();
        a.jmp(halt);

        Label[] stubs = new Label[EXCEPTION_VECTORS];
        for (int v = 0; v < EXCEPTION_VECTORS; v++) {
            stubs[v] = new Label("torito.exception" + v);
            a.align(8);
            a.bind(stubs[v]);
            if (!InterruptFrame.hasErrorCode(v)) {
                a.push(0);
            }
            a.push(v);
            a.jmp(common);
        }
        a.bind(common);
        for (int r = InterruptFrame.SAVED_REGISTERS - 1; r >= 0; r--) {
            a.push(savedRegister(r));
        }
        a.mov(RAX, RSP);
        a.push(0);
        a.push(RAX);
        a.call(Ref.to(PANIC));
        a.jmp(halt);

        a.align(16, 0);
        a.bind(idt);
        a.data(new byte[EXCEPTION_VECTORS * IDT_GATE_BYTES]); // filled in below, once the stubs are placed
        a.align(8, 0);
        a.bind(idtr);
        a.data16(EXCEPTION_VECTORS * IDT_GATE_BYTES - 1);
        a.data64(idt);
        MachineCode code = a.finish();
        for (int v = 0; v < EXCEPTION_VECTORS; v++) {
            writeGate(code.bytes(), (int) idt.offset() + v * IDT_GATE_BYTES, origin + stubs[v].offset());
        }
        return code;
    }

    /** The i-th register in {@link InterruptFrame} order (rax, rbx, rcx, rdx, rsi, rdi, rbp, r8..r15). */
    private static Gpr savedRegister(int i) {
        int[] numbers = {0, 3, 1, 2, 6, 7, 5, 8, 9, 10, 11, 12, 13, 14, 15};
        return Gpr.of(numbers[i], 64);
    }

    /** A 64-bit interrupt gate (SDM Vol. 3A §6.14.1, Figure 6-8): present, DPL 0, type 0xE. */
    private static void writeGate(byte[] bytes, int at, long handler) {
        long low = (handler & 0xFFFF) | ((long) CODE64_SELECTOR << 16) | (0x8EL << 40)
                | ((handler >>> 16) & 0xFFFF) << 48;
        LittleEndian.putLong(bytes, at, low);
        LittleEndian.putLong(bytes, at + 8, handler >>> 32);
    }

    /**
     * Identity page tables for the first 4 GiB with 2 MiB pages, as bytes to load at {@link ImageLayout#PML4}:
     * PML4[0] -> PDPT, PDPT[0..3] -> four page directories, each of 512 present, writable 2 MiB pages
     * (SDM Vol. 3A §4.5, Tables 4-15, 4-17).
     */
    static byte[] pageTables() {
        byte[] tables = new byte[(int) (ImageLayout.PAGE_TABLES_END - ImageLayout.PML4)];
        LittleEndian.putLong(tables, (int) (ImageLayout.PML4 - ImageLayout.PML4), ImageLayout.PDPT | PAGE_PRESENT_WRITABLE);
        for (int i = 0; i < ImageLayout.PAGE_DIRECTORY_COUNT; i++) {
            long directory = ImageLayout.PAGE_DIRECTORIES + i * ImageLayout.BYTES_IN_PAGE;
            LittleEndian.putLong(tables, (int) (ImageLayout.PDPT - ImageLayout.PML4) + 8 * i, directory | PAGE_PRESENT_WRITABLE);
            for (int e = 0; e < 512; e++) {
                long page = (i * 512L + e) * BYTES_IN_LARGE_PAGE;
                LittleEndian.putLong(tables, (int) (directory - ImageLayout.PML4) + 8 * e, page | PAGE_PRESENT_WRITABLE | PAGE_LARGE);
            }
        }
        return tables;
    }


    /** The PVH entry at {@code origin}, jumping to {@code longModeEntry}. */
    static MachineCode entry32(long origin, long longModeEntry, List<Label> symbols) {
        Assembler a = new Assembler(Mode.BITS32, origin);
        Label entry = new Label("torito.pvhEntry");
        Label gdt = new Label("torito.gdt");
        Label gdtr = new Label("torito.gdtr");
        symbols.addAll(List.of(entry, gdt));

        a.bind(entry);
        a.cli();
        a.mov(ESI, EBX);                       // hvm_start_info, for Boot.start
        a.mov(EDI, Boot.PROTOCOL_PVH);
        a.mov(EAX, ImageLayout.PML4);
        a.mov(ControlRegister.CR3, EAX);
        a.mov(EAX, ControlRegister.CR4);
        a.or(EAX, CR4_PAE);
        a.mov(ControlRegister.CR4, EAX);
        a.mov(ECX, EFER);
        a.rdmsr();
        a.or(EAX, EFER_LME);
        a.wrmsr();
        a.lgdt(Mem.abs(0, gdtr));
        a.mov(EAX, ControlRegister.CR0);
        a.or(EAX, CR0_PE_PG);
        a.mov(ControlRegister.CR0, EAX);
        a.jmpFar(CODE64_SELECTOR, longModeEntry);

        a.align(8, 0);
        a.bind(gdt);
        for (long descriptor : GDT) {
            a.data64(descriptor);
        }
        a.bind(gdtr);
        a.data16(GDT.length * 8 - 1);
        a.data32(gdt);
        return a.finish();
    }
}
