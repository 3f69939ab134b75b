package org.extentlab.images.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.extentlab.model.bulk.ExtentRuns;
import org.extentlab.model.bulk.ExtentType;
import org.junit.jupiter.api.Test;

class ExtentRunsTest {

    @Test
    void contiguousRunsOfOneTypeMergeAndOthersDoNot() {
        ExtentRuns runs = new ExtentRuns(1);
        runs.add(0, 4096, 1024, ExtentType.DATA);
        runs.add(1024, 5120, 1024, ExtentType.DATA);
        runs.add(2048, 6144, 1024, ExtentType.UNWRITTEN);
        runs.add(3072, 9999 * 1024L, 1024, ExtentType.UNWRITTEN);

        assertEquals("[0+2048 data@4096] [2048+1024 unwritten@6144] [3072+1024 unwritten@10238976] ",
                Truth.describe(runs));
    }

    @Test
    void normalisingSortsAndFillsHolesUpToTheLastBlockOnly() {
        ExtentRuns runs = new ExtentRuns();
        runs.add(8192, 100_000, 1024, ExtentType.DATA);
        runs.add(0, 50_000, 1024, ExtentType.DATA);
        runs.add(1 << 20, 200_000, 4096, ExtentType.UNWRITTEN);

        ExtentRuns normal = runs.normalized(9000, 1024);

        assertEquals("[0+1024 data@50000] [1024+7168 hole@-1] [8192+1024 data@100000] "
                + "[1048576+4096 unwritten@200000] ", Truth.describe(normal),
                "holes up to 9 KiB (size rounded to the block), none between that and the preallocation");
    }

    @Test
    void aSingleRunCoveringTheFileIsAlreadyNormalAndTypesSurviveThePacking() {
        ExtentRuns runs = new ExtentRuns(1);
        runs.add(0, 1L << 40, (1L << 59) + 5, ExtentType.UNWRITTEN);

        assertSame(runs, runs.normalized(1000, 4096));
        assertEquals(ExtentType.UNWRITTEN, runs.type(0));
        assertEquals((1L << 59) + 5, runs.length(0));
        ExtentRuns huge = new ExtentRuns(1);
        huge.add(0, -1, (1L << 60) + 5, ExtentType.HOLE);
        assertEquals(2, huge.size(), "a run beyond the packed length is kept in two pieces");
        assertEquals((1L << 60) + 5, huge.length(0) + huge.length(1));
    }

    @Test
    void aMapWhoseHolesAreAlreadyFilledIsNormalisedInPlaceAndAgreesWithTheRebuild() {
        ExtentRuns filled = new ExtentRuns(1);
        ExtentRuns bare = new ExtentRuns(1);
        for (int i = 0; i < 1000; i++) {
            filled.add(2048L * i, 4096 + 1024L * i, 1024, ExtentType.DATA);
            filled.add(2048L * i + 1024, -1, 1024, ExtentType.HOLE);
            bare.add(2048L * (999 - i), 4096 + 1024L * (999 - i), 1024, ExtentType.DATA); // backwards: rebuilt
        }
        long end = 2048L * 999 + 1024 + 3072; // the size below, rounded up to the block
        filled.add(2048L * 1000, -1, end - 2048L * 1000, ExtentType.HOLE); // the reader fills up to the end
        filled.add(1 << 22, 10_000_000, 4096, ExtentType.UNWRITTEN); // allocated past the end: kept, no hole

        ExtentRuns same = filled.normalized(2048L * 999 + 1024 + 3000, 1024);
        ExtentRuns rebuilt = bare.normalized(2048L * 999 + 1024 + 3000, 1024);

        assertSame(filled, same);
        rebuilt.add(1 << 22, 10_000_000, 4096, ExtentType.UNWRITTEN);
        assertEquals(Truth.describe(rebuilt), Truth.describe(same));
        assertEquals(ExtentType.HOLE, same.type(same.size() - 2), "the tail hole up to the last block");
        assertEquals(end, same.logical(same.size() - 2) + same.length(same.size() - 2));
    }
}
