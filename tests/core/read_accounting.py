#!/usr/bin/python3
"""Reads the accountant's files back with Python's csv module, independently of the C++ writers, and
prints what it found as JSON (for TestDatevExport and TestJournalCsv).

  read_accounting.py datev FILE    DATEV-Format EXTF Buchungsstapel (Windows-1252, ';', CRLF)
  read_accounting.py journal FILE  the generic journal CSV (UTF-8 with BOM, ',', CRLF)

Amounts are summed as integer cents per account: "net" is debits minus credits. Any format violation
(a byte that is not Windows-1252, a bare LF, a field count, an amount, a date, a text too long)
is listed in "problems"; the tests expect that list empty.
"""
import csv
import io
import json
import re
import sys
from decimal import Decimal


def cents(text, decimal_sep):
    pattern = r"^[0-9]{1,10}" + re.escape(decimal_sep) + r"[0-9]{2}$"
    if not re.match(pattern, text):
        raise ValueError(f"not an amount: {text!r}")
    return int(Decimal(text.replace(decimal_sep, ".")) * 100)


def crlf_only(raw):
    # Every line break outside quoted fields is CRLF, and no CR or LF is inside a quoted field.
    quoted = False
    for i, b in enumerate(raw):
        if b == 0x22:
            quoted = not quoted
        elif b in (0x0A, 0x0D):
            if quoted:
                return False
            if b == 0x0A and (i == 0 or raw[i - 1] != 0x0D):
                return False
            if b == 0x0D and (i + 1 >= len(raw) or raw[i + 1] != 0x0A):
                return False
    return True


def read_datev(path):
    raw = open(path, "rb").read()
    problems = []
    try:
        text = raw.decode("cp1252")  # strict: a byte outside Windows-1252 fails here
    except UnicodeDecodeError as e:
        return {"problems": [f"not Windows-1252: {e}"]}
    if not crlf_only(raw):
        problems.append("line breaks are not all CRLF")
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("a UTF-8 byte order mark")
    lines = text.split("\r\n")
    header_raw = lines[0].split(";")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True))
    header, columns, bookings = rows[0], rows[1], rows[2:]
    net, debit_total, credit_total, texts, references, dates = {}, 0, 0, [], [], []
    raw_bookings = lines[2:-1] if lines[-1] == "" else lines[2:]
    for n, row in enumerate(bookings):
        if len(row) != len(columns):
            problems.append(f"booking {n + 1}: {len(row)} fields, {len(columns)} columns")
            continue
        amount = cents(row[0], ",")
        if amount <= 0:
            problems.append(f"booking {n + 1}: amount {row[0]}")
        side, account, contra = row[1], row[6], row[7]
        if side not in ("S", "H"):
            problems.append(f"booking {n + 1}: Soll/Haben {side!r}")
        debit, credit = (account, contra) if side == "S" else (contra, account)
        net[debit] = net.get(debit, 0) + amount
        net[credit] = net.get(credit, 0) - amount
        debit_total += amount
        credit_total += amount
        day, month = row[9][:2], row[9][2:]
        if not re.match(r"^[0-9]{4}$", row[9]) or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            problems.append(f"booking {n + 1}: Belegdatum {row[9]!r}")
        if not re.match(r"^[A-Za-z0-9_$%/-]{0,36}$", row[10]):
            problems.append(f"booking {n + 1}: Belegfeld 1 {row[10]!r}")
        if len(row[13]) > 60 or any(ord(c) < 32 for c in row[13]):
            problems.append(f"booking {n + 1}: Buchungstext {row[13]!r}")
        # Text columns are quoted in the raw line (Soll/Haben, WKZ, Belegfeld 1, Buchungstext).
        raw_fields = raw_bookings[n].split(";")
        if not (raw_fields[1].startswith('"') and raw_fields[2].startswith('"')):
            problems.append(f"booking {n + 1}: text fields not quoted")
        texts.append(row[13])
        references.append(row[10])
        dates.append(row[9])
    return {"problems": problems, "header": header, "header_raw": header_raw, "columns": columns,
            "bookings": len(bookings), "net": net, "debit_total": debit_total, "credit_total": credit_total,
            "texts": texts, "references": references, "dates": dates,
            "currencies": sorted({row[2] for row in bookings if len(row) > 2})}


def read_journal(path):
    raw = open(path, "rb").read()
    problems = []
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("no UTF-8 byte order mark")
    if not crlf_only(raw):
        problems.append("line breaks are not all CRLF")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, dialect="excel", strict=True))
    header, lines = rows[0], rows[1:]
    net, journals, texts, bank_rows = {}, {}, [], []
    for n, row in enumerate(lines):
        if len(row) != len(header):
            problems.append(f"row {n + 1}: {len(row)} fields")
            continue
        date, account, text, debit, credit, currency, reference = row
        if not re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", date):
            problems.append(f"row {n + 1}: date {date!r}")
        if (debit == "") == (credit == ""):
            problems.append(f"row {n + 1}: debit {debit!r} and credit {credit!r}")
            continue
        amount = cents(debit, ".") if debit else -cents(credit, ".")
        net[account] = net.get(account, 0) + amount
        j = journals.setdefault(reference, {"debit": 0, "credit": 0, "dates": [], "currencies": []})
        j["debit" if amount > 0 else "credit"] += abs(amount)
        if date not in j["dates"]:
            j["dates"].append(date)
        if currency not in j["currencies"]:
            j["currencies"].append(currency)
        texts.append(text)
    return {"problems": problems, "header": header, "rows": len(lines), "net": net, "journals": journals,
            "texts": texts}


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    result = read_datev(path) if kind == "datev" else read_journal(path)
    json.dump(result, sys.stdout)  # ASCII with \u escapes: no stdout encoding involved
