#!/usr/bin/env bash
# Runs a command against a throwaway, unlocked gnome-keyring inside the
# current D-Bus session (start this under dbus-run-session). The keyring lives
# in a temporary XDG_DATA_HOME, so the user's own keyring is never touched.
set -euo pipefail

scratch=$(mktemp -d -t holdline-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the (throwaway) password on stdin and creates the login keyring.
eval "$(printf 'holdline-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
export GNOME_KEYRING_CONTROL
"$@"
