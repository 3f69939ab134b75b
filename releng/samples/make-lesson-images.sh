#!/usr/bin/env bash
# Makes the FAT16 and exFAT images the lessons use (bundles/org.extentlab.doc/lessons/images/):
# sample-fat16.img.gz, an 16 MiB FAT16 volume with 1 KiB clusters and a few files already on it (a
# fragmented one among them), sample-exfat.img.gz, an 8 MiB exFAT volume with 4 KiB clusters, and
# sample-ext4-inline.img.gz, a 2 MiB ext4 volume with inline_data whose small files live in their
# inodes.
# The ext4 sample comes from make-sample-image.sh. Both checked with their format's fsck.
# Usage: releng/samples/make-lesson-images.sh [OUTPUT-FOLDER]
set -euo pipefail
out=${1:-"$(cd "$(dirname "$0")/../.." && pwd)/bundles/org.extentlab.doc/lessons/images"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

fat=$work/sample-fat16.img
truncate -s 16M "$fat"
mkfs.fat -F 16 -s 2 -S 512 -n EXTENTLAB -i 5A3E1E55 --invariant "$fat" >/dev/null
export MTOOLS_SKIP_CHECK=1
printf 'Extent Lab FAT16 sample volume.\r\nFAT has no holes: every byte of a file lives in a cluster.\r\n' > "$work/README.TXT"
for i in $(seq 0 3000); do printf 'line %06d of BIG.BIN\n' "$i"; done > "$work/BIG.BIN"
truncate -s 65536 "$work/BIG.BIN"
touch -d @1795392000 "$work/README.TXT" "$work/BIG.BIN"
mcopy -m -i "$fat" "$work/README.TXT" "$work/BIG.BIN" ::/
mmd -i "$fat" ::/LESSONS
# Fragment a file on purpose: fillers side by side, every other one deleted, then a file larger
# than one gap.
for part in 1 2 3 4; do
  head -c 8192 /dev/zero | tr '\0' "$part" > "$work/FILL$part"
  touch -d @1795392000 "$work/FILL$part"
  mcopy -m -i "$fat" "$work/FILL$part" ::/LESSONS/
done
mdel -i "$fat" ::/LESSONS/FILL1 ::/LESSONS/FILL3
for i in $(seq 0 1000); do printf 'fragment line %06d\n' "$i"; done > "$work/FRAG.TXT"
truncate -s 20480 "$work/FRAG.TXT"
touch -d @1795392000 "$work/FRAG.TXT"
mcopy -m -i "$fat" "$work/FRAG.TXT" ::/LESSONS/
fsck.fat -n "$fat" >/dev/null || { echo "fsck.fat rejected the FAT sample" >&2; exit 1; }

exfat=$work/sample-exfat.img
truncate -s 8M "$exfat"
mkfs.exfat -c 4K -L EXTENTLAB "$exfat" >/dev/null
fsck.exfat -n "$exfat" >/dev/null || { echo "fsck.exfat rejected the exFAT sample" >&2; exit 1; }

inline=$work/sample-ext4-inline.img
export E2FSPROGS_FAKE_TIME=1795392000   # 2026-11-23 00:00:00 UTC
mkdir -p "$work/inline/notes"
printf 'A short note, kept inside its inode.\n' > "$work/inline/notes/inline.txt"
printf 'Hello.\n' > "$work/inline/hello.txt"
find "$work/inline" -exec touch -h -d @"$E2FSPROGS_FAKE_TIME" {} +
mke2fs -q -F -t ext4 -O inline_data -b 1024 -I 256 -L extentlab-inline \
  -U 6c1a7e3e-5a1e-4e1a-9b0e-0123456789ac -E hash_seed=0e2d7a55-1c3d-4f00-8a6b-13579bdf2469 \
  -d "$work/inline" "$inline" 2M
e2fsck -fn "$inline" >/dev/null 2>&1 || { echo "e2fsck rejected the inline sample" >&2; exit 1; }

for image in "$fat" "$exfat" "$inline"; do
  gzip -9 -n -c "$image" > "$out/$(basename "$image").gz"
  echo "wrote $out/$(basename "$image").gz ($(stat -c %s "$out/$(basename "$image").gz") bytes compressed)"
done
