#!/usr/bin/env bash
# Build the Linux bundle and .deb, then install and run it: the one command for a Linux
# release check on a Debian/Ubuntu machine (run as root, or with sudo for apt-get).
#
#   installers/linux/smoke_test.sh [VARIANT] [OUT]      # defaults: cpu dist
#
# Host packages it installs: xvfb + xauth (a headless X server for Qt's xcb plugin),
# gnome-keyring + dbus-daemon (a throw-away Secret Service for the keyring check),
# desktop-file-utils (desktop-file-validate), and whatever the .deb's Depends name that is
# missing here (on a Debian 12 server: libwayland-cursor0, libwayland-egl1).
set -euo pipefail
VARIANT="${1:-cpu}"
OUT="${2:-dist}"
PYTHON="${PYTHON:-python3}"
cd "$(dirname "$0")/../.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends xvfb xauth \
  gnome-keyring dbus-daemon desktop-file-utils dpkg-dev
"$PYTHON" installers/build.py --os linux --variant "$VARIANT" --format deb --format appdir \
  --out "$OUT"
DEB="$(find "$OUT" -maxdepth 1 -name "Hearth-*-linux-*-$VARIANT.deb" -printf '%T@ %p\n' \
  | sort -n | tail -1 | cut -d' ' -f2-)"
# The package's own Depends (missing ones only, no upgrades), so ldd sees what users have.
DEPS="$(dpkg-deb -f "$DEB" Depends | sed 's/([^)]*)//g; s/,/ /g')"
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends --no-upgrade $DEPS
"$PYTHON" installers/linux/smoke_test.py "$DEB"
"$PYTHON" installers/linux/smoke_test.py "$OUT/Hearth.AppDir"
