#!/usr/bin/env bash
# Sets up and runs every test: installs what is missing, builds with the asan
# preset (ASan + UBSan), and runs ctest offscreen inside a private D-Bus
# session with a throwaway keychain. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"

HOLDLINE_WITH_PACKAGING=1 scripts/install-deps.sh
cmake --preset asan >/dev/null
cmake --build --preset asan

# The asan test preset's ASAN_OPTIONS also carry verify_asan_link_order=0, so
# the suite can run under libfaketime's LD_PRELOAD (any hour, see README), and
# fast_unwind_on_malloc=0, so LSan keeps the frames tests/lsan.supp matches.
export QT_QPA_PLATFORM=offscreen
# The keychain tests must not skip here: the throwaway keyring is always there.
export HOLDLINE_REQUIRE_KEYCHAIN=1
# Nor the PostgreSQL tests: install-deps.sh installed the server binaries.
export HOLDLINE_REQUIRE_POSTGRES=1
exec dbus-run-session -- scripts/with-test-keyring.sh \
    ctest --preset asan --parallel "$(nproc)" "$@"
