package org.extentlab.images;

import org.extentlab.model.bulk.ExtentRuns;

/**
 * A regular file of a loaded volume.
 *
 * @param path            absolute path inside the volume ("/dir/name")
 * @param id              inode number (ext) or the byte offset of the directory entry (FAT, exFAT)
 * @param size            size in bytes
 * @param validDataLength bytes that hold written data (exFAT's valid data length; the size elsewhere)
 * @param inline          the data lives inside the inode (ext4 inline_data); no extents then
 * @param extents         the normalised extent map, physical offsets from the start of the image file
 * @param damage          why the map is incomplete (a loop, a pointer out of range), empty if it is whole
 * @param attributes      mode, owner, times
 * @param inlineData      an inline file's bytes as its inode holds them; null for other files
 */
public record VolumeFile(String path, long id, long size, long validDataLength, boolean inline, ExtentRuns extents,
        String damage, ItemAttributes attributes, byte[] inlineData) {

    /** A file whose data lies in extents (not inline). */
    public VolumeFile(String path, long id, long size, long validDataLength, boolean inline, ExtentRuns extents,
            String damage, ItemAttributes attributes) {
        this(path, id, size, validDataLength, inline, extents, damage, attributes, null);
    }

    public boolean isDamaged() {
        return !damage.isEmpty();
    }
}
