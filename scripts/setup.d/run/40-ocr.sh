# OCR of scans (FormExtract.Ocr): Tesseract 5 and Leptonica through their C APIs, the Chinese and English
# models, orientation detection (osd), and pdftoppm (poppler-utils) for PDF pages whose image PdfPig cannot
# hand over.
apt_packages+=(libtesseract5 liblept5 tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd poppler-utils)
