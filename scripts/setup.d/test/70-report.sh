# The report and export tests: headless Chromium opens the HTML report (with the CJK fonts its pages name),
# and the sqlite3 shell loads the CSV export with its own importer.
apt_packages+=(chromium fonts-noto-cjk sqlite3)
