#!/usr/bin/env bash
# Network and export benchmark: against an app already running at BASE (ingested corpus in its data folder), times
# RUNS requests of each URL below after one warm-up and prints the median in ms and its ratio to the article list
# (/), the baseline measured in the same run. Each URL is requested in turn per round, so load drifts hit all alike.
#
#   java -jar target/newsbrowser-*.jar --server.port=8085 --newsbrowser.data-dir=DIR --newsbrowser.ingest-on-startup=false &
#   bench/network.sh [BASE] [RUNS] [EXTRA_URL...]
set -euo pipefail
base=${1:-http://localhost:8085}
runs=${2:-11}
shift $(( $# < 2 ? $# : 2 ))
urls=("/" "/api/network?limit=2" "/api/network" "/api/network?limit=300" "/api/network?country=GB"
      "/network" "/network.gexf?limit=300" "/articles.csv" "/network/co-mentions.csv?country=GB" "$@")

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_ms() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1" | awk '$1 != 200 {exit 1} {printf "%.1f\n", $2 * 1000}'; }

dir=$(mktemp -d)
for url in "${urls[@]}"; do time_ms "$url" > /dev/null || { echo "not 200: $url" >&2; exit 1; }; done
for round in $(seq "$runs"); do
  for i in "${!urls[@]}"; do time_ms "${urls[$i]}" >> "$dir/$i"; done
done
articles=$(curl -s "$base/api/articles?size=1" | grep -o '"totalElements":[0-9]*' | cut -d: -f2)
echo "articles: $articles, runs: $runs, $(date -u '+%Y-%m-%d %H:%M UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
baseline=$(median < "$dir/0")
printf '%-45s %10s %8s\n' url median_ms ratio
for i in "${!urls[@]}"; do
  m=$(median < "$dir/$i")
  printf '%-45s %10s %8s\n' "${urls[$i]}" "$m" "$(awk -v m="$m" -v b="$baseline" 'BEGIN {printf "%.2f", m / b}')"
done
rm -r "$dir"
