package org.extentlab.kernel;

/** What the read/write path cost the module: calls answered, buffer copies made, bytes copied. */
public final class ModuleCounters implements java.io.Serializable {
    public long calls;
    public long copies;
    public long bytesCopied;
}
