#!/usr/bin/env bash
# Installs what FormExtract needs on a fresh Debian machine (run as root) and restores the solution.
# Each reader or tool that needs system packages adds a fragment to scripts/setup.d/; they run in name order.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (dotnet) is required; see global.json for the version." >&2
  exit 1
fi

apt_packages=()
for fragment in scripts/setup.d/*.sh; do
  [ -e "$fragment" ] || continue
  # Fragments add to apt_packages and may define steps to run after the install.
  # shellcheck source=/dev/null
  source "$fragment"
done

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
