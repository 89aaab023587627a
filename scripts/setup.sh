#!/usr/bin/env bash
# Installs what FormExtract needs on a fresh Debian machine (run as root) and restores the solution.
#   scripts/setup.sh [run]   what extraction needs: the fragments in scripts/setup.d/run/
#   scripts/setup.sh test    that, and what the tests and benchmarks need: scripts/setup.d/test/ too
#   scripts/setup.sh PURPOSE --list   prints the Debian packages of that purpose, one a line, and installs nothing
# Each reader or tool that needs system packages adds a fragment; fragments run in name order.
set -euo pipefail
cd "$(dirname "$0")/.."

purpose="${1:-run}"
list_only="${2:-}"
case "$purpose" in
  run) folders=(scripts/setup.d/run) ;;
  test) folders=(scripts/setup.d/run scripts/setup.d/test) ;;
  *) echo "setup: the purpose is 'run' or 'test', not '$purpose'" >&2; exit 2 ;;
esac

apt_packages=()
for folder in "${folders[@]}"; do
  for fragment in "$folder"/*.sh; do
    [ -e "$fragment" ] || continue
    # Fragments add to apt_packages.
    # shellcheck source=/dev/null
    source "$fragment"
  done
done
mapfile -t apt_packages < <(printf '%s\n' "${apt_packages[@]}" | sort -u)

if [ "$list_only" = "--list" ]; then
  printf '%s\n' "${apt_packages[@]}"
  exit 0
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (dotnet) is required; see global.json for the version." >&2
  exit 1
fi

missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

dotnet restore FormExtract.sln --verbosity quiet
