package org.extentlab.kernel.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.FreeSpace;
import org.extentlab.kernel.PackedExtent;
import org.extentlab.kernel.Replies;
import org.extentlab.kernel.VolumeItem;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.TimelineQuery;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.TraceEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule of the kernel-offloaded I/O protocol, run as a contract against every module:
 * FAT12, FAT16 and FAT32 made by mkfs.fat, exFAT by mkfs.exfat, ext4 by mke2fs, each with 4 KiB
 * allocation units. The module's rules are called directly, the kernel's
 * through system calls and the trace. A few expectations hold on some formats only; those tests say
 * so and are skipped, with the reason, on the others.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(ProtocolRulesTest.Kind.class)
class ProtocolRulesTest {
    private static final int CLUSTER = 4096;

    /** The volumes the contract runs on. */
    enum Kind {
        FAT12, FAT16, FAT32, EXFAT, EXT4
    }

    @org.junit.jupiter.params.Parameter
    Kind kind;

    @TempDir
    Path dir;
    private Path image;

    @BeforeEach
    void makeImage() throws Exception {
        image = switch (kind) {
        case FAT12 -> Simulations.fat(dir, 12, 12000, 8);
        case FAT16 -> Simulations.fat(dir, 16, 16384, 8);
        case FAT32 -> Simulations.fat(dir, 32, 300 * 1024, 8);
        case EXFAT -> {
            Path made = dir.resolve("exfat.img");
            org.extentlab.images.tests.ExternalTools.run("truncate", "-s", "32M", made.toString());
            org.extentlab.images.tests.ExternalTools.run("mkfs.exfat", "-c", "4K", made.toString());
            yield made;
        }
        case EXT4 -> {
            Path made = dir.resolve("ext4.img");
            org.extentlab.images.tests.ExternalTools.run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "4096", made.toString(),
                    "32M");
            yield made;
        }
        };
    }

    /**
     * Why some expectations are stated for FAT and exFAT only: a FAT or exFAT file has no holes, so a
     * file created with a size, or a write far past the end, takes every cluster up to there (and an
     * offset past the free space is ENOSPC); ext4 leaves holes, taking no block in between. These tests
     * lay out or fill the volume that way. Ext4Test holds ext4's own allocation rules.
     */
    private static final String EXT4_ALLOCATES_OTHERWISE = "the test counts on a file without holes (a size or an"
            + " offset taking every unit up to it); ext4 leaves holes";

    /** Runs the rest of the test only on {@code kinds}, for the reason given (shown as the test's skip). */
    private void holdsOn(String why, Kind... kinds) {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.Arrays.asList(kinds).contains(kind), kind + ": " + why);
    }

    private Simulation open(int capacity) throws Exception {
        return Simulations.open(image, new KernelSettings().packerCapacity(capacity), 7);
    }

    private static ExtentPacker packer(FileSystemModule module, int capacity) {
        return new ExtentPacker(capacity, module.sectorSize());
    }

    private static VolumeItem create(FileSystemModule module, String name, long size) {
        Replies.Create reply = module.createFile(name, module.root(), new FileAttributes(0, false, size, 0, 0, false),
                packer(module, 64));
        assertNull(reply.error(), name);
        return reply.item();
    }

    private static List<TraceEvent> events(Trace trace, String kind, String name) {
        return trace.events().stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).toList();
    }

    private static List<TraceEvent> ofTask(Trace trace, int task, String kind, String name) {
        return events(trace, kind, name).stream().filter(e -> e.task() == task).toList();
    }

    /** The task number of the last system call named {@code name}. */
    private static int lastTask(Trace trace, String name) {
        List<TraceEvent> calls = events(trace, "syscall", name);
        return calls.get(calls.size() - 1).task();
    }

    private static void assertNoProblems(ScenarioRunner runner) {
        assertEquals(List.of(), runner.problems());
    }

    @Test
    void continuationBlockmapsKeepTheOperationIdAndAskFromTheEndOfWhatWasMapped() throws Exception {
        try (Simulation simulation = open(2)) {
            StringBuilder script = new StringBuilder("create /a\ncreate /b\n");
            for (int i = 0; i < 8; i++) {
                script.append("write /a ").append(i * CLUSTER).append(" 4K\nwrite /b ").append(i * CLUSTER).append(" 4K\n");
            }
            script.append("close /a\nclose /b\nread /a 0 32K\n");
            ScenarioRunner runner = Simulations.runScript(simulation, script.toString());
            assertNoProblems(runner);
            Trace trace = simulation.kernel().trace();
            int read = lastTask(trace, "read");
            List<TraceEvent> lookup = ofTask(trace, lastTask(trace, "open"), "reply", "lookupItem");
            assertEquals(2, lookup.get(lookup.size() - 1).extents().size(), "the lookup packed the first 2 fragments");
            List<TraceEvent> calls = ofTask(trace, read, "call", "blockmapFile");
            List<TraceEvent> replies = ofTask(trace, read, "reply", "blockmapFile");
            assertEquals(3, calls.size(), "6 more fragments, 2 per packer");
            assertEquals(2 * CLUSTER, calls.get(0).offset(), "the first call asks for what the lookup did not map");
            long operation = calls.get(0).operationId();
            assertTrue(operation > 0);
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(operation, calls.get(i).operationId(), "call " + i + " keeps the operation ID");
                assertEquals(i > 0, calls.get(i).continuation(), "call " + i);
                assertEquals(2, replies.get(i).extents().size());
                if (i > 0) {
                    PackedExtent last = replies.get(i - 1).extents().get(1);
                    assertEquals(last.logicalEnd(), calls.get(i).offset(), "asks from the end of what was mapped");
                    assertEquals(32 * 1024 - last.logicalEnd(), calls.get(i).length(), "for the rest");
                }
            }
            List<TraceEvent> completions = ofTask(trace, read, "call", "completeIO");
            assertEquals(1, completions.size());
            assertEquals(operation, completions.get(0).operationId());
            assertEquals(2, simulation.kernel().counters().continuations);
        }
    }

    @Test
    void lengthZeroSucceedsWithNoExtents() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "z", 8192);
            ExtentPacker packer = packer(module, 8);
            Replies.Blockmap reply = module.blockmapFile(file, 0, 0, Flags.WRITE, 5, packer);
            assertNull(reply.error());
            assertEquals(List.of(), packer.extents());
            assertNotNull(reply.freeSpace());
        }
    }

    @Test
    void neitherReadNorWriteWithAnOperationIdIsEinvalButMappingOnlyIsAllowed() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "f", 8192);
            assertEquals(Errno.EINVAL, module.blockmapFile(file, 0, 4096, 0, 9, packer(module, 8)).error());
            ExtentPacker packer = packer(module, 8);
            assertNull(module.blockmapFile(file, 0, 4096, 0, 0, packer).error());
            assertEquals(1, packer.extents().size());
        }
    }

    @Test
    void rangeBeyondTheMaximumFileSizeIsEfbig() throws Exception {
        holdsOn("the range is past FAT's 4 GiB limit; exFAT's and ext4's lie far beyond this volume's free space",
                Kind.FAT12, Kind.FAT16, Kind.FAT32);
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "big", 0);
            assertEquals(Errno.EFBIG,
                    module.blockmapFile(file, 0xFFFF_F000L, 0x2000, Flags.WRITE, 3, packer(module, 8)).error());
            assertEquals(0, module.attributes(file).allocatedSize(), "nothing allocated");
        }
    }

    @Test
    void readAtOrPastTheAllocatedSizeIsEinval() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "r", 5000);
            assertEquals(2 * CLUSTER, module.attributes(file).allocatedSize());
            assertNull(module.blockmapFile(file, CLUSTER, 100, Flags.READ, 4, packer(module, 8)).error());
            assertEquals(Errno.EINVAL, module.blockmapFile(file, 2 * CLUSTER, 100, Flags.READ, 5, packer(module, 8)).error());
        }
    }

    @Test
    void writePastTheAllocationAllocatesAndMayStopShortOfTheRequest() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            long free = module.freeBytes();
            create(module, "filler", free - 3 * CLUSTER);
            ScenarioRunner runner = Simulations.runScript(simulation, "create /x\nwrite /x 0 64K expect ok\nread /x 0 64K\n");
            assertNoProblems(runner);
            assertEquals(3 * CLUSTER, runner.model().size("/x"), "a short write of what could be allocated");
            assertEquals(0, module.freeBytes());
            Trace trace = simulation.kernel().trace();
            assertEquals(3L * CLUSTER, events(trace, "return", "write").get(0).size(), "write returned 12 KiB");
        }
    }

    @Test
    void enospcWhenEvenTheOffsetCannotBeReachedRollsBackTheAllocation() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            long free = module.freeBytes();
            VolumeItem file = create(module, "far", 0);
            ExtentPacker packer = packer(module, 8);
            Replies.Blockmap reply = module.blockmapFile(file, free + CLUSTER, CLUSTER, Flags.WRITE, 11, packer);
            assertEquals(Errno.ENOSPC, reply.error());
            assertEquals(free, module.freeBytes(), "every cluster taken by the call is given back");
            assertEquals(0, module.attributes(file).allocatedSize());
            assertEquals(List.of(), packer.extents());
            assertEquals(List.of(), module.checkInvariants());
            // And through the kernel: the write fails, nothing changes.
            ScenarioRunner runner = Simulations.runScript(simulation, "create /y\nwrite /y " + (free + CLUSTER)
                    + " 4K expect ENOSPC\n");
            assertNoProblems(runner);
            assertEquals(free, module.freeBytes());
        }
    }

    @Test
    void sizeGrowsInMemoryAtTheWriteBlockmapAndReachesTheDirectoryEntryAtCompleteIO() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "grow", 0);
            assertNull(module.blockmapFile(file, 0, 10_000, Flags.WRITE, 21, packer(module, 8)).error());
            assertEquals(10_000, module.attributes(file).size(), "in memory");
            assertEquals(0, sizeOnDevice(simulation, "grow"), "not yet in the directory entry");
            Replies.Complete done = module.completeIO(file, 0, 10_000, null, Flags.WRITE, 21);
            assertNull(done.error());
            assertEquals(10_000, done.attributes().size());
            assertEquals(10_000, sizeOnDevice(simulation, "grow"), "persisted at completeIO");
        }
    }

    /** The size on the device (directory entry, inode), as a module opened afresh on the same overlay reads it. */
    private static long sizeOnDevice(Simulation simulation, String name) throws Exception {
        FileSystemModule fresh = Simulation.module(simulation.overlay(), simulation.volume(), AllocationPolicy.NATIVE);
        Replies.Lookup found = fresh.lookupItem(name, fresh.root(), null);
        assertNull(found.error(), name + " is on the device");
        return found.attributes().size();
    }

    @Test
    void completeIOWithoutBlockmapEndsAnOverwriteInsideMappedSpace() throws Exception {
        try (Simulation simulation = open(8)) {
            ScenarioRunner runner = Simulations.runScript(simulation, "create /o\nwrite /o 0 8K\nwrite /o 0 4K\nread /o 0 8K\n");
            assertNoProblems(runner);
            Trace trace = simulation.kernel().trace();
            int overwrite = events(trace, "syscall", "write").get(1).task();
            assertEquals(List.of(), ofTask(trace, overwrite, "call", "blockmapFile"), "the kernel had the mapping");
            List<TraceEvent> completions = ofTask(trace, overwrite, "call", "completeIO");
            assertEquals(1, completions.size());
            assertEquals(0, completions.get(0).operationId(), "operation ID 0: no blockmap began it");
        }
    }

    @Test
    void failedCompleteIORevertsTheSizeOnlyWhenNoOtherWriteIsInFlight() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            long free = module.freeBytes();
            VolumeItem file = create(module, "w", 0);
            assertNull(module.blockmapFile(file, 0, CLUSTER, Flags.WRITE, 1, packer(module, 8)).error());
            assertNull(module.blockmapFile(file, CLUSTER, CLUSTER, Flags.WRITE, 2, packer(module, 8)).error());
            module.completeIO(file, 0, CLUSTER, Errno.EIO, Flags.WRITE, 1);
            assertEquals(2 * CLUSTER, module.attributes(file).size(), "operation 2 is still in flight: no revert");
            assertEquals(2 * CLUSTER, module.attributes(file).allocatedSize());
            assertNull(module.completeIO(file, CLUSTER, CLUSTER, null, Flags.WRITE, 2).error());
            assertEquals(2 * CLUSTER, module.attributes(file).size());

            assertNull(module.blockmapFile(file, 2 * CLUSTER, 2 * CLUSTER, Flags.WRITE, 3, packer(module, 8)).error());
            assertEquals(4 * CLUSTER, module.attributes(file).size());
            module.completeIO(file, 2 * CLUSTER, 2 * CLUSTER, Errno.EIO, Flags.WRITE, 3);
            assertEquals(2 * CLUSTER, module.attributes(file).size(), "alone and it grew the file: reverted");
            assertEquals(2 * CLUSTER, module.attributes(file).allocatedSize(), "and its clusters freed");
            assertEquals(free - 2 * CLUSTER, module.freeBytes());
            assertEquals(List.of(), module.checkInvariants());
        }
    }

    @Test
    void completeIOWithAnUnknownOperationIdIsEinval() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "u", 4096);
            assertEquals(Errno.EINVAL, module.completeIO(file, 0, 4096, null, Flags.WRITE, 777).error());
            assertNull(module.completeIO(file, 0, 4096, null, Flags.WRITE, 0).error(), "0 is not unknown");
        }
    }

    @Test
    void writeStartingPastEndOfFileLeavesZerosInTheGapEvenOverOldData() throws Exception {
        Simulation simulation = Simulation.open(image, 0, AllocationPolicy.FIRST_FIT, new KernelSettings(), 3, new Trace());
        try (simulation) {
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /old
                    write /old 0 64K      # random bytes in the first clusters
                    delete /old
                    create /sparse
                    preallocate /sparse 64K   # the same clusters, first fit, mapped by the kernel
                    write /sparse 40000 100   # past EOF, inside the retained mapping
                    read /sparse 0 41000
                    create /far
                    write /far 300K 10        # past EOF, beyond any mapping
                    read /far 0 310K
                    """);
            assertNoProblems(runner);
            assertArrayEquals(new byte[40_000], java.util.Arrays.copyOf(runner.model().content("/sparse"), 40_000));
        }
    }

    @Test
    void preallocateAllIsAllOrNothingContiguousFindsOneRunAndTheSizeStays() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(64)) {
            FileSystemModule module = simulation.module();
            // Fragment the free space: a hole of 2 clusters between files, then 40 free clusters after.
            VolumeItem a = create(module, "a", 2 * CLUSTER);
            VolumeItem gap = create(module, "gap", 2 * CLUSTER);
            create(module, "b", 2 * CLUSTER);
            module.removeItem(gap, "gap", module.root());
            ExtentPacker contiguous = packer(module, 64);
            Replies.Preallocate one = module.preallocateSpace(a, 0, 4 * CLUSTER, Flags.FROM_EOF | Flags.CONTIGUOUS, contiguous);
            assertNull(one.error());
            assertEquals(4 * CLUSTER, one.bytesAllocated());
            assertEquals(2 * CLUSTER, one.attributes().size(), "preallocation does not change the size");
            assertEquals(6 * CLUSTER, one.attributes().allocatedSize());
            long free = module.freeBytes();
            Replies.Preallocate tooMuch = module.preallocateSpace(a, 0, free + CLUSTER, Flags.FROM_EOF | Flags.ALL,
                    packer(module, 64));
            assertEquals(Errno.ENOSPC, tooMuch.error());
            assertEquals(free, module.freeBytes(), "all or nothing");
            Replies.Preallocate some = module.preallocateSpace(a, 0, free + CLUSTER, Flags.FROM_EOF, null);
            assertNull(some.error());
            assertEquals(free, some.bytesAllocated(), "without all: what there is");
            assertEquals(0, module.freeBytes());
            module.reclaimItem(a);
            assertEquals(2 * CLUSTER, module.attributes(a).allocatedSize(), "released when the item is reclaimed");
            assertEquals(List.of(), module.checkInvariants());
            long runs = contiguous.extents().size();
            assertEquals(1, runs, "contiguous: one run, past the 2-cluster hole");
        }
    }

    @Test
    void createFilePacksExtentsOnlyWhenTheSizeIsAboveZero() throws Exception {
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            ExtentPacker empty = packer(module, 8);
            module.createFile("e", module.root(), new FileAttributes(0, false, 0, 0, 0, false), empty);
            assertEquals(List.of(), empty.extents());
            ExtentPacker sized = packer(module, 8);
            Replies.Create reply = module.createFile("s", module.root(), new FileAttributes(0, false, 10_000, 0, 0, false), sized);
            assertEquals(1, sized.extents().size());
            assertEquals(3 * CLUSTER, sized.extents().get(0).length());
            assertEquals(10_000, reply.attributes().size());
            assertNotNull(reply.directoryAttributes());
        }
    }

    @Test
    void lookupPacksExtentsOpportunisticallySoTheFirstReadNeedsNoBlockmap() throws Exception {
        try (Simulation simulation = open(8)) {
            ScenarioRunner runner = Simulations.runScript(simulation, "create /l 20K\nclose /l\nread /l 0 20K\n");
            assertNoProblems(runner);
            Trace trace = simulation.kernel().trace();
            int read = lastTask(trace, "read");
            List<TraceEvent> lookups = ofTask(trace, lastTask(trace, "open"), "reply", "lookupItem");
            assertEquals(1, lookups.size());
            assertEquals(1, lookups.get(0).extents().size(), "the lookup reply carries the file's extent");
            assertEquals(List.of(), ofTask(trace, read, "call", "blockmapFile"));
        }
    }

    @Test
    void packingGoesBeyondTheRequestedRangeAndTheKernelKeepsIt() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(8)) {
            FileSystemModule module = simulation.module();
            VolumeItem file = create(module, "long", 1 << 20);
            ExtentPacker packer = packer(module, 8);
            assertNull(module.blockmapFile(file, 0, 4096, Flags.READ, 0, packer).error());
            assertEquals(1 << 20, packer.extents().get(0).length(), "to the end of the allocation");
        }
    }

    @Test
    void inhibitedItemsTakeTheReadWritePathUnlessTheObservedSwitchSendsWritesToBlockmap() throws Exception {
        try (Simulation simulation = open(8)) {
            ScenarioRunner runner = Simulations.runScript(simulation,
                    "create /i\ninhibit /i on\nwrite /i 0 20K\nread /i 0 20K\n");
            assertNoProblems(runner);
            assertEquals(0, simulation.kernel().counters().blockmaps);
            assertEquals(2, simulation.kernel().counters().readWriteCalls);
            assertTrue(simulation.module().counters().bytesCopied >= 2 * 2 * 20 * 1024, "the module copied the data twice each way");
            runner = Simulations.runScript(simulation, "switch inhibited-writes-blockmap on\nwrite /i 20K 4K\n");
            assertNoProblems(runner);
            assertEquals(1, simulation.kernel().counters().blockmaps, "the write reached blockmapFile");
        }
    }

    @Test
    void staleRetainedMappingsAreDetectedWhenTheKernelKeepsThemAcrossTruncate() throws Exception {
        String script = """
                create /a
                write /a 0 8K
                truncate /a 0
                create /b
                write /b 0 8K
                write /a 0 4K
                read /b 0 8K
                """;
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.FIRST_FIT, new KernelSettings(), 3, new Trace())) {
            ScenarioRunner runner = Simulations.runScript(simulation, script);
            assertNoProblems(runner);
            assertEquals(0, simulation.kernel().counters().staleTransfers);
            assertEquals(1, events(simulation.kernel().trace(), "invalidate", "mapping").size());
        }
        KernelSettings buggy = new KernelSettings().set(KernelSettings.Switch.KEEP_STALE_MAPPINGS, true);
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.FIRST_FIT, buggy, 3, new Trace())) {
            ScenarioRunner runner = Simulations.runScript(simulation, script);
            assertEquals(1, simulation.kernel().counters().staleTransfers);
            TraceEvent stale = events(simulation.kernel().trace(), "stale", "mapping").get(0);
            assertTrue(stale.detail().contains("the module has nothing there"), stale.detail());
            assertFalse(simulation.kernel().checkInvariants().isEmpty(), "the checker reports the stale mapping");
            assertTrue(runner.problems().stream().anyMatch(p -> p.contains("/b: read")),
                    "the write through the stale mapping landed in /b: " + runner.problems());
        }
    }

    @Test
    void everyReplyCarriesFreeSpaceWithSequenceNumbersThatNeverGoBack() throws Exception {
        try (Simulation simulation = open(3)) {
            ScenarioRunner runner = Simulations.runScript(simulation, "random 400 files 6\n");
            assertNoProblems(runner);
            long sequence = -1;
            int replies = 0;
            for (TraceEvent event : simulation.kernel().trace().events()) {
                if (event.kind().equals("reply") && Set.of("blockmapFile", "completeIO", "createFile",
                        "preallocateSpace").contains(event.name())) {
                    replies++;
                    assertNotNull(event.freeSpace(), event.toJson());
                    if (event.freeSpace().kind() == FreeSpace.Kind.VALUE) {
                        assertTrue(event.freeSpace().sequence() >= sequence, event.toJson());
                        sequence = event.freeSpace().sequence();
                    }
                }
            }
            assertTrue(replies > 200, "replies seen: " + replies);
        }
    }

    @Test
    void log2physIsAMappingOnlyBlockmapAndCanBeSwitchedToUnsupported() throws Exception {
        try (Simulation simulation = open(8)) {
            ScenarioRunner runner = Simulations.runScript(simulation, "create /p 16K\nclose /p\nlog2phys /p 5000\n");
            assertNoProblems(runner);
            Trace trace = simulation.kernel().trace();
            int query = lastTask(trace, "log2phys");
            List<TraceEvent> maps = ofTask(trace, query, "call", "blockmapFile");
            assertEquals(1, maps.size());
            assertEquals(0, maps.get(0).operationId());
            assertEquals(List.of(), ofTask(trace, query, "call", "completeIO"), "no completeIO follows operation 0");
            long physical = ofTask(trace, query, "return", "log2phys").get(0).size();
            assertEquals(simulation.module().physicalOffset(simulation.module().lookupItem("p", simulation.module().root(),
                    null).item(), 5000), physical);
            runner = Simulations.runScript(simulation, "switch log2phys-unsupported on\nlog2phys /p 0 expect ENOTSUP\n");
            assertNoProblems(runner);
        }
    }

    @Test
    void aFailedWriteBlockmapCanReturnZeroBytesWithoutAnErrorUnderTheObservedSwitch() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(8)) {
            long far = simulation.module().freeBytes() + CLUSTER;
            ScenarioRunner runner = Simulations.runScript(simulation,
                    "create /q\nwrite /q " + far + " 4K expect ENOSPC\nswitch silent-zero-byte-write on\nwrite /q " + far
                            + " 4K expect ok\n");
            assertEquals(1, runner.problems().size(), runner.problems().toString());
            assertTrue(runner.problems().get(0).contains("returned 0 bytes and no error"));
        }
    }

    @Test
    void injectedCompleteIOErrorFailsTheWriteRevertsTheSizeAndDropsTheMapping() throws Exception {
        try (Simulation simulation = open(8)) {
            long free = simulation.module().freeBytes();
            ScenarioRunner runner = Simulations.runScript(simulation,
                    "create /f\nfault complete-io EIO\nwrite /f 0 12K expect EIO\nread /f 0 12K\n");
            assertNoProblems(runner);
            assertEquals(free, simulation.module().freeBytes(), "the clusters of the failed write are free again");
            assertEquals(1, events(simulation.kernel().trace(), "invalidate", "mapping").size());
            assertEquals(List.of(), simulation.kernel().checkInvariants());
        }
    }

    @Test
    void theTimelineShowsEachKindOfIoAsItHappened() throws Exception {
        holdsOn(EXT4_ALLOCATES_OTHERWISE, Kind.FAT12, Kind.FAT16, Kind.FAT32, Kind.EXFAT);
        try (Simulation simulation = open(2)) {
            long far = simulation.module().freeBytes() + CLUSTER;
            StringBuilder script = new StringBuilder("create /a\ncreate /b\n");
            for (int i = 0; i < 6; i++) {
                script.append("write /a ").append(i * CLUSTER).append(" 4K\nwrite /b ").append(i * CLUSTER).append(" 4K\n");
            }
            script.append("close /a\nread /a 0 24K\n")                         // offloaded, with continuations
                    .append("write /a 0 100\n")                                  // completeIO without blockmap
                    .append("log2phys /a 0\n")                                   // mapping only
                    .append("fault complete-io EIO\nwrite /b 24K 4K expect EIO\n") // failed at completeIO
                    .append("write /b " + far + " 4K expect ENOSPC\n")         // failed at blockmap
                    .append("create /c\ninhibit /c on\nwrite /c 0 5000\n");   // read/write path
            ScenarioRunner runner = Simulations.runScript(simulation, script.toString());
            assertEquals(List.of(), runner.problems());
            List<TimelineQuery.Span> spans = TimelineQuery.spans(simulation.kernel().trace());
            Map<TimelineQuery.Kind, Long> kinds = spans.stream()
                    .collect(Collectors.groupingBy(TimelineQuery.Span::kind, Collectors.counting()));
            assertEquals(4, kinds.size(), "all four kinds: " + kinds);
            assertTrue(spans.stream().anyMatch(s -> s.blockmaps() == 2 && !s.write() && s.error() == null),
                    "the fragmented read: one operation, two blockmaps (the lookup packed the first two extents)");
            assertTrue(spans.stream().anyMatch(s -> s.error() == Errno.EIO && s.write()), "the failed completeIO");
            assertTrue(spans.stream().anyMatch(s -> s.error() == Errno.ENOSPC), "the failed blockmap");
            for (var span : spans) {
                assertTrue(span.end() >= span.start(), span.toString());
            }
            assertEquals(3, TimelineQuery.lanes(spans).size(), "a lane per file");
        }
    }

    @Test
    void severalOperationsInFlightOnOneFileHaveDistinctOperationIds() throws Exception {
        try (Simulation simulation = open(2)) {
            ScenarioRunner runner = Simulations.runScript(simulation, """
                    create /p
                    create /q
                    parallel
                      write /p 0 16K
                      write /p 16K 16K
                      write /q 0 32K
                      write /p 32K 8K
                    end
                    verify
                    """);
            assertNoProblems(runner);
            Set<Long> ids = new HashSet<>();
            int inFlight = 0;
            int most = 0;
            for (TraceEvent event : simulation.kernel().trace().events()) {
                if (event.kind().equals("call") && event.name().equals("blockmapFile") && !event.continuation()) {
                    assertTrue(ids.add(event.operationId()), "a new operation ID for each write");
                    most = Math.max(most, ++inFlight);
                } else if (event.kind().equals("reply") && event.name().equals("completeIO") && event.operationId() != 0) {
                    inFlight--;
                }
            }
            assertTrue(ids.size() >= 3, "operation IDs: " + ids);
            assertTrue(most >= 2, "writes overlapped: at most " + most + " in flight");
            assertEquals(List.of(), simulation.kernel().checkInvariants());
        }
    }
}
