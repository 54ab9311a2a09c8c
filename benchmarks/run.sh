#!/usr/bin/env bash
# Runs a benchmark harness of this module on Java 25: benchmarks/run.sh <SimpleClassName> [args...]
# Example: benchmarks/run.sh IndexLagBenchmark http://localhost:8000 castellan-admin "$(cat deploy/.local/admin-client-secret)" 1000
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/deploy/find-java.sh"
JAVA=$(find_java)
cd "$ROOT"
./mvnw -B -ntp -q -pl benchmarks -am install -DskipTests >/dev/null
./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$ROOT/benchmarks/target/classpath" >/dev/null
main=$1; shift
exec "$JAVA" -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath)" "io.castellan.benchmarks.$main" "$@"
