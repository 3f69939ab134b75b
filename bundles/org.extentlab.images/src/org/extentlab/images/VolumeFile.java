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
 */
public record VolumeFile(String path, long id, long size, long validDataLength, boolean inline, ExtentRuns extents,
        String damage, ItemAttributes attributes) {

    public boolean isDamaged() {
        return !damage.isEmpty();
    }
}
