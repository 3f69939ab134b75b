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
}
