package org.extentlab.images.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Folders of files to build test images from, and small helpers that damage images on purpose. */
public final class SampleTrees {
    private SampleTrees() {
    }

    /**
     * A tree with what readers get wrong: empty and tiny files, a large file, a sparse file, a deep
     * directory chain, a 255-character name, a non-ASCII name and a directory of many small files.
     */
    static Path varied(Path root, Random random) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("small.txt"), "a small file\n");
        Files.write(root.resolve("empty.txt"), new byte[0]);
        byte[] big = new byte[700 * 1024 + 123];
        random.nextBytes(big);
        Files.write(root.resolve("big.bin"), big);
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("sparse.bin").toFile(), "rw")) {
            byte[] chunk = new byte[5000];
            random.nextBytes(chunk);
            sparse.write(chunk, 0, 100);
            sparse.seek(300 * 1024);
            sparse.write(chunk);
            sparse.seek((1 << 20) + 17);
            sparse.write(chunk, 0, 10);
        }
        Path deep = root;
        for (int i = 1; i <= 25; i++) {
            deep = deep.resolve("d" + i);
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("leaf.txt"), "twenty-five levels down\n");
        Files.writeString(root.resolve("n".repeat(250) + ".txt"), "long name\n");
        Files.writeString(root.resolve("gr\u00fc\u00dfe-\u65e5\u672c.txt"), "non-ASCII name\n");
        Path many = Files.createDirectories(root.resolve("many"));
        for (int i = 0; i < 150; i++) {
            Files.writeString(many.resolve(String.format("file%03d.txt", i)), "file " + i + "\n".repeat(i));
        }
        return root;
    }

    /** Every regular file below {@code root}, by its path inside the tree ("/a/b"). */
    static Map<String, byte[]> regularFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put("/" + root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** A sparse file with data in every other block: {@code dataBlocks} runs, and holes between them. */
    static byte[] checkerboard(Path file, int blockSize, int dataBlocks) throws IOException {
        byte[] content = new byte[(2 * dataBlocks - 1) * blockSize];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < dataBlocks; i++) {
                byte[] block = new byte[blockSize];
                java.util.Arrays.fill(block, (byte) (1 + i % 250));
                raf.seek((long) 2 * i * blockSize);
                raf.write(block);
                System.arraycopy(block, 0, content, 2 * i * blockSize, blockSize);
            }
        }
        return content;
    }

    public static void writeAt(Path file, long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(bytes);
        }
    }

    static void writeInt(Path file, long offset, int littleEndian) throws IOException {
        writeAt(file, offset, new byte[] { (byte) littleEndian, (byte) (littleEndian >>> 8),
                (byte) (littleEndian >>> 16), (byte) (littleEndian >>> 24) });
    }

    static void flipByte(Path file, long offset) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            int value = raf.read();
            raf.seek(offset);
            raf.write(value ^ 0xFF);
        }
    }
}
