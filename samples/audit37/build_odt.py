"""odfpy -> LibreOffice Writer PDF (d5): ODT written by odfpy (no Word involved), A4 landscape,
Liberation Sans Narrow 8.5pt, table:table-header-rows (repeated by Writer), group labels
merged down with number-rows-spanned / covered cells, rows allowed to break across pages."""
import subprocess, tempfile
from pathlib import Path
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableProperties, TableCellProperties, TableRowProperties,
                       PageLayout, PageLayoutProperties, MasterPage, FontFace)
from odf.table import (Table, TableColumn, TableRow, TableCell, CoveredTableCell,
                       TableHeaderRows)
from odf.text import P
from docs_spec import rows_for, columns, render_text, write_expected, TITLE

HERE = Path(__file__).parent
OUT = HERE / "docs"
W = [2.4, 2.4, 4.2, 8.2, 2.0, 2.3, 2.3, 2.0]  # cm, 25.8 total


def d5(name="d5-odfpy-lowriter", font="Liberation Sans Narrow"):
    heads, fields = columns(name)
    doc = OpenDocumentText()
    doc.fontfacedecls.addElement(FontFace(name=font,
                                          fontfamily=f"'{font}'"))
    pl = PageLayout(name="LandscapeA4")
    pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                       printorientation="landscape", margintop="1.5cm",
                                       marginbottom="1.5cm", marginleft="1.5cm",
                                       marginright="1.5cm"))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))
    body = Style(name="Cell", family="paragraph")
    body.addElement(TextProperties(fontname=font, fontsize="8.5pt"))
    body.addElement(ParagraphProperties(marginbottom="0.05cm"))
    doc.automaticstyles.addElement(body)
    bold = Style(name="Head", family="paragraph")
    bold.addElement(TextProperties(fontname=font, fontsize="8.5pt",
                                   fontweight="bold"))
    bold.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Title1", family="paragraph")
    title.addElement(TextProperties(fontname=font, fontsize="12pt",
                                    fontweight="bold"))
    title.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(title)
    ts = Style(name="Tbl", family="table")
    ts.addElement(TableProperties(width=f"{sum(W)}cm", align="left"))
    doc.automaticstyles.addElement(ts)
    cs = Style(name="Box", family="table-cell")
    cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.08cm"))
    doc.automaticstyles.addElement(cs)
    rs = Style(name="Row", family="table-row")
    rs.addElement(TableRowProperties(keeptogether="auto"))
    doc.automaticstyles.addElement(rs)
    for t in TITLE:
        doc.text.addElement(P(stylename=title, text=render_text(t, name)))
    tbl = Table(name="PhuLuc", stylename=ts)
    for i, w in enumerate(W):
        c = Style(name=f"C{i}", family="table-column")
        c.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(c)
        tbl.addElement(TableColumn(stylename=c))
    hr = TableHeaderRows()
    tr = TableRow()
    for h in heads:
        tc = TableCell(stylename=cs)
        tc.addElement(P(stylename=bold, text=render_text(h, name)))
        tr.addElement(tc)
    hr.addElement(tr)
    tbl.addElement(hr)
    rows = rows_for(name)
    covered = set()
    for i, r in enumerate(rows):
        tr = TableRow(stylename=rs)
        for f in fields:
            if (i, f) in covered:
                tr.addElement(CoveredTableCell()); continue
            span = 1
            if f in ("dimension", "component"):
                while i + span < len(rows) and rows[i + span][f] == r[f] and \
                        rows[i + span]["dimension"] == r["dimension"]:
                    covered.add((i + span, f)); span += 1
            tc = TableCell(stylename=cs, numberrowsspanned=span) if span > 1 else TableCell(stylename=cs)
            for line in r[f] or [""]:
                tc.addElement(P(stylename=body, text=render_text(line, name)))
            tr.addElement(tc)
        tbl.addElement(tr)
    doc.text.addElement(tbl)
    odt = HERE / "src" / f"{name}.odt"
    doc.save(str(odt))
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-audit37", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, str(odt)], check=True,
                   capture_output=True)
    (OUT / f"{name}.pdf").write_bytes((Path(tmp) / f"{name}.pdf").read_bytes())
    write_expected(name, OUT / f"{name}.expected.json")


if __name__ == "__main__":
    d5()
    # same table, one font with every Vietnamese glyph (no fallback to DejaVu)
    d5("d5b-odfpy-lowriter-dejavucond", "DejaVu Sans Condensed")
