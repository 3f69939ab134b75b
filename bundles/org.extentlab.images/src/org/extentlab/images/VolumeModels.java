package org.extentlab.images;

import java.util.HashMap;
import java.util.Map;

import org.extentlab.model.BlockDevice;
import org.extentlab.model.Directory;
import org.extentlab.model.ExtentlabFactory;
import org.extentlab.model.File;
import org.extentlab.model.FreeSpace;
import org.extentlab.model.Item;
import org.extentlab.model.Symlink;
import org.extentlab.model.Volume;

/** Builds the EMF volume model (what views show and sessions save) from a loaded volume. */
public final class VolumeModels {
    private VolumeModels() {
    }

    public static Volume toModel(LoadedVolume loaded, String imagePath) {
        ExtentlabFactory factory = ExtentlabFactory.eINSTANCE;
        Volume volume = factory.createVolume();
        volume.setFormat(loaded.format().displayName());
        volume.setLabel(loaded.label());
        volume.setImagePath(imagePath);
        volume.setVolumeStart(loaded.volumeStart());
        volume.setBlockSize(loaded.blockSize());
        volume.setBlockCount(loaded.blockCount());
        volume.setUuid(loaded.uuid());
        volume.setSectorSize(loaded.sectorSize());
        volume.getProblems().addAll(loaded.problems());
        volume.getFeatures().addAll(loaded.features());
        BlockDevice device = factory.createBlockDevice();
        device.setBlockSize(loaded.blockSize());
        device.setBlockCount(loaded.blockCount());
        device.setPhysicalBlockSize(loaded.sectorSize());
        device.setWritable(false);
        volume.setDevice(device);
        FreeSpace free = factory.createFreeSpace();
        free.setFreeBlocks(loaded.freeBlocks());
        free.setRuns(loaded.freeRuns());
        volume.setFreeSpace(free);
        Directory root = factory.createDirectory();
        root.setName("");
        volume.setRoot(root);
        Map<String, Directory> directories = new HashMap<>();
        directories.put("", root);
        for (VolumeEntry entry : loaded.entries()) {
            String path = entry.path().equals("/") ? "" : entry.path();
            if (entry.isDirectory()) {
                Directory directory = directory(path, directories, factory);
                directory.setId(entry.id());
                copy(entry.attributes(), directory);
            } else {
                int slash = path.lastIndexOf('/');
                Symlink link = factory.createSymlink();
                link.setName(path.substring(slash + 1));
                link.setId(entry.id());
                link.setTarget(entry.target());
                copy(entry.attributes(), link);
                directory(path.substring(0, Math.max(0, slash)), directories, factory).getChildren().add(link);
            }
        }
        for (VolumeFile loadedFile : loaded.files()) {
            int slash = loadedFile.path().lastIndexOf('/');
            Directory parent = directory(loadedFile.path().substring(0, Math.max(0, slash)), directories, factory);
            File file = factory.createFile();
            file.setName(loadedFile.path().substring(slash + 1));
            file.setId(loadedFile.id());
            file.setSize(loadedFile.size());
            file.setValidDataLength(loadedFile.validDataLength());
            file.setInline(loadedFile.inline());
            file.setDamage(loadedFile.damage());
            file.setExtentRuns(loadedFile.extents());
            file.setAllocatedSize(loadedFile.extents().allocatedBytes());
            copy(loadedFile.attributes(), file);
            parent.getChildren().add(file);
        }
        return volume;
    }

    private static void copy(ItemAttributes attributes, Item item) {
        item.setMode(attributes.mode());
        item.setUid(attributes.uid());
        item.setGid(attributes.gid());
        item.setAccessTime(attributes.accessTime());
        item.setModifyTime(attributes.modifyTime());
        item.setChangeTime(attributes.changeTime());
    }

    private static Directory directory(String path, Map<String, Directory> directories, ExtentlabFactory factory) {
        Directory known = directories.get(path);
        if (known != null) {
            return known;
        }
        int slash = path.lastIndexOf('/');
        Directory parent = directory(path.substring(0, Math.max(0, slash)), directories, factory);
        Directory created = factory.createDirectory();
        created.setName(path.substring(slash + 1));
        parent.getChildren().add(created);
        directories.put(path, created);
        return created;
    }
}
