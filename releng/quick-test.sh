#!/usr/bin/env bash
# One headless test class (or method) in seconds, without Tycho: compiles the model, images and
# kernel bundles and the two headless test bundles with javac against the jars a full build left in
# the local Maven repository, and runs the class with JUnit's console launcher, from the test bundle's
# folder (tests find the lessons as ../org.extentlab.doc/lessons). Workbench tests need the full run.
#   releng/quick-test.sh ExtReaderTest
#   releng/quick-test.sh 'PowerCutTest#theRunCommandSavesTheCutImageAndPrintsTheCheckersReport'
# Run `bash releng/test.sh` once first (it fills the repository); the console launcher is fetched the
# first time.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: releng/quick-test.sh TestClass[#method]"; exit 1; }
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/releng/bootstrap.sh" >/dev/null
repo=${MAVEN_REPO:-$HOME/.m2/repository}
junit_version=1.14.4
newest() { # the newest jar of group path $1, artifact $2 in the repository
  local dir=$repo/$1/$2
  local version
  version=$(ls "$dir" 2>/dev/null | grep -E '^[0-9]' | sort -V | tail -n 1)
  [ -n "$version" ] && [ -f "$dir/$version/$2-$version.jar" ] || {
    echo "quick-test: no $2 in $repo; run bash releng/test.sh once" >&2; exit 2; }
  echo "$dir/$version/$2-$version.jar"
}
console=$repo/org/junit/platform/junit-platform-console-standalone/$junit_version/junit-platform-console-standalone-$junit_version.jar
if [ ! -f "$console" ]; then
  $MVN -q dependency:get -Dartifact=org.junit.platform:junit-platform-console-standalone:$junit_version >/dev/null
fi
libs=$(newest org/eclipse/emf org.eclipse.emf.common):$(newest org/eclipse/emf org.eclipse.emf.ecore)
libs=$libs:$(newest org/eclipse/emf org.eclipse.emf.ecore.xmi):$(newest org/eclipse/platform org.eclipse.equinox.common)
libs=$libs:$(newest org/eclipse/platform org.eclipse.osgi):$(newest org/tukaani xz):$(newest io/airlift aircompressor)
out=$top/target/quick-test
cd "$top/bundles"
sources="org.extentlab.model/src org.extentlab.model/src-gen org.extentlab.images/src org.extentlab.kernel/src"
tests="org.extentlab.images.tests/src org.extentlab.kernel.tests/src"
# Compiled again only when a source changed since the last time (about 20 s; the run itself takes seconds).
if [ ! -f "$out/compiled" ] || [ -n "$(find $sources $tests -name '*.java' -newer "$out/compiled" | head -n 1)" ]; then
  rm -rf "$out" && mkdir -p "$out/main" "$out/tests"
  "$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$out/main" -cp "$libs" $(find $sources -name '*.java')
  "$JAVA_HOME/bin/javac" -nowarn -encoding UTF-8 -d "$out/tests" -cp "$out/main:$libs:$console" $(find $tests -name '*.java')
  touch "$out/compiled"
fi
class=${1%%#*}
method=${1#*#}
case "$class" in
  *.*) ;;
  *) for package in org.extentlab.images.tests org.extentlab.kernel.tests; do
       [ -f "$out/tests/${package//.//}/$class.class" ] && class=$package.$class; done ;;
esac
bundle=org.extentlab.kernel.tests
[[ $class == org.extentlab.images.tests.* ]] && bundle=org.extentlab.images.tests
select=(--select-class "$class")
[ "$method" != "$1" ] && select=(--select-method "$class#$method")
cd "$top/bundles/$bundle"
exec "$JAVA_HOME/bin/java" -jar "$console" execute --disable-banner --details=summary \
  --class-path "$out/main:$out/tests:$libs" "${select[@]}"
