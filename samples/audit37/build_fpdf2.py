"""fpdf2 table API (d2): Liberation Serif, STT column, repeated heading row, NFD text
(fpdf2 draws each code point: base letter then combining marks, no shaping)."""
from pathlib import Path
from fpdf import FPDF
from fpdf.fonts import FontFace
from docs_spec import rows_for, columns, render_text, write_expected, TITLE

OUT = Path(__file__).parent / "docs"
LIB = "/usr/share/fonts/truetype/liberation2/"


def d2():
    name = "d2-fpdf2-liberation-nfd"
    heads, fields = columns(name)
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_font("LibSerif", "", LIB + "LiberationSerif-Regular.ttf")
    pdf.add_font("LibSerif", "B", LIB + "LiberationSerif-Bold.ttf")
    pdf.add_page()
    pdf.set_font("LibSerif", "B", 12)
    for t in TITLE:
        pdf.cell(0, 6, render_text(t, name), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("LibSerif", "", 9)
    with pdf.table(col_widths=(8, 26, 26, 44, 80, 22, 22, 25), repeat_headings=1,
                   line_height=4.2, text_align="LEFT", v_align="TOP",
                   headings_style=FontFace(emphasis="BOLD")) as table:
        row = table.row()
        for h in heads:
            row.cell(render_text(h, name))
        for r in rows_for(name):
            row = table.row()
            for f in fields:
                row.cell(render_text("\n".join(r[f]), name))
    pdf.output(str(OUT / f"{name}.pdf"))
    write_expected(name, OUT / f"{name}.expected.json")


if __name__ == "__main__":
    d2()
