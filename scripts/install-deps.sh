#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing SellerPulse need.
# Safe to run repeatedly: only missing packages are installed.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # compiler cache: CI's core-only build reuses the test build's objects (same preset flags)
  ccache
  # Qt 6 and the libraries the core links
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev libsqlcipher-dev sqlcipher libssl-dev libcrypt-dev openssl
  # run time: the Secret Service the keychain talks to, and a display for headless runs
  libsecret-1-0 libsecret-tools gnome-keyring dbus-daemon dbus-bin dbus-x11 xvfb xauth
  python3
  # reports and exports: XLSX writer (libxlsxwriter), ZIP archives for support bundles and
  # data exports (QuaZip); independent readers the export tests check against
  libxlsxwriter-dev libquazip1-qt6-dev poppler-utils python3-openpyxl
  # release checks: package lint, desktop file and AppStream validation; clang for libFuzzer
  lintian desktop-file-utils appstream clang libclang-rt-14-dev
)
# Node.js runs the contract linter in the tests; a machine that already has node and npm
# (from any source) keeps them, others get Debian's.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
