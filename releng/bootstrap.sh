#!/usr/bin/env bash
# Sourced by releng/run.sh, releng/test.sh and .ci/run: makes a fresh Debian machine able to build,
# test and run Extent Lab, and exports JAVA_HOME, MVN and PATH for the caller.
#  1. the Debian packages (GTK, WebKitGTK for the help's pages and Xvfb for the workbench, the mkfs/fsck/sleuthkit tools the tests
#     compare with), installed when missing and running as root;
#  2. a JDK >= 21: JAVA_HOME if it is one, else the newest under /usr/lib/jvm;
#  3. Maven >= 3.9.9 (Tycho 5 needs it): mvn on PATH if new enough, else Apache Maven fetched as an
#     artifact by whatever mvn the machine has, into ~/.cache/extentlab/tools.
# Fails with a message saying what is missing and how to get it.

extentlab_fail() { echo "bootstrap: $*" >&2; return 1; }

extentlab_packages() {
  local wanted=(libgtk-3-0 libwebkit2gtk-4.1-0 xvfb xauth fonts-dejavu-core imagemagick x11-utils python3 unzip
    e2fsprogs dosfstools mtools exfatprogs sleuthkit fdisk util-linux ntfs-3g genisoimage btrfs-progs
    xfsprogs squashfs-tools xz-utils zstd maven)
  local missing=() pkg
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    extentlab_fail "missing Debian packages: ${missing[*]} (install them with apt-get as root)"; return 1
  fi
  echo "bootstrap: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { extentlab_fail "apt-get could not install ${missing[*]}"; return 1; }
}

extentlab_java_feature() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

extentlab_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
      && [ "$(extentlab_java_feature "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local best="" best_version=0 dir version
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    [ -x "$dir/bin/javac" ] || continue
    version=$(extentlab_java_feature "$dir/bin/java")
    if [ -n "$version" ] && [ "$version" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
      best=$dir best_version=$version
    fi
  done
  [ -n "$best" ] || { extentlab_fail "no JDK 21 or newer under /usr/lib/jvm; install one (Temurin 21+) or set JAVA_HOME"; return 1; }
  export JAVA_HOME=$best
}

extentlab_maven() {
  local version=3.9.11
  local tools=${EXTENTLAB_TOOLS:-$HOME/.cache/extentlab/tools}
  local candidate found=""
  candidate=$(command -v mvn 2>/dev/null || true)
  [ -n "$candidate" ] && found=$("$candidate" -B -v 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | awk '/^Apache Maven/ && !seen { print $1, $2, $3; seen = 1 }')
  if grep -Eq 'Apache Maven (3\.9\.(9|[1-9][0-9])|3\.[1-9][0-9]|[4-9]\.)' <<<"$found"; then
    export MVN=$candidate; return 0
  fi
  if [ ! -x "$tools/apache-maven-$version/bin/mvn" ]; then
    [ -n "$candidate" ] || { extentlab_fail "no mvn at all to fetch Maven $version with (apt-get install maven)"; return 1; }
    echo "bootstrap: fetching Apache Maven $version with $candidate (${found:-version unknown})"
    local scratch
    scratch=$(mktemp -d)
    (cd "$scratch" && "$candidate" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact=org.apache.maven:apache-maven:$version:tar.gz:bin -DoutputDirectory="$scratch") \
      || { rm -rf "$scratch"; extentlab_fail "could not fetch Apache Maven $version from the default Maven repository"; return 1; }
    mkdir -p "$tools" && tar xzf "$scratch/apache-maven-$version-bin.tar.gz" -C "$tools"
    rm -rf "$scratch"
  fi
  export MVN=$tools/apache-maven-$version/bin/mvn
}

extentlab_packages && extentlab_jdk && extentlab_maven || return 1 2>/dev/null || exit 1
export PATH=$JAVA_HOME/bin:$PATH
echo "bootstrap: JDK $JAVA_HOME, $("$MVN" -B -v 2>/dev/null | awk '/^Apache Maven/ && !seen { print $1, $2, $3; seen = 1 }')"
