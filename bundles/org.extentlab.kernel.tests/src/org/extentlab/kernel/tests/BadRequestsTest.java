package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.extentlab.kernel.Errno;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.SimulatedKernel;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full disk and impossible requests: each gets its error, nothing is half done (free space and
 * every file as before, the invariants hold), and the saved image still passes the format's checker.
 */
class BadRequestsTest {

    @TempDir
    Path dir;

    private Path image(String kind) throws Exception {
        Path image = dir.resolve(kind + ".img");
        switch (kind) {
        case "fat12" -> run("mkfs.fat", "-C", "-F", "12", image.toString(), "1440");
        case "ext4" -> run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "2M");
        default -> {
            Files.write(image, new byte[0]);
            run("truncate", "-s", "8M", image.toString());
            run("mkfs.exfat", image.toString());
        }
        }
        return image;
    }

    private static void assertChecked(String kind, Path saved) throws Exception {
        switch (kind) {
        case "fat12" -> Simulations.assertFsckFatClean(saved);
        case "ext4" -> assertTrue(run("e2fsck", "-fn", saved.toString()).contains("Pass 5"));
        default -> assertTrue(run("fsck.exfat", "-n", saved.toString()).contains("clean"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "fat12", "ext4", "exfat" })
    void aFullDiskRefusesWhatNeedsSpaceAndRecoversWhenSpaceIsFreed(String kind) throws Exception {
        Path saved = dir.resolve("saved.img");
        try (Simulation simulation = Simulations.open(image(kind), new KernelSettings().packerCapacity(4), 3)) {
            // ext4 extends a file without allocating (a hole); FAT and exFAT must allocate and zero.
            String extend = kind.equals("ext4") ? "ok" : "ENOSPC";
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    mkdir /d
                    create /big
                    write /big 0 16M expect ok     # a short write: what the volume holds
                    create /d/x
                    write /d/x 0 4K expect ENOSPC
                    truncate /d/x 64K expect %s
                    check
                    """.formatted(extend));
            assertEquals(List.of(), runner.problems());
            long full = simulation.module().freeBytes();
            assertTrue(full < simulation.module().allocationUnit() * 2L, "the disk is full: " + full + " bytes free");
            assertTrue(runner.model().size("/big") > 100_000, "the short write kept what fit");
            runner = Simulations.runScript(simulation, """
                    mkdir /e expect ENOSPC
                    delete /d/x
                    delete /big
                    create /d/x
                    write /d/x 0 64K expect ok
                    mkdir /e expect ok
                    verify
                    check
                    """);
            assertEquals(List.of(), runner.problems());
            simulation.kernel().saveAs(saved);
        }
        assertChecked(kind, saved);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "fat12", "ext4", "exfat" })
    void impossibleRequestsGetTheirErrorsAndChangeNothing(String kind) throws Exception {
        Path saved = dir.resolve("saved.img");
        String longName = "n".repeat(300);
        try (Simulation simulation = Simulations.open(image(kind), new KernelSettings(), 3)) {
            ScenarioRunner setUp = Simulations.runScript(simulation, """
                    mkdir /d
                    mkdir /d/e
                    create /d/f
                    write /d/f 0 3000
                    close /d/f
                    """);
            long free = simulation.module().freeBytes();
            ScenarioRunner runner = Simulations.runScript(simulation, "create /d/f expect EEXIST\n"
                    + "delete /missing expect ENOENT\n"
                    + "delete /d expect ENOTEMPTY\n"
                    + "rename /d /d/e/inside expect EINVAL\n"
                    + "create /d/" + longName + " expect ENAMETOOLONG\n"
                    + "create \"/d/a|b\" expect " + (kind.equals("ext4") ? "ok" : "EINVAL") + "\n"
                    + "read /d 0 10 expect EISDIR\n"
                    + "truncate /d/f 0x2000000000000 expect EFBIG\n"
                    + "write /nowhere/f 0 10 expect ENOENT\n"
                    + "check\n");
            assertEquals(List.of(), runner.problems());
            SimulatedKernel kernel = simulation.kernel();
            SimulatedKernel.Syscall open = kernel.run(kernel.open("/d/f", false, 0));
            assertEquals(Errno.EINVAL, kernel.run(kernel.write((int) open.result(), -1, new byte[10])).error());
            assertEquals(Errno.EBADF, kernel.run(kernel.read(999, 0, 10)).error());
            kernel.run(kernel.close((int) open.result()));
            assertEquals(free, simulation.module().freeBytes(), "no space taken or lost");
            assertEquals(3000, setUp.model().size("/d/f"));
            assertEquals(3000, kernel.endOfFile((int) kernel.run(kernel.open("/d/f", false, 0)).result()));
            assertEquals(List.of(), kernel.checkInvariants());
            kernel.saveAs(saved);
        }
        assertChecked(kind, saved);
    }

    @Test
    void aFullFat12RootDirectoryRefusesNewNamesButKeepsTheOthers() throws Exception {
        Path saved = dir.resolve("saved.img");
        int refused = 0;
        try (Simulation simulation = Simulations.open(image("fat12"), new KernelSettings(), 3)) {
            SimulatedKernel kernel = simulation.kernel();
            for (int i = 0; i < 240; i++) {
                SimulatedKernel.Syscall create = kernel.run(kernel.open("/F" + i + ".TXT", true, 0));
                if (create.error() == Errno.ENOSPC) {
                    refused++;
                } else {
                    assertEquals(null, create.error());
                    kernel.run(kernel.close((int) create.result()));
                }
            }
            assertEquals(List.of(), kernel.checkInvariants());
            kernel.saveAs(saved);
        }
        assertEquals(240 - 224, refused, "224 root entries on a 1.44 MB floppy, one per 8.3 name");
        Simulations.assertFsckFatClean(saved);
    }
}
