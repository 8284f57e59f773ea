"""Blind audit of phuluc's output contract, as a downstream consumer meets it.

Usage: python check_audit20.py OUT [--again OUT2] [--root REPO] [--json report.json]

Loads every file of OUT the way a consumer would (csv module, pandas, jsonschema,
sqlite3, frictionless) and checks what README.md promises about it. Prints one line
per claim: PASS/FAIL, the README line it comes from, and the evidence. Written
without reading phuluc's Python source: only README.md, export/columns.csv and
core/plan.schema.json.
"""
import argparse, csv, hashlib, io, json, os, re, sqlite3, subprocess, sys, unicodedata

RESULTS = []


def claim(ok, readme, what, evidence=""):
    RESULTS.append({"ok": bool(ok), "readme": readme, "what": what, "evidence": str(evidence)[:600]})
    print(f"{'PASS' if ok else 'FAIL'} [{readme}] {what}" + (f" :: {str(evidence)[:600]}" if evidence else ""))


ROW_FIELDS = ["source", "key", "dimension_no", "component_no", "papi", "dimension", "component",
              "indicators", "tasks", "implementing", "lead", "sector_guidance", "coordinating",
              "deadline", "expected_result", "budget", "pages", "extra", "ocr_confidence"]
TEXT_FIELDS = ["papi", "dimension", "component", "indicators", "tasks", "implementing", "lead",
               "sector_guidance", "coordinating", "deadline", "expected_result", "budget"]
MENTION_FIELDS = "source, key, role, position, raw, id, name, score, method, requested, indicators, note".split(", ")
ROLES = ["implementing", "lead", "sector_guidance", "coordinating"]
KEY_RE = re.compile(r"^\d+\.\d+\.\d+(-\d+)?$")


def csv_escaped(json_text, csv_text):
    """README l.205-211: a field a spreadsheet would run gets a leading '."""
    return csv_text == json_text or csv_text == "'" + json_text


def unescape(v):
    """Undo README l.205-211's ' prefix, for joining CSV keys to plan.json/plan.sqlite (ambiguous by design)."""
    return v[1:] if v[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else v


def read_csv_both(path):
    raw = open(path, "rb").read()
    out = {"bom": raw.startswith(b"\xef\xbb\xbf"), "bytes": raw}
    text = raw.decode("utf-8-sig")
    out["cr"] = "\r" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out["header"], out["rows"] = rows[0], rows[1:]
    out["dicts"] = [dict(zip(rows[0], r)) for r in rows[1:]]
    out["widths"] = sorted({len(r) for r in rows})
    return out


def check_csvs(out_dir):
    import pandas as pd
    res = {}
    expected = {"rows.csv": ROW_FIELDS, "agency_mentions.csv": MENTION_FIELDS}
    for name in ["rows.csv", "agency_mentions.csv", "review.csv"]:
        p = os.path.join(out_dir, name)
        c = read_csv_both(p)
        res[name] = c
        claim(c["bom"], "README l.31/33" if name != "review.csv" else "README l.31 (BOM 'so Excel shows Vietnamese right')",
              f"{name} starts with a UTF-8 BOM", c["bytes"][:8])
        claim(c["widths"] == [len(c["header"])], "RFC4180 / datapackage dialect", f"{name}: every record has {len(c['header'])} fields", c["widths"])
        claim(not c["cr"], "datapackage.json dialect lineTerminator '\\n'", f"{name}: no carriage returns", "")
        if name in expected:
            claim(c["header"] == expected[name], "README l.33 / row table l.41-57", f"{name} header order", c["header"])
        # pandas, as most consumers read: default encoding and NA handling
        df_default = pd.read_csv(p)
        claim(list(df_default.columns) == c["header"], "consumer: pd.read_csv(path) defaults",
              f"{name}: pandas default read gives the same column names (BOM not glued to first name)", list(df_default.columns)[:3])
        claim(len(df_default) == len(c["rows"]), "consumer: embedded newlines", f"{name}: pandas and csv module agree on record count",
              f"pandas {len(df_default)} csv {len(c['rows'])}")
        df = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        same = df.values.tolist() == c["rows"]
        claim(same, "consumer: pandas dtype=str", f"{name}: pandas (dtype=str, no NA) cells == csv module cells", "")
        # default NA conversion: which non-empty strings does pandas silently turn into NaN?
        lost = []
        for col in df.columns:
            for i, v in enumerate(df[col]):
                if v != "" and pd.isna(df_default[col].iloc[i]):
                    lost.append((col, i, v))
        if lost:  # pandas' own default, not a README promise: an advisory for consumers
            print(f"  ADVISORY {name}: pandas defaults read non-empty cells as NaN: {lost[:5]} (use keep_default_na=False)")
        nl = sum(v.count("\n") for r in c["rows"] for v in r)
        print(f"  info {name}: {len(c['rows'])} records, {nl} embedded newlines")
    return res


def formula_checks(csvs):
    bad = []
    for name, c in csvs.items():
        for r in c["rows"]:
            for h, v in zip(c["header"], r):
                if v[:1] in ("=", "@", "\t", "\r"):
                    bad.append((name, h, v[:40]))
                elif v[:1] in ("+", "-") and not re.match(r"^[+-] \w", v):
                    bad.append((name, h, v[:40]))
                elif v[:1] in ("+", "-") and re.match(r"^[+-] *(HYPERLINK|cmd|[A-Z]+\()", v):
                    bad.append((name, h, v[:40]))
    claim(not bad, "README l.205-211", "no CSV field starts as a formula (= @ tab CR, or +/- not followed by ' word', or a call)", bad[:6])


def nfc_checks(label, strings):
    bad = [s[:50] for s in strings if isinstance(s, str) and not unicodedata.is_normalized("NFC", s)]
    claim(not bad, "README l.64 'Text is Unicode NFC'", f"{label}: every text value is NFC", bad[:4])
    ctrl = [repr(s[:50]) for s in strings if isinstance(s, str) and re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", s)]
    claim(not ctrl, "README l.171-174 'control characters are dropped, CR become new lines'", f"{label}: no control chars but \\n", ctrl[:4])


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            yield k
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_plan_json(out_dir, root):
    plan = json.load(open(os.path.join(out_dir, "plan.json"), encoding="utf-8"))
    schema = json.load(open(os.path.join(root, "core/plan.schema.json"), encoding="utf-8"))
    import jsonschema
    errs = sorted(jsonschema.Draft202012Validator(schema).iter_errors(plan), key=lambda e: list(e.path))
    claim(not errs, "README l.212-214 core/plan.schema.json", "plan.json validates against the published schema",
          [f"{list(e.path)}: {e.message}" for e in errs[:3]])
    docs = plan["documents"]
    srcs = [d["source"] for d in docs]
    claim(len(srcs) == len(set(srcs)), "README l.24-26", "document sources unique", srcs)
    dup = []
    for d in docs:
        keys = [r["key"] for r in d["rows"]]
        dup += [(d["source"], k) for k in set(keys) if keys.count(k) > 1]
    claim(not dup, "README l.26 '(source, key) stays unique'", "(source, key) unique in plan.json", dup[:5])
    badkey = [(d["source"], r["key"]) for d in docs for r in d["rows"] if not KEY_RE.match(r["key"])]
    claim(not badkey, "README l.43 key 'D.C.I', -2 -3", "every key matches D.C.I(-n)", badkey[:5])
    incons = [(d["source"], r["key"]) for d in docs for r in d["rows"]
              if not r["key"].startswith(f"{r['dimension_no']}.{r['component_no']}.")]
    claim(not incons, "README l.58-60 'D and C are the group numbers'", "key starts with dimension_no.component_no.", incons[:5])
    nfc_checks("plan.json", list(walk_strings(plan)))
    # sha256 of the file read
    badsha = []
    for d in docs:
        p = d.get("path")
        if p and os.path.exists(p):
            h = hashlib.sha256(open(p, "rb").read()).hexdigest()
            if h != d["sha256"]:
                badsha.append((p, d["sha256"][:12], h[:12]))
    claim(not badsha, "README l.28 sha256", "each document's sha256 is its file's", badsha)
    ocr_docs = [d["source"] for d in docs if d.get("engine") == "tesseract"]
    miss = [(d["source"], r["key"]) for d in docs for r in d["rows"] if (d["source"] in ocr_docs) != ("ocr_confidence" in r)]
    claim(not miss, "README l.55 'In plan.json the key is left out ... for text that was not OCR'd'",
          "ocr_confidence present exactly on rows of OCR'd documents", miss[:5])
    return plan


def flat_mentions(plan):
    out = []
    for d in plan["documents"]:
        for r in d["rows"]:
            ag = r.get("agencies", {})
            for role in ROLES:
                for i, m in enumerate(ag.get(role, []), 1):
                    out.append((d["source"], r["key"], role, i, m, r))
    return out


def fmt_num(x):
    return "" if x is None else x


def cross_csv_json(plan, csvs):
    rows = csvs["rows.csv"]["dicts"]
    jrows = [(d["source"], r) for d in plan["documents"] for r in d["rows"]]
    claim(len(rows) == len(jrows), "README l.31 'one line per logical row of every document'", "rows.csv count == plan.json rows",
          f"csv {len(rows)} json {len(jrows)}")
    diffs = []
    for c, (src, r) in zip(rows, jrows):
        if not csv_escaped(src, c["source"]) or c["key"] != r["key"]:
            diffs.append(("order/key", c["source"], c["key"], src, r["key"])); continue
        for f in TEXT_FIELDS:
            if not csv_escaped(r.get(f, ""), c[f]):
                diffs.append((src, r["key"], f, r.get(f, "")[:30], c[f][:30]))
        if str(r["dimension_no"]) != c["dimension_no"] or str(r["component_no"]) != c["component_no"]:
            diffs.append((src, r["key"], "numbers"))
        if c["pages"] != ";".join(map(str, r.get("pages", []))):
            diffs.append((src, r["key"], "pages", c["pages"], r.get("pages")))
        ex = r.get("extra") or {}
        cex = json.loads(c["extra"]) if c["extra"] else {}
        if cex != ex and not all(csv_escaped(ex.get(k, ""), cex.get(k, "")) for k in set(ex) | set(cex)):
            diffs.append((src, r["key"], "extra", ex, c["extra"][:60]))
        oc = r.get("ocr_confidence")
        if (oc is None and c["ocr_confidence"] != "") or (oc is not None and (c["ocr_confidence"] == "" or abs(float(c["ocr_confidence"]) - oc) > 1e-9)):
            diffs.append((src, r["key"], "ocr_confidence", oc, c["ocr_confidence"]))
    claim(not diffs, "README l.41-57, l.211", "rows.csv == plan.json rows field by field (modulo the documented ' prefix)", diffs[:6])
    ms = flat_mentions(plan)
    am = csvs["agency_mentions.csv"]["dicts"]
    claim(len(am) == len(ms), "README l.33 'every agency mention'", "agency_mentions.csv count == plan.json mentions", f"csv {len(am)} json {len(ms)}")
    mdiff = []
    for c, (src, key, role, pos, m, r) in zip(am, ms):
        want = {"source": src, "key": key, "role": role, "position": str(pos), "raw": m.get("raw", ""),
                "id": m.get("id") or "", "name": m.get("name") or "", "method": m.get("method", ""),
                "indicators": ";".join(map(str, m.get("indicators", []))), "note": m.get("note") or ""}
        for k, v in want.items():
            if not csv_escaped(v, c[k]):
                mdiff.append((src, key, role, pos, k, v[:30], c[k][:30]))
        if abs(float(c["score"]) - float(m.get("score", 0))) > 1e-9:
            mdiff.append((src, key, role, pos, "score", m.get("score"), c["score"]))
        if c["requested"] not in ("0", "1") or (c["requested"] == "1") != bool(m.get("requested")):
            mdiff.append((src, key, role, pos, "requested", m.get("requested"), c["requested"]))
    claim(not mdiff, "README l.33, l.488-495", "agency_mentions.csv == plan.json mentions field by field", mdiff[:6])
    rowkeys = {(r["source"], r["key"]) for r in rows}
    orphan = [(c["source"], c["key"]) for c in am if (c["source"], c["key"]) not in rowkeys]
    claim(not orphan, "README l.35 'a mention points at its row'", "every mention's (source,key) is a row of rows.csv", orphan[:5])
    mkeys = {(c["source"], c["key"], c["role"], c["position"]): c for c in am}
    rv = csvs["review.csv"]["dicts"]
    orphan = [(c["source"], c["key"], c["role"], c["position"]) for c in rv if (c["source"], c["key"], c["role"], c["position"]) not in mkeys]
    claim(not orphan, "README l.35 'a review line at its mention'", "every review.csv line's (source,key,role,position) is a mention", orphan[:5])
    rawdiff = [(c["key"], c["raw"]) for c in rv if (k := (c["source"], c["key"], c["role"], c["position"])) in mkeys and mkeys[k]["raw"] != c["raw"]]
    claim(not rawdiff, "consumer", "review.csv raw/method/score agree with the mention", rawdiff[:5])
    # membership: unmatched, or fuzzy under 95, or row OCR conf < 80
    want = set()
    for src, key, role, pos, m, r in ms:
        # l.34 "unmatched, or fuzzy under 95"; l.527-530: a named rule's match is reviewed "as a fuzzy one under the review threshold"
        if (m.get("method") == "unmatched" or m.get("id") is None
                or (m.get("method") not in ("exact", "alias", "abbreviation") and m.get("score", 100) < 95)
                or (r.get("ocr_confidence") is not None and r["ocr_confidence"] < 80)):
            want.add((src, key, role, str(pos)))
    got = {(unescape(c["source"]), c["key"], c["role"], c["position"]) for c in rv}
    claim(want == got, "README l.34 + l.527-530 review.csv membership", "review.csv holds exactly the unmatched / fuzzy-or-named-rule<95 / OCR<80 mentions",
          f"missing {sorted(want - got)[:4]} extra {sorted(got - want)[:4]} (want {len(want)} got {len(got)})")
    nfc_checks("CSV files", [v for c in csvs.values() for r in c["rows"] for v in r])
    return ms


def check_sqlite(out_dir, plan, ms):
    db = sqlite3.connect(os.path.join(out_dir, "plan.sqlite"))
    tables = {n for (n,) in db.execute("select name from sqlite_master where type='table'")}
    need = {"documents", "rows", "failures", "agencies", "row_agencies", "rows_fts"}
    claim(need <= tables, "README l.32", "plan.sqlite has the six tables", sorted(tables))
    ic = db.execute("pragma integrity_check").fetchall()
    claim(ic == [("ok",)], "README l.192-196 quick_check", "PRAGMA integrity_check", ic[:3])
    fk = db.execute("pragma foreign_key_check").fetchall()
    claim(not fk, "README l.32 foreign keys", "PRAGMA foreign_key_check is empty", fk[:5])
    fks = db.execute("pragma foreign_key_list(rows)").fetchall()
    claim(any(f[2] == "documents" for f in fks), "README l.32", "rows declares a foreign key to documents", fks)
    idx = [db.execute(f"pragma index_info('{i[1]}')").fetchall() for i in db.execute("pragma index_list(rows)") if i[2]]
    claim(any([c[2] for c in ix] == ["document_id", "key"] for ix in idx), "README l.32", "rows has unique (document_id, key)", idx)
    cols = [c[1] for c in db.execute("pragma table_info(row_agencies)")]
    want = ["row_id", "role", "position", "agency_id", "raw", "score", "method", "requested", "indicators", "note"]
    claim(all(w in cols for w in want), "README l.32 row_agencies columns", "row_agencies has the listed columns", cols)
    # rows vs plan.json
    srows = db.execute("select d.source, r.* from rows r join documents d on d.id=r.document_id order by r.id").fetchall()
    names = ["source"] + [c[1] for c in db.execute("pragma table_info(rows)")]
    jrows = [(d["source"], r) for d in plan["documents"] for r in d["rows"]]
    claim(len(srows) == len(jrows), "cross-file", "sqlite rows count == plan.json rows", f"{len(srows)} vs {len(jrows)}")
    diffs = []
    for s, (src, r) in zip(srows, jrows):
        s = dict(zip(names, s))
        if s["source"] != src or s["key"] != r["key"]:
            diffs.append(("order", s["source"], s["key"], src, r["key"])); continue
        for f in TEXT_FIELDS:
            if s[f] != r.get(f, ""):
                diffs.append((src, r["key"], f, repr(s[f])[:30], r.get(f, "")[:30]))
        if s["dimension_no"] != r["dimension_no"] or s["component_no"] != r["component_no"]:
            diffs.append((src, r["key"], "nums"))
        if s["ocr_confidence"] != r.get("ocr_confidence"):
            diffs.append((src, r["key"], "ocr_confidence", s["ocr_confidence"], r.get("ocr_confidence")))
        ex = json.loads(s["extra"]) if s["extra"] else {}
        if ex != (r.get("extra") or {}):
            diffs.append((src, r["key"], "extra", s["extra"][:40]))
    claim(not diffs, "README l.211 'plan.sqlite keep[s] the exact text'; l.55 NULL", "sqlite rows == plan.json rows field by field", diffs[:6])
    types = db.execute("select typeof(dimension_no), typeof(component_no), typeof(ocr_confidence), count(*) from rows group by 1,2,3").fetchall()
    claim(all(t[0] == "integer" and t[1] == "integer" and t[2] in ("real", "null") for t in types), "schema", "stored types of rows", types)
    # documents
    sd = db.execute("select source, path, sha256, file_type, engine, pages, title, warnings from documents order by id").fetchall()
    dd = [(d["source"], d.get("path"), d.get("sha256"), d.get("file_type"), d.get("engine"), d.get("pages"), d.get("title"),
           d.get("warnings")) for d in plan["documents"]]
    ddiff = [(a[0], b[0]) for a, b in zip(sd, dd) if list(a[:7]) != list(b[:7]) or json.loads(a[7]) != b[7]]
    claim(len(sd) == len(dd) and not ddiff, "README l.28/32", "sqlite documents == plan.json documents", ddiff[:3])
    jd = db.execute("select jurisdiction, jurisdiction_level, province, plan_year from documents order by id").fetchall()
    jdiff = []
    for (lab, lev, prov, yr), d in zip(jd, plan["documents"]):
        j = d.get("jurisdiction") or {}
        want = (j.get("label") or None, j.get("level") or None, j.get("province") or None, j.get("year"))
        if (lab, lev, prov, yr) != want:
            jdiff.append((d["source"], (lab, lev, prov, yr), want))
    claim(not jdiff, "README l.695-697 jurisdiction in plan.json and the documents table", "sqlite jurisdiction columns == plan.json jurisdiction ('' as NULL)", jdiff[:3])
    sf = db.execute("select source, error from failures order by id").fetchall()
    jf = [(f["source"], f["error"]) for f in plan.get("failures", [])]
    claim(sf == jf, "README l.28/32", "sqlite failures == plan.json failures", f"{sf} vs {jf}")
    # mentions
    sm = db.execute("""select d.source, r.key, ra.role, ra.position, ra.raw, ra.agency_id, a.name, ra.score, ra.method, ra.requested,
        ra.indicators, ra.note from row_agencies ra join rows r on r.id=ra.row_id join documents d on d.id=r.document_id
        left join agencies a on a.id=ra.agency_id order by ra.id""").fetchall()
    mdiff = []
    for s, (src, key, role, pos, m, r) in zip(sm, ms):
        want = (src, key, role, pos, m.get("raw"), m.get("id"), m.get("name"), float(m.get("score", 0)), m.get("method"),
                int(bool(m.get("requested"))), m.get("indicators", []), m.get("note"))
        got = list(s); got[10] = json.loads(got[10]) if got[10] else []
        if tuple(got) != want:
            mdiff.append([(i, a, b) for i, (a, b) in enumerate(zip(got, want)) if a != b][:3])
    claim(len(sm) == len(ms) and not mdiff, "README l.32 row_agencies", "sqlite mentions == plan.json mentions (in order)",
          f"{len(sm)} vs {len(ms)} {mdiff[:3]}")
    ids = {i for (i,) in db.execute("select id from agencies")}
    missing = {m.get("id") for *_, m, r in ms if m.get("id") and m.get("id") not in ids}
    claim(not missing, "README l.32 'agencies (the canonical list used)'", "every mention id is in agencies", list(missing)[:5])
    # FTS
    n_fts = db.execute("select count(*) from rows_fts").fetchone()[0]
    claim(n_fts == len(srows), "README l.281 'full-text index of every row', rowid = rows.id", "rows_fts holds one entry per row", f"{n_fts} vs {len(srows)}")
    mism = db.execute("select r.id from rows r left join rows_fts f on f.rowid=r.id where f.tasks is null or f.tasks != r.tasks or f.indicators != r.indicators").fetchall()
    claim(not mism, "README l.281 rowid = rows.id", "rows_fts rowid/ indicators/tasks match rows", mism[:5])
    q = "SELECT rowid FROM rows_fts WHERE rows_fts MATCH '{indicators_folded tasks_folded agencies_folded} : \"tai chinh\"'"
    try:
        a = {x for (x,) in db.execute(q)}
        claim(len(a) > 0, "README l.288 SQL example", "the README's FTS query runs and finds rows", len(a))
        b = {x for (x,) in db.execute("SELECT rowid FROM rows_fts WHERE rows_fts MATCH '{indicators tasks agencies} : \"tài chính\"'")}
        claim(b <= a, "README l.281-287", "accented 'tài chính' hits ⊆ folded 'tai chinh' hits", f"{len(b)} ⊆ {len(a)}: {sorted(b - a)[:5]}")
        dong = {x for (x,) in db.execute("SELECT rowid FROM rows_fts WHERE rows_fts MATCH '{indicators_folded tasks_folded agencies_folded} : dong'")}
        dd = {x for (x,) in db.execute("SELECT rowid FROM rows_fts WHERE rows_fts MATCH '{indicators tasks agencies} : \"đồng\"'")}
        claim(dd and dd <= dong, "README l.281 '\"dong\" finds every row \"đồng\" finds'", "đồng ⊆ dong", f"{len(dd)} ⊆ {len(dong)}")
        # independent check: rows whose text holds the phrase (folded by hand)
        def fold(s):
            s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
            return re.sub(r"\s+", " ", "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower())
        hand = set()
        for s in db.execute("select r.id, r.indicators||' '||r.tasks||' '||r.implementing||' '||r.lead||' '||r.sector_guidance||' '||r.coordinating from rows r"):
            if re.search(r"\btai chinh\b", fold(s[1])):
                hand.add(s[0])
        claim(hand <= a, "README l.271 'every row whose indicators, tasks or agency names hold the words as a phrase'",
              "FTS 'tai chinh' finds every row whose text holds it (folded by hand)", f"hand {len(hand)} fts {len(a)} missed {sorted(hand - a)[:5]}")
    except sqlite3.Error as e:
        claim(False, "README l.288", "FTS query runs", e)
    return db


def check_metadata(out_dir, db, root):
    md = json.load(open(os.path.join(out_dir, "metadata.json"), encoding="utf-8"))
    dbs = md.get("databases", {})
    claim("plan" in dbs, "README l.36", "metadata.json describes database 'plan' (plan.sqlite's stem)", list(dbs))
    t = dbs.get("plan", {})
    qs = {v.get("title"): v for v in t.get("queries", {}).values()}
    claim({"Rows by agency", "Mentions to review"} <= set(qs), "README l.36 canned queries", "both canned queries present", list(qs))
    for title, qd in qs.items():
        params = re.findall(r":(\w+)", qd["sql"])
        args = {p: "phong-tu-phap" for p in params}
        try:
            n = len(db.execute(qd["sql"], args).fetchall())
            claim(True, "README l.36", f"canned query '{title}' runs", f"{n} rows with {args}")
        except sqlite3.Error as e:
            claim(False, "README l.36", f"canned query '{title}' runs", e)
    q = qs.get("Mentions to review")
    if q:
        canned = {(r[0], r[1], r[2], str(r[3])) for r in db.execute(q["sql"])}
        rv = {(unescape(r["source"]), r["key"], r["role"], r["position"]) for r in csv.DictReader(open(os.path.join(out_dir, "review.csv"), encoding="utf-8-sig"))
              if not r["ocr_confidence"]}
        claim(canned == rv, "README l.34/l.36/l.529 'a person reviews every match they make'",
              "canned query 'Mentions to review' == review.csv's agency lines (OCR lines aside)",
              f"canned {len(canned)} review.csv {len(rv)}; only in review.csv: {sorted(rv - canned)[:3]}; only in canned: {sorted(canned - rv)[:3]}")
    mis = []
    for tn, td in t.get("tables", {}).items():
        cols = [c[1] for c in db.execute(f"pragma table_info('{tn}')")]
        for c in td.get("columns", {}):
            if c not in cols:
                mis.append((tn, c))
        for c in td.get("facets", []):
            if c not in cols:
                mis.append((tn, "facet", c))
        if tn not in ("rows_fts",) and td.get("columns") is not None:
            for c in cols:
                if c not in td["columns"]:
                    mis.append((tn, "undescribed", c))
    claim(not mis, "README l.36 'a description per column' / l.290-292 'cannot drift'", "metadata columns/facets == sqlite columns", mis[:6])
    facets = {c for td in t.get("tables", {}).values() for c in td.get("facets", [])}
    claim({"dimension", "component", "role", "method"} <= facets and ("agency_id" in facets or "agency" in facets),
          "README l.36 'facets on dimension, component, agency, role and method'", "facets present", sorted(facets))
    claim(t.get("tables", {}).get("rows", {}).get("fts_table") == "rows_fts", "README l.36 'search on the rows table'", "rows fts_table", "")


def check_datapackage(out_dir, root, csvs):
    dp = json.load(open(os.path.join(out_dir, "datapackage.json"), encoding="utf-8"))
    cols = list(csv.DictReader(open(os.path.join(root, "export/columns.csv"), encoding="utf-8")))
    bad = []
    for r in dp["resources"]:
        c = csvs.get(r["path"])
        names = [f["name"] for f in r["schema"]["fields"]]
        if c is None or names != c["header"]:
            bad.append((r["path"], "fields != header", names[:4]))
        tname = r["name"]
        for f in r["schema"]["fields"]:
            want = [x for x in cols if x["column"] == f["name"] and x["table"] in (tname, "*")]
            want = sorted(want, key=lambda x: x["table"] == "*")
            if not want:
                bad.append((tname, f["name"], "not in columns.csv"))
            elif f.get("title") != want[0]["title"] or f.get("description") != want[0]["description"]:
                bad.append((tname, f["name"], f.get("title"), want[0]["title"]))
    claim(not bad, "README l.290-292 'titles and descriptions from export/columns.csv ... cannot drift'", "datapackage fields == CSV headers and columns.csv", bad[:6])
    claim({r["path"] for r in dp["resources"]} == {"rows.csv", "agency_mentions.csv", "review.csv"}, "README l.35 'the three CSVs'", "resources", [r["path"] for r in dp["resources"]])
    fr = os.path.join(os.path.dirname(sys.executable), "frictionless")
    if os.path.exists(fr):
        p = subprocess.run([fr, "validate", "--json", os.path.join(out_dir, "datapackage.json")], capture_output=True, text=True)
        try:
            rep = json.loads(p.stdout)
            errs = [(t.get("name") or t.get("place"), e.get("type"), e.get("note", "")[:120]) for t in rep.get("tasks", []) for e in t.get("errors", [])]
            errs += [(e.get("type"), e.get("note", "")[:160]) for e in rep.get("errors", [])]
            claim(rep.get("valid") and p.returncode == 0, "README l.35 'frictionless validate DIR/datapackage.json checks the folder'",
                  "frictionless validate", f"rc={p.returncode} valid={rep.get('valid')} errors={errs[:5]}")
        except json.JSONDecodeError:
            claim(False, "README l.35", "frictionless validate", (p.stdout + p.stderr)[-500:])
    else:
        print("  info: frictionless not installed in this interpreter's bin, skipped")
    # frictionless, as a consumer: read rows as typed values
    try:
        from frictionless import Package
        pkg = Package(os.path.join(out_dir, "datapackage.json"))
        res = pkg.get_resource("rows")
        rws = res.read_rows()
        names = list(rws[0].keys()) if rws else []
        claim(names and names[0] == "source", "consumer: frictionless Package read", "first field name is 'source' (BOM handled)", names[:2])
        nulls = sum(1 for r in rws for f in ("papi", "deadline") if r[f] is None)
        print(f"  info: frictionless reads {nulls} empty papi/deadline strings as null (missingValues [''])")
    except Exception as e:  # noqa: BLE001
        claim(False, "consumer: frictionless Package read", "rows resource reads", repr(e)[:300])


def check_html(out_dir, plan):
    h = open(os.path.join(out_dir, "review.html"), encoding="utf-8").read()
    h = re.sub(r"data:[^\"')\s]+", "data:", h)  # drop inline payloads (base64 may spell 'src//')
    urls = re.findall(r"""(?:\b(?:src|href|action|srcset|poster)\s*=\s*["']?|url\(\s*["']?|@import\s+["']?)\s*(?:https?:|//|ftp:)[^"' )>]*""", h, re.I)
    allhttp = re.findall(r"https?://[^\s\"'<>]{0,60}", h)
    claim(not urls, "README l.37 'self-contained (no script, no network)'", "review.html loads nothing over the network", urls[:5])
    print(f"  info: http(s) strings anywhere in review.html: {allhttp[:5]} ({len(allhttp)})")
    tags = re.findall(r"<[a-zA-Z][^>]*>", h)  # real tags only: escaped document text is &lt;...
    scripts = re.findall(r"<script\b", h, re.I) + [t[:60] for t in tags if re.search(r"\son[a-z]+\s*=|javascript:", t, re.I)]
    claim(not scripts, "README l.37 'no script'", "review.html has no <script>, on*= handlers, javascript:", scripts[:5])
    ext = re.findall(r"""<(?:img|link|iframe|object|embed)\b[^>]*(?:src|href)\s*=\s*["'](?!data:|#)[^"']*""", h, re.I)
    claim(not ext, "README l.37", "every img/link src is data: or #anchor", ext[:5])
    miss = [(d["source"], r["key"]) for d in plan["documents"] for r in d["rows"] if r["key"] not in h]
    claim(not miss, "README l.37 'then every row'", "every row key appears in review.html", miss[:5])
    imgs = len(re.findall(r"<img\b", h, re.I))
    print(f"  info: {imgs} <img> in review.html")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--again", help="a second output folder of the same inputs: compared byte for byte")
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    ap.add_argument("--json")
    a = ap.parse_args()
    csvs = check_csvs(a.out)
    formula_checks(csvs)
    plan = check_plan_json(a.out, a.root)
    ms = cross_csv_json(plan, csvs)
    db = check_sqlite(a.out, plan, ms)
    check_metadata(a.out, db, a.root)
    check_datapackage(a.out, a.root, csvs)
    check_html(a.out, plan)
    if a.again:
        names = sorted(set(os.listdir(a.out)) | set(os.listdir(a.again)))
        diff = [n for n in names if not os.path.isfile(os.path.join(a.out, n)) or not os.path.isfile(os.path.join(a.again, n))
                or open(os.path.join(a.out, n), "rb").read() != open(os.path.join(a.again, n), "rb").read()]
        claim(not diff, "README l.65-66 'byte-identical plan.json and rows.csv'", "two runs: every output byte-identical", diff)
    fails = [r for r in RESULTS if not r["ok"]]
    print(f"\n{len(RESULTS) - len(fails)} PASS, {len(fails)} FAIL")
    if a.json:
        json.dump(RESULTS, open(a.json, "w"), ensure_ascii=False, indent=1)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
