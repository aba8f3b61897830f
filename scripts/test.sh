#!/usr/bin/env bash
# Runs every test of SellerPulse Desktop on a Debian 12 machine, fresh or not:
#   scripts/test.sh              everything
#   scripts/test.sh -R Session   extra arguments go to ctest
#   SP_TEST_SANITIZE=1 scripts/test.sh   the same, built with ASan+UBSan (build/asan; what CI runs)
# Steps: Debian packages (and SQLCipher's source), SQLCipher, the contract tests' npm tools, the house rules a grep can check,
# configure + build (build/test, Debug, warnings are errors), then ctest inside a private D-Bus
# session with an unlocked gnome-keyring. Exits non-zero if anything failed; the last line is
# ctest's summary. A second run is incremental.
# With SP_TEST_SANITIZE=1 the build is the "ci-asan" preset (ASan+UBSan+LeakSanitizer, warnings are
# errors, benchmarks built) and any sanitizer report fails its test: one build checks both, which
# halves CI's time against a plain build plus a sanitized one.
# Environment: SP_TEST_BUILD_DIR (default build/test, or build/asan), SP_TEST_JOBS (parallel tests, default 2),
# SP_BUILD_JOBS (default: the machine's cores), SP_STAGE_TIMES (a file that receives
# "<stage> <seconds>" lines, used by .ci/run).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sanitize=${SP_TEST_SANITIZE:-0}
if [ "$sanitize" = 1 ]; then
  preset=ci-asan
  build=${SP_TEST_BUILD_DIR:-$root/build/asan}
else
  preset=ci
  build=${SP_TEST_BUILD_DIR:-$root/build/test}
fi
test_jobs=${SP_TEST_JOBS:-2}
build_jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
stage_file=${SP_STAGE_TIMES:-}

say() { printf '\n== test.sh: %s\n' "$*"; }
stage_started=0
begin_stage() { stage_started=$SECONDS; say "$1"; }
end_stage() { [ -z "$stage_file" ] || echo "$1 $((SECONDS - stage_started))" >>"$stage_file"; }

# ---- 1. Debian packages (installs only what is missing) ----
begin_stage "Debian packages"
"$root/scripts/install-deps.sh"
end_stage deps

# ---- 1b. The SQLCipher the core links, built once from Debian's source (shared by every preset) ----
begin_stage "SQLCipher (scripts/build-sqlcipher.sh; reused when already built)"
"$root/scripts/build-sqlcipher.sh" >/dev/null
end_stage sqlcipher

# ---- 2. npm tools of the contract tests, pinned by package-lock.json ----
# node_modules is stale when package-lock.json changed since the last `npm ci`.
begin_stage "npm tools for the contract tests"
contract="$root/tests/contract"
lock_sum=$(sha256sum "$contract/package-lock.json" | cut -d' ' -f1)
stamp="$contract/node_modules/.sp-lock.sha256"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  echo "node_modules is up to date"
else
  (cd "$contract" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$stamp"
fi
end_stage npm

# ---- 3. House rules that a grep can check (scripts/check-rules.sh) ----
begin_stage "house rules"
rule_failures=0
"$root/scripts/check-rules.sh" || rule_failures=1
end_stage rules

# ---- 4. Configure and build everything ----
begin_stage "configure and build ($build, $build_jobs jobs)"
# A folder configured with another generator cannot be reused: start it afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
  echo "$build was configured with another generator; configuring it afresh"
  rm -rf "$build"
fi
configure_log=$(mktemp -t sp-configure.XXXXXX)
# The "ci" preset (CMakePresets.json): Debug, warnings are errors; a compiler cache when there is one.
command -v ccache >/dev/null && export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
(cd "$root" && cmake --preset "$preset" -B "$build") >"$configure_log" 2>&1 \
  || { cat "$configure_log"; rm -f "$configure_log"; echo "test.sh: configure failed" >&2; exit 1; }
grep -iE 'warning' -A3 "$configure_log" || true
tail -n 1 "$configure_log"; rm -f "$configure_log"
cmake --build "$build" --parallel "$build_jobs" || { echo "test.sh: the build failed (see above)" >&2; exit 1; }
end_stage configure+build

# ---- 5. Every test: private D-Bus session + unlocked keyring, offscreen widgets ----
begin_stage "ctest (-j$test_jobs)"
ctest_log="$build/test.sh-ctest.log"
# shellcheck source=lib/sanitizer-env.sh
[ "$sanitize" != 1 ] || . "$root/scripts/lib/sanitizer-env.sh"
# shellcheck source=lib/run-ctest.sh
. "$root/scripts/lib/run-ctest.sh"
run_ctest "$build" "$ctest_log" -j"$test_jobs" "$@"
end_stage tests

echo
if [ "$rule_failures" -gt 0 ]; then
  echo "test.sh: house rules broken (see \"house rules\" above)"
fi
if [ "$sanitize" = 1 ]; then # every sanitizer finding once more, together
  grep -E '^(SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer|.*runtime error:)' "$ctest_log" | sort | uniq -c || true
fi
summary=$(grep -E 'tests passed, .* tests failed out of|No tests were found' "$ctest_log" | tail -n 1 || true)
echo "${summary:-test.sh: ctest printed no summary (exit code $ctest_rc)}"
[ "$ctest_rc" -eq 0 ] && [ "$rule_failures" -eq 0 ]
