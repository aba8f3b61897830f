#!/usr/bin/env bash
# Renders resources/icons/sellerpulse.svg to the hicolor PNG sizes the package installs and the
# app embeds (a multi-size QIcon: crisp at every scale factor without the Qt SVG plugin).
# Needs rsvg-convert (Debian: librsvg2-bin). Run after editing the SVG; commit the PNGs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
icons="$root/resources/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$icons/sellerpulse.svg" -o "$icons/hicolor/sellerpulse-$size.png"
done
ls -l "$icons/hicolor"

# Windows .ico and macOS .icns from the same PNGs: both formats may hold PNG data as is, so a few
# lines of Python pack them without an image library.
/usr/bin/python3 - "$icons" <<'PY'
import struct, sys, os
icons = sys.argv[1]
png = lambda s: open(os.path.join(icons, "hicolor", f"sellerpulse-{s}.png"), "rb").read()

ico_sizes = [16, 24, 32, 48, 64, 128, 256]
entries, blobs, offset = b"", b"", 6 + 16 * len(ico_sizes)
for s in ico_sizes:
    data = png(s)
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    blobs += data
    offset += len(data)
open(os.path.join(icons, "sellerpulse.ico"), "wb").write(struct.pack("<HHH", 0, 1, len(ico_sizes)) + entries + blobs)

# icns element types holding PNG data: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512.
body = b""
for kind, s in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512)]:
    data = png(s)
    body += kind + struct.pack(">I", 8 + len(data)) + data
open(os.path.join(icons, "sellerpulse.icns"), "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
ls -l "$icons/sellerpulse.ico" "$icons/sellerpulse.icns"
