#!/usr/bin/python3
"""Reads an export back with independent readers and prints it as JSON (for tests/export).

  read_export.py csv FILE   -> {"bom": bool, "crlf_only": bool, "rows": [[field, ...], ...]}
  read_export.py xlsx FILE  -> {"sheet", "title_property", "freeze", "cells": [[{v, t, fmt, date, bold}]]}

The CSV is parsed by Python's csv module (strict, Excel dialect); the XLSX by openpyxl.
"""
import csv
import datetime
import json
import sys


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    # Every line break outside quoted fields must be CRLF: strip quoted fields, then look for bare LF/CR.
    outside, quoted = [], False
    for ch in raw.decode("utf-8-sig"):
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            outside.append(ch)
    text = "".join(outside)
    crlf_only = text.replace("\r\n", "").find("\n") < 0 and text.replace("\r\n", "").find("\r") < 0
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, dialect="excel", strict=True))
    return {"bom": bom, "crlf_only": crlf_only, "ends_with_crlf": raw.endswith(b"\r\n"), "rows": rows}


def cell_json(cell):
    value = cell.value
    if isinstance(value, datetime.datetime):
        value = value.isoformat()
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    return {
        "v": value,
        "t": cell.data_type,
        "fmt": cell.number_format,
        "date": bool(cell.is_date),
        "bold": bool(cell.font and cell.font.b),
    }


def read_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    cells = [[cell_json(c) for c in row] for row in ws.iter_rows()]
    return {
        "sheet": ws.title,
        "sheets": len(wb.worksheets),
        "title_property": wb.properties.title,
        "freeze": ws.freeze_panes,
        "cells": cells,
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
    }


def main():
    kind, path = sys.argv[1], sys.argv[2]
    result = read_csv(path) if kind == "csv" else read_xlsx(path)
    json.dump(result, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
