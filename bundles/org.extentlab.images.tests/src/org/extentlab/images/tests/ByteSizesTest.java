package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.extentlab.images.ByteSizes;
import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void bytesBelowOneKibibyteAreCountedPlainly() {
        assertEquals("0 bytes", ByteSizes.describe(0));
        assertEquals("1 byte", ByteSizes.describe(1));
        assertEquals("1023 bytes", ByteSizes.brief(1023));
    }

    @Test
    void wholeUnitsHaveNoDecimalAndOthersHaveOne() {
        assertEquals("1 KiB", ByteSizes.brief(1024));
        assertEquals("1.5 KiB", ByteSizes.brief(1536));
        assertEquals("4 MiB (4,194,304 bytes)", ByteSizes.describe(4L << 20));
        assertEquals("8 EiB", ByteSizes.brief(Long.MAX_VALUE), "the largest size neither overflows nor runs out of units");
    }
}
