#!/usr/bin/env bash
# Runs every test of SellerPulse Desktop on a Debian 12 machine, fresh or not:
#   scripts/test.sh              everything
#   scripts/test.sh -R Session   extra arguments go to ctest
# Steps: Debian packages, the contract tests' npm tools, the house rules a grep can check,
# configure + build (build/test, Debug, warnings are errors), then ctest inside a private D-Bus
# session with an unlocked gnome-keyring. Exits non-zero if anything failed; the last line is
# ctest's summary. A second run is incremental.
# Environment: SP_TEST_BUILD_DIR (default build/test), SP_TEST_JOBS (parallel tests, default 2),
# SP_BUILD_JOBS (default: the machine's cores), SP_STAGE_TIMES (a file that receives
# "<stage> <seconds>" lines, used by .ci/run).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_TEST_BUILD_DIR:-$root/build/test}
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

# ---- 3. House rules that a grep can check ----
begin_stage "house rules"
rule_failures=0
rule() { # rule NAME OUTPUT: OUTPUT empty means the rule holds
  if [ -z "$2" ]; then echo "ok   $1"; else echo "FAIL $1"; printf '%s\n' "$2" | sed 's/^/       /'; rule_failures=$((rule_failures + 1)); fi
}
# Lines of C++/CMake sources under the given folders whose code (before any // comment) matches a
# Perl regex; comments that explain a rule ("never VerifyNone") do not count.
code_grep() {
  local regex=$1; shift
  local dirs=()
  for d in "$@"; do [ -d "$root/$d" ] && dirs+=("$root/$d"); done
  [ ${#dirs[@]} -gt 0 ] || return 0
  grep -rnP --include='*.cpp' --include='*.h' --include='*.hpp' --include='*.mm' \
    --include='CMakeLists.txt' --include='*.cmake' "^(?:(?!//).)*?$regex" "${dirs[@]}" 2>/dev/null \
    | sed "s|^$root/||" || true
}
# Every header name of QtGui and QtWidgets (QImage, QWidget, ...), from the installed Qt.
qt_include=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
gui_headers=$(cd "$qt_include" 2>/dev/null && ls QtGui QtWidgets 2>/dev/null | grep -E '^Q[A-Za-z0-9]+$' | sort -u | paste -sd'|' || true)
gui_regex='#\s*include\s*[<"](QtGui|QtWidgets)\b'
[ -z "$gui_headers" ] || gui_regex="#\\s*include\\s*[<\"]((QtGui|QtWidgets)\\b|($gui_headers)[>\"])"
rule "core/ includes no QtGui or QtWidgets header" "$(code_grep "$gui_regex" core)"
rule "core/ links no Qt6::Gui or Qt6::Widgets" "$(code_grep 'Qt6?::(Gui|Widgets)\b' core)"
rule "sandbox/ never includes or links core" "$(code_grep '(#\s*include\s*[<"](\.\./)*core/|sellerpulse_core|\{CMAKE_SOURCE_DIR\}/core)' sandbox tests/sandbox tests/support)"
rule "core/ never includes the sandbox" "$(code_grep '#\s*include\s*[<"](\.\./)*sandbox/' core)"
rule "no ignoreSslErrors() without a list" "$(code_grep 'ignoreSslErrors\s*\(\s*\)' core ui app sandbox tests)"
rule "no VerifyNone" "$(code_grep 'VerifyNone' core ui app sandbox tests)"
rule "no TLS 1.0 or 1.1" "$(code_grep 'TlsV1_[01]' core ui app sandbox tests)"
rule "no setInsecureFallback(true)" "$(code_grep 'setInsecureFallback\s*\(\s*true' core ui app)"
rule "the contract tests never disable certificate checks" \
  "$(grep -rnE 'rejectUnauthorized:\s*false|NODE_TLS_REJECT_UNAUTHORIZED' "$contract"/*.mjs 2>/dev/null | sed "s|^$root/||" || true)"
# README: the title, at most one sentence, then exactly the two commands.
readme_problem=$(python3 - "$root/README.md" <<'PY'
import sys
want = ["scripts/demo.sh     # build and run SellerPulse on a local sandbox",
        "scripts/test.sh     # run every test"]
try:
    lines = [l.rstrip() for l in open(sys.argv[1], encoding="utf-8")]
except OSError as e:
    print(f"README.md: {e.strerror}"); sys.exit()
text = [l for l in lines if l.strip()]
if not text or not text[0].startswith("# "):
    print("README.md does not start with a title"); sys.exit()
rest = text[1:]
if rest and not rest[0].startswith("```"):
    rest = rest[1:]  # the one sentence allowed after the title
if len(rest) < 4 or not rest[0].startswith("```") or rest[1:3] != want or rest[3] != "```":
    print("README.md must start with the title, at most one sentence, then a code block of exactly:")
    for w in want: print("  " + w)
PY
)
rule "README starts with the two commands" "$readme_problem"
end_stage rules

# ---- 4. Configure and build everything ----
begin_stage "configure and build ($build, $build_jobs jobs)"
# A folder configured with another generator cannot be reused: start it afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
  echo "$build was configured with another generator; configuring it afresh"
  rm -rf "$build"
fi
configure_log=$(mktemp -t sp-configure.XXXXXX)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSP_WERROR=ON >"$configure_log" 2>&1 \
  || { cat "$configure_log"; rm -f "$configure_log"; echo "test.sh: configure failed" >&2; exit 1; }
grep -iE 'warning' -A3 "$configure_log" || true
tail -n 1 "$configure_log"; rm -f "$configure_log"
cmake --build "$build" --parallel "$build_jobs" || { echo "test.sh: the build failed (see above)" >&2; exit 1; }
end_stage configure+build

# ---- 5. Every test: private D-Bus session + unlocked keyring, offscreen widgets ----
begin_stage "ctest (-j$test_jobs)"
ctest_log="$build/test.sh-ctest.log"
set +e
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
  ctest --test-dir "$build" --output-on-failure --no-tests=error -j"$test_jobs" "$@" 2>&1 | tee "$ctest_log"
ctest_rc=${PIPESTATUS[0]}
set -e
end_stage tests

echo
if [ "$rule_failures" -gt 0 ]; then
  echo "test.sh: $rule_failures house rule(s) broken (see \"house rules\" above)"
fi
summary=$(grep -E 'tests passed, .* tests failed out of|No tests were found' "$ctest_log" | tail -n 1 || true)
echo "${summary:-test.sh: ctest printed no summary (exit code $ctest_rc)}"
[ "$ctest_rc" -eq 0 ] && [ "$rule_failures" -eq 0 ]
