#!/usr/bin/env python3
"""The bulk deploy as a user runs it (issue 15): the holdline-cli process with
no rate or concurrency option, against a holdline-sandbox process with 100 ms
latency on every answer. Prints figures, never asserts a timing.

  tests/bench/cli-bulk-user-path.py [--queues 200,1000] [--skip-loop]

Runs, each on a fresh sandbox:
  1. stated limit 6,000/min (burst 50), for each queue count: the CLI, then,
     against the same tenant, a sequential GET-then-PUT loop (no throttling,
     as the specification's client does); beside them the read-then-write
     floor (2 x queues - burst) / rate and the one-request floor
     (queues - burst) / rate;
  2. a tenant that states no limit (6,000/min): how long until the client is
     served at >= 80 % of the limit, and how many 429s it drew to learn it;
  3. the contract's default, 300/min, stated: the CLI against both floors.

Every run writes every queue (the four fields below keep each seeded queue
within the baseline policy); the issue's own two-field command is run too,
and its blocked queues (which cost no request) are reported. The tenant's
own count of what it answered (GET /sandbox/stats) gives the requests per
queue and the 429s; "429s seen by a caller" are queues whose outcome is an
error. Uses the app preset's executables (./run.sh builds them).
"""
import argparse
import collections
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.path.join(ROOT, "build", "app", "app")
EVERY_QUEUE = ["--set", "positionThreshold=14", "--set", "callbackPositionThreshold=7",
               "--set", "maxHoldTime=240", "--set", "abandonmentThreshold=120"]
ISSUE_COMMAND = ["--set", "positionThreshold=14", "--set", "callbackPositionThreshold=7"]
LATENCY_MS = 100


class Sandbox:
    def __init__(self, queues, rate, burst=50, headers="ietf"):
        self.rate, self.burst = rate, burst
        self.process = subprocess.Popen(
            [os.path.join(BIN, "holdline-sandbox"), "--queues", str(queues), "--latency-ms", str(LATENCY_MS),
             "--rate-limit", str(rate), "--burst", str(burst), "--history-days", "0",
             "--rate-limit-headers", headers],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.info = json.loads(self.process.stdout.readline())
        self.url = urllib.parse.urlparse(self.info["baseUrl"])

    def request(self, method, path, body=None, token=None):
        connection = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=60)
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = "Bearer " + token
        connection.request(method, path, body=body, headers=headers)
        answer = connection.getresponse()
        return answer.status, answer.read()

    def stats(self, reset=False):
        return json.loads(self.request("DELETE" if reset else "GET", "/sandbox/stats")[1])

    def close(self):
        self.process.terminate()
        self.process.wait()


def run_cli(sandbox, work, fields):
    env = dict(os.environ, CXONE_CLIENT_SECRET=sandbox.info["clientSecret"])
    history = os.path.join(work, "history-%d.sqlite" % time.monotonic_ns())
    start = time.monotonic()
    done = subprocess.run(
        [os.path.join(BIN, "holdline-cli"), "--base-url", sandbox.info["baseUrl"], "--client-id",
         sandbox.info["clientId"], "--history-db", history, "--json", "deploy", "--all"] + fields,
        env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    result = json.loads(done.stdout) if done.stdout.strip() else {"results": []}
    counts = collections.Counter(r["status"] for r in result["results"])
    seen429 = sum(1 for r in result["results"] if "429" in (r.get("error") or ""))
    return seconds, done.returncode, counts, result.get("rate", {}), seen429


def run_loop(sandbox):
    """The specification's client: a token, then GET and PUT per queue, one at a time."""
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": sandbox.info["clientId"],
                                   "client_secret": sandbox.info["clientSecret"]})
    connection = http.client.HTTPConnection(sandbox.url.hostname, sandbox.url.port, timeout=60)
    connection.request("POST", "/api/v2/oauth/token", body=form,
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    token = json.loads(connection.getresponse().read())["access_token"]
    auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    start = time.monotonic()
    ids, page = [], 1
    while True:
        connection.request("GET", "/api/v2/routing/queues?pageSize=500&pageNumber=%d" % page, headers=auth)
        body = json.loads(connection.getresponse().read())
        ids += [q["id"] for q in body["entities"]]
        if page >= body["pageCount"]:
            break
        page += 1
    failures = 0
    for queue_id in ids:
        connection.request("GET", "/api/v2/routing/queues/" + queue_id, headers=auth)
        queue = json.loads(connection.getresponse().read())
        queue["waitStrategy"]["positionThreshold"] = 15
        queue["callback"]["positionThreshold"] = 7
        connection.request("PUT", "/api/v2/routing/queues/" + queue_id, body=json.dumps(queue), headers=auth)
        answer = connection.getresponse()
        answer.read()
        failures += answer.status != 200
    return time.monotonic() - start, failures


def served_fraction_reached(stats, per_second_limit, fraction=0.8):
    for second, served in enumerate(stats.get("servedPerSecond", [])):
        if served >= fraction * per_second_limit:
            return second
    return None


def describe(counts):
    return ", ".join("%d %s" % (n, s) for s, n in sorted(counts.items()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--queues", default="200,1000")
    parser.add_argument("--skip-loop", action="store_true")
    args = parser.parse_args()
    if not os.access(os.path.join(BIN, "holdline-cli"), os.X_OK):
        sys.exit("build the app preset first (./run.sh or cmake --build --preset app)")
    work = tempfile.mkdtemp()
    print("Latency %d ms on every answer; the CLI with no rate or concurrency option." % LATENCY_MS)

    print("\n1. A tenant that states its limit, 6,000/min, burst 50")
    for queues in [int(q) for q in args.queues.split(",")]:
        sandbox = Sandbox(queues, 6000)
        try:
            floor2 = (2 * queues - sandbox.burst) / (sandbox.rate / 60)
            floor1 = (queues - sandbox.burst) / (sandbox.rate / 60)
            sandbox.stats(reset=True)
            seconds, code, counts, rate, seen429 = run_cli(sandbox, work, EVERY_QUEUE)
            stats = sandbox.stats()
            calls = stats["calls"]
            requests = sum(v for k, v in calls.items() if "/routing/queues" in k)
            print("  %d queues: CLI %.1f s (exit %d; %s), %.2f requests a queue (%s), %d 429s drawn, %d seen by a "
                  "caller; rate at the end %s/min (%s)"
                  % (queues, seconds, code, describe(counts), requests / queues,
                     ", ".join("%s %d" % (k.replace("/api/v2/routing/", ""), v) for k, v in sorted(calls.items())),
                     stats["rateLimited"], seen429, rate.get("perMinute"), rate.get("source")))
            print("     floors: read-then-write %.1f s, one request a queue %.1f s; CLI / read-then-write floor = %.2f"
                  % (floor2, floor1, seconds / floor2))
            sandbox.stats(reset=True)
            seconds2, code2, counts2, _, _ = run_cli(sandbox, work, ISSUE_COMMAND)
            print("     the issue's command (two fields) on the same tenant: %.1f s (exit %d; %s); %d requests"
                  % (seconds2, code2, describe(counts2),
                     sum(v for k, v in sandbox.stats()["calls"].items() if "/routing/queues" in k)))
            if not args.skip_loop:
                loop_seconds, loop_failures = run_loop(sandbox)
                print("     sequential GET-then-PUT loop, same tenant: %.1f s (%d failures); CLI / loop = %.3f"
                      % (loop_seconds, loop_failures, seconds / loop_seconds))
        finally:
            sandbox.close()

    print("\n2. A tenant that states no limit (6,000/min, burst 50), 1,000 queues")
    sandbox = Sandbox(1000, 6000, headers="none")
    try:
        sandbox.stats(reset=True)
        seconds, code, counts, rate, seen429 = run_cli(sandbox, work, EVERY_QUEUE)
        stats = sandbox.stats()
        reached = served_fraction_reached(stats, 6000 / 60)
        served = stats.get("servedPerSecond", [])
        mean = sum(served) / len(served) if served else 0
        print("  CLI %.1f s (exit %d; %s); first second served at >= 80 %% of the limit: second %s of the run; "
              "served %.0f/s on average over the run (%.0f %% of the limit); %d 429s drawn, %d seen by a caller; "
              "learnt %s/min at the end (%s)"
              % (seconds, code, describe(counts), reached, mean, mean / (6000 / 60) * 100, stats["rateLimited"],
                 seen429, rate.get("perMinute"), rate.get("source")))
        print("  served each second: %s" % stats["servedPerSecond"])
    finally:
        sandbox.close()

    print("\n3. The contract's default limit, 300/min, burst 50, stated; 200 queues")
    sandbox = Sandbox(200, 300)
    try:
        sandbox.stats(reset=True)
        seconds, code, counts, rate, seen429 = run_cli(sandbox, work, EVERY_QUEUE)
        stats = sandbox.stats()
        floor2 = (2 * 200 - 50) / 5
        floor1 = (200 - 50) / 5
        print("  CLI %.1f s (exit %d; %s), %d 429s drawn, %d seen by a caller; floors: read-then-write %.1f s "
              "(CLI %.2f of it), one request a queue %.1f s (CLI %+.1f %%)"
              % (seconds, code, describe(counts), stats["rateLimited"], seen429, floor2, seconds / floor2, floor1,
                 100 * (seconds / floor1 - 1)))
    finally:
        sandbox.close()


if __name__ == "__main__":
    main()
