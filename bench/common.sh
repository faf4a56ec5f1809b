# Shared by the benchmarks (sourced): a JDK 21+ with jcmd, as mvnw picks one; the production jar;
# the test classpath for the harness classes.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

java=""
for jdk in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  if [ -x "$jdk/bin/jcmd" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    java=$jdk/bin/java; break
  fi
done

./mvnw -q -B -Pproduction -DskipTests package
./mvnw -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/test-classpath.txt
jar=$(ls target/jwc-secretariat-*.jar | head -1)
