package org.extentlab.kernel;

/** An item a module hands the kernel (FSKit's FSItem): the kernel keeps it and gives it back. */
public interface VolumeItem {
    /** The module's id for the item, stable while it exists. */
    long id();
}
