# Text-mode browsers and poppler's layout mode print tables with aligned columns: the aligned-text tests run w3m
# on fresh forms, and the fixture script (tests/FormExtract.Core.Tests/Fixtures/Aligned) runs w3m, lynx and
# pdftotext -layout.
apt_packages+=(w3m lynx poppler-utils)
