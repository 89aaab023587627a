#!/usr/bin/env python3
"""Makes garbled-text-layer.pdf: the PDF reader's long-table fixture (one form over two pages, printed by
Chromium) with the text layer of page 1 garbled the way broken producers garble it. Every font's ToUnicode
map is rewritten to send each glyph to its own private-use code point (U+E000 up), so the page still looks
right but its extracted text is meaningless; page 2 keeps its true text layer. Needs qpdf (and fix-qdf).

    python3 make-garbled.py    # writes garbled-text-layer.pdf beside this script
"""
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "FormExtract.Pdf.Tests", "Fixtures", "long-table.pdf")
TARGET = os.path.join(HERE, "garbled-text-layer.pdf")

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


def garble(qdf):
    codes = PrivateUse()

    def cmap(match):
        return SECTION.sub(lambda s: s.group(1) + garble_section(s.group(2), s.group(3), codes) + s.group(4), match.group(0))

    return CMAP.sub(cmap, qdf)


def main():
    with tempfile.TemporaryDirectory() as work:
        qdf = os.path.join(work, "source.qdf")
        subprocess.run(["qpdf", "--qdf", "--object-streams=disable", SOURCE, qdf], check=True)
        with open(qdf, "rb") as f:
            garbled = garble(f.read())
        edited = os.path.join(work, "edited.qdf")
        with open(edited, "wb") as f:
            f.write(garbled)
        # fix-qdf recomputes the stream lengths the edit changed.
        fixed = os.path.join(work, "fixed.qdf")
        with open(fixed, "wb") as out:
            subprocess.run(["fix-qdf", edited], stdout=out, check=True)
        everything = os.path.join(work, "all-garbled.pdf")
        subprocess.run(["qpdf", "--compress-streams=y", "--object-streams=generate", fixed, everything], check=True)
        # Page 1 from the garbled copy, page 2 from the original: one file, two text layers.
        subprocess.run(["qpdf", "--empty", "--deterministic-id", "--pages", everything, "1", SOURCE, "2", "--", TARGET], check=True)


if __name__ == "__main__":
    main()
