package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sector 0's offsets, the 16 x 63 CHS addresses of the partition entry, and the cylinder padding. */
class DiskLayoutTest {
    @Test
    void offsets_sectorZero_matchTheClassicMbr() {
        assertEquals(436, DiskLayout.BOOT_SECTORS);
        assertEquals(440, DiskLayout.DISK_SIGNATURE);
        assertEquals(446, DiskLayout.PARTITION_TABLE);
        assertEquals(510, DiskLayout.BOOT_SIGNATURE);
        assertEquals(16, DiskLayout.PARTITION_SECTORS + 4);
    }

    @Test
    void chs_firstSector_isCylinder0Head0Sector1() {
        assertArrayEquals(new byte[] {0, 1, 0}, DiskLayout.chs(0));
    }

    @Test
    void chs_lastSectorOfCylinder0_isHead15Sector63() {
        assertArrayEquals(new byte[] {15, 63, 0}, DiskLayout.chs(1007));
    }

    @Test
    void chs_cylinder300_putsCylinderBits8And9InTheSectorByte() {
        byte[] chs = DiskLayout.chs(300L * 1008 + 63 + 4); // cylinder 300 = 0x12C, head 1, sector 5

        assertArrayEquals(new byte[] {1, (byte) (5 | 1 << 6), 0x2C}, chs);
    }

    @Test
    void chs_beyondCylinder1023_isTheLargestAddress() {
        assertArrayEquals(new byte[] {15, (byte) 0xFF, (byte) 0xFF}, DiskLayout.chs(1024L * 1008));
    }

    @Test
    void wholeCylinders_fewSectors_isOneCylinder() {
        assertEquals(1008, DiskLayout.wholeCylinders(5));
    }

    @Test
    void wholeCylinders_oneMoreThanACylinder_isTwo() {
        assertEquals(2016, DiskLayout.wholeCylinders(1009));
    }

    @Test
    void sectorsFor_partialSector_roundsUp() {
        assertEquals(0, DiskLayout.sectorsFor(0));
        assertEquals(1, DiskLayout.sectorsFor(1));
        assertEquals(2, DiskLayout.sectorsFor(513));
    }
}
