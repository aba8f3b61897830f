#!/usr/bin/env bash
# Builds the SQLCipher that the core links: a static libsqlcipher.a (and the matching `sqlcipher`
# shell the interoperability tests use) from Debian's source package of the version pinned in
# scripts/sqlcipher.pin, with the options below.
#   scripts/build-sqlcipher.sh fetch    fetch the source package (apt-get source) and verify it
#   scripts/build-sqlcipher.sh prefix   print the install prefix (without building)
#   scripts/build-sqlcipher.sh [build]  fetch if needed, build if needed; prints the prefix last
# The prefix is shared by every build folder (presets ci, asan, fuzz, package, ...) and keyed by the
# version, the options and the compiler, so one checkout builds each variant once:
#   ${SP_DEPS_DIR:-<repo>/build/.deps}/sqlcipher-<version>-<hash>/{include,lib,bin}
# A lock (flock) serialises parallel configures; a half-built prefix is never used (a stamp file
# is written last). Needs the deb-src entry and apt index that scripts/install-deps.sh adds.
# Environment: SP_DEPS_DIR, CC (default cc), SP_SQLCIPHER_JOBS (make jobs, default nproc).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=sqlcipher.pin
. "$root/scripts/sqlcipher.pin"
deps=${SP_DEPS_DIR:-$root/build/.deps}
version=$SQLCIPHER_DEBIAN_VERSION
upstream=${version%-*}
src_dir=$deps/src/sqlcipher_$version
cc=${CC:-cc}

# The options we choose (docs/cache-and-sync.md, "Which SQLCipher"). Every define lands in
# `PRAGMA compile_options`, which TestSqlCipherLibrary checks.
options=(
  -DSQLITE_HAS_CODEC               # SQLCipher's encryption (required)
  -DSQLCIPHER_CRYPTO_OPENSSL       # the crypto provider: the system's OpenSSL 3 (libcrypto)
  -DSQLITE_TEMP_STORE=3            # temporary tables and indices only in memory, never as files
  -DSQLITE_THREADSAFE=1            # serialized by default; the cache opens connections NOMUTEX
  -DSQLITE_ENABLE_FTS5             # full-text search (trigram tokenizer) for the search issue
  -DSQLITE_SECURE_DELETE           # deleted content is overwritten with zeros
  -DSQLITE_DEFAULT_MEMSTATUS=0     # no global allocation statistics (a mutex per malloc)
  -DSQLITE_OMIT_LOAD_EXTENSION     # no loadable extensions: no code from outside the binary
  -DSQLITE_MAX_SCHEMA_RETRY=25     # as Debian's build
  -DHAVE_USLEEP=1 -DHAVE_FDATASYNC=1 -DHAVE_LOCALTIME_R=1 -DHAVE_GMTIME_R=1 # what configure finds
)
# Not enabled, on purpose: FTS3/FTS4 and RTREE (unused; past memory-safety bugs reachable from
# crafted database files), JSON stays (built in since 3.38), load_extension (see above).
# Optimised and hardened whatever the project's build type: the benchmarks and the Debug
# tests run the same library.
cflags=(-O2 -g -fPIC -fstack-protector-strong -D_FORTIFY_SOURCE=2 -fno-strict-aliasing)
recipe=2 # bump when the steps below change in a way the options do not show

key=$(printf '%s\n' "$version" "$recipe" "${options[*]}" "${cflags[*]}" "$("$cc" --version | head -n 1)" \
  | sha256sum | cut -c1-12)
prefix=$deps/sqlcipher-$version-$key

log() { echo "build-sqlcipher: $*" >&2; }

# Fetches the source package with apt (indices verified against Debian's signed InRelease, files
# against the indices) and checks the upstream tarball's SHA-256 against the .dsc once more.
fetch() {
  local dsc=$src_dir/sqlcipher_$version.dsc orig=$src_dir/sqlcipher_$upstream.orig.tar.gz
  [ -f "$src_dir/.verified" ] && return 0
  mkdir -p "$src_dir"
  if [ ! -f "$dsc" ] || [ ! -f "$orig" ]; then
    log "fetching the Debian source package sqlcipher=$version ($SQLCIPHER_DEBIAN_SUITE)"
    # As root, apt would try its unprivileged _apt user, which cannot write here, and warn.
    local sandbox=()
    [ "$(id -u)" -ne 0 ] || sandbox=(-o APT::Sandbox::User=root)
    (cd "$src_dir" && apt-get source "${sandbox[@]}" --download-only -qq "sqlcipher=$version") \
      || { log "apt-get source failed: run scripts/install-deps.sh (adds the deb-src entry)"; return 1; }
  fi
  local want got
  want=$(awk '/^Checksums-Sha256:/ { on = 1; next } /^[^ ]/ { on = 0 }
              on && $3 == "sqlcipher_'"$upstream"'.orig.tar.gz" { print $1 }' "$dsc")
  got=$(sha256sum "$orig" | cut -d' ' -f1)
  if [ -z "$want" ] || [ "$want" != "$got" ]; then
    log "$orig: SHA-256 $got does not match the .dsc (${want:-none}); removing the download"
    rm -rf "$src_dir"
    return 1
  fi
  log "sqlcipher_$upstream.orig.tar.gz: SHA-256 $got matches sqlcipher_$version.dsc"
  touch "$src_dir/.verified"
}

build() {
  [ -f "$prefix/.complete" ] && return 0
  fetch
  local work=$deps/work-$version-$key started=$SECONDS
  rm -rf "$work" "$prefix"
  mkdir -p "$work"
  # dpkg-source applies Debian's patches (build-system fixes, no malloc_usable_size, ...) and
  # checks the files against the .dsc. Its signature is the uploader's (not the archive's): no
  # uploader keyring is installed, so dpkg-source only warns; apt vouched for the .dsc already.
  (cd "$work" && dpkg-source -q -x "$src_dir/sqlcipher_$version.dsc" src 2>&1 | grep -vE '^gpgv:|signature' >&2 || true)
  [ -f "$work/src/src/sqlcipher.c" ] || { log "dpkg-source did not unpack the source"; return 1; }
  # The amalgamation (sqlite3.c) and the shell's source are generated by the source's own
  # Makefile (Tcl scripts); configure only has to produce that Makefile.
  mkdir -p "$work/bld"
  (cd "$work/bld" && "$work/src/configure" --disable-tcl --enable-tempstore=always --disable-readline \
    CFLAGS="-DSQLITE_HAS_CODEC" LDFLAGS="-lcrypto" >configure.log 2>&1) \
    || { tail -n 30 "$work/bld/configure.log" >&2; return 1; }
  make -C "$work/bld" -s sqlite3.c shell.c >"$work/bld/make.log" 2>&1 \
    || { tail -n 30 "$work/bld/make.log" >&2; return 1; }
  log "unpacked, patched and amalgamated in $((SECONDS - started)) s; compiling"
  local launcher=()
  command -v ccache >/dev/null && launcher=(ccache)
  mkdir -p "$work/out"
  "${launcher[@]}" "$cc" "${cflags[@]}" "${options[@]}" -c "$work/bld/sqlite3.c" -o "$work/out/sqlite3.o"
  ar rcs "$work/out/libsqlcipher.a" "$work/out/sqlite3.o"
  "${launcher[@]}" "$cc" "${cflags[@]}" "${options[@]}" -I"$work/bld" -c "$work/bld/shell.c" -o "$work/out/shell.o"
  "$cc" -o "$work/out/sqlcipher" "$work/out/shell.o" "$work/out/libsqlcipher.a" -lcrypto -lpthread -ldl -lm
  mkdir -p "$prefix/include" "$prefix/lib" "$prefix/bin"
  cp "$work/bld/sqlite3.h" "$work/bld/sqlite3ext.h" "$prefix/include/"
  cp "$work/out/libsqlcipher.a" "$prefix/lib/"
  cp "$work/out/sqlcipher" "$prefix/bin/"
  printf '%s\n' "$version" >"$prefix/VERSION"
  printf '%s\n' "${cflags[@]}" "${options[@]}" >"$prefix/OPTIONS"
  rm -rf "$work"
  touch "$prefix/.complete"
  log "built SQLCipher $version into $prefix in $((SECONDS - started)) s"
}

command=${1:-build}
case $command in
  prefix) echo "$prefix" ;;
  fetch | build)
    mkdir -p "$deps"
    exec 9>"$deps/.sqlcipher.lock"
    flock 9
    "$command"
    [ "$command" = fetch ] || echo "$prefix"
    ;;
  *) echo "usage: $0 [fetch|prefix|build]" >&2; exit 2 ;;
esac
