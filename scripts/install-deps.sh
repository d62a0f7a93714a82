#!/usr/bin/env bash
# Installs the Debian (bookworm) packages Holdline builds, runs and tests with,
# only those that are missing. Uses sudo when not root.
# HOLDLINE_WITH_PACKAGING=1 adds the tools the packaging test runs.
# --list prints the package list (one a line) and exits without installing;
# tests/packaging/check-deps.sh reads it from here.
# ca-certificates: real tenants are https only, and a minimal Debian install
# has no CA store to verify them against (nothing else here pulls it in).
# libqt6sql6-psql: Qt's PostgreSQL driver, for a team's history. postgresql-15:
# the server binaries (initdb, pg_ctl, postgres) the history tests and the
# benchmark start a server of their own with; never a shared server.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql postgresql-15 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev ca-certificates
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth
)
if [ "${HOLDLINE_WITH_PACKAGING:-0}" = 1 ]; then
    packages+=(dpkg-dev appstream desktop-file-utils file systemd)
fi

if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
[ $# -eq 0 ] || { echo "usage: $0 [--list]" >&2; exit 2; }

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
