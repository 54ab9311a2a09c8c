#!/usr/bin/env bash
# Token server load on loopback, Castellan's identity-service against Keycloak 26 in the same run.
#   benchmarks/tokens/run.sh            # Castellan (needs ./deploy/run-local.sh running) then Keycloak (MODE=prod)
#   SKIP_KEYCLOAK=1 ONLY="refresh login" benchmarks/tokens/run.sh   # some Castellan points only (cc introspect refresh login)
# Needs wrk, jq, bc, curl. Results: benchmarks/tokens/out/summary.tsv (+ raw wrk output per point).
# Points: client_credentials c16/c64, introspection c16/c64, refresh_token (rotating, each answer's new refresh
# token is used next) c16, password login c4/c16. Compare req per server CPU-second: the machine is shared.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(cd "$HERE/../.." && pwd)
. "$HERE/wrkbench.sh"
for tool in wrk jq bc curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk jq bc curl" >&2; exit 1; }
done
OUT=${OUT:-$HERE/out}; mkdir -p "$OUT"; DUR=${DUR:-30s}; WARM=${WARM:-20s}
BASE=${CASTELLAN_IDENTITY:-http://localhost:9000}
ADMIN_SECRET=${CASTELLAN_ADMIN_CLIENT_SECRET:-$(cat "$ROOT/deploy/.local/admin-client-secret")}
PID=$(ss -ltnpH "sport = :${BASE##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$PID" ] || { echo "identity-service is not listening at $BASE; start ./deploy/run-local.sh first" >&2; exit 1; }
L=$OUT/lua; mkdir -p "$L"
admin=$(curl -sf -u "castellan-admin:$ADMIN_SECRET" -d grant_type=client_credentials "$BASE/oauth2/token" | jq -r .access_token)
api() { curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }
run=$(date +%s)
client=$(api -d "{\"clientId\":\"bench-$run\",\"name\":\"bench\",\"clientType\":\"confidential\",\"grantTypes\":[\"client_credentials\",\"authorization_code\",\"refresh_token\"],\"redirectUris\":[\"http://localhost:8999/cb\"],\"scopes\":[\"openid\",\"bench.read\"],\"requirePkce\":false}" "$BASE/api/oauth-clients")
CID=$(jq -r .clientId <<<"$client"); CSECRET=$(jq -r .clientSecret <<<"$client")
USER_NAME=bench-$run; USER_PASS="bench passphrase $run"
api -d "{\"kind\":\"human\",\"name\":\"$USER_NAME\",\"password\":\"$USER_PASS\"}" "$BASE/api/principals" >/dev/null
# One refresh token per connection, each from a real code flow through the login page.
refresh_token() {
  local jar; jar=$(mktemp); local auth="$BASE/oauth2/authorize?response_type=code&client_id=$CID&redirect_uri=http://localhost:8999/cb&scope=openid"
  curl -s -c "$jar" -b "$jar" -o /dev/null "$auth"
  local csrf; csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "identifier=$USER_NAME" --data-urlencode "password=$USER_PASS" --data-urlencode "_csrf=$csrf" "$BASE/login"
  local code; code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' "$auth" | grep -o 'code=[^&]*' | cut -d= -f2)
  rm -f "$jar"
  curl -sf -u "$CID:$CSECRET" -d grant_type=authorization_code -d "code=$code" -d redirect_uri=http://localhost:8999/cb "$BASE/oauth2/token" | jq -r .refresh_token
}
# wrk calls request() once more than there are connections (to check the script): one spare, and a few more.
TOKENS=""; for i in $(seq 1 20); do TOKENS="$TOKENS\"$(refresh_token)\","; done
post_lua "$L/cc.lua" "grant_type=client_credentials&scope=bench.read" '"access_token"'
sed -i "1i wrk.headers[\"Authorization\"] = \"Basic $(printf '%s:%s' "$CID" "$CSECRET" | base64 -w0)\"" "$L/cc.lua"
AT=$(curl -sf -u "$CID:$CSECRET" -d grant_type=client_credentials -d scope=bench.read "$BASE/oauth2/token" | jq -r .access_token)
post_lua "$L/introspect.lua" "token=$AT" '"active":true'
sed -i "1i wrk.headers[\"Authorization\"] = \"Basic $(printf '%s:%s' "$CID" "$CSECRET" | base64 -w0)\"" "$L/introspect.lua"
cat > "$L/refresh.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic $(printf '%s:%s' "$CID" "$CSECRET" | base64 -w0)"
local queue = { ${TOKENS%,} }
function request()
  local token = table.remove(queue, 1)
  return wrk.format(nil, nil, nil, "grant_type=refresh_token&refresh_token=" .. token)
end
function next_refresh(body)
  local token = string.match(body, '"refresh_token":"([^"]+)"')
  if token then table.insert(queue, token) end
end
$(lua_tail '"access_token"')
LUA
post_lua "$L/login.lua" "{\"identifier\":\"$USER_NAME\",\"password\":\"$USER_PASS\"}" '"authenticated"' application/json
echo "# $(date -Is) castellan identity-service pid=$PID cpus=$(nproc)" | tee -a "$OUT/summary.tsv"
if [ -z "${ONLY:-}" ]; then
  wrk -t1 -c16 -d"$WARM" -s "$L/cc.lua" "$BASE/oauth2/token" >/dev/null
  wrk -t1 -c16 -d10s -s "$L/introspect.lua" "$BASE/oauth2/introspect" >/dev/null
fi
want() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }
if want cc; then for c in 16 64; do point castellan-client_credentials-c$c "$PID" $c "$DUR" "$BASE/oauth2/token" "$L/cc.lua"; done; fi
if want introspect; then for c in 16 64; do point castellan-introspect-c$c "$PID" $c "$DUR" "$BASE/oauth2/introspect" "$L/introspect.lua"; done; fi
if want refresh; then point castellan-refresh-c16 "$PID" 16 "$DUR" "$BASE/oauth2/token" "$L/refresh.lua"; fi
if want login; then for c in 4 16; do point castellan-password_login-c$c "$PID" $c "$DUR" "$BASE/api/login" "$L/login.lua"; done; fi
if [ -z "${SKIP_KEYCLOAK:-}" ]; then
  PEER=${PEER_DIR:-$ROOT/../shared/peers/keycloak}
  (cd "$PEER" && MODE=prod OUTDIR="$OUT/keycloak" ./run.sh) | tee -a "$OUT/summary.tsv"
fi
