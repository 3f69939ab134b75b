package org.extentlab.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What every simulated module keeps the same way: the overlay it changes, the simulated clock, the
 * read/write path's counters, the sequenced free space of replies, and the I/O operations between
 * their first blockmap and their completeIO (with the writes in flight, which decide whether a
 * failed write may be undone).
 */
public abstract class AbstractModule implements FileSystemModule, java.io.Serializable {
    protected final BlockOverlay overlay;
    protected final long volumeStart;
    protected final AllocationPolicy policy;
    protected final ModuleCounters counters = new ModuleCounters();
    /** Bumped whenever free space changes; replies carry it. */
    protected long freeSequence;
    private long reportedSequence = -1;
    private LongSupplier clock = () -> 1_767_225_600L;
    private final Map<Long, Operation> operations = new HashMap<>();
    private int writesInFlight;

    /** An I/O between its first blockmap and its completeIO. */
    protected static final class Operation {
        public final boolean write;
        /** The file's size (as promised to the kernel) when the operation began. */
        public final long originalSize;
        /** The file's allocation when it began, in the module's units (clusters, blocks). */
        public final long originalAllocation;
        /** Whether this operation grew the file. */
        public boolean grew;

        Operation(boolean write, long originalSize, long originalAllocation) {
            this.write = write;
            this.originalSize = originalSize;
            this.originalAllocation = originalAllocation;
        }
    }

    protected AbstractModule(BlockOverlay overlay, long volumeStart, AllocationPolicy policy) {
        this.overlay = overlay;
        this.volumeStart = volumeStart;
        this.policy = policy;
    }

    @Override
    public long volumeStart() {
        return volumeStart;
    }

    @Override
    public void setClock(LongSupplier secondsSinceEpoch) {
        this.clock = secondsSinceEpoch;
    }

    /** Now, in seconds since 1970, from the simulated clock. */
    protected long now() {
        return clock.getAsLong();
    }

    @Override
    public ModuleCounters counters() {
        return counters;
    }

    @Override
    public FreeSpace freeSpace() {
        if (reportedSequence == freeSequence) {
            return FreeSpace.noUpdate(freeSequence);
        }
        reportedSequence = freeSequence;
        return FreeSpace.of(freeSequence, freeBytes());
    }

    /** The operation {@code id} began now, unless it already had (a continuation); 0 records nothing. */
    protected Operation begin(long id, boolean write, long size, long allocation) {
        if (id == 0) {
            return null;
        }
        Operation operation = operations.get(id);
        if (operation == null) {
            operation = new Operation(write, size, allocation);
            operations.put(id, operation);
            if (write) {
                writesInFlight++;
            }
        }
        return operation;
    }

    /** Whether {@code id} is an operation in progress (0 never is). */
    protected boolean known(long id) {
        return operations.containsKey(id);
    }

    /** Ends operation {@code id}; returns it, or null for 0 or an unknown id. */
    protected Operation end(long id) {
        Operation operation = operations.remove(id);
        if (operation != null && operation.write) {
            writesInFlight--;
        }
        return operation;
    }

    protected boolean writesInFlight() {
        return writesInFlight > 0;
    }

    protected byte[] readDevice(long deviceOffset, int length) {
        try {
            return overlay.read(volumeStart + deviceOffset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void writeDevice(long deviceOffset, byte[] bytes) {
        try {
            overlay.write(volumeStart + deviceOffset, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected void zeroDevice(long deviceOffset, long length) {
        if (length <= 0) {
            return;
        }
        try {
            overlay.zero(volumeStart + deviceOffset, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The read/write path's copy of {@code chunk} bytes through the module's buffer, counted. */
    protected void countCopy(int chunk) {
        counters.copies += 2;
        counters.bytesCopied += 2L * chunk;
    }
}
