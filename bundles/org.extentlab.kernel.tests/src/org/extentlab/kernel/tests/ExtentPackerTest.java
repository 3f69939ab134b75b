package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.PackedExtentType;
import org.junit.jupiter.api.Test;

/** The packer's rules from the protocol: capacity, the full answer, invalid extents. */
class ExtentPackerTest {

    @Test
    void packExtentAnswersFalseWhenThePackerIsFull() {
        ExtentPacker packer = new ExtentPacker(2, 512);

        assertTrue(packer.packExtent(PackedExtentType.DATA, 0, 4096, 4096));
        assertFalse(packer.packExtent(PackedExtentType.ZERO_FILL, 4096, 777_777, 8192), "full after the second");

        assertTrue(packer.isFull());
        assertEquals(2, packer.extents().size());
        assertEquals(-1, packer.extents().get(1).physicalOffset(), "zeroFill ignores the physical offset");
        assertThrows(IllegalStateException.class, () -> packer.packExtent(PackedExtentType.DATA, 12288, 0, 512));
    }

    @Test
    void extentsLongerThanUint32OrNotSectorAlignedAreInvalid() {
        ExtentPacker packer = new ExtentPacker(8, 512);

        assertThrows(IllegalArgumentException.class,
                () -> packer.packExtent(PackedExtentType.DATA, 0, 0, ExtentPacker.MAX_EXTENT_LENGTH + 1));
        assertThrows(IllegalArgumentException.class, () -> packer.packExtent(PackedExtentType.DATA, 100, 0, 512));
        assertThrows(IllegalArgumentException.class, () -> packer.packExtent(PackedExtentType.DATA, 0, 0, 0));
        assertTrue(packer.packExtent(PackedExtentType.READ_ONLY, 0, 512, 0xFFFF_FE00L), "UINT32_MAX rounded to sectors");
        assertEquals(1, packer.extents().size(), "the invalid ones were not packed");
    }

    @Test
    void flagValuesAreFsKitsAndNameThemselves() {
        assertEquals(0x100, Flags.READ);
        assertEquals(0x200, Flags.WRITE);
        assertEquals(0x400, Flags.ASYNC);
        assertEquals("write|async", Flags.describeIo(Flags.WRITE | Flags.ASYNC));
        assertEquals("contiguous|all|persist|fromEOF", Flags.describePreallocate(0x2 | 0x4 | 0x8 | 0x10));
        assertEquals("read|0x1", Flags.describeIo(Flags.READ | 1));
    }
}
