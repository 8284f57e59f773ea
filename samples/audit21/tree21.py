"""Build the audit21 folder tree of plan documents from the repo's samples (no phuluc import)."""
import shutil
from pathlib import Path

S = Path(__file__).resolve().parent.parent  # samples/

VN_NAME = "Kế hoạch xã Phú Vang 2024.docx"

LAYOUT = {
    "quang-tri/ke-hoach.pdf": "plan-2024-portrait.pdf",
    "hue/ke-hoach.pdf": "plan-2024-landscape.pdf",              # same name, other folder
    f"hue/phu-vang/{VN_NAME}": "plan-2024-grouped.docx",         # Vietnamese letters + spaces
    "ha-noi/ba-dinh/ban-sao.pdf": "plan-2024-portrait.pdf",     # same bytes as quang-tri/ke-hoach.pdf
    "ha-noi/huyen/district.pdf": "heldout/plan-2024-district-heldout.pdf",
    "da-nang/commune2.docx": "heldout/plan-2024-commune-heldout2.docx",
    "da-nang/layout-8.pdf": "heldout-layouts/heldout-8-chromium-thead.pdf",
    "can-tho/bang-tinh.xlsx": "plan-2024-sheet.xlsx",
}


def make_nonplan_pdf(path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 12)
    y = 800
    for line in ["CONG VAN so 123/UBND", "Ve viec nop bao cao thang 3.", "Kinh gui: cac phong ban.",
                 "Noi dung: de nghi cac don vi nop bao cao dung han.", "Chu tich UBND"]:
        c.drawString(72, y, line)
        y -= 20
    c.showPage()
    c.save()


def build(root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    for rel, src in LAYOUT.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(S / src, p)
    bad = root / "loi"
    bad.mkdir(parents=True)
    data = (S / "plan-2024-narrow.pdf").read_bytes()
    (bad / "cut-short.pdf").write_bytes(data[: len(data) // 3])
    (bad / "empty.docx").write_bytes(b"")
    (bad / "text-really.pdf").write_text("Day khong phai la PDF, chi la mot tep van ban.\n")
    make_nonplan_pdf(root / "loi" / "cong-van.pdf")
    return root


if __name__ == "__main__":
    import sys
    print(build(Path(sys.argv[1])))
