# Legacy Office files (FormExtract.Office): DOC, XLS, WPS and ET are converted to DOCX or XLSX by LibreOffice
# headless before they are read; the -nogui builds carry no desktop dependencies.
apt_packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
