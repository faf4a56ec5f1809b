#!/usr/bin/env bash
# Benchmark (not a test): exporting a document of about 30 pages (24 sections of paragraphs and a
# 40-row table) to DOCX and to PDF, in Vietnamese and in Chinese (ExportBench). Prints the first
# export in a fresh JVM, then min / median / max of the measured runs after the warm-up, and writes
# the files to target/bench-export/. docs/benchmarks.md records the figures.
#   bench/export.sh [runs=20] [warm-up=5]
# Maven offline: MAVEN_ARGS=-o bench/export.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
warmup=${2:-5}
source bench/common.sh
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
"$java" -cp "$classpath" org.jwc.secretariat.bench.ExportBench "$runs" "$warmup" target/bench-export
