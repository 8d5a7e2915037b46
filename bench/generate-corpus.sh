#!/usr/bin/env bash
# Writes a derived corpus of ARTICLES (default 100,000) articles made from ../shared/corpora as JSON Lines files
# into OUT_DIR (deterministic; see org.newsbrowser.bench.CorpusGenerator for how articles are derived). Ingest it
# with: java -jar target/newsbrowser-*.jar ingest OUT_DIR --newsbrowser.data-dir=...
#
#   bench/generate-corpus.sh OUT_DIR [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:?usage: bench/generate-corpus.sh OUT_DIR [ARTICLES]}")
articles=${2:-100000}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsbrowser.bench.CorpusGenerator "$out" "$articles" ../shared/corpora
