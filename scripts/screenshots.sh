#!/usr/bin/env bash
# Renders the main pages of SellerPulse from a local sandbox, offscreen, at 1280x800 into
# docs/images/ (the pictures the README shows). Run it after a change to a page:
#   scripts/screenshots.sh [LANG]      # default en_US.UTF-8; e.g. de_DE.UTF-8 for German
# Each page is a fresh app on a fresh sandbox (demo data, first sync), its data awaited before the
# picture (--screenshot --page --size).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build/demo"
lang="${1:-en_US.UTF-8}"
out="$root/docs/images"

"$root/scripts/install-deps.sh"
(cd "$root" && cmake --preset demo -B "$build") >/dev/null
cmake --build "$build" --target sellerpulse sellerpulse-sandbox -- -j"$(nproc)"

mkdir -p "$out"
work=$(mktemp -d -t sellerpulse-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT
for page in dashboard orders finances reports payouts expenses restock alerts whatif settings; do
  suffix=""
  [[ $lang == en_* || $lang == C.* ]] || suffix="-${lang%%_*}"
  QT_QPA_PLATFORM=offscreen LANG="$lang" LC_ALL="$lang" "$root/scripts/with-keyring.sh" \
    "$build/bin/sellerpulse" --sandbox --profile "$work/$page" \
    --screenshot "$out/$page$suffix.png" --page "$page" --size 1280x800 >/dev/null
  echo "screenshots: $out/$page$suffix.png"
done
