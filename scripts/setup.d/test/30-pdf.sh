# The PDF reader's tests and benchmark: Chromium and the CJK fonts print the HTML fixtures, ReportLab (with a
# TrueType CJK font) draws the fixtures made another way, qpdf encrypts one, pdfminer is the benchmark's
# yardstick, GNU time measures peak memory.
apt_packages+=(chromium fonts-noto-cjk fonts-wqy-microhei python3-reportlab qpdf python3-pdfminer time)
