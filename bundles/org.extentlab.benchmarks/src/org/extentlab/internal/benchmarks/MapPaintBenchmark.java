package org.extentlab.internal.benchmarks;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.extentlab.internal.ui.MapPainter;
import org.extentlab.kernel.AllocationPolicy;
import org.extentlab.kernel.FileSystemModule;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.extentlab.kernel.sim.Trace;
import org.extentlab.kernel.sim.VolumeMapQuery;

/**
 * The Volume Map's frame on a volume of 2^24 blocks, drawn at 1600×900 as the view draws it, with its
 * references measured in the same run. Usage: MapPaintBenchmark EXT4-IMAGE-OF-2^24-BLOCKS (on an X
 * display; releng/benchmark.sh runs it under Xvfb).
 * <ol>
 * <li>the owners snapshot the session takes after each step ({@link VolumeMapQuery#of});</li>
 * <li>a frame: sampling the snapshot for the cells, painting them into pixels, making the image and
 * drawing it; at one pixel per cell (the whole volume, about 12 blocks a pixel) and at the view's
 * usual 6-pixel cells; target ≤ 16 ms;</li>
 * <li>references: drawing a ready 1600×900 image (the least a frame can cost) and the old way, a
 * rectangle call per 6-pixel cell;</li>
 * <li>while a scenario runs: a step (one write), its snapshot and a frame, repeated: frames per second
 * (target ≥ 30), and the flash overlay of the cells that changed.</li>
 * </ol>
 */
public final class MapPaintBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private MapPaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]);
        Display display = new Display();
        try (Simulation simulation = Simulation.open(image, 0, AllocationPolicy.NATIVE,
                new KernelSettings().packerCapacity(8), 1, new Trace(false))) {
            FileSystemModule module = simulation.module();
            ScenarioRunner runner = new ScenarioRunner(simulation);
            StringBuilder setup = new StringBuilder("random 3000 files 300 max-size 1M\n");
            for (int k = 0; k < 8; k++) {
                setup.append("create /step").append(k).append(" expect ok\n");
            }
            runner.run(Scenario.parse("benchmark", setup.toString()));
            if (!runner.problems().isEmpty()) {
                throw new IllegalStateException(runner.problems().get(0));
            }
            long units = module.unitCount();
            long[] snapshotTimes = new long[7];
            VolumeMapQuery map = null;
            for (int i = 0; i < snapshotTimes.length; i++) {
                long start = System.nanoTime();
                map = VolumeMapQuery.of(module);
                snapshotTimes[i] = System.nanoTime() - start;
            }
            System.out.printf(Locale.ROOT, "map volume       %s, %d blocks (2^%.1f), %d runs of one owner after 3,000 "
                    + "random operations%n", module.formatName(), units, Math.log(units) / Math.log(2), map.runCount());
            System.out.printf(Locale.ROOT, "map snapshot     %.1f ms (median of %d; taken in the step's job, not on "
                    + "the UI thread)%n", median(snapshotTimes) / 1e6, snapshotTimes.length);

            Image target = new Image(display, WIDTH, HEIGHT);
            GC gc = new GC(target);
            Image ready = new Image(display, MapPainter.render(map.cells(0, 1, 1, VolumeMapQuery.NO_HIGHLIGHT), 1, 1,
                    WIDTH, HEIGHT, 0xFFFFFF, owner -> 0x808080));
            double blit = time(40, () -> gc.drawImage(ready, 0, 0));
            double pixelFrame = time(10, () -> frame(display, gc, VolumeMapQuery.of(module), 1));
            VolumeMapQuery snapshot = VolumeMapQuery.of(module);
            double onePixel = time(40, () -> frame(display, gc, snapshot, 1));
            double sixPixel = time(40, () -> frame(display, gc, snapshot, 6));
            double naive = time(10, () -> naiveFrame(display, gc, snapshot, 6));
            System.out.printf(Locale.ROOT, "frame 1 px cells %.2f ms (%d cells, %d blocks each): %.2f of the 16 ms "
                    + "budget, %.1f× a blit of a ready image (%.2f ms)%n", onePixel, WIDTH * HEIGHT,
                    perCell(units, 1), onePixel / 16.0, onePixel / blit, blit);
            System.out.printf(Locale.ROOT, "frame 6 px cells %.2f ms (%d cells, %d blocks each): %.2f of the budget; "
                    + "a rectangle call per cell takes %.2f ms (%.1f× slower)%n", sixPixel, (WIDTH / 6) * (HEIGHT / 6),
                    perCell(units, 6), sixPixel / 16.0, naive, naive / sixPixel);
            long[] sampled = snapshot.cells(0, perCell(units, 1), WIDTH * HEIGHT, VolumeMapQuery.NO_HIGHLIGHT);
            double sampling = time(20, () -> snapshot.cells(0, perCell(units, 1), WIDTH * HEIGHT,
                    VolumeMapQuery.NO_HIGHLIGHT));
            ImageData[] painted = new ImageData[1];
            double painting = time(20, () -> painted[0] = MapPainter.render(sampled, WIDTH, 1, WIDTH, HEIGHT, 0xFFFFFF,
                    owner -> MapPainter.colourOf(owner, VolumeMapQuery.NO_HIGHLIGHT)));
            double making = time(20, () -> new Image(display, painted[0]).dispose());
            System.out.printf(Locale.ROOT, "  of which       sampling %.2f ms, painting pixels %.2f ms, making the image "
                    + "%.2f ms, drawing it %.2f ms%n", sampling, painting, making, blit);
            System.out.printf(Locale.ROOT, "frame + snapshot %.2f ms (a step's new owners and its first frame)%n",
                    pixelFrame);

            animate(display, gc, simulation, runner);
            gc.dispose();
            ready.dispose();
            target.dispose();
        } finally {
            display.dispose();
        }
    }

    /**
     * Steps run one after another on a worker thread, as the session's jobs do; each publishes its
     * snapshot. The UI thread meanwhile draws frames as the view does: a new snapshot is sampled and
     * painted once, the frames between show the image and the flash of the cells that changed.
     */
    private static void animate(Display display, GC gc, Simulation simulation, ScenarioRunner runner)
            throws InterruptedException {
        long units = simulation.module().unitCount();
        long perCell = perCell(units, 1);
        java.util.concurrent.atomic.AtomicReference<VolumeMapQuery> published = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong stepNanos = new java.util.concurrent.atomic.AtomicLong();
        long seconds = 4;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Thread worker = new Thread(() -> {
            try {
                for (int step = 0; System.nanoTime() < deadline; step++) {
                    long start = System.nanoTime();
                    synchronized (simulation) {
                        runner.run(Scenario.parse("step", "write /step" + (step % 8) + " " + step * 262144L + " 256K expect ok\n"));
                        published.set(VolumeMapQuery.of(simulation.module()));
                    }
                    stepNanos.addAndGet(System.nanoTime() - start);
                    steps.incrementAndGet();
                }
            } catch (org.extentlab.kernel.sim.ScenarioException e) {
                throw new IllegalStateException(e);
            }
        });
        VolumeMapQuery shown;
        long freeBefore;
        synchronized (simulation) {
            shown = VolumeMapQuery.of(simulation.module());
            freeBefore = simulation.module().freeBytes();
        }
        long[] cells = shown.cells(0, perCell, WIDTH * HEIGHT, VolumeMapQuery.NO_HIGHLIGHT);
        Image image = new Image(display, MapPainter.render(cells, WIDTH, 1, WIDTH, HEIGHT, 0xFFFFFF,
                owner -> MapPainter.colourOf(owner, VolumeMapQuery.NO_HIGHLIGHT)));
        int[] flashes = new int[0];
        long frames = 0;
        long newImages = 0;
        long flashed = 0;
        long worst = 0;
        worker.start();
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long frameStart = System.nanoTime();
            VolumeMapQuery next = published.getAndSet(null);
            if (next != null) {
                long[] after = next.cells(0, perCell, WIDTH * HEIGHT, VolumeMapQuery.NO_HIGHLIGHT);
                java.util.stream.IntStream.Builder changed = java.util.stream.IntStream.builder();
                for (int i = 0; i < after.length; i++) {
                    if (after[i] != cells[i]) {
                        changed.add(i);
                    }
                }
                flashes = changed.build().toArray();
                flashed += flashes.length;
                cells = after;
                image.dispose();
                image = new Image(display, MapPainter.render(cells, WIDTH, 1, WIDTH, HEIGHT, 0xFFFFFF,
                        owner -> MapPainter.colourOf(owner, VolumeMapQuery.NO_HIGHLIGHT)));
                newImages++;
            }
            gc.drawImage(image, 0, 0);
            gc.setAlpha(128);
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_YELLOW));
            for (int i : flashes) {
                gc.fillRectangle(i % WIDTH - 1, i / WIDTH - 1, 3, 3);
            }
            gc.setAlpha(255);
            frames++;
            worst = Math.max(worst, System.nanoTime() - frameStart);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        worker.join();
        image.dispose();
        if (!runner.problems().isEmpty()) {
            throw new IllegalStateException(runner.problems().get(0));
        }
        double framesPerSecond = frames / elapsed;
        System.out.printf(Locale.ROOT, "  the steps      used %d bytes of free space%n", freeBefore - simulation.module().freeBytes());
        System.out.printf(Locale.ROOT, "while running    %d steps (a 256 KiB write and the snapshot each, %.0f ms a "
                + "step) on a worker thread; the UI thread drew %.0f frames/s, %d of them from a new snapshot, "
                + "flashing %d changed cells; worst frame %.1f ms: %.1f× the 30 frames/s target%n", steps.get(),
                stepNanos.get() / 1e6 / Math.max(1, steps.get()), framesPerSecond, newImages, flashed, worst / 1e6,
                framesPerSecond / 30);
    }

    private static long perCell(long units, int pitch) {
        long slots = (long) (WIDTH / pitch) * (HEIGHT / pitch);
        return (units + slots - 1) / slots;
    }

    /** The view's frame: sample, paint the pixels, make the image, draw it. */
    private static void frame(Display display, GC gc, VolumeMapQuery map, int pitch) {
        int columns = WIDTH / pitch;
        int rows = HEIGHT / pitch;
        long[] cells = map.cells(0, perCell(map.units(), pitch), columns * rows, VolumeMapQuery.NO_HIGHLIGHT);
        ImageData data = MapPainter.render(cells, columns, pitch, WIDTH, HEIGHT, 0xFFFFFF,
                owner -> MapPainter.colourOf(owner, VolumeMapQuery.NO_HIGHLIGHT));
        Image image = new Image(display, data);
        gc.drawImage(image, 0, 0);
        image.dispose();
    }

    /** The way before: a colour and a rectangle call per cell. */
    private static void naiveFrame(Display display, GC gc, VolumeMapQuery map, int pitch) {
        int columns = WIDTH / pitch;
        int rows = HEIGHT / pitch;
        long[] cells = map.cells(0, perCell(map.units(), pitch), columns * rows, VolumeMapQuery.NO_HIGHLIGHT);
        java.util.Map<Long, org.eclipse.swt.graphics.Color> colours = new java.util.HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == VolumeMapQuery.BEYOND) {
                continue;
            }
            gc.setBackground(colours.computeIfAbsent(cells[i],
                    owner -> new org.eclipse.swt.graphics.Color(display, MapPainter.rgbOf(owner))));
            gc.fillRectangle((i % columns) * pitch, (i / columns) * pitch, pitch - 1, pitch - 1);
        }
    }

    /** Milliseconds per run of {@code body}: the median of {@code runs} after a warm-up. */
    private static double time(int runs, Runnable body) {
        for (int i = 0; i < 5; i++) {
            body.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.run();
            times[i] = System.nanoTime() - start;
        }
        return median(times) / 1e6;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
