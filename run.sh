#!/usr/bin/env bash
# Sets up and runs Holdline on the built-in sandbox tenant: installs what is
# missing, builds the three executables only (the app preset: optimised, no
# tests or benchmarks), and starts the desktop app. With no display it runs
# the headless equivalent: the CLI tuning one sandbox queue end to end.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh
cmake --preset app >/dev/null
cmake --build --preset app

bin=build/app/app
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/holdline" "$@"
fi

echo "run.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset); running the headless equivalent:" >&2
echo "run.sh: holdline-cli --sandbox tune ${HOLDLINE_DEMO_QUEUE:-auto} (the sandbox's history goes to a temporary file)" >&2
echo >&2
history_db=$(mktemp -t holdline-demo-history.XXXXXX.sqlite)
trap 'rm -f "$history_db"' EXIT
"$bin/holdline-cli" --sandbox --history-db "$history_db" tune "${HOLDLINE_DEMO_QUEUE:-auto}" "$@"
