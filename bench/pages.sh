#!/usr/bin/env bash
# Page benchmark (issue 4 part 4): each page under wrk at 16 connections for 30 s, one after the other, against a
# trivial endpoint of the same app (/actuator/health) measured in the same run. Prints p50, p99 and requests per
# second per page, and the ratio of each page's p50 to the trivial endpoint's.
#
#   bench/pages.sh                                   # builds the jar, ingests ./seeds, waits until ingest is DONE
#   SKIP_BUILD=1 CORPUS=../shared/corpora/bbc PORT=8084 SECONDS_PER_PAGE=30 bench/pages.sh   (JAR=path: that jar)
#   DATA=/tmp/data-100k bench/pages.sh               # a data folder ingested before (kept; nothing ingested)
#
# The pages: the list, the list filtered by a person and a country, a search, an article page, a person page and
# page PAGE_N (default 5000) of the list. Each page is measured twice: "rendered", every request asking for a fresh
# copy (Cache-Control: no-cache, as a browser's hard reload), so the app counts and renders it each time; and
# "kept", plain requests, which the page cache (system.PageCache) answers after the first. Each page is first warmed
# up under wrk for WARM_UP_SECONDS (default 10), rendered and unrecorded. Also reports the most heap in use (jstat).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-./seeds}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${SECONDS_PER_PAGE:-30}
WARM_UP=${WARM_UP_SECONDS:-10}
# shellcheck source=bench/app.sh
source bench/app.sh
build_jar
start_app
until [[ "$(ingest_field state)" == DONE ]]; do sleep 2; done
paths=$(mktemp)
declare -A page
while IFS='=' read -r key path; do page[$key]=$path; done < <(collect_paths "$paths")
rm -f "$paths"
order=(trivial list filtered search article person page_n)
FRESH="Cache-Control: no-cache"
page[trivial]=/actuator/health
start_memory_sampling
articles=$(curl -sf "http://localhost:$PORT/api/articles?size=1" | python3 -c "import json,sys; print(json.load(sys.stdin)['page']['totalElements'])")
echo "pages: $articles articles in ${DATA:-a fresh data folder over $CORPUS}, $CONNECTIONS connections, ${DURATION} s per page," \
  "JAVA_OPTS=$JAVA_OPTS; machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for key in "${order[@]}"; do
  curl -sf -o /dev/null "http://localhost:$PORT${page[$key]}"   # compiles templates and queries once
  # Unrecorded: the JIT compiles the page's code paths, as it has in an app that has served for a while.
  run_wrk "$CONNECTIONS" "$WARM_UP" "${page[$key]}" "$FRESH" > /dev/null
done

printf '| %-8s | %-28s | %-8s | %8s | %8s | %8s | %6s | %6s | %8s |\n' \
  page path served "p50 ms" "p99 ms" "req/s" errors "p50 x" "% req/s"
printf '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
trivial_p50= trivial_rps=
for key in "${order[@]}"; do
  for served in rendered kept; do
    [[ $key == trivial && $served == kept ]] && continue
    header=$FRESH
    [[ $served == kept ]] && header=
    result=$(run_wrk "$CONNECTIONS" "$DURATION" "${page[$key]}" "$header")
    p50=$(result_field "$result" p50_ms)
    rps=$(result_field "$result" rps)
    trivial_p50=${trivial_p50:-$p50}
    trivial_rps=${trivial_rps:-$rps}
    errors=$(( $(result_field "$result" non2xx) + $(result_field "$result" socket_errors) + $(result_field "$result" timeouts) ))
    printf '| %-8s | %-28s | %-8s | %8s | %8s | %8s | %6s | %6s | %8s |\n' "$key" "${page[$key]}" "$served" "$p50" \
      "$(result_field "$result" p99_ms)" "$rps" "$errors" \
      "$(awk -v a="$p50" -v b="$trivial_p50" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}')" \
      "$(awk -v a="$rps" -v b="$trivial_rps" 'BEGIN {printf "%.1f", (b > 0 ? 100 * a / b : 0)}')"
  done
done
read -r max_heap_mb max_rss_mb < <(max_memory_mb)
echo "max heap used $max_heap_mb MB, max RSS $max_rss_mb MB; machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
