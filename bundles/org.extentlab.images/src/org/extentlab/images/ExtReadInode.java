package org.extentlab.images;

import java.nio.ByteBuffer;

/**
 * One inode as the reader walks the volume: the fields it needs, decoded by {@link ExtInode} from the
 * inode table (and the whole inode kept for inline data only).
 */
final class ExtReadInode {
    final long number;
    final int mode;
    final int flags;
    final long size;
    final boolean inline;
    final byte[] iBlock = new byte[60];
    /** i_blocks: 512-byte sectors, or file-system blocks when the inode has the huge_file flag. */
    final long blocksField;
    final int uid;
    final int gid;
    final int generation;
    /** i_links_count: the directory entries naming it (a directory: also "." and its subfolders' ".."). */
    final int links;
    /** i_dtime: when it was deleted; 0 for an inode in use. */
    final long deletionTime;
    final long accessTime;
    final long changeTime;
    final long modifyTime;
    /** The whole inode, kept only for inline data, whose rest lives in an extended attribute. */
    final byte[] raw;
    /** i_file_acl: the block holding its extended attributes, 0 for none. */
    final long attributeBlock;

    ExtReadInode(long number, ByteBuffer table, int at, int inodeSize) {
        this.number = number;
        mode = ExtInode.mode(table, at);
        flags = ExtInode.flags(table, at);
        size = ExtInode.size(table, at);
        inline = (flags & ExtInode.INLINE_DATA_FL) != 0;
        blocksField = ExtInode.blocks(table, at);
        uid = ExtInode.uid(table, at);
        generation = ExtInode.generation(table, at);
        links = ExtInode.links(table, at);
        deletionTime = ExtInode.deletionTime(table, at);
        gid = ExtInode.gid(table, at);
        accessTime = ExtInode.accessTime(table, at);
        changeTime = ExtInode.changeTime(table, at);
        modifyTime = ExtInode.modifyTime(table, at);
        table.get(at + ExtInode.IBLOCK, iBlock);
        attributeBlock = ExtInode.attributeBlock(table, at);
        raw = inline ? new byte[inodeSize] : null;
        if (raw != null) {
            table.get(at, raw);
        }
    }

    ItemAttributes attributes() {
        return new ItemAttributes(mode, uid, gid, accessTime, modifyTime, changeTime);
    }

    /** The blocks the inode owns (data, holes excluded, plus extent tree or indirect blocks). */
    long allocatedBlocks(int blockSize) {
        return (flags & ExtInode.HUGE_FILE_FL) != 0 ? blocksField : blocksField / (blockSize / 512);
    }
}
