package org.extentlab.internal.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;

/**
 * Loads an image fully with Extent Lab's reader and compares the time with {@code e2fsck -fn} on the
 * same image, measured in the same run, and reports the heap the loaded volume keeps; then what a
 * scenario runner's content model of the files already on the image costs against that load.
 * Usage: ImageLoadBenchmark IMAGE [ROUNDS]. Run by releng/benchmark.sh, not by the test suite.
 */
public final class ImageLoadBenchmark {
    private ImageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // Warm-up: class loading and the JIT's second tier, which the recursive walk reaches late;
        // at least 20 loads and 8 seconds.
        long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        for (int i = 0; i < 20 || System.nanoTime() < warmUntil; i++) {
            VolumeLoader.load(image);
        }
        long[] load = new long[rounds];
        long[] fsck = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            VolumeLoader.load(image);
            load[i] = System.nanoTime() - start;
            fsck[i] = timeFsck(image);
        }
        long retained = retainedBytes(image);
        LoadedVolume last = VolumeLoader.load(image);
        long extents = last.files().stream().mapToLong(f -> f.extents().size()).sum();
        long largest = last.files().stream().mapToLong(f -> f.extents().size()).max().orElse(0);
        double loadMedian = median(load) / 1e6;
        double fsckMedian = median(fsck) / 1e6;
        System.out.printf(Locale.ROOT, "image            %s%n", image);
        System.out.printf(Locale.ROOT, "files            %d (%d extent runs, largest file %d runs)%n",
                last.files().size(), extents, largest);
        System.out.printf(Locale.ROOT, "load, median     %.1f ms over %d rounds (warm JVM)%n", loadMedian, rounds);
        System.out.printf(Locale.ROOT, "e2fsck -fn       %.1f ms median, same rounds%n", fsckMedian);
        System.out.printf(Locale.ROOT, "ratio load/fsck  %.2f (target <= 1.0)%n", loadMedian / fsckMedian);
        System.out.printf(Locale.ROOT, "retained heap    %.1f MB (target <= 200 MB)%n", retained / 1e6);
        contentModel(image, last, rounds, loadMedian);
    }

    /**
     * What a scenario runner costs on the volume before it reads anything: its content model knows every
     * file already on the image, whose bytes it reads only when a file is first read or changed. Timed
     * against the volume's load in the same run, then one file read through the kernel and checked.
     */
    private static void contentModel(Path image, LoadedVolume volume, int rounds, double loadMedian) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Simulation simulation = Simulation.open(image, volume, AllocationPolicy.NATIVE, new KernelSettings(), 1,
                new Trace(false))) {
            for (int i = 0; i < 20; i++) {
                new ScenarioRunner(simulation);
            }
            long[] start = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long begin = System.nanoTime();
                new ScenarioRunner(simulation);
                start[i] = System.nanoTime() - begin;
            }
            VolumeFile file = volume.files().get(volume.files().size() / 2);
            long[] index = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                ScenarioRunner fresh = new ScenarioRunner(simulation);
                long begin = System.nanoTime();
                fresh.model().size(file.path()); // the first file asked for indexes them all
                index[i] = System.nanoTime() - begin;
            }
            settle();
            long before = memory.getHeapMemoryUsage().getUsed();
            ScenarioRunner runner = new ScenarioRunner(simulation);
            runner.model().size(file.path());
            settle();
            long held = memory.getHeapMemoryUsage().getUsed() - before;
            long begin = System.nanoTime();
            long length = Math.max(1, Math.min(file.size(), 1 << 20));
            runner.run(Scenario.parse("read", "read \"" + file.path() + "\" 0 " + length + "\n"));
            long read = System.nanoTime() - begin;
            if (!runner.problems().isEmpty() || !runner.failures().isEmpty()) {
                throw new IllegalStateException("reading " + file.path() + ": " + runner.problems() + runner.failures());
            }
            double median = median(start) / 1e6;
            double indexMedian = median(index) / 1e6;
            System.out.printf(Locale.ROOT, "runner start     %.2f ms median, the image's files not indexed yet; ratio to the "
                    + "load %.3f (target <= 0.05)%n", median, median / loadMedian);
            System.out.printf(Locale.ROOT, "content model    %.1f ms median to index %d files when the first is asked for, "
                    + "none read; %.1f MB held; ratio to the load %.2f (target <= 1.0)%n", indexMedian,
                    volume.files().size(), held / 1e6, indexMedian / loadMedian);
            System.out.printf(Locale.ROOT, "first read       %s, %d bytes, checked against the image: %.1f ms%n",
                    file.path(), length, read / 1e6);
        }
    }

    private static long timeFsck(Path image) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("e2fsck", "-fn", image.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("e2fsck -fn did not pass on " + image);
        }
        return System.nanoTime() - start;
    }

    /** Heap in use with one loaded volume held, less the heap in use without it. */
    private static long retainedBytes(Path image) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settle();
        long before = memory.getHeapMemoryUsage().getUsed();
        LoadedVolume held = VolumeLoader.load(image);
        settle();
        long after = memory.getHeapMemoryUsage().getUsed();
        if (held.files() == null) {
            throw new IllegalStateException("keeps the volume reachable until measured");
        }
        return after - before;
    }

    private static void settle() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
