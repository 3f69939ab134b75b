package org.extentlab.images.tests;

import static org.extentlab.images.tests.ExternalTools.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeFile;
import org.extentlab.images.VolumeLoader;
import org.extentlab.images.VolumeModels;
import org.extentlab.model.Directory;
import org.extentlab.model.ExtentlabFactory;
import org.extentlab.model.File;
import org.extentlab.model.Item;
import org.extentlab.model.Session;
import org.extentlab.model.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EMF volume model built from a real image, and its persistence as XMI. */
class VolumeModelTest {

    @TempDir
    Path dir;

    @Test
    void theModelTreeHoldsEveryFileWithItsExtentMap() throws Exception {
        Path tree = SampleTrees.varied(dir.resolve("tree"), new Random(5));
        Path image = dir.resolve("model.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-d", tree.toString(), image.toString(), "16M");
        LoadedVolume loaded = VolumeLoader.load(image);

        Volume volume = VolumeModels.toModel(loaded, image.toString());

        List<String> paths = new ArrayList<>();
        collect(volume.getRoot(), "", paths);
        assertEquals(loaded.files().stream().map(VolumeFile::path).sorted().toList(), paths.stream().sorted().toList());
        assertEquals(SampleTrees.regularFiles(tree).keySet().stream().sorted().toList(), paths.stream().sorted().toList());
        File big = find(volume.getRoot(), "big.bin");
        VolumeFile loadedBig = loaded.files().stream().filter(f -> f.path().equals("/big.bin")).findFirst().orElseThrow();
        assertSame(loadedBig.extents(), big.getExtentRuns(), "the model references the compact map, not a copy");
        assertEquals(Files.size(tree.resolve("big.bin")), big.getSize());
        assertEquals(loaded.freeBlocks(), volume.getFreeSpace().getFreeBlocks());
        assertEquals("ext4", volume.getFormat());
        assertEquals(loaded.uuid(), volume.getUuid());
        assertEquals(36, volume.getUuid().length(), volume.getUuid());
        Directory lostAndFound = (Directory) volume.getRoot().getChildren().stream()
                .filter(i -> i.getName().equals("lost+found")).findFirst().orElseThrow();
        assertEquals(0, lostAndFound.getChildren().size(), "empty directories are in the tree too");
        assertEquals(0040000, lostAndFound.getMode() & 0170000);
        assertEquals(0100000, big.getMode() & 0170000);
    }

    @Test
    void volumesAndSessionsRoundTripThroughXmi() throws Exception {
        Path tree = Files.createDirectories(dir.resolve("xmi-tree/sub"));
        Files.writeString(tree.resolve("a.txt"), "a\n");
        Path image = dir.resolve("xmi.img");
        run("mke2fs", "-q", "-F", "-t", "ext4", "-d", dir.resolve("xmi-tree").toString(), image.toString(), "4M");
        Volume volume = VolumeModels.toModel(VolumeLoader.load(image), image.toString());
        Session session = ExtentlabFactory.eINSTANCE.createSession();
        session.setImagePath(image.toString());
        session.setImageSha256("00ff");
        session.setSeed(42);
        session.setScript("write /a.txt 0 4K\n");
        Path saved = dir.resolve("session.xmi");
        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        Resource out = resources.createResource(URI.createFileURI(saved.toString()));
        out.getContents().add(session);
        out.getContents().add(volume);
        out.save(Map.of());

        Resource in = new ResourceSetImpl().getResource(URI.createFileURI(saved.toString()), true);

        Session reloaded = (Session) in.getContents().get(0);
        assertEquals(42, reloaded.getSeed());
        assertEquals("write /a.txt 0 4K\n", reloaded.getScript());
        assertEquals(64, reloaded.getPackerCapacity(), "the default packer capacity");
        Volume volumeBack = (Volume) in.getContents().get(1);
        File a = find(volumeBack.getRoot(), "a.txt");
        assertEquals(2, a.getSize());
        assertNull(a.getExtentRuns(), "bulk extent maps are transient: a session reopens the image");
    }

    private static void collect(Directory directory, String path, List<String> paths) {
        for (Item item : directory.getChildren()) {
            if (item instanceof Directory sub) {
                collect(sub, path + "/" + sub.getName(), paths);
            } else if (item instanceof File) {
                paths.add(path + "/" + item.getName());
            }
        }
    }

    private static File find(Directory directory, String name) {
        for (Item item : directory.getChildren()) {
            if (item instanceof File file && file.getName().equals(name)) {
                return file;
            }
            if (item instanceof Directory sub) {
                File found = find(sub, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
