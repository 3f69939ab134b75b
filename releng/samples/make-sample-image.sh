#!/usr/bin/env bash
# Makes the sample disk image that ships with the lessons (bundles/org.extentlab.doc/lessons/images/):
# a 4 MiB ext4 volume with 1 KiB blocks and a few files worth looking at (a fragmented file, a
# sparse file, a small file, nested directories). Deterministic: fixed UUID, hash seed and clock.
# Usage: releng/samples/make-sample-image.sh [OUTPUT.img.gz]
set -euo pipefail
out=${1:-"$(cd "$(dirname "$0")/../.." && pwd)/bundles/org.extentlab.doc/lessons/images/sample-ext4.img.gz"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export E2FSPROGS_FAKE_TIME=1795392000   # 2026-11-23 00:00:00 UTC
root=$work/root
mkdir -p "$root/lessons/deep/deeper"
printf 'Extent Lab sample volume.\nOpen a file to see its extents, then write to it and watch the kernel ask for mappings.\n' > "$root/README.txt"
printf 'A file of one block.\n' > "$root/lessons/small.txt"
printf 'Three directories down.\n' > "$root/lessons/deep/deeper/note.txt"
# 256 KiB of a recognisable pattern: one extent when written in one go.
for i in $(seq 0 5100); do printf 'line %08d of big.bin: the quick brown fox jumps.\n' "$i"; done > "$root/lessons/big.bin"
truncate -s 262144 "$root/lessons/big.bin"
# A sparse file: data, a 64 KiB hole, data.
printf 'start of sparse.bin\n' > "$root/lessons/sparse.bin"
printf 'end of sparse.bin\n' | dd of="$root/lessons/sparse.bin" bs=1 seek=$((65536 + 1024)) conv=notrunc status=none
find "$root" -exec touch -h -d @"$E2FSPROGS_FAKE_TIME" {} +
img=$work/sample-ext4.img
mke2fs -q -F -t ext4 -b 1024 -L extentlab-sample -U 6c1a7e3e-5a1e-4e1a-9b0e-0123456789ab \
  -E hash_seed=0e2d7a55-1c3d-4f00-8a6b-13579bdf2468 -d "$root" "$img" 4M
# Fragment a file on purpose: four fillers side by side, delete every other one, then write a file
# larger than one gap so that the allocator has to split it.
for part in 1 2 3 4; do
  head -c 8192 /dev/zero | tr '\0' "$part" > "$work/filler$part"
  debugfs -w -R "write $work/filler$part lessons/filler$part" "$img" >/dev/null 2>&1
done
debugfs -w -R "rm lessons/filler1" "$img" >/dev/null 2>&1
debugfs -w -R "rm lessons/filler3" "$img" >/dev/null 2>&1
for i in $(seq 0 1000); do printf 'fragment line %06d\n' "$i"; done > "$work/fragmented.txt"
truncate -s 20480 "$work/fragmented.txt"
debugfs -w -R "write $work/fragmented.txt lessons/fragmented.txt" "$img" >/dev/null 2>&1
e2fsck -fn "$img" >/dev/null 2>&1 || { echo "e2fsck rejected the sample image" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
gzip -9 -n -c "$img" > "$out"
echo "wrote $out ($(stat -c %s "$out") bytes compressed, 4 MiB image)"
