#!/usr/bin/env bash
# The house rules a grep can check, over the source tree (not the build):
#   scripts/check-rules.sh               the repository this script lives in
#   scripts/check-rules.sh --root DIR    another tree (tests/rules plants violations in a copy)
# Prints "ok   <rule>" or "FAIL <rule>" with the offending lines; exits 1 if any rule is broken.
# scripts/test.sh runs it before building; tests/rules/check_rules_test.sh shows each rule failing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
while [ $# -gt 0 ]; do
  case $1 in
    --root) root=$(cd "${2:?--root needs a folder}" && pwd); shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "check-rules.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

failures=0
rule() { # rule NAME OUTPUT: OUTPUT empty means the rule holds
  if [ -z "$2" ]; then
    echo "ok   $1"
  else
    echo "FAIL $1"
    printf '%s\n' "$2" | sed 's/^/       /'
    failures=$((failures + 1))
  fi
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

# .cpp files under the folders with more lines than the limit: "path: N lines (limit L)".
longer_than() { # longer_than LIMIT FILES-OR-FOLDERS...
  local limit=$1; shift
  local paths=()
  for p in "$@"; do [ -e "$root/$p" ] && paths+=("$root/$p"); done
  [ ${#paths[@]} -gt 0 ] || return 0
  find "${paths[@]}" -name '*.cpp' -type f -print0 | xargs -0r wc -l \
    | awk -v limit="$limit" -v root="$root/" '$2 != "total" && $1 > limit { sub(root, "", $2); print $2 ": " $1 " lines (limit " limit ")" }'
}

# ---- Module boundaries ----
# Every header name of QtGui and QtWidgets (QImage, QWidget, ...), from the installed Qt.
qt_include=$(qmake6 -query QT_INSTALL_HEADERS 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)
gui_headers=$(cd "$qt_include" 2>/dev/null && ls QtGui QtWidgets 2>/dev/null | grep -E '^Q[A-Za-z0-9]+$' | sort -u | paste -sd'|' || true)
gui_regex='#\s*include\s*[<"](QtGui|QtWidgets)\b'
[ -z "$gui_headers" ] || gui_regex="#\\s*include\\s*[<\"]((QtGui|QtWidgets)\\b|($gui_headers)[>\"])"
rule "core/ includes no QtGui or QtWidgets header" "$(code_grep "$gui_regex" core)"
rule "core/ links no Qt6::Gui or Qt6::Widgets" "$(code_grep 'Qt6?::(Gui|Widgets)\b' core)"
rule "sandbox/ never includes or links core" \
  "$(code_grep '(#\s*include\s*[<"](\.\./)*core/|sellerpulse_core|\{CMAKE_SOURCE_DIR\}/core)' sandbox tests/sandbox tests/support)"
rule "core/ never includes the sandbox" "$(code_grep '#\s*include\s*[<"](\.\./)*sandbox/' core)"
# The cache is the bottom of core's data side: reports, sync and account build on it, never the
# other way round (the summaries it maintains live in core/cache/summary).
rule "core/cache includes none of reports, sync, account" \
  "$(code_grep '#\s*include\s*[<"](\.\./)*(reports|sync|account)/' core/cache)"
# The UI reads the cache through the query classes; a raw connection would let it run any SQL.
rule "ui/ and app/ never include the cache's raw connection" \
  "$(code_grep '#\s*include\s*[<"](\.\./)*cache/(CipherDatabase|ReadConnection)\.h' ui app)"

# ---- TLS and certificates ----
rule "no ignoreSslErrors() without a list" "$(code_grep 'ignoreSslErrors\s*\(\s*\)' core ui app sandbox tests)"
rule "no VerifyNone" "$(code_grep 'VerifyNone' core ui app sandbox tests)"
rule "no TLS 1.0 or 1.1" "$(code_grep 'TlsV1_[01]' core ui app sandbox tests)"
rule "no setInsecureFallback(true)" "$(code_grep 'setInsecureFallback\s*\(\s*true' core ui app)"
rule "the contract tests never disable certificate checks" \
  "$(grep -rnE 'rejectUnauthorized:\s*false|NODE_TLS_REJECT_UNAUTHORIZED' "$root"/tests/contract/*.mjs 2>/dev/null | sed "s|^$root/||" || true)"

# ---- Size: a newcomer reads each file whole ----
rule "no .cpp in core/ or ui/ over 450 lines" "$(longer_than 450 core ui)"
rule "the facades (SyncController, Session, CacheQuery) under 250 lines" \
  "$(longer_than 250 core/sync/SyncController.cpp core/auth/Session.cpp core/cache/CacheQuery.cpp)"

# ---- README: the title, at most one sentence, then exactly the two commands ----
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

if [ "$failures" -gt 0 ]; then
  echo "check-rules.sh: $failures house rule(s) broken"
  exit 1
fi
echo "check-rules.sh: every house rule holds"
