#!/usr/bin/env bash
# tests/bench/cli-bulk-user-path.sh [QUEUES [HEADERS]]: the bulk deploy as a
# user runs it: the holdline-cli process with no rate or concurrency option,
# against a holdline-sandbox process with 100 ms latency on every answer and
# a limit of 6,000 requests a minute (burst 50). HEADERS: how the tenant
# states its limit: ietf (default), x or none (the client must learn it).
# Prints the wall time, each status's count, and the rate in force at the
# end. Uses the app preset's executables (./run.sh builds them). A figure,
# never an assertion.
set -euo pipefail
cd "$(dirname "$0")/../.."
queues=${1:-200} headers=${2:-ietf}
bin=build/app/app
[ -x "$bin/holdline-cli" ] || { echo "build the app preset first (./run.sh or cmake --build --preset app)" >&2; exit 2; }
work=$(mktemp -d); trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin/holdline-sandbox" --queues "$queues" --latency-ms 100 --rate-limit 6000 --burst 50 --history-days 0 \
    --rate-limit-headers "$headers" > "$work/sandbox.out" 2> "$work/sandbox.err" &
sandbox=$!
for _ in $(seq 1 200); do [ -s "$work/sandbox.out" ] && break; sleep 0.1; done
field() { python3 -c "import json,sys; print(json.loads(sys.stdin.readline())['$1'])" < "$work/sandbox.out"; }
start=$(date +%s.%N)
set +e
CXONE_CLIENT_SECRET=$(field clientSecret) "$bin/holdline-cli" --base-url "$(field baseUrl)" --client-id "$(field clientId)" \
    --history-db "$work/history.sqlite" --json deploy --all --set positionThreshold=14 --set callbackPositionThreshold=7 \
    > "$work/result.json" 2> "$work/cli.err"
exit_code=$?
set -e
end=$(date +%s.%N)
python3 - "$work/result.json" "$exit_code" "$start" "$end" "$queues" "$headers" <<'PY'
import collections, json, sys
result = json.load(open(sys.argv[1]))
counts = collections.Counter(r["status"] for r in result["results"])
rate = result.get("rate", {})
print(f"{sys.argv[5]} queues, limit stated as '{sys.argv[6]}': {float(sys.argv[4]) - float(sys.argv[3]):.1f} s, "
      f"exit {sys.argv[2]}, " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
      + f"; rate at the end {rate.get('perMinute')}/min ({rate.get('source')})")
PY
