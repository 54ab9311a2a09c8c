#!/usr/bin/env bash
# Starts the whole platform on this machine: a KRaft Kafka broker from Maven Central jars, the local PostgreSQL
# with one database per service, an SMTP sink (GreenMail), a webhook receiver, all services and the gateway.
# Health-checked; prints the URLs and the bootstrap admin client; Ctrl-C stops everything cleanly.
# State and logs: deploy/.local/ (logs/<name>.log). Every port can be changed through the environment.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
STATE=${CASTELLAN_STATE:-$ROOT/deploy/.local}
LOGS=$STATE/logs
mkdir -p "$LOGS"

: "${GATEWAY_PORT:=8000}" "${IDENTITY_PORT:=9000}" "${TENANT_PORT:=8082}" "${AUTHZ_PORT:=8083}" "${AUTHZ_GRPC_PORT:=9083}"
: "${AUDIT_PORT:=8084}" "${NOTIFICATION_PORT:=8085}" "${PROVISIONING_PORT:=8086}"
: "${KAFKA_PORT:=9092}" "${KAFKA_CONTROLLER_PORT:=9093}" "${SMTP_PORT:=3025}" "${SMTP_API_PORT:=3080}"
: "${WEBHOOK_PORT:=8099}" "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}"
# MetaspaceSize: the default (~21 MB) triggers several full collections (150-680 ms) while a service warms up.
: "${CASTELLAN_JAVA_OPTS:=-XX:+UseSerialGC -Xmx384m -Xss512k -XX:MetaspaceSize=160m}"
SERVICES=(identity-service tenant-service authz-service audit-service notification-service provisioning-worker gateway)
PIDS=()

log() { printf '[castellan] %s\n' "$*"; }
fail() { printf '[castellan] ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=find-java.sh
. "$ROOT/deploy/find-java.sh"
JAVA=$(find_java) || fail "No JDK 25 or newer found (set JAVA_HOME or install Temurin 25 under /usr/lib/jvm)"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { local i; for i in $(seq 1 "$2"); do port_free "$1" || return 0; sleep 1; done; return 1; }

cleanup() {
  trap - INT TERM EXIT
  log "Stopping..."
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  log "Stopped."
}
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap cleanup EXIT

for port in $GATEWAY_PORT $IDENTITY_PORT $TENANT_PORT $AUTHZ_PORT $AUTHZ_GRPC_PORT $AUDIT_PORT $NOTIFICATION_PORT $PROVISIONING_PORT \
  $KAFKA_PORT $KAFKA_CONTROLLER_PORT $SMTP_PORT $SMTP_API_PORT $WEBHOOK_PORT; do
  port_free "$port" || fail "Port $port is in use: stop what uses it or choose another port (see the variables at the top of $0)"
done

# PostgreSQL: start it if it is down, then one database per service.
if ! pg_isready -h "$PGHOST" -p "$PGPORT" -q 2>/dev/null; then
  log "Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -h "$PGHOST" -p "$PGPORT" -q && break; sleep 1; done
fi
for db in identity tenant authz audit notification provisioning; do
  if ! psql -h "$PGHOST" -p "$PGPORT" -U postgres -tAc "select 1 from pg_database where datname='castellan_$db'" | grep -q 1; then
    psql -h "$PGHOST" -p "$PGPORT" -U postgres -qc "create database castellan_$db" >/dev/null
    log "Created database castellan_$db"
  fi
done

cd "$ROOT"
if [ "${CASTELLAN_SKIP_BUILD:-0}" != 1 ]; then
  log "Building (./mvnw package, tests skipped; logs/build.log)"
  ./mvnw -B -ntp -q -DskipTests install >"$LOGS/build.log" 2>&1 || fail "Build failed: see $LOGS/build.log"
fi

# Kafka (KRaft, one node as broker and controller) and GreenMail from Maven Central jars.
if [ ! -s "$STATE/runtime.classpath" ] || [ deploy/kafka/pom.xml -nt "$STATE/runtime.classpath" ]; then
  log "Resolving the Kafka broker and SMTP sink from Maven Central"
  ./mvnw -B -ntp -q -f deploy/kafka/pom.xml dependency:build-classpath -Dmdep.outputFile="$STATE/runtime.classpath" \
    >"$LOGS/resolve.log" 2>&1 || fail "Could not resolve Kafka: see $LOGS/resolve.log"
fi
CLASSPATH_RUNTIME=$(cat "$STATE/runtime.classpath")
GREENMAIL_JAR=$(tr ':' '\n' <"$STATE/runtime.classpath" | grep greenmail-standalone)
KAFKA_CP=$(tr ':' '\n' <"$STATE/runtime.classpath" | grep -v greenmail-standalone | paste -sd:)
cat >"$STATE/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$STATE/kafka-data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
KAFKA_JAVA=("$JAVA" -Xmx512m -XX:+UseSerialGC -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" -cp "$KAFKA_CP")
if [ ! -f "$STATE/kafka-data/meta.properties" ]; then
  log "Formatting Kafka storage"
  "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null)" \
    -c "$STATE/server.properties" >"$LOGS/kafka-format.log" 2>&1 || fail "Kafka format failed: see $LOGS/kafka-format.log"
fi
log "Starting Kafka on localhost:$KAFKA_PORT"
"${KAFKA_JAVA[@]}" kafka.Kafka "$STATE/server.properties" >"$LOGS/kafka.log" 2>&1 &
PIDS+=($!)
wait_port "$KAFKA_PORT" 60 || fail "Kafka did not start: see $LOGS/kafka.log"

log "Starting the SMTP sink on 127.0.0.1:$SMTP_PORT"
"$JAVA" -Xmx128m -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 \
  -Dgreenmail.api.port="$SMTP_API_PORT" -Dgreenmail.auth.disabled -jar "$GREENMAIL_JAR" >"$LOGS/smtp.log" 2>&1 &
PIDS+=($!)

# Secrets of the local run, made once and kept (0600) in deploy/.local.
secret() { [ -s "$STATE/$1" ] || (umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=\n' >"$STATE/$1"); cat "$STATE/$1"; }
ADMIN_SECRET=${CASTELLAN_ADMIN_CLIENT_SECRET:-$(secret admin-client-secret)}
WEBHOOK_SECRET="whsec_$(head -c 24 <(secret webhook-key) | base64 | tr -d '\n')"
# The link key seals one-time tokens between identity-service and notification-service: base64 of exactly 32 bytes.
[ -s "$STATE/link-key" ] || (umask 077; head -c 32 /dev/urandom | base64 >"$STATE/link-key")
LINK_KEY=${CASTELLAN_LINK_KEY:-$(cat "$STATE/link-key")}
API_KEY_PEPPER=${CASTELLAN_API_KEY_PEPPER:-$(secret api-key-pepper)}

python3 deploy/webhook-receiver.py "$WEBHOOK_PORT" "$WEBHOOK_SECRET" >"$LOGS/webhook-receiver.log" 2>&1 &
PIDS+=($!)

export CASTELLAN_KAFKA="localhost:$KAFKA_PORT" CASTELLAN_ISSUER="http://localhost:$GATEWAY_PORT"
export CASTELLAN_JWKS="http://localhost:$IDENTITY_PORT/oauth2/jwks" AXONIQ_UPDATE_CHECKER_DISABLED=true
export CASTELLAN_ADMIN_CLIENT_SECRET="$ADMIN_SECRET" CASTELLAN_SMTP_HOST=127.0.0.1 CASTELLAN_SMTP_PORT="$SMTP_PORT"
export CASTELLAN_PROVISIONING_WEBHOOK_URL="http://127.0.0.1:$WEBHOOK_PORT/provision"
export CASTELLAN_PROVISIONING_WEBHOOK_SECRET="$WEBHOOK_SECRET"
export CASTELLAN_LINK_KEY="$LINK_KEY" CASTELLAN_API_KEY_PEPPER="$API_KEY_PEPPER" CASTELLAN_PUBLIC_URL="http://localhost:$GATEWAY_PORT"
export IDENTITY_PORT TENANT_PORT AUTHZ_PORT AUTHZ_GRPC_PORT AUDIT_PORT NOTIFICATION_PORT PROVISIONING_PORT GATEWAY_PORT
export IDENTITY_URL="http://localhost:$IDENTITY_PORT" TENANT_URL="http://localhost:$TENANT_PORT"
export AUTHZ_URL="http://localhost:$AUTHZ_PORT" AUDIT_URL="http://localhost:$AUDIT_PORT"
export NOTIFICATION_URL="http://localhost:$NOTIFICATION_PORT" PROVISIONING_URL="http://localhost:$PROVISIONING_PORT"

mkdir -p "$STATE/cds"
declare -A PORT_OF=([identity-service]=$IDENTITY_PORT [tenant-service]=$TENANT_PORT [authz-service]=$AUTHZ_PORT
  [audit-service]=$AUDIT_PORT [notification-service]=$NOTIFICATION_PORT [provisioning-worker]=$PROVISIONING_PORT
  [gateway]=$GATEWAY_PORT)
declare -A DB_OF=([identity-service]=identity [tenant-service]=tenant [authz-service]=authz [audit-service]=audit
  [notification-service]=notification [provisioning-worker]=provisioning)
START=$(date +%s)
for service in "${SERVICES[@]}"; do
  jar=$(ls "$service"/target/"$service"-*.jar 2>/dev/null | grep -v -E 'sources|tests|original' | head -n 1)
  [ -n "$jar" ] || fail "No jar for $service: run without CASTELLAN_SKIP_BUILD"
  db=${DB_OF[$service]:-}
  # shellcheck disable=SC2086
  CASTELLAN_DB_URL=${db:+jdbc:postgresql://$PGHOST:$PGPORT/castellan_$db} \
    "$JAVA" $CASTELLAN_JAVA_OPTS -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$STATE/cds/$service.jsa" \
    -jar "$jar" >"$LOGS/$service.log" 2>&1 &
  PIDS+=($!)
done

log "Waiting for the services to be ready (logs in $LOGS)"
for service in "${SERVICES[@]}"; do
  port=${PORT_OF[$service]}
  for i in $(seq 1 180); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    [ "$i" = 180 ] && fail "$service did not become ready: see $LOGS/$service.log"
    sleep 1
  done
done
log "All services ready in $(( $(date +%s) - START )) s"

cat <<EOF

  Castellan is running.

  Gateway (one origin for everything)  http://localhost:$GATEWAY_PORT
  OpenID discovery                     http://localhost:$GATEWAY_PORT/.well-known/openid-configuration
  OpenAPI per service                  http://localhost:$GATEWAY_PORT/v3/api-docs/{identity,tenant,authz,audit,notification,provisioning}
  Authz gRPC (castellan.authz.v1)      localhost:$AUTHZ_GRPC_PORT (plaintext; bearer token in 'authorization')
  Emails (GreenMail API)               http://127.0.0.1:$SMTP_API_PORT/api/user/<email>/messages/INBOX
  Kafka                                localhost:$KAFKA_PORT
  Logs                                 $LOGS

  Bootstrap admin client (client credentials, scope platform.admin)
    client_id      castellan-admin
    client_secret  $ADMIN_SECRET

  Get a token:
    curl -s -u castellan-admin:$ADMIN_SECRET -d grant_type=client_credentials -d scope=platform.admin \\
      http://localhost:$GATEWAY_PORT/oauth2/token

  Press Ctrl-C to stop.
EOF

# Stop everything when any process dies, or on Ctrl-C.
wait -n "${PIDS[@]}" || true
log "A process exited; stopping the rest (see $LOGS)"
