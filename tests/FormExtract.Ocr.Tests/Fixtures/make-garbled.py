#!/usr/bin/env python3
"""Makes two PDFs whose text layers are garbled the way broken producers garble them: a font's ToUnicode map
is rewritten to send each glyph to its own private-use code point (U+E000 up), so the page still looks right
but the text extracted from that font is meaningless. Needs qpdf (and fix-qdf).

- garbled-text-layer.pdf: the PDF reader's long-table fixture (one form over two pages, printed by Chromium)
  with every font of page 1 garbled; page 2 keeps its true text layer.
- garbled-figures-font.pdf: the single-form fixture with only the fonts that hold the digits garbled (Chromium
  splits a font into subsets of 256 glyphs, so each such subset also holds some Chinese characters).

    python3 make-garbled.py    # writes both beside this script
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "FormExtract.Pdf.Tests", "Fixtures")

CMAP = re.compile(rb"begincmap.*?endcmap", re.S)
SECTION = re.compile(rb"(begin(bfchar|bfrange)\n)(.*?)(\nend\2)", re.S)
HEX = rb"<[0-9A-Fa-f]+>"


class PrivateUse:
    """Hands out private-use code points, one per mapped glyph, in order of appearance."""

    def __init__(self):
        self.next = 0xE000

    def take(self, count=1):
        first = self.next
        self.next += count
        if self.next > 0xF8FF:
            raise SystemExit("more glyphs than private-use code points")
        return b"<%04X>" % first


def garble_section(kind, body, codes):
    lines = []
    for line in body.split(b"\n"):
        parts = re.findall(HEX, line)
        if kind == b"bfchar" and len(parts) == 2:
            lines.append(parts[0] + b" " + codes.take())
        elif kind == b"bfrange" and len(parts) >= 3:
            low, high = int(parts[0][1:-1], 16), int(parts[1][1:-1], 16)
            lines.append(parts[0] + b" " + parts[1] + b" " + codes.take(high - low + 1))
        else:
            lines.append(line)
    return b"\n".join(lines)


def maps_digits(cmap):
    """Whether a ToUnicode map sends some code to an ASCII digit (U+0030-U+0039)."""
    for kind, body in ((m.group(2), m.group(3)) for m in SECTION.finditer(cmap)):
        for line in body.split(b"\n"):
            parts = [int(p[1:-1], 16) for p in re.findall(HEX, line)]
            if kind == b"bfchar" and len(parts) == 2 and 0x30 <= parts[1] <= 0x39:
                return True
            if kind == b"bfrange" and len(parts) == 3 and parts[2] <= 0x39 and parts[2] + parts[1] - parts[0] >= 0x30:
                return True
    return False


def garble(qdf, which):
    codes = PrivateUse()

    def cmap(match):
        if not which(match.group(0)):
            return match.group(0)
        return SECTION.sub(lambda s: s.group(1) + garble_section(s.group(2), s.group(3), codes) + s.group(4), match.group(0))

    return CMAP.sub(cmap, qdf)


def garbled_copy(source, which, target):
    with tempfile.TemporaryDirectory() as work:
        qdf = os.path.join(work, "source.qdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", source, qdf], check=True)
        with open(qdf, "rb") as f:
            garbled = garble(f.read(), which)
        edited = os.path.join(work, "edited.qdf")
        with open(edited, "wb") as f:
            f.write(garbled)
        # fix-qdf recomputes the stream lengths the edit changed.
        fixed = os.path.join(work, "fixed.qdf")
        with open(fixed, "wb") as out:
            subprocess.run(["fix-qdf", edited], stdout=out, check=True)
        subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=generate", "--deterministic-id", fixed, target], check=True)


def main():
    long_table = os.path.join(FIXTURES, "long-table.pdf")
    with tempfile.TemporaryDirectory() as work:
        everything = os.path.join(work, "all-garbled.pdf")
        garbled_copy(long_table, lambda cmap: True, everything)
        # Page 1 from the garbled copy, page 2 from the original: one file, two text layers.
        target = os.path.join(HERE, "garbled-text-layer.pdf")
        subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", everything, "1", long_table, "2", "--", target], check=True)
    garbled_copy(os.path.join(FIXTURES, "single-form.pdf"), maps_digits, os.path.join(HERE, "garbled-figures-font.pdf"))


if __name__ == "__main__":
    main()
