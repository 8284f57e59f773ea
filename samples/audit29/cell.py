"""Print one cell of a phuluc output folder: python cell.py OUT KEY FIELD (repr of plan.json, rows.csv, plan.sqlite)."""
import csv, json, sqlite3, sys
out, key, field = sys.argv[1:4]
row = next(r for r in json.load(open(f"{out}/plan.json", encoding="utf-8"))["documents"][0]["rows"] if r["key"] == key)
print("json  ", repr(row.get(field)))
print("csv   ", repr(next(r for r in csv.DictReader(open(f"{out}/rows.csv", encoding="utf-8-sig")) if r["key"] == key)[field]))
print("sqlite", repr(sqlite3.connect(f"{out}/plan.sqlite").execute(f"select {field} from rows where key=?", (key,)).fetchone()[0]))
