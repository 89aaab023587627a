# The archive (FormExtract.Archive): its PostgreSQL tests and the local demo start a throwaway server from
# Debian's postgresql (scripts/postgres.sh); the dashboard test loads Hangfire's page in headless Chromium.
apt_packages+=(postgresql chromium)
