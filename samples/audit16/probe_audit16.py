"""Smallest reproduction of F2 without LibreOffice: t01's DOCX with its TCVN3 'ư' (U+00AD in w:t) written
as Word/LibreOffice write a soft hyphen, <w:softHyphen/>, inside the .VnTime runs (what LibreOffice's
DOCX of a .doc/.odt/.rtf holds).  python samples/audit16/probe_audit16.py OUT.docx"""

import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
src, dst = HERE / "t01-tcvn3-docx.docx", Path(sys.argv[1])
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.decode("utf-8").replace("\u00ad", '</w:t><w:softHyphen/><w:t xml:space="preserve">').encode("utf-8")
        zout.writestr(item, data)
