#!/usr/bin/env python3
"""Checks the Flatpak manifest: it parses (YAML), SQLCipher is built with FTS5 and without FTS3/FTS4,
RTREE and loadable extensions, and every source is pinned (git by `commit:`, archives and files by `sha256:`, local
folders only for the app itself).

    check_manifest.py MANIFEST [--allow-unpinned]

--allow-unpinned reports unpinned sources as warnings instead of errors (for a checkout where the
commits could not be looked up yet); everything else is always an error. Exit status 0 when fine.
"""
import sys

import yaml

HEX = set("0123456789abcdef")


def is_hex(value, length):
    return isinstance(value, str) and len(value) == length and set(value) <= HEX


def check(path, allow_unpinned):
    errors, warnings = [], []
    with open(path, encoding="utf-8") as handle:
        manifest = yaml.safe_load(handle)
    modules = manifest.get("modules") or []
    if not modules:
        errors.append("no modules")
    seen_sqlcipher = False
    for module in modules:
        if isinstance(module, str):  # an included module file: not used here
            errors.append(f"module file {module}: inline the module so it is checked")
            continue
        name = module.get("name", "?")
        if name == "sqlcipher":
            seen_sqlcipher = True
            opts = " ".join(module.get("config-opts") or [])
            env = " ".join(str(v) for v in ((module.get("build-options") or {}).get("env") or {}).values())
            flags = opts + " " + env + " " + str((module.get("build-options") or {}).get("cflags", ""))
            for feature in ("FTS3", "FTS4", "RTREE"):
                if f"SQLITE_ENABLE_{feature}" in flags:
                    errors.append(f"sqlcipher: SQLITE_ENABLE_{feature} must not be set")
                if f"--disable-{feature.lower()}" not in opts:
                    errors.append(f"sqlcipher: --disable-{feature.lower()} missing")
            # The same options as the Debian build (scripts/build-sqlcipher.sh).
            for wanted in ("--enable-fts5", "--disable-load-extension", "-DSQLITE_HAS_CODEC",
                           "-DSQLITE_TEMP_STORE=3", "-DSQLITE_SECURE_DELETE", "-DSQLITE_OMIT_LOAD_EXTENSION"):
                if wanted not in flags:
                    errors.append(f"sqlcipher: {wanted} missing")
        for source in module.get("sources") or []:
            kind = source.get("type")
            where = f"{name}: {kind} {source.get('url') or source.get('path')}"
            if kind == "git":
                if not is_hex(source.get("commit"), 40):
                    (warnings if allow_unpinned else errors).append(f"{where}: no commit: pin")
            elif kind in ("archive", "file"):
                if not is_hex(source.get("sha256"), 64):
                    (warnings if allow_unpinned else errors).append(f"{where}: no sha256: pin")
            elif kind == "dir":
                if name != "sellerpulse":
                    errors.append(f"{where}: only the app itself may come from a local folder")
            else:
                errors.append(f"{where}: unexpected source type")
    if not seen_sqlcipher:
        errors.append("no sqlcipher module")
    return errors, warnings


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    errors, warnings = check(argv[1], "--allow-unpinned" in argv[2:])
    for warning in warnings:
        print("warning:", warning)
    for error in errors:
        print("error:", error)
    if not errors:
        print("manifest ok" + (f" ({len(warnings)} unpinned sources)" if warnings else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
