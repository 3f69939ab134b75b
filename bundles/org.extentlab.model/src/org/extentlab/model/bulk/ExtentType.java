package org.extentlab.model.bulk;

/** What a run of a file's logical range is backed by. */
public enum ExtentType {
    /** Allocated blocks holding the file's data. */
    DATA("data"),
    /** Nothing allocated: a sparse file's hole, reading as zeros. */
    HOLE("hole"),
    /** Allocated but not yet written (ext4 preallocation): reads as zeros, writes need no allocation. */
    UNWRITTEN("unwritten");

    private final String jsonName;

    ExtentType(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
