#!/usr/bin/env bash
# Builds the Linux packages (Release, CPack DEB + TGZ from installer/) and checks the .deb the way a
# user meets it: lintian, the desktop file and AppStream metainfo validators, `apt-get install` on
# this machine, `sellerpulse --version` and `sellerpulse-sandbox --help` from the installed paths,
# then `apt-get purge`. Needs root (or password-less sudo) for apt-get; CI runs as root.
#   scripts/check-package.sh
# Prints `PACKAGE <file> <bytes> bytes` for each package built.
# Environment: SP_PACKAGE_BUILD_DIR (default build/package), SP_BUILD_JOBS, SP_STAGE_TIMES.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_PACKAGE_BUILD_DIR:-$root/build/package}
jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}
stage_file=${SP_STAGE_TIMES:-}
stage_started=0
begin_stage() { stage_started=$SECONDS; printf '\n== check-package.sh: %s\n' "$1"; }
end_stage() { [ -z "$stage_file" ] || echo "$1 $((SECONDS - stage_started))" >>"$stage_file"; }
fail() { echo "check-package.sh: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }

begin_stage "Release build and cpack ($build)"
command -v ccache >/dev/null && export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-ccache}
# No -Werror here: scripts/test.sh's Debug build is the warnings gate; at -O3 GCC 12 adds
# optimizer-dependent false positives (-Wmaybe-uninitialized through std::optional) that must not
# stop a package. They are still printed.
# The "package" preset (CMakePresets.json).
(cd "$root" && cmake --preset package -B "$build") >"$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; fail "configure failed"; }
cmake --build "$build" --parallel "$jobs" || fail "the Release build failed"
rm -f "$build"/sellerpulse_*.deb "$build"/sellerpulse-*.tar.gz
(cd "$build" && cpack -G DEB && cpack -G TGZ) >"$build/cpack.log" 2>&1 || { cat "$build/cpack.log"; fail "cpack failed"; }
deb=$(ls "$build"/sellerpulse_*.deb)
tgz=$(ls "$build"/sellerpulse-*.tar.gz)
for package in "$deb" "$tgz"; do echo "PACKAGE $(basename "$package") $(stat -c %s "$package") bytes"; done
end_stage package-build

begin_stage "checks of $(basename "$deb")"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
control=$(dpkg-deb --field "$deb" Depends Recommends)
grep -q '^Depends:.*libsecret-1-0' <<<"$control" || fail "Depends does not name libsecret-1-0: $control"
grep -q '^Recommends:.*gnome-keyring' <<<"$control" || fail "Recommends does not name gnome-keyring: $control"
# SQLCipher is linked statically (scripts/build-sqlcipher.sh): the system's 3.4.1 is never pulled in.
! grep -qE 'libsqlcipher|libsqlite3' <<<"$control" || fail "Depends names a shared SQLCipher/SQLite: $control"

# lintian: warnings count as failures. Overrides, each with its reason, live in
# installer/debian/lintian-overrides (installed into the package).
lintian --fail-on error,warning --display-info "$deb" || fail "lintian found problems (see above)"
echo "lintian: clean"

unpacked=$(mktemp -d -t sp-deb.XXXXXX)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop-file-validate "$unpacked"/usr/share/applications/com.getsellerpulse.SellerPulse.desktop \
  || fail "desktop-file-validate failed"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/com.getsellerpulse.SellerPulse.metainfo.xml \
  || fail "appstreamcli validate failed"
for size in 16 24 32 48 64 128 256 512; do
  icon="$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/com.getsellerpulse.SellerPulse.png"
  file "$icon" | grep -q "PNG image data, $size x $size" || fail "icon ${size}x${size} missing or wrong: $(file "$icon")"
done
for binary in sellerpulse sellerpulse-sandbox; do
  ! readelf -d "$unpacked/usr/bin/$binary" | grep -E 'RPATH|RUNPATH' || fail "$binary has an rpath"
done
echo "desktop file, metainfo, icons, no rpath: ok"

# Install, run from the installed paths, remove.
if dpkg -s sellerpulse >/dev/null 2>&1; then as_root apt-get purge -y sellerpulse; fi
as_root apt-get install -y "$deb" || fail "apt-get install failed"
[ "$(command -v sellerpulse)" = /usr/bin/sellerpulse ] || fail "sellerpulse is not at /usr/bin/sellerpulse"
version_out=$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 /usr/bin/sellerpulse --version) || fail "sellerpulse --version failed"
echo "$version_out"
grep -qx "sellerpulse $(dpkg-deb --field "$deb" Version) (Qt .*)" <<<"$version_out" || fail "unexpected --version output"
help_out=$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 /usr/bin/sellerpulse-sandbox --help) || fail "sellerpulse-sandbox --help failed"
echo "$help_out" | head -n 5
grep -q -- '--data-dir' <<<"$help_out" || fail "sellerpulse-sandbox --help does not list its options"
for page in sellerpulse sellerpulse-sandbox; do [ -f /usr/share/man/man1/$page.1.gz ] || fail "man page $page missing"; done
as_root apt-get purge -y sellerpulse || fail "apt-get purge failed"
[ ! -e /usr/bin/sellerpulse ] && [ ! -e /usr/share/applications/com.getsellerpulse.SellerPulse.desktop ] \
  || fail "files left after purge"
echo "installed, ran --version and --help, removed: ok"
end_stage package-check
