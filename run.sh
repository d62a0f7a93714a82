#!/usr/bin/env bash
# Sets up and runs Holdline on the built-in sandbox tenant: installs what is
# missing, builds (release preset), and starts the desktop app. With no display
# it runs the headless equivalent: the CLI tuning one sandbox queue end to end.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

bin=build/release/app
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/holdline" "$@"
fi

echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset); running the headless equivalent." >&2
if ! "$bin/holdline-cli" --help | grep -q '^  tune'; then
    echo "run.sh: holdline-cli has no 'tune' command yet (it arrives with the deployment engine)." >&2
    echo "run.sh: starting the sandbox tenant on its own instead; stop it with Ctrl+C." >&2
    exec "$bin/holdline-sandbox" "$@"
fi
exec "$bin/holdline-cli" --sandbox tune "${HOLDLINE_DEMO_QUEUE:-auto}" "$@"
