#!/usr/bin/env bash
# Benchmarks (not tests): cold start of the packaged application to its first login page, and the
# server heap held per signed-in idle session. Prints the figures; docs/benchmarks.md records them.
#   bench/run.sh [starts=5] [sessions-per-round=50] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
starts=${1:-5}
sessions=${2:-50}
rounds=${3:-3}
port=18081
source bench/common.sh
db="jdbc:h2:file:./target/bench-data/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE"

# The deployment we recommend: the jar extracted, with a JDK 25 AOT cache from a training start.
rm -rf target/extracted target/app.aot target/bench-data
"$java" -Djarmode=tools -jar "$jar" extract --destination target/extracted > /dev/null
extracted=target/extracted/$(basename "$jar")
"$java" -XX:AOTCacheOutput=target/app.aot -Dspring.context.exit=onRefresh -jar "$extracted" \
  --spring.datasource.url="$db" > target/bench-training.log 2>&1

start_app() {  # a fresh H2 database with the demo data, as a newcomer's first start
  rm -rf target/bench-data
  "$@" --server.port=$port --spring.datasource.url="$db" > target/bench-app.log 2>&1 &
  app=$!
}

cold_starts() {
  local label=$1; shift
  echo "Cold start to first login page, $label (ms):"
  for i in $(seq 1 "$starts"); do
    t0=$(date +%s%N)
    start_app "$@"
    until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.05; done
    t1=$(date +%s%N)
    echo "  run $i: $(( (t1 - t0) / 1000000 ))"
    kill $app; wait $app 2>/dev/null || true
  done
}
cold_starts "java -jar" "$java" -jar "$jar"
cold_starts "extracted jar with AOT cache" "$java" -XX:AOTCache=target/app.aot -jar "$extracted"

start_app "$java" -XX:AOTCache=target/app.aot -jar "$extracted"
until grep -q "Started Application" target/bench-app.log; do sleep 0.2; done
sleep 3
echo "Heap per signed-in idle session, $rounds rounds of $sessions sessions on one server:"
for round in $(seq 1 "$rounds"); do
  "$java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.jwc.secretariat.bench.SessionFootprint "http://127.0.0.1:$port" "$app" "$sessions" | tail -1
done
echo "For comparison, a visitor who only opened the login page:"
"$java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.jwc.secretariat.bench.SessionFootprint "http://127.0.0.1:$port" "$app" "$sessions" login-page-only | tail -1
kill $app; wait $app 2>/dev/null || true
