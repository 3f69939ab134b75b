package org.extentlab.images;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Progress of a reader's walk over a volume's files, one tick a file or directory, with a look at
 * cancellation every 256 ticks (cheap enough for a hundred thousand files).
 */
final class WalkProgress {
    private final SubMonitor monitor;
    private int ticks;

    WalkProgress(IProgressMonitor monitor) {
        this.monitor = SubMonitor.convert(monitor);
    }

    /** The number of ticks expected (an estimate is fine). */
    void expect(long ticksExpected) {
        monitor.setWorkRemaining((int) Math.max(1, Math.min(Integer.MAX_VALUE, ticksExpected)));
    }

    /** One file or directory done; throws OperationCanceledException once the user cancelled. */
    void tick() {
        monitor.worked(1);
        if ((++ticks & 0xFF) == 0 && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
