#!/usr/bin/env bash
# Warm-up curve: how fast the app serves a mix of pages from a cold start. Starts the packaged app on a data folder
# ingested before (DATA; kept, nothing ingested), serves the pages of bench/load.sh's rotation (collect_paths) under
# wrk at CONNECTIONS for SLICES slices of SLICE_SECONDS each, and prints requests/s, p99 and max per slice, the
# processor time per request over the last two slices, and the classes the JVM has loaded (jstat).
#
#   DATA=/tmp/copy-of-data JAR=target/newsbrowser-0.1.0-SNAPSHOT.jar bench/warm-up.sh
#   CONNECTIONS=16 SLICES=6 SLICE_SECONDS=15 PORT=18091 ...
#
# Run it on a copy of a data folder: the app may rebuild the search index there.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATA:?DATA must name a data folder ingested before (a copy: the app may rebuild its index)}"
CONNECTIONS=${CONNECTIONS:-16}
SLICES=${SLICES:-6}
SLICE_SECONDS=${SLICE_SECONDS:-15}
# shellcheck source=bench/app.sh
source bench/app.sh
build_jar
start_app
paths=$(mktemp)
collect_paths "$paths" > /dev/null
slices="" requests=0 cpu_before=0
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
for (( slice = 1; slice <= SLICES; slice++ )); do
  if (( slice == SLICES - 1 )); then cpu_before=$(cpu_ticks); fi
  result=$(WRK_PATHS="$paths" run_wrk "$CONNECTIONS" "$SLICE_SECONDS" /)
  if (( slice >= SLICES - 1 )); then requests=$(( requests + $(result_field "$result" requests) )); fi
  slices="$slices $(result_field "$result" rps)/$(result_field "$result" p99_ms)/$(result_field "$result" max_ms)"
done
cpu_after=$(cpu_ticks)
echo "requests/s / p99 ms / max ms per ${SLICE_SECONDS} s:$slices"
awk -v before="$cpu_before" -v after="$cpu_after" -v n="$requests" -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "processor time per request over the last two slices: %.2f ms\n", (after - before) * 1000 / hz / n}'
echo "classes loaded: $(jstat -class "$APP_PID" | awk 'NR == 2 {print $1}')"
rm -f "$paths"
