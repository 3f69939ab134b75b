#!/usr/bin/env bash
# Checks an installation of org.extentlab.feature made by the p2 director into an empty folder:
# the installed roots, the files a user needs, the start levels, and that the installed application
# starts headlessly with every bundle resolved.
# Usage: verify-installation.sh INSTALLATION JAVA
set -uo pipefail
install=$1 java=$2
failures=0
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then echo "  ok   $what"; else echo "  FAIL $what"; failures=$((failures + 1)); fi
}
echo "Installation test: $install"

profile=$(ls -t "$install"/p2/org.eclipse.equinox.p2.engine/profileRegistry/ExtentLab.profile/*.profile.gz 2>/dev/null | head -n 1)
check "the p2 profile ExtentLab exists" test -n "$profile"
roots=$(zcat "$profile" 2>/dev/null | python3 -c '
import sys, xml.etree.ElementTree as tree
profile = tree.parse(sys.stdin).getroot()
for unit in profile.iter("iuProperties"):
    if any(p.get("name") == "org.eclipse.equinox.p2.type.root" and p.get("value") == "true" for p in unit.iter("property")):
        print(unit.get("id"))
' | sort | tr '\n' ' ' | sed 's/ $//')
echo "  installed roots: ${roots:-none}"
check "org.extentlab.feature.feature.group is the one installed root" test "$roots" = "org.extentlab.feature.feature.group"
check "the feature folder is installed" compgen -G "$install/features/org.extentlab.feature_*"
check "org.extentlab.app is installed" compgen -G "$install/plugins/org.extentlab.app_*.jar"
check "org.extentlab.images is installed" compgen -G "$install/plugins/org.extentlab.images_*.jar"
check "the start script is an executable root file" test -x "$install/extentlab"
check "config.ini starts the simple configurator" grep -q 'org.eclipse.equinox.simpleconfigurator.*@1\\:start' "$install/configuration/config.ini"
info=$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
check "felix.scr starts at level 2" grep -Eq '^org\.apache\.felix\.scr,[^,]*,[^,]*,2,true$' "$info"
check "equinox.event starts at level 2" grep -Eq '^org\.eclipse\.equinox\.event,[^,]*,[^,]*,2,true$' "$info"
check "SPI Fly starts at level 2" grep -Eq '^org\.apache\.aries\.spifly\.dynamic\.bundle,[^,]*,[^,]*,2,true$' "$info"
check "core.runtime starts at level 4" grep -Eq '^org\.eclipse\.core\.runtime,[^,]*,[^,]*,4,true$' "$info"
check "the GTK SWT fragment is installed" grep -q '^org\.eclipse\.swt\.gtk\.linux\.x86_64,' "$info"

# Start the installed application headlessly: prints the version, exits 1 if a bundle is unresolved.
output=$(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.version \
  -consoleLog -data "$install/../installation-workspace" 2>&1)
status=$?
echo "$output" | sed 's/^/  | /'
check "the installed application ran and exited 0" test "$status" -eq 0
check "it printed its version" grep -Eq '^Extent Lab 0\.1\.0\.' <<<"$output"
check "every installed bundle resolved" grep -Eq '^bundles: [0-9]+ resolved, 0 unresolved$' <<<"$output"

# The installed extents command on an image made here: JSON on stdout, exit 0; a bad image: stderr, exit 2.
scratch=$(mktemp -d)
mkdir "$scratch/tree" && printf 'installed\n' > "$scratch/tree/hello.txt"
mke2fs -q -F -t ext4 -d "$scratch/tree" "$scratch/check.img" 4M >/dev/null 2>&1
json=$(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.extents \
  "$scratch/check.img" -data "$install/../installation-workspace" 2>/dev/null)
check "the extents command prints the image's JSON" python3 -c '
import json, sys
volume = json.loads(sys.argv[1])
assert volume["fs"] == "ext4" and [f["path"] for f in volume["files"]] == ["/hello.txt"], volume
' "$json"
head -c 1000 /dev/urandom > "$scratch/noise.img"
(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.extents \
  "$scratch/noise.img" -data "$install/../installation-workspace" >"$scratch/out" 2>"$scratch/err")
check "a bad image exits 2 with a message on stderr" test "$?" -eq 2 -a -s "$scratch/err" -a ! -s "$scratch/out"

# The installed run command: a scenario on a FAT image made here; trace, saved image fsck-clean, original unchanged.
mkfs.fat -C -F 16 "$scratch/fat.img" 16384 >/dev/null
before=$(sha256sum < "$scratch/fat.img")
printf 'seed 3\ncreate /notes.txt\nwrite /notes.txt 0 64K\nread /notes.txt 0 64K\n' > "$scratch/lesson.txt"
(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.run \
  --image "$scratch/fat.img" --script "$scratch/lesson.txt" --packer-capacity 2 --trace "$scratch/trace.jsonl" \
  --save-as "$scratch/saved.img" -data "$install/../installation-workspace" >"$scratch/out" 2>"$scratch/err")
check "the run command exits 0" test "$?" -eq 0
sed 's/^/  | /' "$scratch/out" "$scratch/err"
check "it wrote a trace with blockmapFile and completeIO" grep -q '"name":"completeIO"' "$scratch/trace.jsonl"
check "the saved image passes fsck.fat" fsck.fat -n "$scratch/saved.img"
check "the original image is unchanged" test "$(sha256sum < "$scratch/fat.img")" = "$before"

# The installed exercise command: four seeded questions with their answers, twice the same.
(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.exercise \
  --image "$scratch/fat.img" --seed 3 --count 4 --solve -data "$install/../installation-workspace" \
  >"$scratch/questions" 2>"$scratch/err")
check "the exercise command exits 0" test "$?" -eq 0
check "it asks four questions, each with its answer" test "$(grep -c '?$' "$scratch/questions")" -eq 4 -a \
  "$(grep -c '^   answer: ' "$scratch/questions")" -eq 4
sed 's/^/  | /' "$scratch/questions" "$scratch/err"

# A shipped lesson, run by the installed run command on the image it names.
lessons=$(ls -d "$install"/plugins/org.extentlab.doc_*/lessons 2>/dev/null | head -n 1)
check "the lessons are installed as files" test -f "$lessons/05-writes-allocate.txt"
(cd "$install" && EXTENTLAB_JAVA=$java timeout 120 ./extentlab -application org.extentlab.app.run \
  --image "$lessons/images/sample-fat16.img.gz" --script "$lessons/05-writes-allocate.txt" \
  --trace "$scratch/lesson.jsonl" -data "$install/../installation-workspace" >"$scratch/out" 2>"$scratch/err")
check "the lesson runs with nothing found" test "$?" -eq 0
rm -rf "$scratch"

if [ "$failures" -gt 0 ]; then
  echo "Installation test: $failures checks failed"
  exit 1
fi
echo "Installation test: all checks passed"
