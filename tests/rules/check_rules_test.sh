#!/usr/bin/env bash
# Shows that scripts/check-rules.sh holds on the tree as it is and fails on each kind of violation
# the structure depends on: a copy of the sources gets one planted violation at a time, and the
# script must exit 1 naming that rule (and only pass again once it is removed).
#   tests/rules/check_rules_test.sh SOURCE_DIR
set -euo pipefail
src=$(cd "${1:?usage: check_rules_test.sh SOURCE_DIR}" && pwd)
work=$(mktemp -d -t sp-rules.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The folders the rules read, without build output or npm packages.
tar -C "$src" --exclude='./build' --exclude='node_modules' -cf - \
  ./README.md ./scripts/check-rules.sh ./core ./ui ./app ./sandbox ./tests | tar -C "$work" -xf -
check="$work/scripts/check-rules.sh"

failed=0
out=$("$check" --root "$work" 2>&1) || { echo "the unchanged tree breaks a rule:"; echo "$out"; exit 1; }
echo "ok   the unchanged tree keeps every rule"

# expect_failure RULE-TEXT FILE LINE: plants LINE in FILE (created if missing), expects "FAIL RULE-TEXT",
# then removes the plant and expects the tree to pass again.
expect_failure() {
  local rule=$1 file="$work/$2" line=$3 existed=0 rc=0
  [ -e "$file" ] && { existed=1; cp "$file" "$file.orig"; }
  mkdir -p "$(dirname "$file")"
  printf '%s\n' "$line" >>"$file"
  out=$("$check" --root "$work" 2>&1) || rc=$?
  if [ $rc -eq 1 ] && grep -qF "FAIL $rule" <<<"$out" && grep -qF "$2" <<<"$out"; then
    echo "ok   planted in $2: '$rule' fails"
  else
    echo "FAIL planted in $2: '$rule' did not fail (exit $rc):"; echo "$out" | sed 's/^/       /'
    failed=$((failed + 1))
  fi
  if [ $existed -eq 1 ]; then mv "$file.orig" "$file"; else rm -f "$file"; fi
  "$check" --root "$work" >/dev/null 2>&1 || { echo "FAIL the tree does not pass again after removing the plant in $2"; failed=$((failed + 1)); }
}

# A core file including a GUI header (by module and by class name).
expect_failure "core/ includes no QtGui or QtWidgets header" core/common/Clock.cpp '#include <QtWidgets/QWidget>'
expect_failure "core/ includes no QtGui or QtWidgets header" core/api/ApiClient.cpp '#include <QImage>'
expect_failure "core/ links no Qt6::Gui or Qt6::Widgets" core/CMakeLists.txt 'target_link_libraries(sellerpulse_core PRIVATE Qt6::Widgets)'
# The sandbox and the core including each other.
expect_failure "sandbox/ never includes or links core" sandbox/SandboxServer.cpp '#include "core/api/ApiClient.h"'
expect_failure "sandbox/ never includes or links core" sandbox/CMakeLists.txt 'target_link_libraries(sellerpulse-sandbox PRIVATE sellerpulse_core)'
expect_failure "core/ never includes the sandbox" core/startup/LocalSandbox.cpp '#include "sandbox/SandboxServer.h"'
# The cache including reports, sync or account.
expect_failure "core/cache includes none of reports, sync, account" core/cache/CacheWriter.cpp '#include "reports/ReportTypes.h"'
expect_failure "core/cache includes none of reports, sync, account" core/cache/CacheFiles.cpp '#include "sync/SyncController.h"'
expect_failure "core/cache includes none of reports, sync, account" core/cache/summary/SalesSummary.cpp '#include "account/AccountDeletion.h"'
# The UI taking the raw connection.
expect_failure "ui/ and app/ never include the cache's raw connection" ui/DashboardPage.cpp '#include "cache/CipherDatabase.h"'
# TLS.
expect_failure "no VerifyNone" core/api/ApiClient.cpp 'static const auto mode = QSslSocket::VerifyNone;'
expect_failure "no ignoreSslErrors() without a list" ui/MainWindow.cpp 'void f(QNetworkReply* r) { r->ignoreSslErrors(); }'
# Size.
expect_failure "no .cpp in core/ or ui/ over 450 lines" core/common/Planted.cpp "$(yes '// filler' | head -n 451)"
expect_failure "the facades (SyncController, Session, CacheQuery) under 250 lines" core/cache/CacheQuery.cpp \
  "$(yes '// filler' | head -n 250)"
expect_failure "the facades (SyncController, Session, CacheQuery) under 250 lines" core/auth/Session.cpp \
  "$(yes '// filler' | head -n 250)"
# A comment that explains a rule is not a violation.
printf '%s\n' '// never VerifyNone, never #include <QWidget> here' >>"$work/core/common/Clock.cpp"
if "$check" --root "$work" >/dev/null 2>&1; then echo "ok   a comment naming a rule is not a violation"
else echo "FAIL a comment naming a rule counts as a violation"; failed=$((failed + 1)); fi

# Bad arguments get a clear error.
rc=0; "$check" --bogus >/dev/null 2>&1 || rc=$?
[ $rc -eq 2 ] && echo "ok   an unknown argument exits 2" || { echo "FAIL an unknown argument exits $rc"; failed=$((failed + 1)); }

[ $failed -eq 0 ] && echo "check_rules_test: every planted violation was caught"
exit $failed
