#!/usr/bin/env bash
# Debian packages the tests use: the age CLI (interoperability), a CJK font (Chinese text in
# screenshots), poppler (PDF pages), Xvfb and the xcb libraries Qt needs for a real window;
# postgresql: the storage and commission tests also run against a real PostgreSQL server
# (tests/pg.py starts a throw-away cluster from its binaries; the service itself is not used).
set -euo pipefail
packages=(age fonts-wqy-microhei poppler-utils xvfb xauth libxcb-icccm4 libxcb-keysyms1
          libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3
          postgresql binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
