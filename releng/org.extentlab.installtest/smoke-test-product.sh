#!/usr/bin/env bash
# Product smoke test: unpacks the product archive, starts Extent Lab on the X display (CI runs the
# build under xvfb-run), waits until its window names the bundled sample image, takes a screenshot,
# checks that the screenshot shows something, that the log has no errors, that the workspace follows
# HOME and that the lessons are there, then quits the app.
# Usage: smoke-test-product.sh PRODUCTS_DIR WORK_DIR JAVA
set -uo pipefail
products=$1 work=$2 java=$3
archive=$(ls "$products"/extentlab-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] || { echo "Product smoke test: no product archive in $products"; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "Product smoke test: no X display; run the build under xvfb-run -a"; exit 1; }
for tool in xwininfo import convert; do
  command -v "$tool" >/dev/null || { echo "Product smoke test: $tool is missing (x11-utils, imagemagick)"; exit 1; }
done
rm -rf "$work" && mkdir -p "$work"
tar xzf "$archive" -C "$work"
app=$work/extentlab
log=$work/extentlab.log
echo "Product smoke test: $(basename "$archive") -> $app ($(du -sh "$app" | cut -f1) unpacked)"
# No -data: the workspace must follow HOME (Java's own home folder comes from the password database).
EXTENTLAB_JAVA=$java HOME=$work/home "$app/extentlab" -consoleLog >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
title="Extent Lab — sample-ext4.img"
for _ in $(seq 1 120); do
  if xwininfo -root -tree 2>/dev/null | grep -qF "\"$title"; then found=1; break; fi
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
if [ -z "${found:-}" ]; then
  echo "Product smoke test: no window titled \"$title\" within 120 s; log:"
  sed 's/^/  | /' "$log"
  exit 1
fi
sleep 2 # let the status line and view paint
shot=$work/product-smoke.png
import -window root "$shot"
colours=$(convert "$shot" -format '%k' info:)
echo "  window \"$title\" is up; screenshot $shot has $colours colours"
failures=0
if [ -d "$work/home/.extentlab/workspace/.metadata" ]; then echo "  ok   the workspace is under HOME"
else echo "  FAIL the workspace is not under HOME ($work/home/.extentlab/workspace)"; failures=1; fi
# The lessons ship as files (a folder-shaped bundle), with their images.
if ls "$app"/plugins/org.extentlab.doc_*/lessons/images/sample-ext4.img.gz >/dev/null 2>&1; then
  echo "  ok   the lessons and their images are in plugins/org.extentlab.doc_*/lessons"
else echo "  FAIL no lessons folder in the product"; failures=1; fi
if [ -f "$(ls -d "$app"/plugins/org.extentlab.doc_* | head -n 1)/help/toc.xml" ]; then
  echo "  ok   the help pages and their toc are in plugins/org.extentlab.doc_*/help"
else echo "  FAIL no help pages in the product"; failures=1; fi
# Eclipse Help shows them: the help system, its window's web application and server, its search.
for bundle in org.eclipse.help.base org.eclipse.help.ui org.eclipse.help.webapp org.eclipse.ui.cheatsheets \
    org.eclipse.equinox.http.jetty org.eclipse.equinox.jsp.jasper org.apache.lucene.core; do
  if ls "$app"/plugins/${bundle}_* >/dev/null 2>&1; then echo "  ok   the product holds $bundle"
  else echo "  FAIL the product lacks $bundle (Eclipse Help)"; failures=1; fi
done
if [ "$colours" -lt 16 ]; then echo "  FAIL the screenshot is nearly blank"; failures=1; fi
if grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  echo "  FAIL the log has errors:"; sed 's/^/  | /' "$log"; failures=1
fi
# The Windows and macOS archives cannot start here; check that each holds what its platform needs.
check_archive() { # check_archive ARCHIVE LISTING-COMMAND PATTERN...
  local archive=$1 lister=$2; shift 2
  local listing
  listing=$($lister "$archive" 2>/dev/null)
  for pattern in "$@"; do
    if grep -Eq "$pattern" <<<"$listing"; then echo "  ok   $(basename "$archive") holds $pattern"
    else echo "  FAIL $(basename "$archive") lacks $pattern"; failures=1; fi
  done
}
windows=$(ls "$products"/extentlab-*-win32.win32.x86_64.zip 2>/dev/null | head -n 1)
mac=$(ls "$products"/extentlab-*-macosx.cocoa.aarch64.tar.gz 2>/dev/null | head -n 1)
if [ -z "$windows" ] || [ -z "$mac" ]; then echo "  FAIL the Windows or macOS archive is missing"; failures=1; else
  check_archive "$windows" "unzip -Z1" 'extentlab/extentlab\.cmd$' 'plugins/org\.eclipse\.swt\.win32\.win32\.x86_64_' \
    'configuration/org\.eclipse\.equinox\.simpleconfigurator/bundles\.info$' 'plugins/org\.extentlab\.app_'
  check_archive "$mac" "tar tvzf" '^-rwxr-xr-x .*Contents/Eclipse/extentlab$' 'plugins/org\.eclipse\.swt\.cocoa\.macosx\.aarch64_' \
    'configuration/org\.eclipse\.equinox\.simpleconfigurator/bundles\.info$' 'plugins/org\.extentlab\.app_'
  if unzip -Z1 "$windows" | grep -q 'swt\.gtk'; then echo "  FAIL the Windows archive holds the GTK fragment"; failures=1; fi
fi
[ "$failures" -eq 0 ] && echo "Product smoke test: passed" || exit 1
