#!/usr/bin/env bash
# Benchmarks, run on demand (not part of the test suite). Builds Extent Lab without tests, makes the
# benchmark images with mke2fs -d, and runs each benchmark, which measures its own reference in the
# same run:
#   - ext4 with 100,000 files: full load against e2fsck -fn, retained heap;
#   - ext4 holding one file of 1,000,000 extents (data in every other 1 KiB block): the same;
#   - the simulated kernel (KernelBenchmark): protocol pairs per second with tracing to memory, a
#     256 MiB file read through the kernel-offloaded and the read/write paths against a plain
#     FileChannel read, and a 1,000,000-operation random scenario (time, peak heap);
#   - the Volume Map (MapPaintBenchmark, under Xvfb): a 1600x900 frame of an ext4 volume of 2^24
#     blocks against a blit of a ready image and a rectangle call per cell, and frames per second
#     while a scenario runs.
# Images go to $EXTENTLAB_BENCH_DIR (default target/benchmarks); about 2.2 GB of disk.
# EXTENTLAB_BENCH_ONLY=kernel runs only the kernel benchmarks; =map only the Volume Map's; =load only the
# loads of the two ext4 images (and the content model of their files).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source releng/bootstrap.sh
"$MVN" -B -ntp -q -DskipTests clean package \
  -pl target-platform,bundles/org.extentlab.model,bundles/org.extentlab.images,bundles/org.extentlab.kernel,bundles/org.extentlab.ui,bundles/org.extentlab.benchmarks
work=${EXTENTLAB_BENCH_DIR:-$top/target/benchmarks}
mkdir -p "$work"
classpath=""
for bundle in model images kernel ui benchmarks; do
  classpath=$classpath${classpath:+:}$(ls bundles/org.extentlab.$bundle/target/org.extentlab.$bundle-*.jar | head -n 1)
done
# The readers report progress through Equinox's IProgressMonitor, which needs equinox.common and the
# OSGi framework's debug classes on a plain class path; both jars are in the local repository.
repository=$("$MVN" -q help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null)
for jar in org.eclipse.equinox.common org.eclipse.osgi org.eclipse.swt.gtk.linux.x86_64; do
  classpath=$classpath:$(ls "$repository"/org/eclipse/platform/$jar/*/$jar-*.jar | grep -v sources | sort -V | tail -n 1)
done

if [ "${EXTENTLAB_BENCH_ONLY:-}" != kernel ] && [ "${EXTENTLAB_BENCH_ONLY:-}" != load ]; then
  huge=$work/ext4-2p24-blocks.img
  if [ ! -f "$huge" ]; then
    echo "benchmark: making a sparse ext4 image of 2^24 4 KiB blocks (64 GiB apparent, little real disk)"
    rm -f "$huge.part" && truncate -s 64G "$huge.part"
    mke2fs -q -F -t ext4 -b 4096 -E lazy_itable_init=1,lazy_journal_init=1 "$huge.part" && mv "$huge.part" "$huge"
  fi
  echo
  xvfb-run -a -s "-screen 0 1920x1080x24" "$JAVA_HOME/bin/java" -Xmx4g -cp "$classpath" \
    org.extentlab.internal.benchmarks.MapPaintBenchmark "$huge"
  if [ "${EXTENTLAB_BENCH_ONLY:-}" = map ]; then
    exit 0
  fi
fi

if [ "${EXTENTLAB_BENCH_ONLY:-}" != load ]; then
big=$work/fat32-big-file.img
if [ ! -f "$big" ]; then
  echo "benchmark: making a FAT32 image holding a 256 MiB file"
  head -c $((256 << 20)) /dev/urandom > "$work/big.bin"
  rm -f "$big.part" && mkfs.fat -C -F 32 -s 8 "$big.part" $((320 << 10)) >/dev/null
  mcopy -i "$big.part" "$work/big.bin" ::/big.bin && rm "$work/big.bin" && mv "$big.part" "$big"
fi
scratch=$work/fat32-scratch.img
rm -f "$scratch" && mkfs.fat -C -F 32 -s 8 "$scratch" $((512 << 10)) >/dev/null
echo
"$JAVA_HOME/bin/java" -Xmx4g -cp "$classpath" org.extentlab.internal.benchmarks.KernelBenchmark "$big" "$scratch" \
  "${EXTENTLAB_BENCH_OPERATIONS:-1000000}"
if [ "${EXTENTLAB_BENCH_ONLY:-}" = kernel ]; then
  exit 0
fi
fi

many=$work/many-files.img
if [ ! -f "$many" ]; then
  echo "benchmark: making an ext4 image with 100,000 files"
  tree=$work/many-files
  rm -rf "$tree" && mkdir -p "$tree"
  python3 - "$tree" <<'PY'
import os, sys
root = sys.argv[1]
for d in range(100):
    folder = os.path.join(root, "dir%03d" % d)
    os.mkdir(folder)
    for f in range(1000):
        with open(os.path.join(folder, "file%04d.txt" % f), "w") as out:
            out.write("file %d of dir %d\n" % (f, d) * (1 + f % 7))
PY
  mke2fs -q -F -t ext4 -N 110000 -d "$tree" "$many" 1G
  rm -rf "$tree"
fi

fragmented=$work/million-extents.img
if [ ! -f "$fragmented" ]; then
  echo "benchmark: making an ext4 image holding a file of 1,000,000 extents"
  tree=$work/checkerboard
  rm -rf "$tree" && mkdir -p "$tree"
  python3 - "$tree/checkerboard.bin" <<'PY'
import sys
block = 1024
with open(sys.argv[1], "wb") as out:
    for i in range(1_000_000):
        out.seek(2 * i * block)
        out.write(bytes([1 + i % 250]) * block)
PY
  mke2fs -q -F -t ext4 -b 1024 -d "$tree" "$fragmented" 1200M
  rm -rf "$tree"
fi

for image in "$many" "$fragmented"; do
  echo
  "$JAVA_HOME/bin/java" -Xmx2g -cp "$classpath" org.extentlab.internal.benchmarks.ImageLoadBenchmark "$image" 5
done
