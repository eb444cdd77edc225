#!/usr/bin/env bash
# Installs the Debian 12 packages PhongDich needs that are not installed yet
# (build, run and test). Used by ./run and ./test; safe to run again.
set -euo pipefail

packages=(
    # build
    cmake ninja-build ccache pkg-config g++ clang-format
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev qt6-serialport-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
    libzxing-dev libqrencode-dev libsodium-dev libxlsxwriter-dev libssl-dev zlib1g-dev
    libxkbcommon-dev libgl-dev
    # run: Qt Multimedia's backend, a font with Vietnamese glyphs
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good fonts-dejavu-core
    # test: the server's PostgreSQL tests, GUI checks under a virtual screen
    postgresql xvfb xauth
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing ${#missing[@]} missing Debian packages: ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
