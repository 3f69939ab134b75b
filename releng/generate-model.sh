#!/usr/bin/env bash
# Regenerates bundles/org.extentlab.model/src-gen (and model/extentlab.genmodel) from
# model/extentlab.ecore with EMF's generator, run standalone from Maven Central's EMF jars.
# Hand-written code lives in the bundle's src/ and is not touched.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/releng/bootstrap.sh"
rm -rf "$top/bundles/org.extentlab.model/src-gen"
"$MVN" -B -ntp -q -f "$top/releng/modelgen/pom.xml" compile exec:java -Dexec.cleanupDaemonThreads=false
