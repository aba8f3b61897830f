# Sourced by scripts/test.sh and scripts/test-asan.sh: runs ctest once and, when tests failed,
# names what failed in a few lines (a CI log is read from its end).
#   run_ctest BUILD_DIR LOG [ctest arguments...]    sets ctest_rc
# With SP_CTEST_RETRY_FAILED=1 (.ci/run sets it) the failed tests run once more, alone: a test that
# then passes is reported as FLAKY (the run still passes) so it is fixed, not hidden; a test that
# fails again fails the run.
# SP_FAILURE_SUMMARY: a file that receives the summary lines (.ci/run prints it at the very end).
run_ctest() {
  local build=$1 log=$2
  shift 2
  set +e
  QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --no-tests=error "$@" 2>&1 | tee "$log"
  ctest_rc=${PIPESTATUS[0]}
  set -e
  [ "$ctest_rc" -ne 0 ] || return 0

  local failed
  failed=$(grep -oP '^\s+\d+ - \K\S+(?= \()' "$log" | sort -u | tr '\n' ' ')
  {
    echo "FAILED in $(basename "$build"): ${failed:-(no test named; exit $ctest_rc)}"
    # The assertion, its location, and any sanitizer verdict of each failed test.
    grep -E '^(FAIL!  :|   Loc: |SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer|.*runtime error:|.*\*\*\*(Failed|Timeout|Exception))' \
      "$log" | head -n 40
  } | tee -a "${SP_FAILURE_SUMMARY:-/dev/null}"

  if [ "${SP_CTEST_RETRY_FAILED:-0}" = 1 ] && [ -n "$failed" ]; then
    echo "== run-ctest: running the failed tests once more, one at a time: $failed"
    local retry_log=$log.retry
    set +e
    QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
      ctest --test-dir "$build" --output-on-failure --rerun-failed -j1 2>&1 | tee "$retry_log"
    local retry_rc=${PIPESTATUS[0]}
    set -e
    if [ "$retry_rc" -eq 0 ]; then
      echo "FLAKY in $(basename "$build") (failed, then passed alone): $failed" | tee -a "${SP_FAILURE_SUMMARY:-/dev/null}"
      ctest_rc=0
      # The summary line the callers print is the retry's.
      grep -E 'tests passed, .* tests failed out of' "$retry_log" | tail -n 1 >>"$log"
    else
      grep -E '^(FAIL!  :|   Loc: |SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer)' "$retry_log" | head -n 20 \
        | sed 's/^/again: /' | tee -a "${SP_FAILURE_SUMMARY:-/dev/null}"
    fi
  fi
}
