#!/usr/bin/env bash
# Load test (issue 5 part 3): serves a mix of pages under wrk at 64 connections for 60 s while the app ingests a
# large corpus in the background, sampling the JVM's heap and resident memory. Reports requests, errors (responses
# outside 2xx and socket errors), latency p50/p99/max, the most heap and RSS used, articles ingested meanwhile and
# how the processor time split between serving requests and ingesting.
#
#   bench/load.sh                      # builds the jar, ingests ../shared/corpora/bbc on port 18084
#   SKIP_BUILD=1 PORT=8084 CORPUS=/news CONNECTIONS=64 SECONDS_TO_RUN=60 WARMUP_SECONDS=60 JAVA_OPTS=-Xmx1g bench/load.sh
#
# Targets: zero errors, no request slower than 2 s, memory bounded (the heap stays under JAVA_OPTS' -Xmx).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpora/bbc}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${SECONDS_TO_RUN:-60}
# Served the same way before the measured run, so that the figures are of a running server, not of the JIT
# compiling the pages' code: from a cold start the page mix takes more than a minute to reach its speed
# (bench/warm-up.sh, docs/BENCHMARKS.md). WARMUP_SECONDS=10 was the default until the sixth session;
# WARMUP_SECONDS=0 measures from a cold start.
WARMUP=${WARMUP_SECONDS:-60}
# shellcheck source=bench/app.sh
source bench/app.sh
build_jar
start_app
wait_for_articles 40
paths=$(mktemp)
collect_paths "$paths" > /dev/null
echo "load: $(wc -l < "$paths") pages in rotation, $CONNECTIONS connections, ${DURATION} s, corpus $CORPUS," \
  "warm-up ${WARMUP} s, JAVA_OPTS=$JAVA_OPTS; machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"

if (( WARMUP > 0 )); then WRK_PATHS="$paths" run_wrk "$CONNECTIONS" "$WARMUP" / > /dev/null; fi
start_memory_sampling

ingested_before=$(ingest_field ingested)
cpu_before=$(cpu_ticks_by_group)
result=$(WRK_PATHS="$paths" run_wrk "$CONNECTIONS" "$DURATION" /)
ingested_after=$(ingest_field ingested)
state_after=$(ingest_field state)
cpu_after=$(cpu_ticks_by_group)
read -r max_heap_mb max_rss_mb < <(max_memory_mb)
errors=$(( $(result_field "$result" non2xx) + $(result_field "$result" socket_errors) + $(result_field "$result" timeouts) ))
echo "$result"
echo "requests $(result_field "$result" requests) ($(result_field "$result" rps)/s), errors $errors" \
  "(non-2xx $(result_field "$result" non2xx), socket $(result_field "$result" socket_errors)," \
  "timeouts $(result_field "$result" timeouts)), latency p50 $(result_field "$result" p50_ms) ms," \
  "p99 $(result_field "$result" p99_ms) ms, max $(result_field "$result" max_ms) ms;" \
  "max heap used $max_heap_mb MB, max RSS $max_rss_mb MB; articles ingested during the run" \
  "$(( ingested_after - ingested_before )) ($ingested_before -> $ingested_after, ingest $state_after);" \
  "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$cpu_before" "$cpu_after" <<'PY'
import sys
before, after = (dict(kv.split("=") for kv in arg.split()) for arg in sys.argv[1:])
used = {group: int(after[group]) - int(before[group]) for group in after}
total = sum(used.values()) or 1
ticks_per_second = 100  # USER_HZ on Linux
print("processor time during the run: " + ", ".join(
    f"{group} {used[group] / ticks_per_second:.0f} s ({100 * used[group] / total:.0f} %)" for group in used))
PY
echo "ERROR lines in the app log: $(grep -c ' ERROR ' "$APP_LOG" || true)"
rm -f "$paths"
