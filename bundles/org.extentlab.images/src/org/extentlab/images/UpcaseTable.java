package org.extentlab.images;

/**
 * An exFAT volume's up-case table: how the volume folds each UTF-16 code unit to upper case, so names
 * compare without regard to case and name hashes can be checked. On disk the table is a list of
 * 16-bit values; the value 0xFFFF followed by a count N means "the next N code units map to
 * themselves" (the compressed form the specification recommends). Code units the table does not
 * reach map to themselves.
 */
public final class UpcaseTable {
    private static final int UNITS = 0x10000;
    private static final int SKIP = 0xFFFF;

    private final char[] upper;

    private UpcaseTable(char[] upper) {
        this.upper = upper;
    }

    /** The table that folds only a–z, for a volume whose own table cannot be read. */
    public static UpcaseTable asciiOnly() {
        char[] upper = identity();
        for (char c = 'a'; c <= 'z'; c++) {
            upper[c] = (char) (c - 'a' + 'A');
        }
        return new UpcaseTable(upper);
    }

    /** Decodes {@code length} bytes of an on-disk table (compressed or not). */
    public static UpcaseTable parse(byte[] data, int length) throws ImageFormatException {
        if (length < 2 || length % 2 != 0 || length > data.length) {
            throw new ImageFormatException("the exFAT up-case table is " + length + " bytes long");
        }
        char[] upper = identity();
        int index = 0;
        boolean counting = false;
        for (int at = 0; at + 1 < length && index < UNITS; at += 2) {
            int value = (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
            if (counting) {
                index += value; // a run of code units that map to themselves
                counting = false;
            } else if (value == SKIP && index != SKIP) {
                counting = true;
            } else {
                upper[index++] = (char) value;
            }
        }
        return new UpcaseTable(upper);
    }

    /** The table checksum exFAT stores in the up-case table's directory entry. */
    public static int checksum(byte[] data, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum = ((sum & 1) << 31 | sum >>> 1) + (data[i] & 0xFF);
        }
        return sum;
    }

    public char upcase(char c) {
        return upper[c];
    }

    public String upcase(CharSequence name) {
        char[] folded = new char[name.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = upper[name.charAt(i)];
        }
        return new String(folded);
    }

    /** The stream extension's name hash: a 16-bit rotating sum over the up-cased name's UTF-16LE bytes. */
    public int nameHash(CharSequence name) {
        int hash = 0;
        for (int i = 0; i < name.length(); i++) {
            char folded = upper[name.charAt(i)];
            hash = ((hash & 1) << 15 | hash >>> 1) + (folded & 0xFF) & 0xFFFF;
            hash = ((hash & 1) << 15 | hash >>> 1) + (folded >>> 8) & 0xFFFF;
        }
        return hash;
    }

    private static char[] identity() {
        char[] upper = new char[UNITS];
        for (int i = 0; i < UNITS; i++) {
            upper[i] = (char) i;
        }
        return upper;
    }
}
