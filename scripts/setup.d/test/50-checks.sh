# The test run's own checks: strace records every file the tests open (scripts/check-reads.sh, with python3 to
# read its log), curl drives the service's load test (benchmarks/service/run.sh).
apt_packages+=(strace python3 curl)
