#!/usr/bin/env bash
# Ingest benchmark (issue 4, part 4): the app's full ingest into a fresh H2 data folder against raw CoreNLP
# (tokenize,ssplit,ner, same model and settings, no database) on the same texts, in the same JVM, RUNS times;
# prints articles/s and tokens/s per run and the medians. See org.newsbrowser.bench.IngestBenchmark.
#
#   bench/ingest.sh [ARTICLES=2000] [RUNS=3] [THREADS=number of processors] [WARM_UP=20]
#
# The sample is ARTICLES distinct articles, a third each from BBC, Reuters-21578 and AG News in ../shared/corpora,
# drawn with a fixed seed. The app ingests WARM_UP other articles before the timed ingest, in the same context.
# Work files go to target/bench-ingest (removed first).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
runs=${2:-3}
threads=${3:-$(nproc)}
warm_up=${4:-20}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/bench-ingest
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsbrowser.bench.IngestBenchmark "$articles" "$runs" "$threads" ../shared/corpora target/bench-ingest \
  "$warm_up"
