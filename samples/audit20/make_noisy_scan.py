"""Make a noisy 150 dpi scan of samples/scanned/plan-2024-scan300-p1-3.pdf (blur + specks), to reach
README's low-confidence OCR path (rows under 80 -> review.csv). Usage: python make_noisy_scan.py OUT.pdf
Needs pdftoppm (poppler-utils)."""
import glob, os, random, subprocess, sys, tempfile
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))


def main(out):
    random.seed(2)
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", os.path.join(HERE, "..", "scanned", "plan-2024-scan300-p1-3.pdf"),
                        os.path.join(t, "p")], check=True)
        ims = []
        for f in sorted(glob.glob(os.path.join(t, "p*.pgm"))):
            im = Image.open(f).filter(ImageFilter.GaussianBlur(1.0))
            px = im.load()
            for _ in range(im.size[0] * im.size[1] // 30):
                px[random.randrange(im.size[0]), random.randrange(im.size[1])] = random.choice([0, 120])
            ims.append(im.convert("L"))
        ims[0].save(out, save_all=True, append_images=ims[1:], resolution=150)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
