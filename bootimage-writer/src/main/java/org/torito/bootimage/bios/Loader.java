package org.torito.bootimage.bios;

import static org.torito.compiler.asm.Gpr.AH;
import static org.torito.compiler.asm.Gpr.AL;
import static org.torito.compiler.asm.Gpr.AX;
import static org.torito.compiler.asm.Gpr.BX;
import static org.torito.compiler.asm.Gpr.CL;
import static org.torito.compiler.asm.Gpr.CX;
import static org.torito.compiler.asm.Gpr.DI;
import static org.torito.compiler.asm.Gpr.DL;
import static org.torito.compiler.asm.Gpr.EAX;
import static org.torito.compiler.asm.Gpr.EBP;
import static org.torito.compiler.asm.Gpr.EBX;
import static org.torito.compiler.asm.Gpr.ECX;
import static org.torito.compiler.asm.Gpr.EDI;
import static org.torito.compiler.asm.Gpr.EDX;
import static org.torito.compiler.asm.Gpr.ESI;
import static org.torito.compiler.asm.Gpr.ESP;
import static org.torito.compiler.asm.Gpr.SI;
import static org.torito.compiler.asm.Gpr.SP;

import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.ControlRegister;
import org.torito.compiler.asm.Imm;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;
import org.torito.compiler.asm.SegmentRegister;
import org.torito.kernel.boot.PvhStartInfo;

/**
 * The loader: real-mode code that turns the disk into the machine state of a PVH entry, then jumps there.
 *
 * <p>The MBR has loaded it, with its {@link LoaderHeader header} right behind it, at 0x7E00 and enters it with
 * CS = DS = ES = SS = 0, SP = 0x7C00, DL = the BIOS drive, interrupts on. In order:
 * <ol>
 *   <li><b>Header</b>: checks the magic, or prints "torito: bad loader header".</li>
 *   <li><b>A20</b>: tests whether a write to 1 MiB + x wraps around to x; if it does, asks the BIOS
 *       (INT 15h AX=2401h), tests again, then sets bit 1 of System Control Port A (port 0x92, "fast A20",
 *       never bit 0, which resets the CPU) and polls. Otherwise "torito: cannot enable A20". The keyboard
 *       controller method is left out: every machine Torito targets has port 0x92.</li>
 *   <li><b>Segments</b>: for each table entry, reads up to 64 sectors at a time into the transfer buffer at
 *       0x10000 (INT 13h AH=42h; "torito: disk read error") and copies exactly the segment's bytes above
 *       1 MiB, then zeroes its memory tail to the byte.</li>
 *   <li><b>Start info</b>: zeroes {@code struct hvm_start_info} and sets magic, version 1, the command line
 *       address from the header and the memory map address.</li>
 *   <li><b>Memory map</b>: INT 15h EAX=E820h (ACPI 6.5 §15.1), 24 bytes at a time straight into the
 *       start info's table, whose entries have the E820 layout: base, length, type, then a u32 that PVH
 *       reserves (must be 0) and ACPI 3.0 calls extended attributes. The loader presets the attributes to 1
 *       ("valid") for BIOSes that return only 20 bytes, drops entries whose attributes say "ignore" or whose
 *       length is 0, then clears the field. At most 128 entries; none is "torito: no E820 memory map".</li>
 *   <li><b>Protected mode</b> (SDM Vol. 3A §9.9.1): interrupts off, {@code lgdt}, an empty IDT (a fault
 *       before the kernel has its own IDT is a triple fault, which {@code -no-reboot} turns into an exit
 *       rather than a jump through real-mode vectors), CR0 = PE alone, far jump to 32-bit code that loads
 *       the data segments and TR, clears CR4 and jumps to the PVH entry with EBX = the start info.</li>
 * </ol>
 * The state at the PVH entry is what Xen's docs/misc/pvh.pandoc specifies: CR0 = PE (every other writable
 * bit clear, so caching is on), CR4 = 0, CS a flat 4 GiB 32-bit code segment, DS, ES, SS (and FS, GS) a
 * flat 4 GiB data segment, TR a 32-bit busy TSS with base 0 and limit 0x67, EFLAGS with IF, TF, VM clear
 * (and DF clear), A20 on, paging off, EBX = {@link LowMemory#START_INFO}. ESP is
 * {@link LowMemory#STACK_TOP}; EAX, EDX, ESI, EDI, EBP are 0 and ECX holds the entry address.
 *
 * <h2>Copying above 1 MiB: unreal mode</h2>
 * INT 13h can only read into real-mode memory, so every chunk goes through the transfer buffer. The loader
 * copies it with 32-bit addresses in real mode ("unreal mode"): it enters protected mode just long enough to
 * load DS and ES with the flat data descriptor, then returns to real mode, where the processor keeps the
 * 4 GiB limits it cached, since a real-mode segment load sets only selector and base (the reason SDM Vol. 3A
 * §9.9.2 tells an OS to load 64 KiB limits before it leaves protected mode). The BIOS alternative, INT 15h
 * AH=87h, copies at most 64 KiB per call, cannot zero a tail without copying zeros, and whether it reaches
 * beyond 16 MiB and leaves A20 as it found it differs between BIOSes. Firmware that enters protected mode
 * itself (SeaBIOS does for the drivers that need 32-bit addresses, AHCI and virtio among them) comes back
 * with 64 KiB limits, so the loader re-enters unreal mode before every stretch of high-memory access, and
 * keeps interrupts off during it.
 *
 * <p>Only plain integer instructions (ARCHITECTURE.md §5). Host side: assembled once, in one pass; the code
 * reaches its own data through labels ({@code Mem.abs(bits, label)}) and the header through BX, loaded with
 * the header's address ({@code Imm.address(header)}) before each use, since a label plus a field offset is not
 * an operand the assembler takes. The 32-bit part is assembled separately, as an assembler has one mode, and
 * placed after the 16-bit code, which reaches it with a {@link FarJump}.
 */
final class Loader {
    static final int CODE32_SELECTOR = 0x08;
    static final int DATA_SELECTOR = 0x10;
    static final int TSS_SELECTOR = 0x18;
    /**
     * GDT descriptors (SDM Vol. 3A §3.4.5, §7.2.2): null; code, base 0, 4 GiB, 32-bit, execute/read; data,
     * base 0, 4 GiB, read/write; 32-bit TSS, base 0, limit 0x67, available ({@code ltr} marks it busy).
     */
    static final long[] GDT = {0, 0x00CF_9A00_0000_FFFFL, 0x00CF_9200_0000_FFFFL, 0x0000_8900_0000_0067L};
    static final int CR0_PE = 1;
    static final int A20_PROBE = LowMemory.START_INFO;       // scratch until the start info is filled
    static final int A20_PORT = 0x92;                         // System Control Port A
    static final int A20_PORT_ENABLE = 0x02;
    static final int A20_PORT_RESET = 0x01;
    static final int A20_BIOS_ENABLE = 0x2401;
    static final int A20_POLLS = 1000;
    static final int E820 = 0xE820;
    /** "SMAP", the signature INT 15h E820h takes in EDX and returns in EAX. */
    static final int SMAP = 0x534D_4150;
    /** Offset of the ACPI 3.0 extended attributes in a 24-byte entry: PVH's reserved u32. */
    static final int E820_ATTRIBUTES = PvhStartInfo.ENTRY_TYPE + 4;
    static final int E820_ATTRIBUTE_VALID = 1;

    private static final MachineCode CODE = assemble();
    /** Sectors of loader code (padded). */
    static final int SECTORS = CODE.size() / DiskLayout.SECTOR_BYTES;
    /** Where the header lands: the first sector after the loader. */
    static final int HEADER = LowMemory.LOADER + CODE.size();

    private final Assembler a;
    private final Label die = new Label("loader.die");
    private final Label drive = new Label("loader.drive");
    private final Label gdt = new Label("loader.gdt");
    private final Label gdtr = new Label("loader.gdtr");
    private final Label noIdt = new Label("loader.noIdt");
    private final Label header = new Label("loader.header");
    // Segment loop state, kept in memory across BIOS calls.
    private final Label entry = new Label("loader.entry");               // u16: current table entry
    private final Label segmentsLeft = new Label("loader.segmentsLeft"); // u16
    private final Label destination = new Label("loader.destination");   // u32: next byte's address
    private final Label sector = new Label("loader.sector");             // u32: next LBA to read
    private final Label bytesLeft = new Label("loader.bytesLeft");       // u32: of this segment's bytes
    private final Label chunkSectors = new Label("loader.chunkSectors"); // u16: read by the last INT 13h
    private final Label enterUnreal = new Label("loader.enterUnreal");
    private final Label readSectors = new Label("loader.readSectors");
    private final Label copyHigh = new Label("loader.copyHigh");
    private final Label zeroHigh = new Label("loader.zeroHigh");
    private final Label a20Enabled = new Label("loader.a20Enabled");

    private Loader(Assembler a) {
        this.a = a;
    }

    /** The loader's bytes, for address {@link LowMemory#LOADER}, padded to {@link #SECTORS} sectors. */
    static byte[] code() {
        return CODE.bytes().clone();
    }

    private static MachineCode assemble() {
        Assembler a = new Assembler(Mode.BITS16, LowMemory.LOADER);
        new Loader(a).emit();
        return a.finish();
    }

    private void emit() {
        Label badHeader = new Label();
        Label enableA20 = new Label();
        Label loadSegments = new Label();
        Label fillStartInfo = new Label();
        Label collectMemoryMap = new Label();

        a.mov(Mem.abs(8, drive), DL);          // from the MBR: CS = DS = ES = SS = 0, SP = 0x7C00
        a.emit("cld");
        a.mov(BX, Imm.address(header));        // header fields are read through BX
        a.cmp(Mem.of(32, BX, LoaderHeader.MAGIC), LoaderHeader.MAGIC_VALUE);
        a.jcc(Cond.NE, badHeader);
        a.call(enableA20);                     // before anything touches memory above 1 MiB
        a.call(loadSegments);
        a.call(fillStartInfo);
        a.call(collectMemoryMap);              // counts into the start info
        enterProtectedMode();                  // does not return

        a.bind(badHeader);
        FatalMessage.fail(a, die, "bad loader header");
        a.bind(enableA20);
        enableA20();
        a.bind(loadSegments);
        loadSegments();
        a.bind(fillStartInfo);
        fillStartInfo();
        a.bind(collectMemoryMap);
        collectMemoryMap();
        a.bind(readSectors);
        readSectors();
        a.bind(copyHigh);
        copyHigh();
        a.bind(zeroHigh);
        zeroHigh();
        a.bind(a20Enabled);
        a20Enabled();
        a.bind(enterUnreal);
        enterUnreal();
        FatalMessage.emitRoutine(a, die);
        data();
    }

    // ------------------------------------------------------------------------------------------------
    // A20
    // ------------------------------------------------------------------------------------------------

    /** Turns A20 on (BIOS, then port 0x92) and checks it, or fails. */
    private void enableA20() {
        Label done = new Label();
        Label poll = new Label();
        Label failed = new Label();

        a.call(a20Enabled);
        a.jcc(Cond.Z, done);
        a.mov(AX, A20_BIOS_ENABLE);
        a.intN(0x15);
        a.call(a20Enabled);
        a.jcc(Cond.Z, done);
        a.in(AL, A20_PORT);
        a.test(AL, A20_PORT_ENABLE);
        a.jcc(Cond.NZ, failed);                // already set, and still no A20
        a.or(AL, A20_PORT_ENABLE);
        a.and(AL, ~A20_PORT_RESET & 0xFF);
        a.out(A20_PORT, AL);
        a.mov(CX, A20_POLLS);
        a.bind(poll);
        a.call(a20Enabled);
        a.jcc(Cond.Z, done);
        a.dec(CX);
        a.jcc(Cond.NZ, poll);
        a.bind(failed);
        FatalMessage.fail(a, die, "cannot enable A20");
        a.bind(done);
        a.ret();
    }

    /** ZF = 1 when A20 is on: a write to A20_PROBE + 1 MiB does not land on A20_PROBE. Clobbers EAX, BX, ESI, EDI. */
    private void a20Enabled() {
        a.call(enterUnreal);
        a.mov(ESI, A20_PROBE);
        a.mov(EDI, A20_PROBE + LowMemory.ONE_MIB);
        a.mov(Mem.of(32, ESI, 0), 0);
        a.mov(Mem.of(32, EDI, 0), 0xA20A_20A2L);
        a.cmp(Mem.of(32, ESI, 0), 0);          // still 0: the write did not wrap around
        a.sti();                               // keeps ZF
        a.ret();
    }

    // ------------------------------------------------------------------------------------------------
    // Segments
    // ------------------------------------------------------------------------------------------------

    /** For each table entry: read and copy its bytes chunk by chunk, then zero its memory tail. */
    private void loadSegments() {
        Label nextSegment = new Label();
        Label nextChunk = new Label();
        Label read = new Label();
        Label copy = new Label();
        Label tail = new Label();

        a.mov(BX, Imm.address(header));
        a.mov(AX, Mem.of(16, BX, LoaderHeader.SEGMENT_COUNT));
        a.mov(Mem.abs(16, segmentsLeft), AX);
        a.add(BX, LoaderHeader.SEGMENTS);      // the first table entry
        a.mov(Mem.abs(16, entry), BX);
        a.bind(nextSegment);
        a.mov(BX, Mem.abs(16, entry));
        a.mov(EAX, Mem.of(32, BX, LoaderHeader.SEGMENT_ADDRESS));
        a.mov(Mem.abs(32, destination), EAX);
        a.mov(EAX, Mem.of(32, BX, LoaderHeader.SEGMENT_FIRST_SECTOR));
        a.mov(Mem.abs(32, sector), EAX);
        a.mov(EAX, Mem.of(32, BX, LoaderHeader.SEGMENT_FILE_BYTES));
        a.mov(Mem.abs(32, bytesLeft), EAX);

        a.bind(nextChunk);                     // sectors = min(64, ceil(bytesLeft / 512))
        a.mov(ECX, Mem.abs(32, bytesLeft));
        a.test(ECX, ECX);
        a.jcc(Cond.Z, tail);
        a.add(ECX, DiskLayout.SECTOR_BYTES - 1);
        a.shr(ECX, DiskLayout.LOG_SECTOR_BYTES);
        a.cmp(ECX, LowMemory.TRANSFER_SECTORS);
        a.jcc(Cond.BE, read);
        a.mov(ECX, LowMemory.TRANSFER_SECTORS);
        a.bind(read);
        a.mov(Mem.abs(16, chunkSectors), CX);
        a.mov(EAX, Mem.abs(32, sector));
        a.call(readSectors);
        a.movzx(ECX, Mem.abs(16, chunkSectors));
        a.add(Mem.abs(32, sector), ECX);
        a.shl(ECX, DiskLayout.LOG_SECTOR_BYTES); // bytes = min(sectors * 512, bytesLeft)
        a.cmp(ECX, Mem.abs(32, bytesLeft));
        a.jcc(Cond.BE, copy);
        a.mov(ECX, Mem.abs(32, bytesLeft));
        a.bind(copy);
        a.sub(Mem.abs(32, bytesLeft), ECX);
        a.mov(ESI, LowMemory.TRANSFER_BUFFER);
        a.mov(EDI, Mem.abs(32, destination));
        a.add(Mem.abs(32, destination), ECX);
        a.call(copyHigh);
        a.jmp(nextChunk);

        a.bind(tail);                          // zero [address + fileBytes, address + memoryBytes)
        a.mov(BX, Mem.abs(16, entry));
        a.mov(EDI, Mem.of(32, BX, LoaderHeader.SEGMENT_ADDRESS));
        a.mov(ECX, Mem.of(32, BX, LoaderHeader.SEGMENT_MEMORY_BYTES));
        a.add(EDI, Mem.of(32, BX, LoaderHeader.SEGMENT_FILE_BYTES));
        a.sub(ECX, Mem.of(32, BX, LoaderHeader.SEGMENT_FILE_BYTES));
        a.call(zeroHigh);
        a.add(Mem.abs(16, entry), LoaderHeader.SEGMENT_ENTRY_BYTES);
        a.dec(Mem.abs(16, segmentsLeft));
        a.jcc(Cond.NZ, nextSegment);
        a.ret();
    }

    /**
     * Reads CX sectors (at most 64) from LBA EAX into the transfer buffer, with the disk address packet on the
     * stack (EDD 3.0 §7.2: size 16, reserved, count, buffer offset and segment, 64-bit LBA), or fails.
     */
    private void readSectors() {
        Label failed = new Label();

        a.push(0);                             // LBA bits 63-32
        a.push(0);
        a.push(EAX);                           // LBA bits 31-0
        a.push(LowMemory.TRANSFER_BUFFER >> 4); // buffer segment
        a.push(0);                             // buffer offset
        a.push(CX);                            // sector count
        a.push(MasterBootRecord.DISK_ADDRESS_PACKET_BYTES);
        a.mov(SI, SP);
        a.mov(DL, Mem.abs(8, drive));
        a.mov(AH, MasterBootRecord.EDD_READ);
        a.sti();
        a.intN(0x13);
        a.jcc(Cond.C, failed);
        a.add(SP, MasterBootRecord.DISK_ADDRESS_PACKET_BYTES);
        a.ret();
        a.bind(failed);
        FatalMessage.fail(a, die, "disk read error");
    }

    /** Copies ECX bytes from linear address ESI to EDI: dwords, then the last 0-3 bytes. */
    private void copyHigh() {
        Label dwords = new Label();
        Label bytes = new Label();
        Label oneByte = new Label();
        Label done = new Label();

        a.call(enterUnreal);
        a.mov(EDX, ECX);
        a.shr(ECX, 2);
        a.jcc(Cond.Z, bytes);
        a.bind(dwords);
        a.mov(EAX, Mem.of(32, ESI, 0));
        a.mov(Mem.of(32, EDI, 0), EAX);
        a.add(ESI, 4);
        a.add(EDI, 4);
        a.dec(ECX);
        a.jcc(Cond.NZ, dwords);
        a.bind(bytes);
        a.and(EDX, 3);
        a.jcc(Cond.Z, done);
        a.bind(oneByte);
        a.mov(AL, Mem.of(8, ESI, 0));
        a.mov(Mem.of(8, EDI, 0), AL);
        a.inc(ESI);
        a.inc(EDI);
        a.dec(EDX);
        a.jcc(Cond.NZ, oneByte);
        a.bind(done);
        a.sti();
        a.ret();
    }

    /** Zeroes ECX bytes from linear address EDI: dwords, then the last 0-3 bytes. */
    private void zeroHigh() {
        Label dwords = new Label();
        Label bytes = new Label();
        Label oneByte = new Label();
        Label done = new Label();

        a.call(enterUnreal);
        a.xor(EAX, EAX);
        a.mov(EDX, ECX);
        a.shr(ECX, 2);
        a.jcc(Cond.Z, bytes);
        a.bind(dwords);
        a.mov(Mem.of(32, EDI, 0), EAX);
        a.add(EDI, 4);
        a.dec(ECX);
        a.jcc(Cond.NZ, dwords);
        a.bind(bytes);
        a.and(EDX, 3);
        a.jcc(Cond.Z, done);
        a.bind(oneByte);
        a.mov(Mem.of(8, EDI, 0), AL);
        a.inc(EDI);
        a.dec(EDX);
        a.jcc(Cond.NZ, oneByte);
        a.bind(done);
        a.sti();
        a.ret();
    }

    // ------------------------------------------------------------------------------------------------
    // Start info and memory map
    // ------------------------------------------------------------------------------------------------

    /** Zeroes the start info and fills what is known before the memory map. */
    private void fillStartInfo() {
        int info = LowMemory.START_INFO;

        a.mov(DI, info);
        a.mov(CX, LowMemory.START_INFO_BYTES / 4);
        a.xor(EAX, EAX);
        a.emit("rep stosd");                   // ES:DI, ES = 0
        a.mov(Mem.abs(32, info + PvhStartInfo.MAGIC), PvhStartInfo.MAGIC_VALUE);
        a.mov(Mem.abs(32, info + PvhStartInfo.VERSION), 1);
        a.mov(BX, Imm.address(header));
        a.mov(EAX, Mem.of(32, BX, LoaderHeader.COMMAND_LINE));
        a.mov(Mem.abs(32, info + PvhStartInfo.CMDLINE_PADDR), EAX);
        a.mov(Mem.abs(32, info + PvhStartInfo.MEMMAP_PADDR), LowMemory.MEMORY_MAP);
        a.ret();
    }

    /** INT 15h E820h into the start info's memory map, counting into memmap_entries. */
    private void collectMemoryMap() {
        Mem count = Mem.abs(32, LowMemory.START_INFO + PvhStartInfo.MEMMAP_ENTRIES);
        Label next = new Label();
        Label keep = new Label();
        Label skip = new Label();
        Label end = new Label();
        Label none = new Label();

        a.xor(EBX, EBX);                       // continuation: 0 = from the start
        a.mov(DI, LowMemory.MEMORY_MAP);
        a.bind(next);
        a.mov(Mem.of(32, DI, E820_ATTRIBUTES), E820_ATTRIBUTE_VALID);
        a.mov(EAX, E820);
        a.mov(ECX, PvhStartInfo.ENTRY_BYTES);
        a.mov(EDX, SMAP);
        a.intN(0x15);                          // ES:DI = the entry
        a.jcc(Cond.C, end);                    // no (more) entries
        a.cmp(EAX, SMAP);
        a.jcc(Cond.NE, end);
        a.cmp(CL, PvhStartInfo.ENTRY_BYTES);
        a.jcc(Cond.B, keep);                   // 20 bytes: no attributes, the preset 1 stands
        a.test(Mem.of(8, DI, E820_ATTRIBUTES), E820_ATTRIBUTE_VALID);
        a.jcc(Cond.Z, skip);                   // ACPI 3.0: "ignore this entry"
        a.bind(keep);
        a.mov(EAX, Mem.of(32, DI, PvhStartInfo.ENTRY_SIZE));
        a.or(EAX, Mem.of(32, DI, PvhStartInfo.ENTRY_SIZE + 4));
        a.jcc(Cond.Z, skip);                   // empty
        a.mov(Mem.of(32, DI, E820_ATTRIBUTES), 0); // hvm_memmap_table_entry.reserved
        a.add(DI, PvhStartInfo.ENTRY_BYTES);
        a.inc(count);
        a.cmp(count, LowMemory.MEMORY_MAP_CAPACITY);
        a.jcc(Cond.AE, end);
        a.bind(skip);
        a.test(EBX, EBX);
        a.jcc(Cond.NZ, next);                  // 0: that was the last entry
        a.bind(end);
        a.cmp(count, 0);
        a.jcc(Cond.E, none);
        a.ret();
        a.bind(none);
        FatalMessage.fail(a, die, "no E820 memory map");
    }

    // ------------------------------------------------------------------------------------------------
    // Modes
    // ------------------------------------------------------------------------------------------------

    /**
     * Gives DS and ES base 0 and a 4 GiB limit in real mode: protected mode for two segment loads, then back.
     * Returns with interrupts off, so no handler runs with the limits; clobbers EAX, BX.
     */
    private void enterUnreal() {
        Label protectedMode = new Label();
        Label realMode = new Label();

        a.cli();
        a.lgdt(Mem.abs(0, gdtr));
        a.mov(EAX, ControlRegister.CR0);
        a.or(EAX, CR0_PE);
        a.mov(ControlRegister.CR0, EAX);
        a.jmp(protectedMode);                  // a jump after setting PE, as SDM Vol. 3A §9.9.1 asks
        a.bind(protectedMode);
        a.mov(BX, DATA_SELECTOR);
        a.mov(SegmentRegister.DS, BX);
        a.mov(SegmentRegister.ES, BX);
        a.and(EAX, ~CR0_PE);
        a.mov(ControlRegister.CR0, EAX);
        a.jmp(realMode);
        a.bind(realMode);
        a.xor(BX, BX);                         // real-mode selectors again; the limits stay
        a.mov(SegmentRegister.DS, BX);
        a.mov(SegmentRegister.ES, BX);
        a.ret();
    }

    /** The jump to the PVH entry: protected mode, then the 32-bit code placed after this. */
    private void enterProtectedMode() {
        Label entry32 = new Label("loader.entry32");

        a.cli();
        a.mov(BX, Imm.address(header));
        a.mov(ECX, Mem.of(32, BX, LoaderHeader.PVH_ENTRY));
        a.lgdt(Mem.abs(0, gdtr));
        a.lidt(Mem.abs(0, noIdt));
        a.mov(EAX, CR0_PE);                    // every other writable bit clear, as PVH asks
        a.mov(ControlRegister.CR0, EAX);
        FarJump.to(a, CODE32_SELECTOR, entry32);
        a.align(16, 0);
        a.bind(entry32);
        a.data(entry32().bytes());
    }

    /**
     * The 32-bit code: data segments, stack, TR, CR4, registers, then {@code jmp ecx}. It uses no label, so
     * its bytes are the same wherever it is placed.
     */
    static MachineCode entry32() {
        Assembler b = new Assembler(Mode.BITS32);
        b.mov(AX, DATA_SELECTOR);
        for (SegmentRegister s : new SegmentRegister[] {SegmentRegister.DS, SegmentRegister.ES, SegmentRegister.FS,
            SegmentRegister.GS, SegmentRegister.SS}) {
            b.mov(s, AX);
        }
        b.mov(ESP, LowMemory.STACK_TOP);
        b.mov(AX, TSS_SELECTOR);
        b.ltr(AX);
        b.xor(EAX, EAX);
        b.mov(ControlRegister.CR4, EAX);
        b.mov(EBX, LowMemory.START_INFO);
        b.xor(EDX, EDX);
        b.xor(ESI, ESI);
        b.xor(EDI, EDI);
        b.xor(EBP, EBP);
        b.jmp(ECX);
        return b.finish();
    }

    /** The GDT and its pointer, the empty IDT pointer, and the segment loop's variables. */
    private void data() {
        a.align(8, 0);
        a.bind(gdt);
        for (long descriptor : GDT) {
            a.data64(descriptor);
        }
        a.bind(gdtr);
        a.data16(GDT.length * 8 - 1);
        a.data32(gdt);
        a.bind(noIdt);
        a.data16(0);
        a.data32(0);
        a.bind(drive);
        a.data8(0);
        a.align(4, 0);
        a.bind(destination);
        a.data32(0);
        a.bind(sector);
        a.data32(0);
        a.bind(bytesLeft);
        a.data32(0);
        a.bind(entry);
        a.data16(0);
        a.bind(segmentsLeft);
        a.data16(0);
        a.bind(chunkSectors);
        a.data16(0);
        a.align(DiskLayout.SECTOR_BYTES, 0);
        a.bind(header);
    }
}
