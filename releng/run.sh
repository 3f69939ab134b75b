#!/usr/bin/env bash
# Builds Extent Lab (tests skipped) and starts the product on the bundled sample disk image.
#   releng/run.sh               build, then open the sample image
#   releng/run.sh IMAGE         build, then open IMAGE (the file itself is never written)
# EXTENTLAB_SKIP_BUILD=1 starts the last build without building again.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
source releng/bootstrap.sh
if [ "${EXTENTLAB_SKIP_BUILD:-0}" != 1 ]; then
  "$MVN" -B -ntp -q -DskipTests verify
fi
archive=$(ls releng/org.extentlab.repository/target/products/extentlab-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "run: no product archive; build without EXTENTLAB_SKIP_BUILD" >&2; exit 1; }
install=releng/org.extentlab.repository/target/run
rm -rf "$install" && mkdir -p "$install" && tar xzf "$archive" -C "$install"
[ -n "${DISPLAY:-}" ] || { echo "run: no X display; start it from a desktop session or under xvfb-run -a" >&2; exit 1; }
args=()
if [ $# -gt 0 ]; then args=("$(realpath "$1")"); fi
exec env EXTENTLAB_JAVA="$JAVA_HOME/bin/java" "$install/extentlab/extentlab" "${args[@]}"
