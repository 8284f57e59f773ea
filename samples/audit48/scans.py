"""Make office-style scans of born-digital PDFs: render, greyscale/bilevel, JPEG, skew, turn, phone photo, stamp.

Every effect takes a PIL image and a random.Random, so a document's scan is the same on every build.
"""

import io
import math
import os
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render(pdf, dpi, gray=True, pages=None):
    """pdftoppm the PDF's pages (1-based list, or all) at dpi: a list of PIL images."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else [])
        if pages:
            cmd += ["-f", str(min(pages)), "-l", str(max(pages))]
        subprocess.run(cmd + [pdf, os.path.join(tmp, "p")], check=True)
        names = sorted(os.listdir(tmp))
        imgs = [Image.open(os.path.join(tmp, n)).copy() for n in names]
    if pages:
        first = min(pages)
        imgs = [im for i, im in enumerate(imgs, first) if i in pages]
    return imgs


def bilevel(im, threshold=150):
    """A fax or copier's 1-bit page: one fixed threshold, no dithering."""
    return im.convert("L").point(lambda v: 255 if v > threshold else 0, "1")


def jpeg(im, quality):
    """The page after a scanner's JPEG: blocking and ringing round letters and rules."""
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).copy()


def skew(im, degrees):
    """A sheet fed a little crooked: turned, the corners filled with paper."""
    fill = 255 if im.mode == "L" else (255, 255, 255)
    return im.rotate(degrees, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def turn(im, degrees):
    """A page scanned sideways (90) or upside down (180)."""
    return im.rotate(degrees, expand=True)


def speckle(im, rng, n=400):
    """Dust and toner specks, a few pixels each."""
    im = im.copy()
    d = ImageDraw.Draw(im)
    ink = 0 if im.mode in ("L", "1") else (20, 20, 20)
    for _ in range(n):
        x, y, r = rng.randrange(im.width), rng.randrange(im.height), rng.choice([1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=ink)
    return im


def _coeffs(src, dst):
    """PIL PERSPECTIVE coefficients mapping output points dst to input points src."""
    import numpy as np

    a = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(a, float), np.array(b, float)))


def phone_photo(im, rng):
    """A phone photo of the sheet on a desk: perspective, lighting falling off to one corner, blur, JPEG."""
    import numpy as np

    im = im.convert("RGB")
    w, h = im.size
    pad = int(0.04 * w)
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (95, 80, 60))
    canvas.paste(im, (pad, pad))
    W, H = canvas.size
    j = lambda s: rng.uniform(0.2, 1.0) * s  # noqa: E731
    dst = [(0, 0), (W, 0), (W, H), (0, H)]
    src = [
        (j(0.03 * W), j(0.02 * H)),
        (W - j(0.01 * W), j(0.035 * H)),
        (W - j(0.025 * W), H),
        (j(0.0), H - j(0.02 * H)),
    ]
    warped = canvas.transform((W, H), Image.PERSPECTIVE, _coeffs(src, dst), Image.BICUBIC)
    arr = np.asarray(warped).astype(float)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rng.uniform(0.2, 0.4) * W, rng.uniform(0.2, 0.4) * H
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(W, H)
    light = 1.0 - 0.45 * dist
    arr = arr * light[..., None] * np.array([1.0, 0.97, 0.9])
    photo = Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.8))
    return jpeg(photo, 70)


def stamp(im, rng, center, radius):
    """A red round seal (ring, star, words round the edge) pressed over the table, ink multiplied in."""
    im = im.convert("RGB")
    layer = Image.new("RGB", im.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    cx, cy = center
    red = (205, 35, 40)
    for r, wdt in ((radius, max(3, radius // 25)), (int(radius * 0.72), max(2, radius // 40))):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=wdt)
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = radius * (0.3 if k % 2 == 0 else 0.12)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype(FONT, max(10, radius // 7))
    text = "ỦY BAN NHÂN DÂN * KẾ HOẠCH * "
    for i, ch in enumerate(text):
        a = -math.pi + 2 * math.pi * i / len(text)
        x, y = cx + radius * 0.86 * math.cos(a), cy + radius * 0.86 * math.sin(a)
        d.text((x, y), ch, fill=red, font=font, anchor="mm")
    d.text((cx, cy + radius * 0.5), "PHÒNG NỘI VỤ", fill=red, font=font, anchor="mm")
    return _multiply(im, layer)


def signature(im, rng, box):
    """A pen signature: a few looping strokes across box (x0, y0, x1, y1), blue-black."""
    im = im.convert("RGB")
    layer = Image.new("RGB", im.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = box
    pts = []
    for k in range(60):
        t = k / 59
        x = x0 + t * (x1 - x0) + 0.06 * (x1 - x0) * math.sin(9 * t + rng.random())
        y = (y0 + y1) / 2 + 0.45 * (y1 - y0) * math.sin(13 * t) * (1 - 0.5 * t)
        pts.append((x, y))
    d.line(pts, fill=(25, 35, 110), width=max(3, (x1 - x0) // 120), joint="curve")
    return _multiply(im, layer)


def _multiply(im, layer):
    from PIL import ImageChops

    return ImageChops.multiply(im, layer)


def to_pdf(imgs, dpi, path, lossless=False):
    """The page images as one PDF, each page sized by dpi: PIL's save_all (JPEG or CCITT G4) or reportlab (Flate)."""
    if not lossless:
        first, rest = imgs[0], imgs[1:]
        first.save(path, "PDF", save_all=True, append_images=rest, resolution=float(dpi))
        return
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path)
    for im in imgs:
        w, h = im.width * 72.0 / dpi, im.height * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(im), 0, 0, w, h)
        c.showPage()
    c.save()


def splice(digital_pdf, scanned_pdf, scanned_pages, path):
    """A mixed PDF: the digital file's pages, those in scanned_pages (1-based) taken from the scan instead."""
    from pypdf import PdfReader, PdfWriter

    dig, scan = PdfReader(digital_pdf), PdfReader(scanned_pdf)
    out = PdfWriter()
    k = 0
    for i, page in enumerate(dig.pages, 1):
        if i in scanned_pages:
            out.add_page(scan.pages[k])
            k += 1
        else:
            out.add_page(page)
    with open(path, "wb") as f:
        out.write(f)
