# OCR of scans (FormExtract.Ocr): Tesseract 5 and Leptonica through their C APIs, the Chinese and English
# models, orientation detection (osd), the tesseract CLI for the side-by-side benchmark, and pdftoppm for PDF pages whose image
# PdfPig cannot hand over.
apt_packages+=(libtesseract5 liblept5 tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng tesseract-ocr-osd poppler-utils)
