package org.extentlab.images;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the format of a disk image from its magic numbers and boot-sector fields, reading the
 * image read-only and only its first few dozen KiB (plus a GPT's entry array).
 *
 * <p>The probes follow the formats' published layouts: the ext superblock at byte 1024 (magic 0xEF53,
 * feature flags deciding ext2/ext3/ext4 the way libblkid does), the FAT BIOS parameter block and the
 * cluster-count rule of Microsoft's FAT specification, the exFAT and NTFS OEM names, and the signatures
 * of the formats Extent Lab names but does not open. A damaged or truncated image yields
 * {@link ImageFormat#UNKNOWN} with a note, never an unchecked exception.
 */
public final class FormatSniffer {

    /** Enough for every probe: btrfs keeps its magic at 0x10040. */
    static final int HEAD_BYTES = 0x10040 + 8;

    private static final int EXT_SUPERBLOCK = 1024;
    private static final int EXT_COMPAT_HAS_JOURNAL = 0x4;
    private static final int EXT_INCOMPAT_JOURNAL_DEV = 0x8;
    /** Incompatible features an ext3 driver understands: filetype, recover, meta_bg. */
    private static final int EXT3_INCOMPAT_SUPPORTED = 0x2 | 0x4 | 0x10;
    /** Read-only compatible features an ext3 driver understands: sparse_super, large_file, btree_dir. */
    private static final int EXT3_RO_COMPAT_SUPPORTED = 0x1 | 0x2 | 0x4;

    private FormatSniffer() {
    }

    /**
     * Sniffs the image at {@code image}.
     *
     * @throws IOException with a message a user can act on when the file cannot be read at all
     */
    public static DetectedFormat sniff(Path image) throws IOException {
        if (Files.isDirectory(image)) {
            throw new IOException(image + " is a directory, not a disk image");
        }
        if (!Files.exists(image)) {
            throw new NoSuchFileException(image.toString(), null, "no such disk image");
        }
        if (!Files.isReadable(image)) {
            throw new IOException(image + " cannot be read (permission denied)");
        }
        try (ImageSource source = ImageSource.open(image)) {
            return sniff(source);
        }
    }

    /** Sniffs {@code source} (a whole image or one of its partitions). */
    public static DetectedFormat sniff(ImageSource source) throws IOException {
        long size = source.length();
        ByteBuffer head = source.read(0, (int) Math.min(HEAD_BYTES, size));
        return sniff(head, size, source);
    }

    private static DetectedFormat sniff(ByteBuffer bytes, long imageSize, ImageSource source) throws IOException {
        ByteBuffer head = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        head.position(0);
        if (head.limit() < 512) {
            return DetectedFormat.of(ImageFormat.UNKNOWN, imageSize,
                    "the image is only " + ByteSizes.describe(imageSize) + ", smaller than one sector");
        }
        String oemName = ascii(head, 3, 8);
        if (oemName.equals("EXFAT   ")) {
            return exfat(head, imageSize);
        }
        if (oemName.equals("NTFS    ")) {
            return DetectedFormat.of(ImageFormat.NTFS, imageSize, "NTFS volumes are not supported");
        }
        DetectedFormat fat = fat(head, imageSize);
        if (fat != null) {
            return fat;
        }
        DetectedFormat ext = ext(head, imageSize);
        if (ext != null) {
            return ext;
        }
        DetectedFormat other = otherSignature(head, imageSize);
        if (other != null) {
            return other;
        }
        DetectedFormat table = partitionTable(head, imageSize, source);
        if (table != null) {
            return table;
        }
        return DetectedFormat.of(ImageFormat.UNKNOWN, imageSize,
                "no ext, FAT or exFAT superblock or boot sector was found");
    }

    private static DetectedFormat exfat(ByteBuffer head, long imageSize) {
        int sectorShift = u8(head, 108);
        int clusterShift = u8(head, 109);
        long clusterCount = u32(head, 92);
        if (sectorShift < 9 || sectorShift > 12 || clusterShift > 25 - sectorShift) {
            return DetectedFormat.of(ImageFormat.EXFAT, imageSize,
                    "damaged boot sector (sector shift " + sectorShift + ", cluster shift " + clusterShift + ")");
        }
        long clusterSize = 1L << (sectorShift + clusterShift);
        return new DetectedFormat(ImageFormat.EXFAT, imageSize, clusterSize, clusterCount, "", List.of(), "");
    }

    /** The FAT type follows from the count of data clusters alone, as Microsoft's specification says. */
    private static DetectedFormat fat(ByteBuffer head, long imageSize) {
        int jump = u8(head, 0);
        boolean jumps = (jump == 0xEB && u8(head, 2) == 0x90) || jump == 0xE9;
        // fsck.fat and Linux do not look at the jump instruction: a boot sector with another one (some
        // formatters and repaired volumes have it) is FAT when the rest says so: the signature, a media
        // byte and the file-system type the formatter wrote.
        int media = u8(head, 21);
        boolean saysFat = u8(head, 510) == 0x55 && u8(head, 511) == 0xAA && (media == 0xF0 || media >= 0xF8)
                && (ascii(head, 54, 3).equals("FAT") || ascii(head, 82, 3).equals("FAT"));
        if (!jumps && !saysFat) {
            return null;
        }
        int bytesPerSector = u16(head, 11);
        int sectorsPerCluster = u8(head, 13);
        int reservedSectors = u16(head, 14);
        int fatCount = u8(head, 16);
        int rootEntries = u16(head, 17);
        long totalSectors = u16(head, 19) != 0 ? u16(head, 19) : u32(head, 32);
        long fatSectors = u16(head, 22) != 0 ? u16(head, 22) : u32(head, 36);
        boolean plausible = (bytesPerSector == 512 || bytesPerSector == 1024 || bytesPerSector == 2048
                || bytesPerSector == 4096) && Integer.bitCount(sectorsPerCluster) == 1 && reservedSectors > 0
                && fatCount > 0 && totalSectors > 0 && fatSectors > 0;
        if (!plausible) {
            return null;
        }
        long rootDirSectors = (rootEntries * 32L + bytesPerSector - 1) / bytesPerSector;
        long dataSectors = totalSectors - (reservedSectors + fatCount * fatSectors + rootDirSectors);
        if (dataSectors <= 0) {
            return DetectedFormat.of(ImageFormat.UNKNOWN, imageSize,
                    "a FAT boot sector whose file allocation tables leave no room for data");
        }
        long clusters = dataSectors / sectorsPerCluster;
        ImageFormat type = clusters < 4085 ? ImageFormat.FAT12 : clusters < 65525 ? ImageFormat.FAT16 : ImageFormat.FAT32;
        int labelOffset = type == ImageFormat.FAT32 ? 71 : 43;
        String label = ascii(head, labelOffset, 11).strip();
        if (label.equals("NO NAME")) {
            label = "";
        }
        String note = "";
        long needed = totalSectors * bytesPerSector;
        if (needed > imageSize) {
            note = "truncated: the boot sector describes " + ByteSizes.describe(needed);
        }
        return new DetectedFormat(type, imageSize, (long) bytesPerSector * sectorsPerCluster, clusters, label,
                List.of(), note);
    }

    private static DetectedFormat ext(ByteBuffer head, long imageSize) {
        if (head.limit() < EXT_SUPERBLOCK + 1024 || u16(head, EXT_SUPERBLOCK + 56) != 0xEF53) {
            return null;
        }
        int compat = (int) u32(head, EXT_SUPERBLOCK + 92);
        int incompat = (int) u32(head, EXT_SUPERBLOCK + 96);
        int roCompat = (int) u32(head, EXT_SUPERBLOCK + 100);
        long logBlockSize = u32(head, EXT_SUPERBLOCK + 24);
        String label = cString(head, EXT_SUPERBLOCK + 120, 16);
        if ((incompat & EXT_INCOMPAT_JOURNAL_DEV) != 0) {
            return new DetectedFormat(ImageFormat.EXT_JOURNAL_DEVICE, imageSize, 0, 0, label, List.of(),
                    "an external journal holds no files");
        }
        if (logBlockSize > 6) {
            return DetectedFormat.of(ImageFormat.UNKNOWN, imageSize,
                    "an ext superblock with an impossible block size (log " + logBlockSize + ")");
        }
        long blockSize = 1024L << logBlockSize;
        long blocks = u32(head, EXT_SUPERBLOCK + 4);
        if ((incompat & 0x80) != 0) {
            blocks |= u32(head, EXT_SUPERBLOCK + 0x150) << 32;
        }
        ImageFormat type;
        if ((incompat & ~EXT3_INCOMPAT_SUPPORTED) != 0 || (roCompat & ~EXT3_RO_COMPAT_SUPPORTED) != 0) {
            type = ImageFormat.EXT4;
        } else if ((compat & EXT_COMPAT_HAS_JOURNAL) != 0) {
            type = ImageFormat.EXT3;
        } else {
            type = ImageFormat.EXT2;
        }
        String note = "";
        if (blocks > 0 && blockSize * blocks > imageSize) {
            note = "truncated: the superblock describes " + ByteSizes.describe(blockSize * blocks);
        }
        return new DetectedFormat(type, imageSize, blockSize, blocks, label, List.of(), note);
    }

    private static DetectedFormat otherSignature(ByteBuffer head, long imageSize) {
        if (head.limit() >= 1026) {
            int hfs = u16be(head, 1024);
            if (hfs == 0x482B) {
                return DetectedFormat.of(ImageFormat.HFS_PLUS, imageSize, "HFS+ volumes are not supported");
            }
            if (hfs == 0x4858) {
                return DetectedFormat.of(ImageFormat.HFSX, imageSize, "HFSX volumes are not supported");
            }
        }
        if (ascii(head, 32, 4).equals("NXSB")) {
            return DetectedFormat.of(ImageFormat.APFS, imageSize, "APFS containers are not supported");
        }
        if (ascii(head, 0, 4).equals("XFSB")) {
            return DetectedFormat.of(ImageFormat.XFS, imageSize, "XFS volumes are not supported");
        }
        if (ascii(head, 0, 4).equals("hsqs")) {
            return DetectedFormat.of(ImageFormat.SQUASHFS, imageSize, "SquashFS images are read-only archives");
        }
        if (ascii(head, 0, 4).equals("LUKS") && u8(head, 4) == 0xBA && u8(head, 5) == 0xBE) {
            return DetectedFormat.of(ImageFormat.LUKS, imageSize, "an encrypted volume must be unlocked first");
        }
        if (head.limit() >= 1028 && u32(head, 1024) == 0xF2F52010L) {
            return DetectedFormat.of(ImageFormat.F2FS, imageSize, "F2FS volumes are not supported");
        }
        if (ascii(head, 0x8001, 5).equals("CD001")) {
            return DetectedFormat.of(ImageFormat.ISO9660, imageSize, "ISO 9660 images are read-only");
        }
        if (ascii(head, 0x10040, 8).equals("_BHRfS_M")) {
            return DetectedFormat.of(ImageFormat.BTRFS, imageSize, "btrfs volumes are not supported");
        }
        return null;
    }

    private static DetectedFormat partitionTable(ByteBuffer head, long imageSize, ImageSource source)
            throws IOException {
        if (u8(head, 510) != 0x55 || u8(head, 511) != 0xAA) {
            return null;
        }
        List<Partition> mbr = new ArrayList<>();
        boolean protective = false;
        for (int i = 0; i < 4; i++) {
            int entry = 446 + 16 * i;
            int status = u8(head, entry);
            int type = u8(head, entry + 4);
            long start = u32(head, entry + 8);
            long sectors = u32(head, entry + 12);
            if (status != 0 && status != 0x80) {
                return null;
            }
            if (type == 0 || sectors == 0) {
                continue;
            }
            protective |= type == 0xEE;
            mbr.add(new Partition(i + 1, String.format(Locale.ROOT, "%02x", type), start * 512, sectors * 512));
        }
        if (protective) {
            for (int sector : new int[] { 512, 4096 }) {
                if (ascii(head, sector, 8).equals("EFI PART")) {
                    return gpt(head, sector, imageSize, source);
                }
            }
            return DetectedFormat.of(ImageFormat.GPT_PARTITIONED, imageSize,
                    "a protective MBR without a readable GPT header");
        }
        if (mbr.isEmpty()) {
            return null;
        }
        return new DetectedFormat(ImageFormat.MBR_PARTITIONED, imageSize, 0, 0, "", mbr,
                "choose a partition to open");
    }

    private static DetectedFormat gpt(ByteBuffer head, int sectorSize, long imageSize, ImageSource source)
            throws IOException {
        long entriesLba = u64(head, sectorSize + 72);
        long entryCount = u32(head, sectorSize + 80);
        long entrySize = u32(head, sectorSize + 84);
        if (entrySize < 128 || entrySize > 4096 || entryCount > 1024 || entriesLba > imageSize / sectorSize) {
            return DetectedFormat.of(ImageFormat.GPT_PARTITIONED, imageSize, "a damaged GPT header");
        }
        int tableBytes = (int) (entryCount * entrySize);
        long tableOffset = entriesLba * sectorSize;
        ByteBuffer table;
        if (tableOffset + tableBytes <= head.limit()) {
            table = head.duplicate().order(ByteOrder.LITTLE_ENDIAN);
            table.position((int) tableOffset).limit((int) tableOffset + tableBytes);
            table = table.slice().order(ByteOrder.LITTLE_ENDIAN);
        } else {
            table = source.read(tableOffset, (int) Math.min(tableBytes, Math.max(0, imageSize - tableOffset)));
        }
        List<Partition> partitions = new ArrayList<>();
        for (int i = 0; (i + 1) * entrySize <= table.limit(); i++) {
            int entry = (int) (i * entrySize);
            if (u64(table, entry) == 0 && u64(table, entry + 8) == 0) {
                continue;
            }
            long first = u64(table, entry + 32);
            long last = u64(table, entry + 40);
            if (last < first) {
                continue;
            }
            partitions.add(new Partition(i + 1, guid(table, entry), first * sectorSize,
                    (last - first + 1) * sectorSize));
        }
        return new DetectedFormat(ImageFormat.GPT_PARTITIONED, imageSize, 0, 0, "", partitions,
                partitions.isEmpty() ? "the partition table is empty" : "choose a partition to open");
    }

    // Field readers: a field that lies past the bytes read reads as zero, so that a truncated image is
    // reported as such rather than failing with an exception.

    private static int u8(ByteBuffer b, int offset) {
        return offset + 1 <= b.limit() ? b.get(offset) & 0xFF : 0;
    }

    private static int u16(ByteBuffer b, int offset) {
        return offset + 2 <= b.limit() ? b.getShort(offset) & 0xFFFF : 0;
    }

    private static int u16be(ByteBuffer b, int offset) {
        return offset + 2 <= b.limit() ? (u8(b, offset) << 8) | u8(b, offset + 1) : 0;
    }

    private static long u32(ByteBuffer b, int offset) {
        return offset + 4 <= b.limit() ? b.getInt(offset) & 0xFFFF_FFFFL : 0;
    }

    private static long u64(ByteBuffer b, int offset) {
        return offset + 8 <= b.limit() ? b.getLong(offset) : 0;
    }

    private static String ascii(ByteBuffer b, int offset, int length) {
        if (offset + length > b.limit()) {
            return "";
        }
        byte[] bytes = new byte[length];
        b.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String cString(ByteBuffer b, int offset, int length) {
        String text = ascii(b, offset, length);
        int nul = text.indexOf('\0');
        return (nul < 0 ? text : text.substring(0, nul)).strip();
    }

    /** A GPT type GUID in its usual text form (the first three fields are stored little-endian). */
    private static String guid(ByteBuffer b, int offset) {
        return String.format(Locale.ROOT, "%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x", u32(b, offset),
                u16(b, offset + 4), u16(b, offset + 6), u8(b, offset + 8), u8(b, offset + 9), u8(b, offset + 10),
                u8(b, offset + 11), u8(b, offset + 12), u8(b, offset + 13), u8(b, offset + 14), u8(b, offset + 15));
    }
}
