#!/usr/bin/env bash
# How long a page takes when nothing has kept it: each page of the ten countries most named in the corpus rendered
# once (Cache-Control: no-cache, and no two requests alike, so neither the page cache nor H2's reuse of a query's
# last result answers), one request at a time, for each of several builds in turn. Each build is started on the same
# data folder and warmed up first on the same kinds of page for the next seventeen countries. Prints, per kind of
# page and build, the median and the slowest of the ten, and the statuses; then six months of 1987 (a range of
# dates alone) with their status and seconds.
#
#   DATA=/work/bench/data-100k bench/first-renders.sh JAR...
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app.sh
: "${DATA:?DATA must name an ingested data folder}"
kinds=("/?country=%s" "/network?country=%s" "/countries/%s" "/?country=%s&from=1987-01-01&to=1987-12-31")

# Seconds and status of one request, as "SECONDS STATUS".
render() {
  curl -s -o /dev/null -w "%{time_total} %{http_code}\n" -H "Cache-Control: no-cache" "http://localhost:$PORT$1"
}

for JAR in "$@"; do
  start_app
  # The country index lists countries by the number of articles naming them, most first.
  mapfile -t codes < <(curl -sf "http://localhost:$PORT/countries" | grep -o 'href="/countries/[A-Z]*"' \
    | sed 's|.*/||; s|"||' | awk '!seen[$0]++' | head -27)
  for code in "${codes[@]:10}"; do
    for kind in "${kinds[@]}"; do render "$(printf "$kind" "$code")" > /dev/null; done
  done
  for kind in "${kinds[@]}"; do
    for code in "${codes[@]:0:10}"; do render "$(printf "$kind" "$code")"; done \
      | sort -n | awk -v jar="$(basename "$JAR")" -v kind="$kind" '{t[NR] = $1; s[$2]++}
          END {statuses = ""; for (k in s) statuses = statuses " " s[k] "x" k
               printf "%s %-45s median %6.0f ms, slowest %6.0f ms, status%s\n", jar, kind,
                      500 * (t[5] + t[6]), 1000 * t[NR], statuses}'
  done
  printf '%s months of 1987 (s, status):' "$(basename "$JAR")"
  for month in 02 03 04 05 06 07; do printf ' %s' "$(render "/?from=1987-$month-01&to=1987-$month-28" | tr ' ' /)"; done
  echo
  stop_app
done
