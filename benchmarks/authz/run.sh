#!/usr/bin/env bash
# Authorization checks under load on loopback, against a running authz-service: REST (wrk) and gRPC (GrpcLoad),
# each beside its no-op twin (same stack, no decision), at concurrency 16 and 64; then Cerbos in the same run.
# Start the platform first with the no-op endpoints and room for the 300,000-grant index; the permission-change
# stream stays on (the loader reports when its consumer group caught up with the load):
#   CASTELLAN_BENCHMARK_NOOP_ENABLED=true CASTELLAN_JAVA_OPTS="-XX:+UseSerialGC -Xmx1g -Xss512k -XX:MetaspaceSize=160m" ./deploy/run-local.sh
# then:  benchmarks/authz/run.sh
# Loads the dataset (AuthzDatasetLoader: published to Kafka, once; authz-service's index must reflect it), gives
# the other consumers QUIET seconds (60) to catch up, measures, and times a rebuild of the index from the topics.
# audit-service records every event of the dataset (a few dozen a second here): its process is paused (SIGSTOP)
# while the points run and resumed after, so the figures are authz-service's alone; PAUSE_PORTS= keeps it running.
# Env: DUR (s per point, 30), WARM (s, 10), SKIP_CERBOS=1, SKIP_REBUILD=1, OUT (benchmarks/authz/out), the service
# ports of run-local.sh. Needs wrk, jq, bc, curl. In-process figures: jmh.sh.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
. "$HERE/loadbench.sh"; . "$ROOT/deploy/find-java.sh"
JAVA=$(find_java)
OUT=${OUT:-$HERE/out}; mkdir -p "$OUT"; DUR=${DUR:-30}; WARM=${WARM:-10}
AUTHZ=${CASTELLAN_AUTHZ:-http://localhost:8083}; GRPC=${CASTELLAN_AUTHZ_GRPC:-localhost:9083}
IDENTITY=${CASTELLAN_IDENTITY:-http://localhost:9000}; KAFKA=${CASTELLAN_KAFKA:-localhost:9092}
SECRET=${CASTELLAN_ADMIN_CLIENT_SECRET:-$(cat "$ROOT/deploy/.local/admin-client-secret")}
pid_on() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
PID=$(pid_on "${AUTHZ##*:}")
[ -n "$PID" ] || { echo "authz-service is not listening at $AUTHZ; start ./deploy/run-local.sh first" >&2; exit 1; }

# Only this module: the services' jars in use must not be rewritten under them (run-local installed the rest).
(cd "$ROOT" && ./mvnw -B -ntp -q -pl benchmarks install -DskipTests >/dev/null \
  && ./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$ROOT/benchmarks/target/classpath" >/dev/null)
# This checkout's classes before the shared local Maven repository's (AuthzRebuild runs authz-service's index).
CLASSES=$(printf "$ROOT/%s/target/classes:" benchmarks authz-service platform schemas)
bench() { "$JAVA" -Xmx1g -cp "$CLASSES$(cat "$ROOT/benchmarks/target/classpath")" "io.castellan.benchmarks.authz.$1" "${@:2}"; }
token() { curl -sf -u "castellan-admin:$SECRET" -d grant_type=client_credentials -d scope=platform.admin "$IDENTITY/oauth2/token" | jq -r .access_token; }
curl -sf -o /dev/null -H "Authorization: Bearer $(token)" -H 'Content-Type: application/json' -d '{"principalId":"p","action":"read","object":{"id":"o"}}' "$AUTHZ/api/authz/noop" \
  || { echo "POST /api/authz/noop is off: start the platform with CASTELLAN_BENCHMARK_NOOP_ENABLED=true" >&2; exit 1; }

bench AuthzDatasetLoader "$KAFKA" "$AUTHZ" "$(token)" "${QUIET:-60}" | tee -a "$OUT/load.log"
PAUSED=(); for port in ${PAUSE_PORTS-${AUDIT_PORT:-8084}}; do p=$(pid_on "$port"); [ -z "$p" ] || PAUSED+=("$p"); done
resume() { [ ${#PAUSED[@]} = 0 ] || kill -CONT "${PAUSED[@]}"; }
trap resume EXIT
[ ${#PAUSED[@]} = 0 ] || kill -STOP "${PAUSED[@]}"

echo "# $(date -Is) castellan authz-service pid=$PID cpus=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg) dur=${DUR}s paused=${PAUSED[*]:-none}" | tee -a "$OUT/summary.tsv"
T=$(token); L=$OUT/lua; mkdir -p "$L"; check_lua "$L/check.lua" "$T"
wrk -t1 -c16 -d"${WARM}s" -s "$L/check.lua" "$AUTHZ/api/authz/check" >/dev/null
bench GrpcLoad "$GRPC" "$T" check 16 "$WARM" >/dev/null
for c in 16 64; do
  T=$(token); check_lua "$L/check.lua" "$T"
  point "rest-check-c$c" "$PID" $c -- wrk -t1 -c$c -d"${DUR}s" --latency --timeout 10s -s "$L/check.lua" "$AUTHZ/api/authz/check"
  point "rest-noop-c$c" "$PID" $c -- wrk -t1 -c$c -d"${DUR}s" --latency --timeout 10s -s "$L/check.lua" "$AUTHZ/api/authz/noop"
  point "grpc-check-c$c" "$PID" $c -- bench GrpcLoad "$GRPC" "$T" check $c "$DUR"
  point "grpc-noop-c$c" "$PID" $c -- bench GrpcLoad "$GRPC" "$T" noop $c "$DUR"
done
echo "authz-service RSS after: $(rss_mb "$PID") MB" | tee -a "$OUT/summary.tsv"
resume

[ -n "${SKIP_REBUILD:-}" ] || bench AuthzRebuild "$KAFKA" | tee -a "$OUT/summary.tsv"
if [ -z "${SKIP_CERBOS:-}" ]; then
  PEER=${CERBOS_DIR:-$ROOT/../shared/peers/cerbos}
  (cd "$PEER" && OUTDIR="$OUT/cerbos" DUR="${DUR}s" ./run.sh) | tee -a "$OUT/summary.tsv"
fi
