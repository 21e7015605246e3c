package org.torito.bootimage.bios;

import static org.torito.compiler.asm.Gpr.AL;
import static org.torito.compiler.asm.Gpr.DX;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.EBP;
import static org.torito.compiler.asm.Gpr.EBX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.EDX;
import static org.torito.compiler.asm.Gpr.ESI;
import static org.torito.compiler.asm.Gpr.ESP;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.torito.bootimage.bios.DiskImageWriter.Segment;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.ControlRegister;
import org.torito.compiler.asm.Imm;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;
import org.torito.kernel.boot.PvhStartInfo;

/**
 * A 32-bit test kernel that checks, at its PVH entry, what the PVH boot ABI promises, and the segments the
 * loader placed. It prints {@code "cmdline: <command line>\n"} (or {@code "cmdline: (none)\n"}), then
 * {@code "ok\n"} and exits QEMU through isa-debug-exit with value 0 (status 1); on the first failed check it
 * prints {@code "FAIL <letter>\n"} and exits with value 2 (status 5). The letters:
 * <pre>
 *   I  EFLAGS: IF, TF and VM clear           C  CR0: PE set, PG clear          X  CR4 = 0
 *   M  start info magic 0x336ec578           V  version 1                      N  nr_modules 0
 *   E  memmap_entries > 0                    Z  every entry's reserved u32 = 0
 *   R  a type-1 (RAM) entry covers 0x100000  L  cmdline_paddr below 4 GiB
 *   D  DATA_ADDRESS holds "DATA!"            T  the rest of its memory size is zero
 *   U  the byte after it is untouched (still GARBAGE_BYTE, put there by QEMU's loader device)
 *   P  the PATTERN segment (several INT 13h reads) holds pattern(i) at every i
 *   A  A20: a write to 0x500000 does not change 0x400000
 * </pre>
 * It runs on a stack at the top of its own segment's zeroed memory, reads through DS only and uses only plain
 * integer instructions.
 */
final class PvhCheckKernel {
    static final long ORIGIN = 0x10_0000;
    static final long MEMORY_BYTES = 0x2000;
    static final long DATA_ADDRESS = 0x20_0000;
    static final byte[] DATA = "DATA!".getBytes(StandardCharsets.US_ASCII);
    /** 5 bytes and a tail of 0x1FF9: both the dword and the byte loops of copying and of zeroing run. */
    static final long DATA_MEMORY_BYTES = 0x1FFE;
    static final long PATTERN_ADDRESS = 0x30_0000;
    /** 391 sectors: seven INT 13h reads of at most 64, and a copy that ends in 3 single bytes. */
    static final int PATTERN_BYTES = 200_003;
    /** What the test loads under the DATA segment before boot, so that zeroing is observable. */
    static final int GARBAGE_BYTE = 0xFF;
    static final int GARBAGE_BYTES = (int) DATA_MEMORY_BYTES + 16;
    static final int COM1 = 0x3F8;
    static final int DEBUG_EXIT_PORT = 0xF4;
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 2;
    private static final int EFLAGS_IF_TF_VM = 0x0200 | 0x0100 | 0x2_0000;
    private static final long CR0_PE_PG = 0x8000_0001L;
    private static final int TYPE_RAM = 1;

    private PvhCheckKernel() {
    }

    /** The kernel, the DATA segment and the PATTERN segment. */
    static List<Segment> segments() {
        byte[] kernel = code().bytes();
        return List.of(new Segment(ORIGIN, kernel, MEMORY_BYTES), new Segment(DATA_ADDRESS, DATA, DATA_MEMORY_BYTES),
                new Segment(PATTERN_ADDRESS, pattern(), PATTERN_BYTES));
    }

    /** Byte i is {@code i + i / 512}: each sector differs, so a chunk copied to the wrong place shows. */
    static byte[] pattern() {
        byte[] bytes = new byte[PATTERN_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i + (i >>> DiskLayout.LOG_SECTOR_BYTES));
        }
        return bytes;
    }

    static byte[] garbage() {
        byte[] bytes = new byte[GARBAGE_BYTES];
        Arrays.fill(bytes, (byte) GARBAGE_BYTE);
        return bytes;
    }

    static MachineCode code() {
        Assembler a = new Assembler(Mode.BITS32, ORIGIN);
        Label fail = new Label("fail");
        Label puts = new Label("puts");
        Label exit = new Label("exit");
        Label failText = new Label("failText");
        Label cmdlineText = new Label("cmdlineText");
        Label noneText = new Label("noneText");
        Label okText = new Label("okText");

        a.mov(ESP, ORIGIN + MEMORY_BYTES);
        a.emit("pushfd");
        a.pop(EAX);
        check(a, fail, 'I', () -> a.test(EAX, EFLAGS_IF_TF_VM), Cond.Z);
        a.mov(EAX, ControlRegister.CR0);
        a.and(EAX, CR0_PE_PG);
        check(a, fail, 'C', () -> a.cmp(EAX, 1), Cond.E);
        a.mov(EAX, ControlRegister.CR4);
        check(a, fail, 'X', () -> a.test(EAX, EAX), Cond.Z);
        check(a, fail, 'M', () -> a.cmp(Mem.dword(EBX, PvhStartInfo.MAGIC), PvhStartInfo.MAGIC_VALUE), Cond.E);
        check(a, fail, 'V', () -> a.cmp(Mem.dword(EBX, PvhStartInfo.VERSION), 1), Cond.E);
        check(a, fail, 'N', () -> a.cmp(Mem.dword(EBX, PvhStartInfo.NR_MODULES), 0), Cond.E);
        a.mov(ECX, Mem.dword(EBX, PvhStartInfo.MEMMAP_ENTRIES));
        check(a, fail, 'E', () -> a.test(ECX, ECX), Cond.NZ);
        memoryMapChecks(a, fail);
        dataChecks(a, fail);
        patternCheck(a, fail);
        a.mov(Mem.abs(32, 0x40_0000), 0);
        a.mov(Mem.abs(32, 0x50_0000), 0xA20);
        check(a, fail, 'A', () -> a.cmp(Mem.abs(32, 0x40_0000), 0), Cond.E);

        Label none = new Label("none");
        a.lea(ESI, Mem.abs(0, cmdlineText));
        a.call(puts);
        check(a, fail, 'L', () -> a.cmp(Mem.dword(EBX, PvhStartInfo.CMDLINE_PADDR + 4), 0), Cond.E);
        a.mov(ESI, Mem.dword(EBX, PvhStartInfo.CMDLINE_PADDR));
        a.test(ESI, ESI);
        a.jcc(Cond.Z, none);
        a.call(puts);
        Label newline = new Label("newline");
        a.jmp(newline);
        a.bind(none);
        a.lea(ESI, Mem.abs(0, noneText));
        a.call(puts);
        a.bind(newline);
        a.mov(DX, COM1);
        a.mov(AL, '\n');
        a.out(DX, AL);
        a.lea(ESI, Mem.abs(0, okText));
        a.call(puts);
        a.mov(EAX, EXIT_OK);
        a.jmp(exit);

        a.bind(fail);                          // AL = the letter
        a.mov(EDX, EAX);
        a.lea(ESI, Mem.abs(0, failText));
        a.call(puts);
        a.mov(EAX, EDX);
        a.mov(DX, COM1);
        a.out(DX, AL);
        a.mov(AL, '\n');
        a.out(DX, AL);
        a.mov(EAX, EXIT_FAILED);
        a.bind(exit);
        a.mov(DX, DEBUG_EXIT_PORT);
        a.out(DX, EAX);
        Label halt = new Label("halt");
        a.bind(halt);
        a.hlt();
        a.jmp(halt);

        Label putsNext = new Label("putsNext");
        Label putsDone = new Label("putsDone");
        a.bind(puts);                          // ESI = NUL-terminated string; clobbers AL
        a.push(EDX);
        a.mov(DX, COM1);
        a.bind(putsNext);
        a.mov(AL, Mem.of(8, ESI, 0));
        a.test(AL, AL);
        a.jcc(Cond.Z, putsDone);
        a.out(DX, AL);
        a.inc(ESI);
        a.jmp(putsNext);
        a.bind(putsDone);
        a.pop(EDX);
        a.ret();

        text(a, failText, "FAIL ");
        text(a, cmdlineText, "cmdline: ");
        text(a, noneText, "(none)");
        text(a, okText, "ok\n");
        MachineCode code = a.finish();
        if (code.size() > MEMORY_BYTES / 2) {
            throw new IllegalStateException("the test kernel outgrew half its memory: " + code.size() + " bytes");
        }
        return code;
    }

    /** Every memory map entry has reserved = 0, and one of type RAM covers ORIGIN. ECX = the entry count. */
    private static void memoryMapChecks(Assembler a, Label fail) {
        Label next = new Label("mapNext");
        Label skip = new Label("mapSkip");
        Label covered = new Label("mapCovered");

        a.xor(EBP, EBP);                       // 1 once an entry covers ORIGIN
        a.mov(ESI, Mem.dword(EBX, PvhStartInfo.MEMMAP_PADDR));
        a.bind(next);
        check(a, fail, 'Z', () -> a.cmp(Mem.dword(ESI, PvhStartInfo.ENTRY_TYPE + 4), 0), Cond.E);
        a.cmp(Mem.dword(ESI, PvhStartInfo.ENTRY_TYPE), TYPE_RAM);
        a.jcc(Cond.NE, skip);
        a.cmp(Mem.dword(ESI, PvhStartInfo.ENTRY_ADDR + 4), 0);
        a.jcc(Cond.NE, skip);                  // starts above 4 GiB
        a.cmp(Mem.dword(ESI, PvhStartInfo.ENTRY_ADDR), ORIGIN);
        a.jcc(Cond.A, skip);                   // starts above ORIGIN
        a.mov(EAX, Mem.dword(ESI, PvhStartInfo.ENTRY_ADDR)); // end = addr + size, in EDX:EAX
        a.mov(EDX, Mem.dword(ESI, PvhStartInfo.ENTRY_SIZE + 4));
        a.add(EAX, Mem.dword(ESI, PvhStartInfo.ENTRY_SIZE));
        a.adc(EDX, Imm.of(0));
        a.test(EDX, EDX);
        a.jcc(Cond.NZ, covered);
        a.cmp(EAX, ORIGIN);
        a.jcc(Cond.BE, skip);
        a.bind(covered);
        a.mov(EBP, 1);
        a.bind(skip);
        a.add(ESI, PvhStartInfo.ENTRY_BYTES);
        a.dec(ECX);
        a.jcc(Cond.NZ, next);
        check(a, fail, 'R', () -> a.test(EBP, EBP), Cond.NZ);
    }

    /** DATA's bytes, its zeroed tail and the untouched byte after it. */
    private static void dataChecks(Assembler a, Label fail) {
        Label zero = new Label("dataZero");

        int word = (DATA[0] & 0xFF) | (DATA[1] & 0xFF) << 8 | (DATA[2] & 0xFF) << 16 | (DATA[3] & 0xFF) << 24;
        check(a, fail, 'D', () -> a.cmp(Mem.abs(32, DATA_ADDRESS), word), Cond.E);
        check(a, fail, 'D', () -> a.cmp(Mem.abs(8, DATA_ADDRESS + 4), DATA[4]), Cond.E);
        a.mov(ESI, DATA_ADDRESS + DATA.length);
        a.mov(ECX, DATA_MEMORY_BYTES - DATA.length);
        a.bind(zero);
        check(a, fail, 'T', () -> a.cmp(Mem.of(8, ESI, 0), 0), Cond.E);
        a.inc(ESI);
        a.dec(ECX);
        a.jcc(Cond.NZ, zero);
        check(a, fail, 'U', () -> a.cmp(Mem.abs(8, DATA_ADDRESS + DATA_MEMORY_BYTES), GARBAGE_BYTE), Cond.E);
    }

    /** PATTERN byte i = i + i / 512, for every i. */
    private static void patternCheck(Assembler a, Label fail) {
        Label next = new Label("patternNext");

        a.xor(ECX, ECX);
        a.bind(next);
        a.mov(EAX, ECX);
        a.mov(EDX, ECX);
        a.shr(EDX, DiskLayout.LOG_SECTOR_BYTES);
        a.add(EAX, EDX);
        check(a, fail, 'P', () -> a.cmp(Mem.of(8, ECX, PATTERN_ADDRESS), AL), Cond.E);
        a.inc(ECX);
        a.cmp(ECX, PATTERN_BYTES);
        a.jcc(Cond.B, next);
    }

    /** Emits {@code compare}; if {@code pass} does not hold, AL = {@code letter} and jump to fail. */
    private static void check(Assembler a, Label fail, char letter, Runnable compare, Cond pass) {
        Label ok = new Label();
        compare.run();
        a.jcc(pass, ok);
        a.mov(AL, letter);
        a.jmp(fail);
        a.bind(ok);
    }

    private static void text(Assembler a, Label label, String text) {
        a.bind(label);
        a.data((text + "\0").getBytes(StandardCharsets.US_ASCII));
    }
}
