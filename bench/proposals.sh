#!/usr/bin/env bash
# Benchmark (not a test): a meeting with 500 proposals in real Chromium. Generates 20 meetings x
# 500 proposals with the responses of the parties they address (ProposalData), then times opening
# the proposal list and the response matrix to their first rows, and the push of one save to 50
# open sessions of the proposal (ProposalBench). Prints the figures; docs/benchmarks.md records them.
#   bench/proposals.sh [meetings=20] [proposals-per-meeting=500] [page-runs=20] [sessions=50] [push-rounds=5]
# Maven offline: MAVEN_ARGS=-o bench/proposals.sh. A page-runs or sessions of 0 skips that part.
# BENCH_SERVER_OPTS adds JVM options to the server only (a profiler, say). BENCH_SERVER_CPUS and
# BENCH_CLIENT_CPUS pin the server and the browsers to CPUs of their own (taskset lists, e.g. 0 and 1),
# so that the server's figures are not those of a CPU shared with 50 renderers.
set -euo pipefail
cd "$(dirname "$0")/.."
meetings=${1:-20}
proposals=${2:-500}
runs=${3:-20}
sessions=${4:-50}
rounds=${5:-5}
port=18082
source bench/common.sh
server_pin=(); client_pin=()
[ -n "${BENCH_SERVER_CPUS:-}" ] && server_pin=(taskset -c "$BENCH_SERVER_CPUS")
[ -n "${BENCH_CLIENT_CPUS:-}" ] && client_pin=(taskset -c "$BENCH_CLIENT_CPUS")
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
db="jdbc:h2:file:./target/bench-proposals/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE"
log=target/bench-proposals.log

# Runs the production jar on the bench database until it accepts traffic, its demo data loaded
# before the web server started (DemoData). The second step of sign-in is off: the bench signs in
# leaders too, and measures what the pages do once open. LiveUpdates logs
# how long after the commit each open screen was refreshed, which ProposalBench reports.
start_app() {
  ${server_pin[@]+"${server_pin[@]}"} "$java" ${BENCH_SERVER_OPTS:-} -jar "$jar" --server.port=$port --spring.datasource.url="$db" \
    --jwc.security.second-factor.required-roles= \
    --logging.level.org.springframework.boot.availability=debug \
    --logging.level.org.jwc.secretariat.base.ui.LiveUpdates=debug > "$log" 2>&1 &
  app=$!
  until grep -q "ReadinessState changed to ACCEPTING_TRAFFIC" "$log"; do
    kill -0 $app 2>/dev/null || { echo "the application stopped, see $log"; exit 1; }
    sleep 0.5
  done
}

app=""
trap '[ -n "$app" ] && kill $app 2>/dev/null' EXIT
rm -rf target/bench-proposals
start_app                           # creates the schema and the demo data
kill $app; wait $app 2>/dev/null || true; app=""
read -r meeting proposal owner < <("$java" -cp "$classpath" org.jwc.secretariat.bench.ProposalData "$db" \
  "$meetings" "$proposals" | sed -E 's/[a-z]+=//g')
echo "Meetings from $meeting on, $proposals proposals each; push measured on proposal $proposal (owner: $owner)"
start_app
${client_pin[@]+"${client_pin[@]}"} "$java" -cp "$classpath" org.jwc.secretariat.bench.ProposalBench "http://127.0.0.1:$port" \
  "$meeting" "$proposal" "$owner" "$runs" "$sessions" "$rounds" "$log" "$app"
kill $app; wait $app 2>/dev/null || true; app=""
