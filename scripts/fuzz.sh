#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang 14 (ASan+UBSan, core instrumented too) and runs
# each for a bounded time from its seed corpus in fuzz/corpus/<target>/:
#   scripts/fuzz.sh                 every target, SP_FUZZ_SECONDS each (default 45)
#   scripts/fuzz.sh fuzz_jwt_claims one target
# Prints `FUZZ <target> <execs> execs` per target. A crash stops that target and leaves the input in
# the build folder (<target>-crash-*); turn it into a unit test with that input, then fix the bug.
# Environment: SP_FUZZ_BUILD_DIR (default build/fuzz), SP_FUZZ_SECONDS, SP_FUZZ_JOBS (targets run at
# once, default: the cores), SP_BUILD_JOBS, SP_STAGE_TIMES.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_FUZZ_BUILD_DIR:-$root/build/fuzz}
seconds=${SP_FUZZ_SECONDS:-45}
fuzz_jobs=${SP_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
cxx=${SP_FUZZ_CXX:-clang++-14}
stage_file=${SP_STAGE_TIMES:-}
stage_started=$SECONDS
end_stage() { [ -z "$stage_file" ] || echo "$1 $((SECONDS - stage_started))" >>"$stage_file"; stage_started=$SECONDS; }
command -v "$cxx" >/dev/null || { echo "fuzz.sh: $cxx not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }

command -v ccache >/dev/null && export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
# Only what the fuzzers link is built (core, and the ui's export library for the CSV writer).
# The "fuzz" preset (CMakePresets.json); SP_FUZZ_CXX may name another clang.
(cd "$root" && cmake --preset fuzz -B "$build" -DCMAKE_CXX_COMPILER="$cxx") >"$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; echo "fuzz.sh: configure failed" >&2; exit 1; }
cmake --build "$build" --parallel "$jobs" --target fuzzers
end_stage fuzz-build

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cd "$root/fuzz/corpus" && ls -d fuzz_* | sort)
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Qt's OpenSSL backend is never loaded by these targets; LSan needs no suppressions.
# One fuzzer per core at a time (each is single-threaded): the same seconds per target, half the wall time.
fuzz_one() { # fuzz_one TARGET: runs it, prints its FUZZ line, returns non-zero on a finding
  local target=$1 seeds="$root/fuzz/corpus/$1" work log rc execs
  [ -x "$build/bin/$target" ] || { echo "fuzz.sh: no fuzzer $target in $build/bin" >&2; return 1; }
  work=$(mktemp -d -t "sp-$target.XXXXXX") # new inputs go here; the repository keeps only the seeds
  log="$build/$target.log"
  rc=0
  (cd "$build" && "./bin/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -dict="$root/fuzz/dict/json.dict" -artifact_prefix="$build/$target-" "$work" "$seeds") \
    >"$log" 2>&1 || rc=$?
  execs=$(grep -oP 'stat::number_of_executed_units:\s*\K[0-9]+' "$log" | tail -n 1 || true)
  echo "FUZZ $target ${execs:-0} execs"
  rm -rf "$work"
  if [ $rc -ne 0 ]; then
    echo "fuzz.sh: $target failed (exit $rc); the end of $log:" >&2
    tail -n 40 "$log" >&2
    ls "$build/$target"-* 2>/dev/null | grep -v '\.log$' >&2 || true
    return 1
  fi
}
failed=0
running=()
for target in "${targets[@]}"; do
  if [ ${#running[@]} -ge "$fuzz_jobs" ]; then
    wait "${running[0]}" || failed=1
    running=("${running[@]:1}")
  fi
  fuzz_one "$target" &
  running+=($!)
done
for pid in "${running[@]}"; do wait "$pid" || failed=1; done
end_stage fuzz-run
exit $failed
