#!/usr/bin/env bash
# Start-up benchmark: for RUNS fresh instances of the packaged app over the seed corpus, measures the time from
# launching the JVM to the first HTTP answer, the seed ingest time the app logs, the total time until ingest is
# DONE, and the heap in use after ingest (after a full GC). Prints each run and the medians.
#
#   ./mvnw -q -B package -DskipTests && bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=18080
jar=$(ls target/newsbrowser-*.jar | grep -v original | head -1)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now_ms() { date +%s%3N; }

: > /tmp/startup-bench.tsv
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  log=$(mktemp)
  start=$(now_ms)
  java -jar "$jar" --server.port=$port --newsbrowser.data-dir="$data" > "$log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/api/ingest"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app exited; its log:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  first=$(( $(now_ms) - start ))
  until curl -sf "http://localhost:$port/api/ingest" | grep -q '"state":"DONE"'; do sleep 0.1; done
  done_ms=$(( $(now_ms) - start ))
  ingest=$(grep -o 'in [0-9]* ms' "$log" | tail -1 | grep -o '[0-9]*')
  jcmd "$pid" GC.run > /dev/null
  heap_kb=$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
  printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$first" "$ingest" "$done_ms" "$(( heap_kb / 1024 ))" | tee -a /tmp/startup-bench.tsv
done
echo "median: first answer $(cut -f2 /tmp/startup-bench.tsv | median) ms," \
  "seed ingest $(cut -f3 /tmp/startup-bench.tsv | median) ms," \
  "start to ingest DONE $(cut -f4 /tmp/startup-bench.tsv | median) ms," \
  "heap in use after GC $(cut -f5 /tmp/startup-bench.tsv | median) MB"
