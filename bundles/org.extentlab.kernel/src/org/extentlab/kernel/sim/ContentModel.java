package org.extentlab.kernel.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What every file should contain after the operations so far, kept independently of the module:
 * the reference a scenario's reads and the saved image are checked against. Paths compare ignoring
 * case on volumes whose names do (FAT, exFAT).
 */
public final class ContentModel {
    private static final class Content {
        final String path;
        byte[] bytes = new byte[0];
        int size;
        boolean uncertain;

        Content(String path) {
            this.path = path;
        }
    }

    private final boolean ignoreCase;
    private final Map<String, Content> files = new TreeMap<>();
    private final Set<String> directories = new TreeSet<>();

    public ContentModel(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    private String key(String path) {
        return ignoreCase ? path.toUpperCase(Locale.ROOT) : path;
    }

    public boolean exists(String path) {
        return files.containsKey(key(path)) || directories.contains(key(path));
    }

    public boolean isDirectory(String path) {
        return directories.contains(key(path));
    }

    public void create(String path, long size) {
        Content content = new Content(path);
        files.put(key(path), content);
        resize(content, (int) size);
    }

    public void mkdir(String path) {
        directories.add(key(path));
    }

    public void write(String path, long offset, byte[] data, int length) {
        Content content = files.get(key(path));
        if (content == null) {
            return;
        }
        int end = (int) (offset + length);
        if (end > content.size) {
            resize(content, end);
        }
        System.arraycopy(data, 0, content.bytes, (int) offset, length);
    }

    public void truncate(String path, long size) {
        Content content = files.get(key(path));
        if (content != null) {
            resize(content, (int) size);
        }
    }

    private static void resize(Content content, int size) {
        if (size > content.bytes.length) {
            content.bytes = Arrays.copyOf(content.bytes, Math.max(size, content.bytes.length + content.bytes.length / 2));
        } else if (size < content.size) {
            Arrays.fill(content.bytes, size, content.size, (byte) 0);
        }
        content.size = size;
    }

    public void delete(String path) {
        String key = key(path);
        files.remove(key);
        directories.remove(key);
    }

    /** Moves a file, or a directory and everything under it. */
    public void rename(String from, String to) {
        delete(to);
        String fromKey = key(from);
        String toKey = key(to);
        Content file = files.remove(fromKey);
        if (file != null) {
            Content moved = new Content(to);
            moved.bytes = file.bytes;
            moved.size = file.size;
            moved.uncertain = file.uncertain;
            files.put(toKey, moved);
            return;
        }
        if (directories.remove(fromKey)) {
            directories.add(toKey);
            for (String key : new TreeSet<>(files.keySet())) {
                if (key.startsWith(fromKey + "/")) {
                    Content old = files.remove(key);
                    Content moved = new Content(to + old.path.substring(from.length()));
                    moved.bytes = old.bytes;
                    moved.size = old.size;
                    moved.uncertain = old.uncertain;
                    files.put(toKey + key.substring(fromKey.length()), moved);
                }
            }
            for (String key : new TreeSet<>(directories)) {
                if (key.startsWith(fromKey + "/")) {
                    directories.remove(key);
                    directories.add(toKey + key.substring(fromKey.length()));
                }
            }
        }
    }

    /** A write whose outcome is not known (an injected fault): the file is no longer checked. */
    public void markUncertain(String path) {
        Content content = files.get(key(path));
        if (content != null) {
            content.uncertain = true;
        }
    }

    public boolean uncertain(String path) {
        Content content = files.get(key(path));
        return content != null && content.uncertain;
    }

    public long size(String path) {
        Content content = files.get(key(path));
        return content == null ? -1 : content.size;
    }

    /** The bytes [offset, offset+length) clipped to the size. */
    public byte[] read(String path, long offset, int length) {
        Content content = files.get(key(path));
        if (content == null || offset >= content.size) {
            return new byte[0];
        }
        int end = (int) Math.min(content.size, offset + length);
        return Arrays.copyOfRange(content.bytes, (int) offset, end);
    }

    public byte[] content(String path) {
        Content content = files.get(key(path));
        return content == null ? null : Arrays.copyOf(content.bytes, content.size);
    }

    /** The files' paths as written when created or renamed. */
    public Set<String> files() {
        Set<String> paths = new TreeSet<>();
        for (Content content : files.values()) {
            paths.add(content.path);
        }
        return paths;
    }

    public Set<String> directoriesAsKeys() {
        return directories;
    }
}
