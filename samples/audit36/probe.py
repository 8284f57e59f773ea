"""Isolation probes: each builds one variant of a document that changes a single thing, into
probe/docs/, and check.py-style compares it with the same expected rows.
Run: /work/main/.venv/bin/python probe.py"""
import json, os, shutil, subprocess, sys
import build_docx, build_html, build_rl, content

HERE = os.path.dirname(os.path.abspath(__file__))
P = os.path.join(HERE, "probe")
os.makedirs(os.path.join(P, "docs"), exist_ok=True)
os.makedirs(os.path.join(P, "expected"), exist_ok=True)
for m in (build_docx, build_html, build_rl):
    m.HERE = P
built = []


def docx(name, style, header_tt=None):
    if header_tt:
        build_docx.HEADER_TT = header_tt
    p = build_docx.build(name, style)
    build_docx.lo_pdf(p)
    build_docx.HEADER_TT = content.HEADER_TT
    built.extend([name + ".docx", name + ".pdf"])


def htm(name, base, css_add="", **kw):
    st = dict(build_html.STYLES[base]); st.update(kw); st["css"] = st["css"] + css_add
    build_html.build(name, st)
    built.append(name + ".pdf")


# P1: the section-row plan with "STT" for "TT" (is the TT label what makes it the dimension column?)
docx("p1-sections-STT", build_docx.STYLES["t02-frame-dotted-sections"], ["STT"] + content.HEADER[1:])
# P2: border-collapse: separate without the 3 px spacing; and collapsed borders
htm("p2a-separate-spacing0", "t04-html-separate", "table { border-spacing: 0; }")
htm("p2b-collapse", "t04-html-separate", "table { border-collapse: collapse; }")
# P3: the hairline blue table with solid rules (no dotted/dashed)
htm("p3-hairline-solid", "t06-html-hairline-blue", "td { border-style: solid !important; }")
# P4: booktabs zebra without the stamp; and without the zebra bands
htm("p4a-booktabs-nostamp", "t05-html-booktabs-zebra", stamp=False)
htm("p4b-booktabs-nozebra-nostamp", "t05-html-booktabs-zebra", "tr.d:nth-child(even) td { background: none; }", stamp=False)
# P5: rules as filled rectangles without the stamp
st = dict(build_rl.STYLES["t08-rl-rects-stamp"]); st["stamp"] = False
build_rl.build("p5-rl-rects-nostamp", st); built.append("p5-rl-rects-nostamp.pdf")
# P6: the zebra plan without the stamp; and with every horizontal rule drawn (fills kept)
st = dict(build_docx.STYLES["t03-zebra-stamp"]); st.pop("stamp_at")
docx("p6a-zebra-nostamp", st)
def all_h(p):
    t, l, b, r = build_docx.zebra_rules(p)
    return t, l, b or ("single", 4, "7F7F7F"), r
st2 = dict(st); st2["borders"] = all_h
docx("p6b-zebra-all-hrules", st2)

for d in built:
    json.dump(content.expected_rows(), open(os.path.join(P, "expected", d + ".json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
print(" ".join(built))
