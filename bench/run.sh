#!/usr/bin/env bash
# Benchmarks (not tests): cold start of the packaged application to its first login page, and the
# server heap held per signed-in idle session. Prints the figures; docs/benchmarks.md records them.
#   bench/run.sh [starts=5] [sessions=50]
set -euo pipefail
cd "$(dirname "$0")/.."
starts=${1:-5}
sessions=${2:-50}
port=18081
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

./mvnw -q -B -Pproduction -DskipTests package
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
jar=$(ls target/jwc-secretariat-*.jar | head -1)
java=""
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/*; do  # a JDK 21+ with jcmd, as mvnw picks one
  if [ -x "$jdk/bin/jcmd" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java=$jdk; break
  fi
done

start_app() {  # a fresh H2 database with the demo data, as a newcomer's first start
  rm -rf target/bench-data
  "$java/bin/java" -jar "$jar" --server.port=$port \
    --spring.datasource.url="jdbc:h2:file:./target/bench-data/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE" \
    > target/bench-app.log 2>&1 &
  app=$!
}

echo "Cold start to first login page (ms), $starts runs:"
for i in $(seq 1 "$starts"); do
  t0=$(date +%s%N)
  start_app
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.05; done
  t1=$(date +%s%N)
  echo "  run $i: $(( (t1 - t0) / 1000000 ))"
  kill $app; wait $app 2>/dev/null || true
done

start_app
until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
until grep -q "Started Application" target/bench-app.log; do sleep 0.2; done
sleep 3
"$java/bin/java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.jwc.secretariat.bench.SessionFootprint "http://127.0.0.1:$port" "$app" "$sessions"
kill $app; wait $app 2>/dev/null || true
