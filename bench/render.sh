#!/usr/bin/env bash
# The time one client waits for a page rendered anew (Cache-Control: no-cache, so the page cache does not answer),
# one request at a time, for each of several builds in turn: an A/B of a change to a page's cost without the
# queueing that wrk's 16 connections add. Each build is started on the same data folder, warmed up on the page for
# 20 s, then timed for 30 s; the builds alternate ROUNDS times. Prints requests, p50 and p90 per build and round.
#
#   DATA=/work/bench/data-100k bench/render.sh URL JAR... [ROUNDS=2 in the environment]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app.sh
: "${DATA:?DATA must name an ingested data folder}"
url=${1:?usage: DATA=DIR bench/render.sh URL JAR...}
shift
times=$(mktemp)
for round in $(seq 1 "${ROUNDS:-2}"); do
  for JAR in "$@"; do
    start_app
    for seconds in 20 30; do
      : > "$times"
      end=$((SECONDS + seconds))
      while [[ $SECONDS -lt $end ]]; do
        curl -s -o /dev/null -w "%{time_total}\n" -H "Cache-Control: no-cache" "http://localhost:$PORT$url" >> "$times"
      done
    done
    stop_app
    sort -n "$times" | awk -v jar="$(basename "$JAR")" -v round="$round" -v url="$url" '{t[NR] = $1}
      END {printf "round %d %s %s: %d requests, p50 %.1f ms, p90 %.1f ms\n", round, jar, url, NR,
           1000 * t[int(NR * 0.5)], 1000 * t[int(NR * 0.9)]}'
  done
done
rm -f "$times"
