package org.extentlab.images;

/**
 * A directory or symbolic link of a loaded volume (regular files are {@link VolumeFile}s).
 *
 * @param path       absolute path inside the volume; the root directory is "/"
 * @param id         inode number (ext) or the byte offset of the directory entry (FAT, exFAT; 0 for the root)
 * @param attributes mode, owner, times
 * @param target     a symbolic link's target, empty for a directory
 * @param damage     why a folder was found damaged (its own entries, ".", "..", its size or its name:
 *                   what its checker would repair), empty when it was not
 */
public record VolumeEntry(String path, long id, ItemAttributes attributes, String target, String damage) {

    public VolumeEntry(String path, long id, ItemAttributes attributes, String target) {
        this(path, id, attributes, target, "");
    }

    /** This entry with {@code why} as its damage, unless it has one already. */
    VolumeEntry damaged(String why) {
        return damage.isEmpty() ? new VolumeEntry(path, id, attributes, target, why) : this;
    }

    public boolean isDirectory() {
        return (attributes.mode() & 0170000) == ItemAttributes.TYPE_DIRECTORY;
    }
}
