package org.extentlab.images;

/**
 * One entry of an MBR or GPT partition table.
 *
 * @param index       1-based number, as fdisk shows it
 * @param type        the MBR type byte in hex ("83") or the GPT type GUID
 * @param startOffset byte offset of the partition from the start of the image
 * @param length      length in bytes
 */
public record Partition(int index, String type, long startOffset, long length) {
}
