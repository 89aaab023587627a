# Renderers of the synthetic corpus (its tests regenerate it): headless Chromium prints HTML to PDF with CJK
# fonts; poppler rasterises PDFs into scans, ImageMagick degrades them and img2pdf wraps them back into
# image-only PDFs.
apt_packages+=(chromium fonts-noto-cjk poppler-utils imagemagick img2pdf)
