package org.extentlab.kernel;

/**
 * The read/write path: the module itself copies file data between the caller's buffer and the device,
 * through a buffer of its own. Items with inhibitKernelOffloadedIO go this way.
 */
public interface ReadWriteHandler {

    Replies.Io read(VolumeItem item, long offset, byte[] into, int length);

    Replies.Io write(VolumeItem item, long offset, byte[] from, int length);
}
