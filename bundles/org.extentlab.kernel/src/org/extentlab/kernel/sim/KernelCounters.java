package org.extentlab.kernel.sim;

/** What a run cost the kernel: calls made, bytes moved, stale transfers seen. */
public final class KernelCounters implements java.io.Serializable {
    public long syscalls;
    public long protocolCalls;
    public long blockmaps;
    public long continuations;
    public long completions;
    public long readWriteCalls;
    public long transfers;
    public long bytesTransferred;
    public long staleTransfers;
}
