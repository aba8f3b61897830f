#!/usr/bin/env bash
# Runs the whole test suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (the
# `asan` preset: SP_SANITIZE=ON), inside the same private keyring session as scripts/test.sh.
#   scripts/test-asan.sh             everything
#   scripts/test-asan.sh -R Session  extra arguments go to ctest
# Any sanitizer report fails the test that produced it (halt_on_error / abort_on_error).
# LeakSanitizer suppressions: tests/core/lsan-openssl.supp (third-party only, each with its reason).
# Environment: SP_ASAN_BUILD_DIR (default build/asan), SP_TEST_JOBS (default 2), SP_BUILD_JOBS,
# SP_STAGE_TIMES (see scripts/test.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_ASAN_BUILD_DIR:-$root/build/asan}
test_jobs=${SP_TEST_JOBS:-2}
build_jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
stage_file=${SP_STAGE_TIMES:-}
stage_started=0
begin_stage() { stage_started=$SECONDS; printf '\n== test-asan.sh: %s\n' "$1"; }
end_stage() { [ -z "$stage_file" ] || echo "$1 $((SECONDS - stage_started))" >>"$stage_file"; }

begin_stage "configure and build with ASan+UBSan ($build)"
command -v ccache >/dev/null && export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
# Warnings are checked by the main build (scripts/test.sh, -Werror); the benchmarks are not tests.
# The "asan" preset (CMakePresets.json).
(cd "$root" && cmake --preset asan -B "$build") >"$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; echo "test-asan.sh: configure failed" >&2; exit 1; }
cmake --build "$build" --parallel "$build_jobs" || { echo "test-asan.sh: the build failed" >&2; exit 1; }
end_stage asan-build

begin_stage "ctest under ASan+UBSan (-j$test_jobs)"
# detect_leaks: LeakSanitizer at exit. abort_on_error/halt_on_error: the first report fails the test.
# detect_stack_use_after_return stays off: Qt's event loop makes it slow and it found nothing here.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_odr_violation=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/core/lsan-openssl.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
log="$build/test-asan.sh-ctest.log"
# shellcheck source=lib/run-ctest.sh
. "$root/scripts/lib/run-ctest.sh"
run_ctest "$build" "$log" -j"$test_jobs" "$@"
rc=$ctest_rc
end_stage asan-tests
# Name every sanitizer finding once more at the end, so a CI log reader sees them together.
grep -E '^(SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer|.*runtime error:)' "$log" | sort | uniq -c || true
summary=$(grep -E 'tests passed, .* tests failed out of' "$log" | tail -n 1 || true)
echo "ASan+UBSan: ${summary:-ctest printed no summary (exit code $rc)}"
exit "$rc"
