package org.extentlab.kernel.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.extentlab.kernel.ext4.HtreeIndex;
import org.extentlab.kernel.sim.KernelSettings;
import org.extentlab.kernel.sim.Scenario;
import org.extentlab.kernel.sim.ScenarioRunner;
import org.extentlab.kernel.sim.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * htree-indexed folders: ext4's name hashes equal debugfs's, and creates, deletes and renames in a
 * folder of 3,000 entries (made by mke2fs -d, indexed by e2fsck -D), and in a folder that outgrows its
 * first block, leave an index that e2fsck -fn and debugfs accept, with every name in it.
 */
class HtreeTest {
    private static final Pattern HASH = Pattern.compile("Hash of .* is 0x([0-9a-f]+) \\(minor 0x([0-9a-f]+)\\)");

    @TempDir
    Path dir;

    @Test
    void nameHashesAreTheOnesDebugfsComputes() throws Exception {
        Path image = dir.resolve("hash.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", image.toString(), "4M");
        String uuid = "0b4b4b4b-1234-5678-9abc-def012345678";
        byte[] seedBytes = HexFormat.of().parseHex(uuid.replace("-", ""));
        ByteBuffer seedBuffer = ByteBuffer.wrap(seedBytes).order(ByteOrder.LITTLE_ENDIAN);
        int[] seed = { seedBuffer.getInt(0), seedBuffer.getInt(4), seedBuffer.getInt(8), seedBuffer.getInt(12) };
        Random random = new Random(5);
        List<String> names = new ArrayList<>(List.of("a", "hello", "héllo wörld", "lost+found", "x".repeat(31),
                "y".repeat(32), "z".repeat(33), "Ünïcode-名前-" + "q".repeat(40)));
        for (int i = 0; i < 12; i++) {
            StringBuilder name = new StringBuilder();
            for (int k = 1 + random.nextInt(60); k > 0; k--) {
                name.append((char) (random.nextInt(4) == 0 ? 0xC0 + random.nextInt(60) : 'a' + random.nextInt(26)));
            }
            names.add(name.toString());
        }
        StringBuilder commands = new StringBuilder();
        List<long[]> ours = new ArrayList<>();
        for (int version = 0; version < 6; version++) {
            HtreeIndex index = new HtreeIndex(4096, version % 3, version >= 3, seed, true);
            for (String name : names) {
                commands.append("dx_hash -h ").append(version).append(" -s ").append(uuid).append(" \"").append(name)
                        .append("\"\n");
                ours.add(index.hash(name.getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path script = dir.resolve("commands");
        Files.writeString(script, commands);
        Matcher m = HASH.matcher(run("debugfs", "-f", script.toString(), image.toString()));
        int i = 0;
        for (; m.find(); i++) {
            long major = Long.parseLong(m.group(1), 16);
            long minor = Long.parseLong(m.group(2), 16);
            String what = "version " + i / names.size() + ", name " + names.get(i % names.size());
            assertEquals(major, ours.get(i)[0], what);
            if (i / names.size() % 3 != 0) {
                assertEquals(minor, ours.get(i)[1], what + " (minor)");
            }
        }
        assertEquals(ours.size(), i, "debugfs hashed every name");
    }

    /** debugfs's listing of a folder: its names, "." and ".." left out. */
    private static TreeSet<String> debugfsNames(Path image, String folder) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        for (String line : run("debugfs", "-R", "ls -p " + folder, image.toString()).lines().toList()) {
            String[] parts = line.split("/", -1);
            if (parts.length >= 6 && !parts[5].isEmpty() && !parts[5].equals(".") && !parts[5].equals("..")) {
                names.add(parts[5]);
            }
        }
        return names;
    }

    private static void assertHtreeSound(Path image, String folder) throws Exception {
        String htree = run("debugfs", "-R", "htree " + folder, image.toString());
        assertTrue(htree.contains("Root node dump:"), htree.substring(0, Math.min(400, htree.length())));
        assertFalse(htree.contains("Not a hash-indexed directory"), folder + " is indexed");
    }

    @ParameterizedTest(name = "{0}-byte blocks")
    @CsvSource({ "1024", "4096" })
    void changesInAFolderOfThreeThousandEntriesKeepItsIndexValid(int blockSize) throws Exception {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("big"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(tree.resolve("big").resolve(String.format(Locale.ROOT, "entry-%05d.txt", i)), "n" + i);
        }
        Path image = dir.resolve("htree.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", Integer.toString(blockSize), "-N", "4096", "-d", tree.toString(),
                image.toString(), "32M");
        // mke2fs -d writes linear folders; e2fsck -D indexes them, as a volume used by Linux has them.
        run("sh", "-c", "e2fsck -fyD '" + image + "' >/dev/null; [ $? -le 1 ]");
        ReferenceTools.assertE2fsckClean(image);
        assertHtreeSound(image, "/big");
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner;
        try (Simulation simulation = Simulations.open(image, new KernelSettings().packerCapacity(4), 9)) {
            runner = new ScenarioRunner(simulation);
            StringBuilder script = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                script.append(String.format(Locale.ROOT, "create \"/big/new file %04d with a longer name.dat\"%n", i));
            }
            for (int i = 0; i < 3000; i += 7) {
                script.append(String.format(Locale.ROOT, "delete /big/entry-%05d.txt%n", i));
            }
            for (int i = 1; i < 3000; i += 97) {
                if (i % 7 == 0) {
                    continue; // deleted above
                }
                script.append(String.format(Locale.ROOT, "rename /big/entry-%05d.txt /big/renamed-%05d%n", i, i));
            }
            script.append("rename /big/entry-00002.txt /moved-out.txt\n");
            script.append("mkdir /big/sub\nrename /big/sub /sub-moved\n");
            script.append("write /big/entry-00003.txt 0 100 text \"still here\"\nread /big/entry-00003.txt 0 10\n");
            runner.run(Scenario.parse("htree", script.toString()));
            assertEquals(List.of(), runner.problems());
            assertEquals(List.of(), runner.failures(), "every create, delete and rename in the indexed folder");
            runner.closeAll();
            assertEquals(List.of(), simulation.kernel().checkInvariants());
            simulation.kernel().saveAs(saved);
        }
        ReferenceTools.assertE2fsckClean(saved);
        assertHtreeSound(saved, "/big");
        TreeSet<String> expected = new TreeSet<>();
        for (String path : runner.model().paths()) {
            if (path.startsWith("/big/")) {
                expected.add(path.substring(5));
            }
        }
        TreeSet<String> listed = debugfsNames(saved, "/big");
        assertEquals(3000 - 429 - 1 + 300, expected.size());
        assertEquals(expected, listed, "debugfs lists the folder's names");
        for (String path : List.of("/big/entry-00003.txt", "/moved-out.txt", "/big/renamed-00001")) {
            assertEquals(new String(runner.model().content(path), StandardCharsets.UTF_8),
                    new String(ReferenceTools.debugfsDump(saved, path, dir.resolve("copy")), StandardCharsets.UTF_8),
                    path);
        }
    }

    @Test
    void aFolderThatOutgrowsItsFirstBlockBecomesIndexed() throws Exception {
        Path image = dir.resolve("grow.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-b", "1024", image.toString(), "16M");
        Path saved = dir.resolve("saved.img");
        ScenarioRunner runner;
        try (Simulation simulation = Simulations.open(image, new KernelSettings(), 2)) {
            StringBuilder script = new StringBuilder("mkdir /grows\n");
            for (int i = 0; i < 400; i++) {
                script.append("create /grows/a-name-of-some-length-").append(i).append('\n');
            }
            script.append("random 300 files 30\n");
            runner = Simulations.runScript(simulation, script.toString());
            assertEquals(List.of(), runner.problems());
            runner.closeAll();
            simulation.kernel().saveAs(saved);
        }
        ReferenceTools.assertE2fsckClean(saved);
        String stat = run("debugfs", "-R", "stat /grows", saved.toString());
        assertTrue(stat.contains("Flags: 0x81000") || stat.contains("Flags: 0x1000"), stat.lines().limit(4).toList().toString());
        assertHtreeSound(saved, "/grows");
        TreeSet<String> expected = new TreeSet<>();
        runner.model().paths().stream().filter(p -> p.startsWith("/grows/")).forEach(p -> expected.add(p.substring(7)));
        assertTrue(expected.size() > 300, "most of the 400 files are left: " + expected.size());
        assertEquals(expected, debugfsNames(saved, "/grows"));
    }
}
