#!/usr/bin/env bash
# Processor time one request costs a running app: the JVM's user+system time (/proc/PID/stat) over SECONDS of wrk
# at one connection, divided by the requests served, after 3 s of warm-up. Unlike requests/s it hardly moves when
# other work shares the machine, so it compares builds on a busy machine. HEADER is sent with every request:
# "Cache-Control: no-cache" measures pages rendered anew rather than kept by the page cache.
#
#   bench/cpu-per-request.sh PID URL [SECONDS] [HEADER]   # e.g. bench/cpu-per-request.sh 4242 http://localhost:8080/ 15
set -euo pipefail
pid=$1 url=$2 seconds=${3:-10}
header=(-H "${4:-X-Bench: 1}")
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
wrk -t1 -c1 -d3s "${header[@]}" "$url" > /dev/null
before=$(cpu_ticks)
result=$(wrk -t1 -c1 -d"${seconds}s" "${header[@]}" "$url")
after=$(cpu_ticks)
requests=$(awk '/requests in/ {print $1}' <<< "$result")
awk -v before="$before" -v after="$after" -v n="$requests" -v hz="$ticks_per_second" \
  'BEGIN {printf "%d requests, %.2f processor ms per request\n", n, (after - before) * 1000 / hz / n}'
