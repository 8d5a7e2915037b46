#!/usr/bin/env bash
# Ingest benchmark (issue 4, part 4): the app's full ingest into a fresh H2 data folder against raw CoreNLP
# (tokenize,ssplit,ner, same model and settings, no database) on the same texts, in the same JVM, RUNS times;
# prints articles/s and tokens/s per run and the medians. See org.newsbrowser.bench.IngestBenchmark.
#
#   bench/ingest.sh [ARTICLES=2000] [RUNS=3] [THREADS=number of processors] [WARM_UP=steady]
#
# The sample is ARTICLES distinct articles, a third each from BBC, Reuters-21578 and AG News in ../shared/corpora,
# drawn with a fixed seed. Before the timed ingest the app ingests other articles of the corpora in the same
# context: with WARM_UP=steady until the JIT compiler has compiled its code (as in a long bulk ingest), with a
# number that many (20: the app timed while its code is still being compiled, as in a small ingest).
# Work files go to target/bench-ingest (removed first).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
runs=${2:-3}
threads=${3:-$(nproc)}
warm_up=${4:-steady}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf target/bench-ingest
exec java -Xmx3g ${BENCH_JAVA_OPTIONS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.newsbrowser.bench.IngestBenchmark "$articles" "$runs" "$threads" ../shared/corpora target/bench-ingest \
  "$warm_up"
