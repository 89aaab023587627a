# The tesseract CLI, run whole-page beside FormExtract's OCR in the OCR benchmark and its tests.
apt_packages+=(tesseract-ocr)
