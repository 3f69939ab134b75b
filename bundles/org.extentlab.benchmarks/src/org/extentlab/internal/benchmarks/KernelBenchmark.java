package org.extentlab.internal.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.ExtentPacker;
import org.extentlab.kernel.FileAttributes;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.Flags;
import org.extentlab.kernel.Replies;
import org.extentlab.kernel.VolumeItem;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.SimulatedKernel;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.TraceEvent;

/**
 * The simulated kernel's benchmarks, each with its reference measured in the same run.
 * Usage: KernelBenchmark FAT32-IMAGE-HOLDING-/big.bin SCRATCH-FAT-IMAGE. Run by releng/benchmark.sh.
 * <ol>
 * <li>protocol throughput: blockmapFile + completeIO pairs per second on one thread, each call and
 * reply recorded as trace events in memory (target: 1,000,000 pairs/s);</li>
 * <li>data path: /big.bin read through the kernel-offloaded path and through the read/write path,
 * against a plain FileChannel read of the same device bytes (target: offloaded/plain ≥ 0.8);</li>
 * <li>moments: step back and an earlier moment (the views' replay to an event) at the end of
 * histories of 10, 1,000 and 10,000 steps, each against the same at 10 steps (target: every one
 * ≤ 100 ms, and flat). A power cut is the same replay plus a copy of the image file.</li>
 * <li>a 1,000,000-operation random scenario with the invariant checker every 1,000 operations,
 * its trace counted and then kept: time, heap held at the end and peak, the kept trace's bytes
 * (target: ≤ 15 s and ≤ 500 MB).</li>
 * </ol>
 */
public final class KernelBenchmark {
    private KernelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path big = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        long operations = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        protocolThroughput(scratch);
        System.gc();
        dataPath(big);
        System.gc();
        moments(scratch);
        System.gc();
        longScenario(scratch, operations);
    }

    private static void protocolThroughput(Path image) throws IOException {
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE, new KernelSettings(), 1,
                new Trace())) {
            FileSystemModule module = simulation.module();
            Replies.Create created = module.createFile("pairs.bin", module.root(),
                    new FileAttributes(0, false, 1 << 20, 0, 0, false), null);
            VolumeItem file = created.item();
            int pairs = 2_000_000;
            double best = 0;
            for (int round = 0; round < 5; round++) {
                Trace trace = new Trace();
                long start = System.nanoTime();
                for (int i = 0; i < pairs; i++) {
                    long op = (long) round * pairs + i + 1;
                    long offset = (i & 255) * 4096L;
                    ExtentPacker packer = new ExtentPacker(8, module.sectorSize());
                    record(trace, op, "call", "blockmapFile", offset, null);
                    Replies.Blockmap map = module.blockmapFile(file, offset, 4096, Flags.READ, op, packer);
                    record(trace, op, "reply", "blockmapFile", offset, packer.extents());
                    record(trace, op, "call", "completeIO", offset, null);
                    module.completeIO(file, offset, 4096, map.error(), Flags.READ, op);
                    record(trace, op, "reply", "completeIO", offset, null);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.max(best, pairs / seconds);
                if (trace.count() != 4L * pairs) {
                    throw new IllegalStateException("lost trace events");
                }
            }
            System.out.printf(Locale.ROOT, "protocol pairs   %.0f blockmap+completeIO pairs/s (best of 5 rounds of %d, "
                    + "4 trace events each kept in memory)%n", best, pairs);
            System.out.printf(Locale.ROOT, "ratio to target  %.2f (target 1,000,000 pairs/s: >= 1.0)%n", best / 1e6);
        }
    }

    private static long sequence;

    private static void record(Trace trace, long op, String kind, String name, long offset,
            List<org.extentlab.kernel.PackedExtent> extents) {
        trace.add(new TraceEvent(++sequence, sequence * 8_000, kind, name, 1, 2, op, offset, 4096, "read", false,
                extents, null, null, -1, null));
    }

    private static void dataPath(Path image) throws IOException {
        long[] offloaded = new long[5];
        long[] readWrite = new long[5];
        long[] plain = new long[5];
        long size;
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE, new KernelSettings(), 1,
                new Trace(false))) {
            SimulatedKernel kernel = simulation.kernel();
            int fd = (int) kernel.run(kernel.open("/big.bin", false, 0)).result();
            size = kernel.endOfFile(fd);
            List<long[]> runs = simulation.module().currentMapping(
                    simulation.module().lookupItem("big.bin", simulation.module().root(), null).item());
            for (int round = -2; round < 5; round++) {
                long start = System.nanoTime();
                readAll(kernel, fd, size);
                long koio = System.nanoTime() - start;
                start = System.nanoTime();
                plainRead(image, simulation.module().volumeStart(), runs, size);
                long reference = System.nanoTime() - start;
                kernel.run(kernel.inhibit(fd, true));
                start = System.nanoTime();
                readAll(kernel, fd, size);
                long rw = System.nanoTime() - start;
                kernel.run(kernel.inhibit(fd, false));
                if (round >= 0) {
                    offloaded[round] = koio;
                    plain[round] = reference;
                    readWrite[round] = rw;
                }
            }
        }
        double mib = size / 1048576.0;
        double k = median(offloaded) / 1e9;
        double p = median(plain) / 1e9;
        double r = median(readWrite) / 1e9;
        System.out.printf(Locale.ROOT, "data path        %.0f MiB file, 1 MiB reads, median of 5%n", mib);
        System.out.printf(Locale.ROOT, "  plain channel  %.0f MiB/s (reference)%n", mib / p);
        System.out.printf(Locale.ROOT, "  offloaded      %.0f MiB/s, ratio %.2f (target >= 0.8)%n", mib / k, p / k);
        System.out.printf(Locale.ROOT, "  read/write     %.0f MiB/s, ratio %.2f (the module's copies)%n", mib / r, p / r);
    }

    private static void readAll(SimulatedKernel kernel, int fd, long size) {
        byte[] buffer = new byte[1 << 20];
        for (long at = 0; at < size; at += buffer.length) {
            SimulatedKernel.Syscall read = kernel.run(kernel.read(fd, at, buffer));
            if (read.error() != null) {
                throw new IllegalStateException("read failed: " + read.error());
            }
        }
    }

    /** The same device bytes read with a FileChannel into a 1 MiB buffer, run by run. */
    private static void plainRead(Path image, long volumeStart, List<long[]> runs, long size) throws IOException {
        byte[] into = new byte[1 << 20];
        ByteBuffer buffer = ByteBuffer.wrap(into);
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            long left = size;
            for (long[] run : runs) {
                long length = Math.min(run[2], left);
                for (long done = 0; done < length;) {
                    buffer.clear().limit((int) Math.min(into.length, length - done));
                    int got = channel.read(buffer, volumeStart + run[1] + done);
                    done += got;
                }
                left -= length;
            }
        }
    }

    private static void moments(Path image) throws Exception {
        org.extentlab.images.LoadedVolume volume = org.extentlab.images.VolumeLoader.load(image);
        double[] reference = null;
        for (int steps : new int[] { 10, 1_000, 10_000 }) {
            StringBuilder script = new StringBuilder("create /m\n");
            for (int i = 1; i < steps; i++) {
                script.append("write /m ").append((i % 64) * 4096).append(" 4K fill 0x41\n");
            }
            long plainStart = System.nanoTime();
            try (Simulation plain = Simulation.open(image, volume, AllocationPolicy.NATIVE, new KernelSettings(), 1,
                    new Trace())) {
                new ScenarioRunner(plain).run(Scenario.parse("moments", script.toString()));
            }
            double plainMs = (System.nanoTime() - plainStart) / 1e6;
            try (org.extentlab.kernel.sim.ScenarioPlayer player = org.extentlab.kernel.sim.ScenarioPlayer.open(image, volume,
                    AllocationPolicy.NATIVE, new KernelSettings(), 1)) {
                long runStart = System.nanoTime();
                player.perform(Scenario.parse("moments", script.toString()));
                double runMs = (System.nanoTime() - runStart) / 1e6;
                System.out.printf(Locale.ROOT, "history of %,6d steps: %.1f ms with checkpoints (%s), %.1f ms run plainly"
                        + " (x%.2f)%n", steps, runMs, player.checkpoints(), plainMs, runMs / plainMs);
                long events = player.simulation().kernel().trace().count();
                long[] back = new long[5];
                long[] moment = new long[5];
                for (int r = 0; r < back.length; r++) {
                    long start = System.nanoTime();
                    player.stepBack();
                    back[r] = System.nanoTime() - start;
                    player.stepForward();
                    start = System.nanoTime();
                    player.momentAt(events / 2).close();
                    moment[r] = System.nanoTime() - start;
                }
                double[] ms = { median(back) / 1e6, median(moment) / 1e6 };
                if (reference == null) {
                    reference = ms;
                }
                System.out.printf(Locale.ROOT, "moments at %,6d steps (%,d events): step back %.1f ms (x%.1f), moment at"
                        + " event %,d %.1f ms (x%.1f); target <= 100 ms each%n", steps, events, ms[0], ms[0] / reference[0],
                        events / 2, ms[1], ms[1] / reference[1]);
            }
        }
    }

    /**
     * The random scenario twice: the trace only counted (the reference), then kept as the workbench
     * keeps it. Each reports its time, the heap still held when it ends (after a collection, the
     * simulation open) and the peak; the kept run also the trace's own bytes.
     */
    private static void longScenario(Path image, long operations) throws Exception {
        double[] counted = longScenario(image, operations, false);
        System.gc();
        double[] kept = longScenario(image, operations, true);
        System.out.printf(Locale.ROOT, "long scenario    trace kept against counted: time x%.2f, heap held x%.1f; target "
                + "<= 15 s and <= 500 MB heap%n", kept[0] / counted[0], kept[1] / counted[1]);
    }

    private static double[] longScenario(Path image, long operations, boolean keep) throws Exception {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        ScenarioRunner runner;
        long events;
        long held;
        long traceBytes;
        double seconds;
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(8), 1, new Trace(keep))) {
            runner = new ScenarioRunner(simulation).checkEvery(1000);
            runner.run(Scenario.parse("benchmark", "mkdir /d\nrandom " + operations + " files 40 max-size 1M\n"));
            seconds = (System.nanoTime() - start) / 1e9;
            events = simulation.kernel().trace().count();
            traceBytes = simulation.kernel().trace().storedBytes();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            held = runtime.totalMemory() - runtime.freeMemory();
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "long scenario    %d operations (%d trace events, %s), invariant checker "
                + "every 1,000: %.1f s, %.0f operations/s, heap held at the end %.0f MB (peak %.0f MB)%s, problems %d%n",
                runner.operations(), events, keep ? "kept" : "counted", seconds, runner.operations() / seconds, held / 1e6,
                peak / 1e6, keep ? String.format(Locale.ROOT, ", the trace %.0f MB (%.1f bytes an event)", traceBytes / 1e6,
                        (double) traceBytes / events) : "", runner.problems().size());
        if (!runner.problems().isEmpty()) {
            System.out.println("  first problem: " + runner.problems().get(0));
        }
        return new double[] { seconds, held };
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
