# Shared by the bench scripts (sourced): start the packaged app on a fresh data folder and find pages to request.
# Needs: curl, python3, wrk, a JDK (jstat). Uses CORPUS from the caller; PORT and JAVA_OPTS may be set in the
# environment.

PORT=${PORT:-18084}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}

# The app jar: $JAR when set, else the one in target/.
jar() {
  if [[ -n "${JAR:-}" ]]; then echo "$JAR"; else ls target/newsbrowser-*.jar 2>/dev/null | grep -v original | head -1; fi
}

# Builds the jar unless SKIP_BUILD=1 and one exists (or JAR names one).
build_jar() {
  if [[ -z "${JAR:-}" ]] && [[ "${SKIP_BUILD:-0}" != 1 || -z "$(jar)" ]]; then
    ./mvnw -q -B package -DskipTests
  fi
}

# Starts the app; sets APP_PID, APP_DATA, APP_LOG. On a fresh temporary data folder over $CORPUS, or, when DATA
# names a data folder already ingested (as by the ingest command), on that folder without ingesting anything and
# without deleting it afterwards.
start_app() {
  local source
  if [[ -n "${DATA:-}" ]]; then
    APP_DATA=$(cd "$DATA" && pwd)
    APP_LOG=$(mktemp /tmp/newsbrowser-bench-log.XXXXXX)
    source=--newsbrowser.ingest-on-startup=false
  else
    # Absolute: Spring's String-to-Path conversion refuses a relative path that climbs ("../shared/...").
    CORPUS=$(cd "$CORPUS" && pwd)
    APP_DATA=$(mktemp -d /tmp/newsbrowser-bench.XXXXXX)
    APP_LOG="$APP_DATA/app.log"
    source=--newsbrowser.corpus-dir="$CORPUS"
  fi
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$(jar)" --server.port="$PORT" --newsbrowser.data-dir="$APP_DATA" "$source" \
    > "$APP_LOG" 2>&1 &
  APP_PID=$!
  trap stop_app EXIT
  until curl -sf -o /dev/null "http://localhost:$PORT/actuator/health"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app exited; its log:" >&2; tail -20 "$APP_LOG" >&2; exit 1; }
    sleep 0.2
  done
}

stop_app() {
  if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  # KEEP_LOG=FILE keeps the app's log, which would otherwise go with the temporary data folder.
  if [[ -n "${KEEP_LOG:-}" && -n "${APP_LOG:-}" ]]; then cp "$APP_LOG" "$KEEP_LOG"; fi
  if [[ -z "${DATA:-}" && -n "${APP_DATA:-}" ]]; then rm -rf "$APP_DATA"; fi
  if [[ -n "${MEMORY_LOG:-}" ]]; then rm -f "$MEMORY_LOG".*; fi
}

# Samples the app's heap in use (jstat, young + old) and resident memory (/proc) every second until it stops.
start_memory_sampling() {
  MEMORY_LOG=$(mktemp /tmp/newsbrowser-bench-memory.XXXXXX)
  jstat -gc "$APP_PID" 1000 > "$MEMORY_LOG.jstat" &
  ( while kill -0 "$APP_PID" 2>/dev/null; do grep VmRSS "/proc/$APP_PID/status" | awk '{print $2}'; sleep 1; done ) \
    > "$MEMORY_LOG.rss" &
}

# The most heap in use and the most resident memory seen so far, in MB: "HEAP RSS".
max_memory_mb() {
  local heap rss
  heap=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {used = $3 + $4 + $6 + $8; if (used > max) max = used} END {printf "%d", max / 1024}' "$MEMORY_LOG.jstat")
  rss=$(sort -n "$MEMORY_LOG.rss" | tail -1 | awk '{printf "%d", $1 / 1024}')
  echo "$heap $rss"
}

# A field of /api/ingest: state, ingested, processed, total...
ingest_field() {
  curl -sf "http://localhost:$PORT/api/ingest" | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"
}

wait_for_articles() {
  until [[ "$(ingest_field ingested)" -ge "$1" || "$(ingest_field state)" == DONE ]]; do sleep 1; done
}

# Writes the pages of the app to request, one path a line, into $1, from what the API lists now: the list (plain,
# sorted, filtered by a person, by a person and a country, a later page), article pages, entity pages, indexes,
# the ingest page and the API. Prints "key=path" lines for the pages benchmark on standard output; its later page
# is page $PAGE_N (counted from 1) when the list has that many, else the middle one.
collect_paths() {
  python3 - "$PORT" "$1" "${PAGE_N:-5000}" <<'PY'
import json, sys, urllib.request
port, out, page_n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def get(path):
    with urllib.request.urlopen(f"http://localhost:{port}{path}") as r:
        return json.load(r)
listing = get("/api/articles?size=100")
ids = [a["id"] for a in listing["content"]]
articles = [get(f"/api/articles/{i}") for i in ids[:30]]
people = [p["id"] for a in articles for p in a["people"]]
orgs = [o["id"] for a in articles for o in a["organizations"]]
topics = [t["id"] for a in articles for t in a["topics"]]
countries = [c["code"] for a in articles for c in a["countries"]]
both = next((a for a in articles if a["people"] and a["countries"]), None)
pages = get("/api/articles")["page"]["totalPages"]
later = page_n - 1 if pages >= page_n else max(pages // 2, 1)
named = {
    "list": "/",
    "filtered": f"/?person={both['people'][0]['id']}&country={both['countries'][0]['code']}" if both else "/",
    "article": f"/articles/{ids[0]}",
    "person": f"/people/{people[0]}" if people else "/people",
    "page_n": f"/?page={later}",
    "search": "/?q=government",
}
paths = ["/", "/?sort=title", f"/?page={later}", "/?q=government", "/?q=%22prime+minister%22+AND+NOT+labour", named["filtered"], "/people", "/organizations",
         "/countries", "/topics", "/ingest", "/api/articles", "/api/ingest", "/actuator/health", "/css/newsbrowser.css"]
paths += [f"/?person={p}" for p in people[:5]]
paths += [f"/articles/{i}" for i in ids[:30]] + [f"/api/articles/{i}" for i in ids[:10]]
paths += [f"/people/{p}" for p in people[:10]] + [f"/api/people/{p}" for p in people[:5]]
paths += [f"/organizations/{o}" for o in orgs[:5]] + [f"/topics/{t}" for t in topics[:5]]
paths += [f"/countries/{c}" for c in dict.fromkeys(countries)][:5]
with open(out, "w") as f:
    f.write("\n".join(paths) + "\n")
for key, path in named.items():
    print(f"{key}={path}")
PY
}

# Runs wrk with bench/wrk-report.lua and prints its RESULT line; $1 connections, $2 seconds, $3 path, $4 optional:
# a request header ("Cache-Control: no-cache" has every page rendered rather than sent from the page cache).
run_wrk() {
  local connections=$1 seconds=$2 path=$3 header=${4:-} output
  output=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s -s bench/wrk-report.lua ${header:+-H "$header"} \
    "http://localhost:$PORT$path" 2>&1) || true
  grep '^RESULT' <<< "$output" || { echo "wrk failed on $path: $output" >&2; return 1; }
}

# The value of key=value in a RESULT line.
result_field() {
  tr ' ' '\n' <<< "$1" | sed -n "s/^$2=//p"
}

# Processor time the app's threads have used so far, in clock ticks, by group: "requests=N ingest=N other=N".
# Requests are the web server's worker threads; ingest the analysis threads and the ingest's writer.
cpu_ticks_by_group() {
  local task
  for task in /proc/"$APP_PID"/task/*; do
    # comm may hold spaces; the fields after its closing parenthesis are fixed.
    sed -E 's/^[0-9]+ \((.*)\) /\1\t/' "$task/stat" 2>/dev/null
  done | awk -F'\t' '{
      split($2, f, " "); ticks = f[12] + f[13]
      if ($1 ~ /^http-nio/) group = "requests"; else if ($1 ~ /^(analyze|ingest)/) group = "ingest"; else group = "other"
      sum[group] += ticks
    } END { printf "requests=%d ingest=%d other=%d\n", sum["requests"], sum["ingest"], sum["other"] }'
}
