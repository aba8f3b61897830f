#!/usr/bin/env bash
# Builds SellerPulse and runs it against a local sandbox server with a demo account.
#   scripts/demo.sh [extra sellerpulse arguments]
# With a display ($DISPLAY or $WAYLAND_DISPLAY) the app opens on your desktop and uses your own
# keychain. Without one it runs headless (offscreen, private keyring), waits for the first sync to
# finish, saves a screenshot of the dashboard with its figures and prints where it is.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build/demo"
profile="${SP_DEMO_PROFILE:-${XDG_DATA_HOME:-$HOME/.local/share}/SellerPulse/demo-profile}"

"$root/scripts/install-deps.sh"

echo "demo: building in $build"
if [ -f "$build/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build/CMakeCache.txt"; then
  rm -rf "$build" # configured with another generator: start afresh
fi
(cd "$root" && cmake --preset demo -B "$build") >/dev/null
cmake --build "$build" --target sellerpulse sellerpulse-sandbox -- -j"$(nproc)"

app="$build/bin/sellerpulse"
mkdir -p "$profile"
chmod 700 "$profile"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: starting SellerPulse on a local sandbox (profile $profile)"
  exec "$app" --sandbox --profile "$profile" "$@"
fi

out=$(mktemp -d -t sellerpulse-demo.XXXXXX)
echo "demo: no display found; running headless (offscreen, private keyring)"
QT_QPA_PLATFORM=offscreen "$root/scripts/with-keyring.sh" \
  "$app" --sandbox --profile "$out/profile" --screenshot "$out/main-window.png" "$@"
[ -s "$out/main-window.png" ] || { echo "demo: no screenshot was written" >&2; exit 1; }
echo "demo: screenshot of the main window written to $out/main-window.png"
echo "demo: folder $out"
