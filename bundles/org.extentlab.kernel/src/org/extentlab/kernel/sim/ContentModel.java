package org.extentlab.kernel.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.extentlab.images.FileContents;
import org.extentlab.images.ImageSource;
import org.extentlab.images.LoadedVolume;
import org.extentlab.images.VolumeEntry;
import org.extentlab.images.VolumeFile;

/**
 * What every file should contain after the operations so far, kept independently of the module:
 * the reference a scenario's reads and the saved image are checked against. It starts with the files
 * already on the image, whose bytes are read through the reader's extent maps from the untouched image
 * only when a file is first read or changed, so a volume of 100,000 files costs a map entry a file.
 * Paths compare ignoring case on volumes whose names do (FAT, exFAT).
 */
public final class ContentModel implements java.io.Serializable {
    /** Files larger than this are not copied into memory when changed; they are no longer checked then. */
    static final long MAX_HELD = 256L << 20;

    private static final class Content implements java.io.Serializable {
        final String path;
        /** The bytes, once held: null while the file is still as the image has it. */
        byte[] bytes;
        long size;
        boolean uncertain;
        /** The file as the image holds it, until its bytes are held. */
        VolumeFile original;

        Content(String path) {
            this.path = path;
            this.bytes = new byte[0];
        }

        Content moved(String to) {
            Content moved = new Content(to);
            moved.bytes = bytes;
            moved.size = size;
            moved.uncertain = uncertain;
            moved.original = original;
            return moved;
        }
    }

    private final boolean ignoreCase;
    private final CaseKeys keys = new CaseKeys();
    /**
     * Files by key: a {@link VolumeFile} while the file is as the image has it (no object of the model's
     * own until it is touched), a {@link Content} from then on. Made when a file is first asked for, so a
     * run that never touches the image's files never indexes them; a hash map, sorted only when the
     * paths are asked for.
     */
    private Map<String, Object> files;
    private final LoadedVolume volume;
    /** Directories by key, with their paths as written. */
    private final Map<String, String> directories = new TreeMap<>();
    private final ImageSource image;
    private List<String> paths;

    /**
     * A model holding the files and directories of {@code volume}; their bytes come from {@code image},
     * the image file the volume was read from (never written), when they are first needed.
     */
    public ContentModel(boolean ignoreCase, LoadedVolume volume, ImageSource image) {
        this.ignoreCase = ignoreCase;
        this.image = image;
        this.volume = volume;
        for (VolumeEntry entry : volume.entries()) {
            if (entry.isDirectory() && !entry.path().equals("/")) {
                directories.put(key(entry.path()), entry.path());
            }
        }
    }

    private String key(String path) {
        return ignoreCase ? keys.of(path) : path;
    }

    /** The files by key, indexed from the volume the first time they are needed. */
    private Map<String, Object> index() {
        if (files == null) {
            files = new HashMap<>(volume.files().size() * 4 / 3 + 16);
            for (VolumeFile file : volume.files()) {
                files.put(key(file.path()), file);
            }
        }
        return files;
    }

    /** The file under {@code key} as the model's own entry, made from the image's file when first touched. */
    private Content entry(String key) {
        Object entry = index().get(key);
        if (entry instanceof VolumeFile file) {
            Content content = new Content(file.path());
            content.bytes = null;
            content.original = file;
            content.size = file.size();
            // A damaged map cannot be read back: such a file is not checked.
            content.uncertain = file.isDamaged();
            index().put(key, content);
            return content;
        }
        return (Content) entry;
    }

    public boolean exists(String path) {
        return index().containsKey(key(path)) || directories.containsKey(key(path));
    }

    public boolean isDirectory(String path) {
        return directories.containsKey(key(path));
    }

    public void create(String path, long size) {
        Content content = new Content(path);
        put(path, content);
        if (size > MAX_HELD) {
            content.bytes = null;
            content.size = size;
            content.uncertain = true;
            return;
        }
        resize(content, size);
    }

    private void put(String path, Content content) {
        index().put(key(path), content);
        paths = null;
    }

    public void mkdir(String path) {
        directories.put(key(path), path);
    }

    /** Brings the file's bytes into memory (a change is coming); false when it cannot be held. */
    private boolean hold(Content content) {
        if (content.bytes != null) {
            return true;
        }
        if (content.uncertain || content.size > MAX_HELD) {
            content.uncertain = true;
            return false;
        }
        try {
            content.bytes = FileContents.readAll(image, content.original);
            content.original = null;
            return true;
        } catch (IOException e) {
            content.uncertain = true;
            return false;
        }
    }

    public void write(String path, long offset, byte[] data, int length) {
        Content content = entry(key(path));
        if (content == null || !hold(content) || offset + length > MAX_HELD) {
            markUncertain(path);
            return;
        }
        long end = offset + length;
        if (end > content.size) {
            resize(content, end);
        }
        System.arraycopy(data, 0, content.bytes, (int) offset, length);
    }

    public void truncate(String path, long size) {
        Content content = entry(key(path));
        if (content == null) {
            return;
        }
        if (!hold(content) || size > MAX_HELD) {
            content.uncertain = true;
            content.size = size;
            return;
        }
        resize(content, size);
    }

    private static void resize(Content content, long size) {
        if (size > content.bytes.length) {
            content.bytes = Arrays.copyOf(content.bytes,
                    (int) Math.min(MAX_HELD, Math.max(size, content.bytes.length + content.bytes.length / 2)));
        } else if (size < content.size) {
            Arrays.fill(content.bytes, (int) size, (int) content.size, (byte) 0);
        }
        content.size = size;
    }

    public void delete(String path) {
        String key = key(path);
        if (index().remove(key) != null) {
            paths = null;
        }
        directories.remove(key);
    }

    /** Moves a file, or a directory and everything under it. */
    public void rename(String from, String to) {
        delete(to);
        String fromKey = key(from);
        String toKey = key(to);
        Content file = entry(fromKey);
        index().remove(fromKey);
        paths = null;
        if (file != null) {
            index().put(toKey, file.moved(to));
            return;
        }
        if (directories.remove(fromKey) != null) {
            directories.put(toKey, to);
            for (String key : new ArrayList<>(index().keySet())) {
                if (key.startsWith(fromKey + "/")) {
                    Content old = entry(key);
                    index().remove(key);
                    index().put(toKey + key.substring(fromKey.length()),
                            old.moved(to + old.path.substring(from.length())));
                }
            }
            for (Map.Entry<String, String> entry : new TreeMap<>(directories).entrySet()) {
                if (entry.getKey().startsWith(fromKey + "/")) {
                    directories.remove(entry.getKey());
                    directories.put(toKey + entry.getKey().substring(fromKey.length()),
                            to + entry.getValue().substring(from.length()));
                }
            }
        }
    }

    /** A write whose outcome is not known (an injected fault): the file is no longer checked. */
    public void markUncertain(String path) {
        Content content = entry(key(path));
        if (content != null) {
            content.uncertain = true;
        }
    }

    public boolean uncertain(String path) {
        Content content = entry(key(path));
        return content != null && content.uncertain;
    }

    public long size(String path) {
        Content content = entry(key(path));
        return content == null ? -1 : content.size;
    }

    /** The bytes [offset, offset+length) clipped to the size; null when the file is not checked. */
    public byte[] read(String path, long offset, int length) {
        Content content = entry(key(path));
        if (content == null || offset >= content.size) {
            return new byte[0];
        }
        int count = (int) (Math.min(content.size, offset + length) - offset);
        if (content.bytes != null) {
            return Arrays.copyOfRange(content.bytes, (int) offset, (int) offset + count);
        }
        if (content.uncertain) {
            return null;
        }
        byte[] bytes = new byte[count];
        try {
            FileContents.read(image, content.original, offset, bytes, 0, count);
        } catch (IOException e) {
            return null;
        }
        return bytes;
    }

    /** The whole file; null when it is not known (not checked, or too large to hold). */
    public byte[] content(String path) {
        Content content = entry(key(path));
        if (content == null || (content.uncertain && content.bytes == null) || content.size > MAX_HELD) {
            return null;
        }
        return read(path, 0, (int) content.size);
    }

    /** How many files there are. */
    public int fileCount() {
        return files == null ? volume.files().size() : files.size();
    }

    /** The files' paths as written when created or renamed, sorted. */
    public Set<String> files() {
        return new TreeSet<>(paths());
    }

    /** The files' paths, sorted, as a list kept until the next create, delete or rename. */
    public List<String> paths() {
        if (paths == null) {
            List<String> all = new ArrayList<>(index().size());
            for (Object entry : index().values()) {
                all.add(entry instanceof VolumeFile file ? file.path() : ((Content) entry).path);
            }
            Collections.sort(all);
            paths = Collections.unmodifiableList(all);
        }
        return paths;
    }

    /** The directories' paths as written (the root left out), in key order. */
    public List<String> directories() {
        return List.copyOf(directories.values());
    }
}
