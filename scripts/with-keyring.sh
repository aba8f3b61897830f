#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret Service),
# so that QtKeychain talks to a real keychain on headless machines (CI, containers, SSH).
#   scripts/with-keyring.sh ctest --output-on-failure
# Set SP_KEEP_HOME=1 to use the caller's HOME instead of a fresh temporary one.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

if [ "${SP_KEEP_HOME:-0}" != "1" ]; then
  HOME=$(mktemp -d -t sp-home.XXXXXX)
  export HOME
fi
XDG_RUNTIME_DIR=$(mktemp -d -t sp-run.XXXXXX)
chmod 700 "$XDG_RUNTIME_DIR"
export XDG_RUNTIME_DIR
cleanup() { rm -rf "$XDG_RUNTIME_DIR"; [ "${SP_KEEP_HOME:-0}" = "1" ] || rm -rf "$HOME"; }
trap cleanup EXIT

# The keyring password only protects this throw-away keyring.
dbus-run-session -- bash -c '
  printf "sp-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sp-keyring "$@"
