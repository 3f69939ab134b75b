package org.extentlab.images;

/**
 * The on-disk formats Extent Lab recognises in a disk image. Only some of them can be opened; the
 * others are named so that a user who opens, say, an NTFS image learns what it is and why it is
 * refused, instead of seeing a generic "unknown format".
 */
public enum ImageFormat {
    EXT2("ext2", true),
    EXT3("ext3", true),
    EXT4("ext4", true),
    FAT12("FAT12", true),
    FAT16("FAT16", true),
    FAT32("FAT32", true),
    EXFAT("exFAT", true),
    NTFS("NTFS", false),
    HFS_PLUS("HFS+", false),
    HFSX("HFSX", false),
    APFS("APFS", false),
    ISO9660("ISO 9660", false),
    BTRFS("btrfs", false),
    XFS("XFS", false),
    F2FS("F2FS", false),
    SQUASHFS("SquashFS", false),
    LUKS("LUKS encrypted volume", false),
    EXT_JOURNAL_DEVICE("ext3/4 external journal", false),
    MBR_PARTITIONED("MBR partition table", false),
    GPT_PARTITIONED("GPT partition table", false),
    UNKNOWN("unknown format", false);

    private final String displayName;
    private final boolean fileSystemSupported;

    ImageFormat(String displayName, boolean fileSystemSupported) {
        this.displayName = displayName;
        this.fileSystemSupported = fileSystemSupported;
    }

    /** The name a user reads, as the format's own tools spell it. */
    public String displayName() {
        return displayName;
    }

    /** Whether Extent Lab can simulate kernel-offloaded I/O on a volume of this format. */
    public boolean isSupported() {
        return fileSystemSupported;
    }

    /** Whether this is a partition table holding volumes rather than a volume itself. */
    public boolean isPartitionTable() {
        return this == MBR_PARTITIONED || this == GPT_PARTITIONED;
    }
}
