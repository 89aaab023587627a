#!/usr/bin/env python3
"""Makes PDFs that are born-digital except for some pages, which are scans: an image-only page (no text
layer) inserted in place of the printed one, as archives do with a signed or stamped page. The source is the
PDF reader's reportlab-split-row fixture (one indicator table over two Letter pages, a row and the 产出指标
cell cut by the page break), whose expected document is the truth for all three. Needs poppler-utils
(pdftoppm), img2pdf and qpdf.

- mixed-scan-second.pdf: page 1 as printed, page 2 a 300 dpi grayscale raster of itself (Flate in the PDF).
- mixed-scan-first.pdf: page 1 a 300 dpi colour JPEG raster of itself (DCT in the PDF), page 2 as printed.
- mixed-blank-page.pdf: page 1 as printed, then a page with neither a text layer nor an image, then page 2
  as printed.

    python3 make-mixed.py    # writes the three beside this script
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "FormExtract.Pdf.Tests", "Fixtures", "reportlab-split-row.pdf")
DPI = 300


def page_size(pdf, number):
    """The page's size in points, as pdfinfo states it ("Page    1 size: 612 x 792 pts")."""
    info = subprocess.run(["pdfinfo", "-f", str(number), "-l", str(number), pdf], check=True, capture_output=True, text=True).stdout
    line = next(l for l in info.splitlines() if l.startswith("Page") and "size:" in l)
    width, _, height = line.split("size:")[1].split()[:3]
    return width, height


def scanned_page(pdf, number, kind, work):
    """A one-page PDF holding only the page's raster at DPI, placed over the whole page."""
    prefix = os.path.join(work, "scan-%d" % number)
    # pdftoppm writes grayscale only as PGM (its -gray does not reach -png); img2pdf stores that as Flate.
    options, extension = (["-gray"], "pgm") if kind == "gray" else (["-jpeg", "-jpegopt", "quality=75"], "jpg")
    subprocess.run(["pdftoppm", "-r", str(DPI), *options, "-singlefile", "-f", str(number), "-l", str(number), pdf, prefix], check=True)
    width, height = page_size(pdf, number)
    target = prefix + ".pdf"
    subprocess.run(["img2pdf", "--pagesize", "%sptx%spt" % (width, height), "-o", target, prefix + "." + extension], check=True)
    return target


def blank_page(pdf, work):
    """A one-page PDF of the source's page size with an empty content stream: no text, no image, no drawing."""
    width, height = page_size(pdf, 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Resources << >> /Contents 4 0 R >>" % (width.encode(), height.encode()),
        b"<< /Length 0 >>\nstream\n\nendstream",
    ]
    raw = os.path.join(work, "blank-raw.pdf")
    with open(raw, "wb") as f:
        f.write(b"%PDF-1.4\n")
        for number, body in enumerate(objects, 1):
            f.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        f.write(b"trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n")
    # qpdf rebuilds the cross-reference table the hand-written file leaves out (it warns, and exits 3).
    target = os.path.join(work, "blank.pdf")
    subprocess.run(["qpdf", raw, target], check=False)
    return target


def join(parts, target):
    """qpdf --pages file range [file range ...]: the pages in the order given, one file."""
    arguments = [argument for path, page in parts for argument in (path, str(page))]
    subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", *arguments, "--", target], check=True)


def main():
    with tempfile.TemporaryDirectory() as work:
        join([(SOURCE, 1), (scanned_page(SOURCE, 2, "gray", work), 1)], os.path.join(HERE, "mixed-scan-second.pdf"))
        join([(scanned_page(SOURCE, 1, "jpeg", work), 1), (SOURCE, 2)], os.path.join(HERE, "mixed-scan-first.pdf"))
        join([(SOURCE, 1), (blank_page(SOURCE, work), 1), (SOURCE, 2)], os.path.join(HERE, "mixed-blank-page.pdf"))


if __name__ == "__main__":
    main()
