#!/usr/bin/env bash
# Runs the whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (the "ci-asan"
# preset: SP_SANITIZE=ON, warnings are errors) inside the same private keyring session: the same as
#   SP_TEST_SANITIZE=1 scripts/test.sh [ctest arguments]
# which is what CI runs. Any sanitizer report fails the test that produced it
# (scripts/lib/sanitizer-env.sh). Environment: as scripts/test.sh (build folder build/asan).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SP_TEST_SANITIZE=1 exec "$root/scripts/test.sh" "$@"
