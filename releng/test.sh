#!/usr/bin/env bash
# The whole test suite: builds every bundle, runs the headless tests and the workbench tests under
# Xvfb, builds the update site and the product, installs the feature from the site into an empty
# folder and starts it, and smoke-tests the product. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
source releng/bootstrap.sh
exec xvfb-run -a -s "-screen 0 1280x1024x24" "$MVN" -B -ntp verify "$@"
