#!/usr/bin/env bash
# In-process figures on the 300,000-grant dataset, no platform needed: JMH check latency (p50/p99/p99.9) and
# list-objects times (AuthzIndexBenchmark), then the index's heap per grant and build time (AuthzIndexFootprint).
#   benchmarks/authz/jmh.sh                  # everything (about 6 minutes)
#   benchmarks/authz/jmh.sh check -i 3       # JMH options after a benchmark name pattern
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
. "$ROOT/deploy/find-java.sh"; JAVA=$(find_java)
cd "$ROOT"
./mvnw -B -ntp -q -pl benchmarks -am install -DskipTests >/dev/null
./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$ROOT/benchmarks/target/classpath" >/dev/null
# This checkout's classes first: the local Maven repository is shared, and another build may have installed other
# versions of authz-service there since.
CP="benchmarks/target/classes:authz-service/target/classes:platform/target/classes:schemas/target/classes"
CP="$CP:$(cat benchmarks/target/classpath)"
all=$(( $# == 0 )); pattern=AuthzIndexBenchmark${1:+.$1}; shift $(( $# > 0 ? 1 : 0 ))
"$JAVA" -cp "$CP" org.openjdk.jmh.Main "$pattern" "$@"
[ "$all" = 0 ] || "$JAVA" -Xmx3g -XX:+UseSerialGC -Djdk.attach.allowAttachSelf=true -cp "$CP" \
  io.castellan.benchmarks.authz.AuthzIndexFootprint 2>/dev/null
