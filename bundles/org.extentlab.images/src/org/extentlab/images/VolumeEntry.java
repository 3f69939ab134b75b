package org.extentlab.images;

/**
 * A directory or symbolic link of a loaded volume (regular files are {@link VolumeFile}s).
 *
 * @param path       absolute path inside the volume; the root directory is "/"
 * @param id         inode number (ext) or the byte offset of the directory entry (FAT, exFAT; 0 for the root)
 * @param attributes mode, owner, times
 * @param target     a symbolic link's target, empty for a directory
 */
public record VolumeEntry(String path, long id, ItemAttributes attributes, String target) {

    public boolean isDirectory() {
        return (attributes.mode() & 0170000) == ItemAttributes.TYPE_DIRECTORY;
    }
}
