#!/usr/bin/env bash
# usage: ab-load.sh ROUNDS DURATION WARMUP LUA "label|dir|jvm flags" ...
# Starts every variant (dir as for snapshot.sh) with scripts/bench/bench-config.yaml, warms each with
# WARMUP s of wrk -t2 -c32, then ROUNDS interleaved runs of DURATION s. Per run: req/s, p99 (us), CPU
# per request (utime+stime of the JVM over the run / requests), bytes allocated per request (jstat:
# young collections x eden + eden growth), RSS, the 1-minute load average, non-2xx/4xx count and
# socket errors. CONNS (default 32) sets wrk's connections, NICE (default 0) the nice level of the
# servers and of wrk. LUA: scripts/bench/create.lua (204 path) or scripts/profile/bad.lua (400 path).
# Summary: ab-load-summary.py FILE.
ROUNDS=$1 DUR=$2 WARM=$3 LUA=$4; shift 4
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="${AB_DIR:-/tmp/ab}"; mkdir -p "$OUT"
CONF="$ROOT/scripts/bench/bench-config.yaml"
declare -A PORT PID
labels=()
for v in "$@"; do
  IFS='|' read -r label dir flags <<< "$v"; labels+=("$label")
  P=$((20000 + RANDOM % 20000)); PORT[$label]=$P
  # shellcheck disable=SC2086
  (cd "$dir" && exec nice -n "${NICE:-0}" java $flags -jar server/target/mirror-stub.jar --port $P --config "$CONF" > "$OUT/load-$label.log" 2>&1) &
  PID[$label]=$!
done
for l in "${labels[@]}"; do
  until curl -s -o /dev/null "http://127.0.0.1:${PORT[$l]}/docs"; do sleep 0.2; done
  BENCH_RUN_ID=w nice -n "${NICE:-0}" wrk -t2 -c32 -d"${WARM}s" -s "$LUA" "http://127.0.0.1:${PORT[$l]}" > "$OUT/load-warm-$l.txt" 2>&1
done
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for r in $(seq 1 "$ROUNDS"); do
  for l in "${labels[@]}"; do
    p=${PID[$l]}; f="$OUT/load-$l-$r.txt"
    ld=$(cut -d' ' -f1 /proc/loadavg)
    c0=$(ticks "$p"); g0=$(jstat -gc "$p" | tail -1)
    BENCH_RUN_ID=r$r nice -n "${NICE:-0}" wrk -t2 -c"${CONNS:-32}" --timeout 5s -d"${DUR}s" -s "$LUA" "http://127.0.0.1:${PORT[$l]}" > "$f" 2>&1
    c1=$(ticks "$p"); g1=$(jstat -gc "$p" | tail -1)
    req=$(sed -n 's/.*RESULT requests=\([0-9]*\).*/\1/p' "$f")
    rps=$(sed -n 's/.* rps=\([0-9.]*\).*/\1/p' "$f")
    p99=$(awk '$1 == "PCTL" && $2 == 99 {print $3}' "$f"); [ -n "$p99" ] || p99=$(sed -n 's/.*p99_us=\([0-9.]*\).*/\1/p' "$f")
    cpu=$(awk -v a="$c0" -v b="$c1" -v n="$req" 'BEGIN {printf "%.1f", (b - a) * 10000 / n}')
    alloc=$(awk -v a="$g0" -v b="$g1" -v n="$req" 'BEGIN {split(a, x, " "); split(b, y, " "); printf "%.0f", ((y[13] - x[13]) * y[5] + y[6] - x[6]) * 1024 / n}')
    rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$p/status")
    echo "RUN $r $l rss_mb=$rss rps=$rps p99=$p99 cpu_us=$cpu load=$ld alloc_b=$alloc $(grep -o 'non[0-9]*=[0-9]*' "$f" | head -1) $(grep -o 'socket_errors=[0-9]*' "$f" | head -1)"
  done
done
for l in "${labels[@]}"; do kill "${PID[$l]}"; done
wait 2>/dev/null
