package org.extentlab.kernel.sim;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.extentlab.images.ImageSource;
import org.extentlab.kernel.BlockOverlay;
import org.extentlab.kernel.FileSystemModule;

/**
 * A simulation's whole state between two steps, to start from again instead of replaying the steps
 * before it: the device as an overlay snapshot (shared pages, no copy), and the module, the kernel and
 * the runner copied by serialization into bytes. What does not change during a run is not copied but
 * named: the loaded volume and everything the reader made, the image's path; and the overlay, the trace
 * and the image source, for which a restore puts a fork, a prefix of the trace and a source of its own.
 * <p>
 * Restoring twice from one checkpoint gives two independent simulations; a checkpoint never changes.
 */
final class Checkpoint {
    /** How many steps of the history had run. */
    final int position;
    /** How many events the trace had. */
    final long events;
    private final BlockOverlay.Snapshot device;
    private final byte[] state;
    private final List<Object> shared;

    private Checkpoint(int position, long events, BlockOverlay.Snapshot device, byte[] state, List<Object> shared) {
        this.position = position;
        this.events = events;
        this.device = device;
        this.state = state;
        this.shared = shared;
    }

    /** The checkpoint will not be restored any more: its device's pages may go. */
    void release() throws IOException {
        device.release();
    }

    /** The bytes the copied state takes (the device's pages are shared, not counted). */
    int size() {
        return state.length;
    }

    /** The state of {@code simulation} and its {@code runner} after {@code position} steps. */
    static Checkpoint take(Simulation simulation, ScenarioRunner runner, int position) throws IOException {
        BlockOverlay overlay = simulation.overlay();
        Trace trace = simulation.kernel().trace();
        ImageSource original = simulation.original();
        List<Object> shared = new ArrayList<>();
        Map<Object, Integer> numbers = new IdentityHashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 10);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object object) {
                if (object == overlay) {
                    return Named.OVERLAY;
                }
                if (object == trace) {
                    return Named.TRACE;
                }
                if (object == original && original != null) {
                    return Named.ORIGINAL;
                }
                if (sharedAsIs(object)) {
                    return new Shared(numbers.computeIfAbsent(object, o -> {
                        shared.add(o);
                        return shared.size() - 1;
                    }));
                }
                return object;
            }
        }) {
            out.writeObject(new Object[] { simulation.module(), simulation.kernel(), runner });
        }
        return new Checkpoint(position, trace.count(), overlay.snapshot(), bytes.toByteArray(), List.copyOf(shared));
    }

    /** What a run never changes, named rather than copied. */
    private static boolean sharedAsIs(Object object) {
        if (object instanceof Path || object instanceof ImageSource) {
            return true;
        }
        Class<?> type = object.getClass();
        return type.getPackageName().equals("org.extentlab.images") && !type.isEnum();
    }

    /** What a restore gets: the simulation and its runner, at {@link #position}. */
    record Restored(Simulation simulation, ScenarioRunner runner) {
    }

    /**
     * A new simulation as it was here, on {@code from}'s image and volume: its overlay opened from the
     * checkpoint's snapshot, its trace the first {@link #events} events of {@code recorded} (a trace
     * of the same history that has at least as many).
     */
    Restored restore(Simulation from, Trace recorded) throws IOException {
        BlockOverlay overlay = BlockOverlay.open(device);
        ImageSource original = null;
        try {
            Trace trace = recorded.prefix(events);
            ImageSource source = original = ImageSource.open(from.image());
            Object[] parts;
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state)) {
                {
                    enableResolveObject(true);
                }

                @Override
                protected Object resolveObject(Object object) {
                    if (object == Named.OVERLAY) {
                        return overlay;
                    }
                    if (object == Named.TRACE) {
                        return trace;
                    }
                    if (object == Named.ORIGINAL) {
                        return source;
                    }
                    if (object instanceof Shared name) {
                        return shared.get(name.number());
                    }
                    return object;
                }

                @Override
                protected Class<?> resolveClass(ObjectStreamClass description) throws ClassNotFoundException {
                    // The engine's classes, whatever loader the caller's thread has (OSGi bundles).
                    return Class.forName(description.getName(), false, Checkpoint.class.getClassLoader());
                }
            }) {
                parts = (Object[]) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException("a checkpoint names a class the engine does not have: " + e.getMessage(), e);
            }
            Simulation simulation = from.withState(overlay, (FileSystemModule) parts[0], (SimulatedKernel) parts[1],
                    source);
            return new Restored(simulation, (ScenarioRunner) parts[2]);
        } catch (IOException | RuntimeException e) {
            overlay.close();
            if (original != null) {
                original.close();
            }
            throw e;
        }
    }

    /**
     * The overlay, the trace and the untouched image the content model reads: a restore puts its own in
     * their place (the simulation the checkpoint saw may be closed by then).
     */
    private enum Named {
        OVERLAY, TRACE, ORIGINAL
    }

    /** An object of {@link #shared}, by its number. */
    private record Shared(int number) implements Serializable {
    }
}
