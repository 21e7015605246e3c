package org.torito.bootimage.bios;

import static org.torito.compiler.asm.Gpr.AH;
import static org.torito.compiler.asm.Gpr.AX;
import static org.torito.compiler.asm.Gpr.BX;
import static org.torito.compiler.asm.Gpr.CL;
import static org.torito.compiler.asm.Gpr.DL;
import static org.torito.compiler.asm.Gpr.SI;
import static org.torito.compiler.asm.Gpr.SP;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.torito.compiler.asm.Assembler;
import org.torito.compiler.asm.Cond;
import org.torito.compiler.asm.Label;
import org.torito.compiler.asm.MachineCode;
import org.torito.compiler.asm.Mem;
import org.torito.compiler.asm.Mode;
import org.torito.compiler.asm.SegmentRegister;

/**
 * Sector 0: the code the BIOS runs first, and the fields around it ({@link DiskLayout} draws the sector).
 *
 * <p>The BIOS loads the sector to 0x7C00 and jumps there in real mode with DL = its drive number, after
 * checking the 0x55AA signature (the IBM PC convention that every BIOS keeps). The code:
 * <ol>
 *   <li>far-jumps to 0000:7C0x, since some BIOSes enter at 07C0:0000; sets DS = ES = SS = 0, SP = 0x7C00;</li>
 *   <li>checks for the INT 13h extensions (AH=41h, BX=55AAh; carry clear, BX=AA55h, CX bit 0 "fixed disk
 *       access subset": Phoenix/T13 Enhanced Disk Drive Specification 3.0, §7.1). Without them it prints
 *       "torito: BIOS has no INT 13h disk extensions" and halts: every read in the boot path is by LBA, so
 *       the disk geometry never matters;</li>
 *   <li>reads {@link DiskLayout#BOOT_SECTORS} sectors from LBA 1 to {@link LowMemory#LOADER} with one
 *       extended read (AH=42h; the disk address packet is built on the stack), or prints "torito: disk read
 *       error";</li>
 *   <li>jumps to the loader at 0000:7E00 with DL = the drive.</li>
 * </ol>
 */
final class MasterBootRecord {
    static final int EDD_CHECK = 0x41;
    static final int EDD_READ = 0x42;
    static final int EDD_PROBE = 0x55AA;
    static final int EDD_PRESENT = 0xAA55;
    /** CX bit 0 after AH=41h: the "fixed disk access" functions 42h-44h, 47h, 48h exist. */
    static final int EDD_FIXED_DISK_ACCESS = 1;
    /** Disk address packet: size 16, reserved, count u16, buffer offset u16, segment u16, LBA u64. */
    static final int DISK_ADDRESS_PACKET_BYTES = 16;

    private static final MachineCode CODE = assemble();

    private MasterBootRecord() {
    }

    /** The code alone, origin 0x7C00; at most {@link DiskLayout#MBR_CODE_LIMIT} bytes. */
    static MachineCode code() {
        return CODE;
    }

    private static MachineCode assemble() {
        Assembler a = new Assembler(Mode.BITS16, LowMemory.MBR);
        emit(a);
        MachineCode code = a.finish();
        if (code.size() > DiskLayout.MBR_CODE_LIMIT) {
            throw new IllegalStateException("the MBR code is " + code.size() + " bytes; at most "
                    + DiskLayout.MBR_CODE_LIMIT + " fit before its fields");
        }
        return code;
    }

    /** Sector 0 for an image of {@code totalSectors} whose loader and header take {@code bootSectors}. */
    static byte[] sector(int bootSectors, long totalSectors) {
        if (bootSectors < 1 || bootSectors > LowMemory.MAX_BOOT_SECTORS) {
            throw new IllegalArgumentException("the loader and its header take " + bootSectors
                    + " sectors; the MBR loads 1 to " + LowMemory.MAX_BOOT_SECTORS);
        }
        ByteBuffer b = ByteBuffer.allocate(DiskLayout.SECTOR_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, CODE.bytes());
        b.putShort(DiskLayout.BOOT_SECTORS, (short) bootSectors);
        int entry = DiskLayout.PARTITION_TABLE;
        long first = DiskLayout.LOADER_LBA;
        long last = totalSectors - 1;
        b.put(entry + DiskLayout.PARTITION_STATUS, (byte) DiskLayout.STATUS_ACTIVE);
        b.put(entry + DiskLayout.PARTITION_FIRST_CHS, DiskLayout.chs(first));
        b.put(entry + DiskLayout.PARTITION_TYPE, (byte) DiskLayout.TYPE_NON_FS_DATA);
        b.put(entry + DiskLayout.PARTITION_LAST_CHS, DiskLayout.chs(last));
        b.putInt(entry + DiskLayout.PARTITION_FIRST_LBA, (int) first);
        b.putInt(entry + DiskLayout.PARTITION_SECTORS, (int) (last - first + 1));
        b.put(DiskLayout.BOOT_SIGNATURE, (byte) 0x55);
        b.put(DiskLayout.BOOT_SIGNATURE + 1, (byte) 0xAA);
        return b.array();
    }

    private static void emit(Assembler a) {
        Label start = new Label("mbr.start");
        Label drive = new Label("mbr.drive");
        Label noExtensions = new Label("mbr.noExtensions");
        Label readError = new Label("mbr.readError");
        Label die = new Label("mbr.die");

        a.cli();
        FarJump.to(a, 0, start);               // CS = 0, whichever CS:IP the BIOS used
        a.bind(start);
        a.xor(AX, AX);
        a.mov(SegmentRegister.DS, AX);
        a.mov(SegmentRegister.ES, AX);
        a.mov(SegmentRegister.SS, AX);
        a.mov(SP, LowMemory.STACK_TOP);
        a.sti();
        a.emit("cld");
        a.mov(Mem.abs(8, drive), DL);

        a.mov(AH, EDD_CHECK);                  // INT 13h extensions present?
        a.mov(BX, EDD_PROBE);
        a.intN(0x13);
        a.jcc(Cond.C, noExtensions);
        a.cmp(BX, EDD_PRESENT);
        a.jcc(Cond.NE, noExtensions);
        a.test(CL, EDD_FIXED_DISK_ACCESS);
        a.jcc(Cond.Z, noExtensions);

        a.push(0);                             // disk address packet, last field first: LBA bits 63-32,
        a.push(0);
        a.push(0);                             // LBA bits 31-0 = 1,
        a.push(DiskLayout.LOADER_LBA);
        a.push(0);                             // buffer segment,
        a.push(LowMemory.LOADER);              // buffer offset,
        a.push(Mem.abs(16, LowMemory.MBR + DiskLayout.BOOT_SECTORS)); // sector count,
        a.push(DISK_ADDRESS_PACKET_BYTES);     // size and a reserved zero byte
        a.mov(SI, SP);
        a.mov(DL, Mem.abs(8, drive));
        a.mov(AH, EDD_READ);
        a.intN(0x13);
        a.jcc(Cond.C, readError);
        a.mov(DL, Mem.abs(8, drive));
        a.jmpFar(0, LowMemory.LOADER);

        a.bind(noExtensions);
        FatalMessage.fail(a, die, "BIOS has no INT 13h disk extensions");
        a.bind(readError);
        FatalMessage.fail(a, die, "disk read error");
        FatalMessage.emitRoutine(a, die);
        a.bind(drive);
        a.data8(0);
    }
}
