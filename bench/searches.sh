#!/usr/bin/env bash
# Search benchmark, to compare builds: the list page and the API of a word, a phrase and an OR search under wrk at
# 16 connections, with the trivial endpoint (/actuator/health) as baseline, for each of several builds started
# side by side on their own copies of one data folder. The builds take turns page by page, so a machine shared with
# other work loads them alike.
#
#   bench/searches.sh JAR DATA PORT [JAR DATA PORT...]
#   bench/searches.sh /tmp/before.jar /tmp/data-a 8091 target/newsbrowser-0.1.0-SNAPSHOT.jar /tmp/data-b 28091
#
# Each DATA is used in place (an app may rebuild its index there at start-up), so give each build its own copy.
# Every page is warmed up for WARM_UP_SECONDS (default 10) on each build, unrecorded, then measured RUNS times
# (default 3) for SECONDS_PER_PAGE (default 20); prints every run, then the median req/s, p50 and p99 per page and
# build. SNAPSHOT=PREFIX also writes each build's first 100 results of each search (id, title, snippet) to
# PREFIX.N.tsv, to compare what the builds show.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${SECONDS_PER_PAGE:-20}
WARM_UP=${WARM_UP_SECONDS:-10}
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
(( $# >= 3 && $# % 3 == 0 )) || { echo "usage: $0 JAR DATA PORT [JAR DATA PORT...]" >&2; exit 2; }

jars=() ports=() pids=()
stop_apps() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop_apps EXIT
while (( $# )); do
  jars+=("$1") ports+=("$3")
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$1" --server.port="$3" --newsbrowser.data-dir="$2" --newsbrowser.ingest-on-startup=false \
    > "$2/bench-app.log" 2>&1 &
  pids+=($!)
  shift 3
done

total() {
  curl -sf "http://localhost:$1$2" | python3 -c "import json,sys; print(json.load(sys.stdin)['page']['totalElements'])"
}
for port in "${ports[@]}"; do
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do sleep 1; done
  # The pages answer while the index is rebuilt at start-up: wait until a search matching everything finds all.
  articles=$(total "$port" "/api/articles?size=1")
  until [[ "$(total "$port" "/api/articles?size=1&q=NOT+zzyzx")" == "$articles" ]]; do sleep 2; done
done

order=(trivial word phrase or word_api)
declare -A page=([trivial]=/actuator/health [word]="/?q=government" [phrase]="/?q=%22prime+minister%22"
  [or]="/?q=economy+OR+election" [word_api]="/api/articles?q=government")
if [[ -n "${SNAPSHOT:-}" ]]; then
  for i in "${!ports[@]}"; do
    for query in "q=government" "q=%22prime+minister%22" "q=economy+OR+election" "q=econom*"; do
      curl -sf "http://localhost:${ports[$i]}/api/articles?size=100&$query" | python3 -c \
        "import json,sys; [print(a['id'], a['title'], a['snippet'], sep='\t') for a in json.load(sys.stdin)['content']]"
    done > "$SNAPSHOT.$i.tsv"
  done
fi
echo "searches: $articles articles, builds ${jars[*]}, $CONNECTIONS connections, $RUNS x ${DURATION} s per page" \
  "and build, JAVA_OPTS=$JAVA_OPTS; machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# wrk with the project's report script; prints "rps p50 p99 errors".
measure() {
  local output result
  output=$(wrk -t2 -c"$CONNECTIONS" -d"$2s" --timeout 30s -s bench/wrk-report.lua "http://localhost:$1$3" 2>&1) || true
  result=$(grep '^RESULT' <<< "$output") || { echo "wrk failed on $3: $output" >&2; return 1; }
  python3 - "$result" <<'PY'
import sys
f = dict(kv.split("=") for kv in sys.argv[1].split()[1:])
print(f["rps"], f["p50_ms"], f["p99_ms"], int(f["non2xx"]) + int(f["socket_errors"]) + int(f["timeouts"]))
PY
}

for key in "${order[@]}"; do
  for port in "${ports[@]}"; do measure "$port" "$WARM_UP" "${page[$key]}" > /dev/null; done
done
runs=$(mktemp)
for run in $(seq "$RUNS"); do
  for key in "${order[@]}"; do
    for i in "${!ports[@]}"; do
      echo "$key $i $(measure "${ports[$i]}" "$DURATION" "${page[$key]}")" | tee -a "$runs" | sed "s/^/run $run: /"
    done
  done
done
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-8s | %-30s | %-5s | %8s | %8s | %8s | %6s |\n' page path build "req/s" "p50 ms" "p99 ms" errors
printf '| --- | --- | --- | ---: | ---: | ---: | ---: |\n'
for key in "${order[@]}"; do
  for i in "${!ports[@]}"; do
    median() {
      awk -v k="$key" -v b="$i" -v c="$1" '$1 == k && $2 == b {print $c}' "$runs" | sort -g | awk '{v[NR] = $1}
        END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
    }
    printf '| %-8s | %-30s | %-5s | %8s | %8s | %8s | %6s |\n' "$key" "${page[$key]}" "$i" "$(median 3)" \
      "$(median 4)" "$(median 5)" "$(awk -v k="$key" -v b="$i" '$1 == k && $2 == b {s += $6} END {print s}' "$runs")"
  done
done
rm -f "$runs"
