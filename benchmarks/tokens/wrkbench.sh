# Sourced by run.sh. point NAME PID CONNS DURATION URL LUA -> one wrk run (1 thread), one TSV line in $OUT/summary.tsv:
# req/s, p50/p90/p99/p99.9, unexpected answers (checked by the Lua script), and the server's CPU seconds over the run
# read from /proc/PID/stat, so throughput can be compared per server CPU-second on a shared, noisy machine.
server_ticks() { awk '{print $14+$15}' /proc/$1/stat; }
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/$1/status; }
point() {
  local name=$1 pid=$2 conns=$3 duration=$4 url=$5 lua=$6 hz t0 t1 c0 c1
  hz=$(getconf CLK_TCK); c0=$(server_ticks "$pid"); t0=$(date +%s.%N)
  wrk -t1 -c"$conns" -d"$duration" --latency --timeout 10s -s "$lua" "$url" > "$OUT/$name.wrk.txt" 2>&1 || true
  t1=$(date +%s.%N); c1=$(server_ticks "$pid")
  local f=$OUT/$name.wrk.txt rps p50 p90 p99 p999 bad cpu wall
  rps=$(awk '/Requests\/sec/{print $2}' "$f")
  p50=$(awk '$1=="50%"{print $2}' "$f"); p90=$(awk '$1=="90%"{print $2}' "$f"); p99=$(awk '$1=="99%"{print $2}' "$f")
  p999=$(awk '/p99.9=/{sub(/.*p99.9=/,""); print $1}' "$f")
  bad=$(grep -o 'unexpected_responses=[0-9]*' "$f" | cut -d= -f2)
  cpu=$(echo "scale=2; ($c1-$c0)/$hz" | bc); wall=$(echo "$t1-$t0" | bc)
  printf "%s\tc=%s\trps=%s\tp50=%s\tp90=%s\tp99=%s\tp99.9=%s\tunexpected=%s\tserver_cpu_s=%s\tserver_cores=%s\treq_per_server_cpu_s=%s\trss_mb=%s\n" \
    "$name" "$conns" "$rps" "$p50" "$p90" "$p99" "${p999:-NA}" "${bad:-NA}" "$cpu" \
    "$(echo "scale=2; $cpu/$wall" | bc)" "$(echo "scale=0; $rps*$wall/$cpu" | bc)" "$(rss_mb "$pid")" | tee -a "$OUT/summary.tsv"
}
# post_lua FILE BODY EXPECT: a wrk script that POSTs BODY and counts answers that are not 200 or lack EXPECT.
post_lua() {
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "${4:-application/x-www-form-urlencoded}"
wrk.body = [==[$2]==]
$(lua_tail "$3")
LUA
}
lua_tail() {
  cat <<LUA
local threads = {}
function setup(thread) table.insert(threads, thread) end
bad = 0
function response(status, headers, body)
  if status ~= 200 or not string.find(body, [==[$1]==], 1, true) then bad = bad + 1 end
  if next_refresh then next_refresh(body) end
end
function done(summary, latency, requests)
  local b = 0
  for _, t in ipairs(threads) do b = b + t:get("bad") end
  io.write(string.format("unexpected_responses=%d\n", b))
  io.write(string.format("p99.9=%.2fms\n", latency:percentile(99.9) / 1000))
end
LUA
}
