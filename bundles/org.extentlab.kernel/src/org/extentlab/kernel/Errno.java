package org.extentlab.kernel;

/** The errors the protocol's calls and the simulated system calls return (macOS numbering). */
public enum Errno {
    EPERM(1, "operation not permitted"),
    ENOENT(2, "no such file or directory"),
    EIO(5, "input/output error"),
    EEXIST(17, "file exists"),
    ENOTDIR(20, "not a directory"),
    EISDIR(21, "is a directory"),
    EINVAL(22, "invalid argument"),
    EROFS(30, "read-only file system"),
    EFBIG(27, "file too large"),
    ENOSPC(28, "no space left on device"),
    ENOTSUP(45, "operation not supported"),
    ENAMETOOLONG(63, "file name too long"),
    ENOTEMPTY(66, "directory not empty"),
    EBADF(9, "bad file descriptor");

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }
}
