#!/usr/bin/env bash
# Benchmark (not a test): the communiqué of a meeting with 500 agreed proposals (CommuniqueBench).
# Starts the application in the harness's JVM (demo profile, a web server on a random port that nothing uses) on a fresh H2 file
# database in target/bench-communique/, brings a meeting with 500 proposals to drafting through the
# services, then times generating the first draft from them, and exporting a circulated version of
# about 40 pages (and the 500-paragraph one) bilingual to DOCX and PDF. Prints the first run in the
# JVM, then min / median / max of the measured runs after the warm-up; writes the files to
# target/bench-communique/. docs/benchmarks.md records the figures.
#   bench/communique.sh [runs=10] [warm-up=3]
# Maven offline: MAVEN_ARGS=-o bench/communique.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
warmup=${2:-3}
source bench/common.sh
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
rm -rf target/bench-communique
echo "$(uptime)"
"$java" -cp "$classpath" org.jwc.secretariat.bench.CommuniqueBench "$runs" "$warmup" target/bench-communique
echo "$(uptime)"
