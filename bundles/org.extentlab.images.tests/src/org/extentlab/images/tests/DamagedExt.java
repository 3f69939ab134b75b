package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;

/**
 * ext2 and ext4 volumes made by mke2fs -d in the run (/a.bin, /b.txt with a second name /hard.txt,
 * /sub/c.txt), then damaged one way each with debugfs, as e2fsck's passes name the damage: a wrong link
 * count, an inode no entry names (unattached), an inode, a file's block or a folder's block in use but
 * free in its bitmap, a block nothing holds marked in use, groups' free counts, a deletion time on a live
 * inode, a block two files claim.
 */
public final class DamagedExt {
    public static final List<String> KINDS = List.of("link-count", "unattached", "inode-free-in-bitmap",
            "block-free-in-bitmap", "folder-block-free-in-bitmap", "block-used-in-bitmap", "group-free-blocks", "group-free-inodes", "deletion-time", "shared-block");

    private DamagedExt() {
    }

    /** A clean volume of {@code type} (ext2, ext4) of 8 MiB in {@code dir}. */
    public static Path clean(Path dir, String type) throws IOException, InterruptedException {
        Path tree = Files.createDirectories(dir.resolve("tree-" + type));
        byte[] data = new byte[50_000];
        new Random(type.hashCode()).nextBytes(data);
        Files.write(tree.resolve("a.bin"), data);
        Files.writeString(tree.resolve("b.txt"), "two names, one inode\n");
        Files.deleteIfExists(tree.resolve("hard.txt"));
        Files.createLink(tree.resolve("hard.txt"), tree.resolve("b.txt"));
        Files.writeString(Files.createDirectories(tree.resolve("sub")).resolve("c.txt"), "in a folder\n");
        Path image = dir.resolve(type + "-clean.img");
        Files.deleteIfExists(image);
        run("mke2fs", "-q", "-F", "-t", type, "-d", tree.toString(), image.toString(), "8M");
        return image;
    }

    /** A copy of {@code clean} damaged as {@code kind} says, in {@code dir}. */
    public static Path damaged(Path dir, Path clean, String type, String kind) throws IOException, InterruptedException {
        Path image = dir.resolve(type + "-" + kind + ".img");
        Files.copy(clean, image, StandardCopyOption.REPLACE_EXISTING);
        String request = switch (kind) {
        case "link-count" -> "sif /a.bin links_count 5";
        case "unattached" -> "unlink /sub/c.txt";
        case "inode-free-in-bitmap" -> "freei /sub/c.txt";
        case "block-free-in-bitmap" -> "freeb " + firstBlock(image, "/a.bin");
        case "folder-block-free-in-bitmap" -> "freeb " + firstBlock(image, "/sub");
        case "block-used-in-bitmap" -> "setb " + freeBlocks(image, 3) + " 3";
        case "group-free-blocks" -> "set_bg 0 free_blocks_count 5";
        case "group-free-inodes" -> "set_bg 0 free_inodes_count 3";
        case "deletion-time" -> "sif /a.bin dtime 12345";
        case "shared-block" -> "sif /sub/c.txt block[0] " + firstBlock(image, "/a.bin");
        default -> throw new IllegalArgumentException(kind);
        };
        run("debugfs", "-w", "-R", request, image.toString());
        if (kind.startsWith("group-free")) {
            run("debugfs", "-w", "-R", "set_bg 0 checksum calc", image.toString());
        }
        return image;
    }

    /** The first of {@code count} free blocks in a row, as debugfs's ffb command finds them. */
    private static String freeBlocks(Path image, int count) throws IOException, InterruptedException {
        return ExternalTools.field(run("debugfs", "-R", "ffb " + count + " 1000", image.toString()), "Free blocks found: (\\d+)");
    }

    /** The first data block of {@code path}, as debugfs's blocks command lists it. */
    private static String firstBlock(Path image, String path) throws IOException, InterruptedException {
        return run("debugfs", "-R", "blocks " + path, image.toString()).strip().split("\\s+")[0];
    }
}
