#!/usr/bin/env bash
# usage: ab-start.sh ROUNDS "label|dir|jvm flags" ...   (dir holds server/target/mirror-stub.jar and .jsa, see snapshot.sh)
# Interleaved fresh starts with the embedded configuration (the README's command), a curl loop without
# sleep as scripts/bench/run polls. Per start: spawn -> "listening", spawn -> first 204, the 1-minute
# load average, and the CPU (ms) the JVM's threads used until that 204 (schedstat): all threads,
# the main thread, the C1 and C2 compiler threads. Summary: ab-start-summary.py FILE.
ROUNDS=$1; shift
OUT="${AB_DIR:-/tmp/ab}"; mkdir -p "$OUT"
BODY='{"source_topic_name":"topic-1","replication_factor":1,"configs":[{"name":"unclean.leader.election.enable","value":"true"}]}'
for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    IFS='|' read -r label dir flags <<< "$v"
    P=$((20000 + RANDOM % 20000))
    LOG="$OUT/start-$label-$r.log"
    URL=http://127.0.0.1:$P/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors
    cd "$dir"
    ld=$(cut -d' ' -f1 /proc/loadavg)
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    java $flags -jar server/target/mirror-stub.jar --port $P > >(while IFS= read -r l; do echo "$(date +%s%N) $l"; done > "$LOG") 2>&1 &
    JP=$!
    while :; do
      c=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
        -H 'Authorization: Basic c3R1Yi1rZXk6c3R1Yi1zZWNyZXQ=' -d "$BODY" "$URL")
      [ "$c" = 204 ] && break
      [ "$c" = 000 ] || { echo "unexpected $c"; break; }
    done
    t2=$(date +%s%N)
    thr=$(for t in /proc/$JP/task/*; do echo "$(cat "$t/comm")|$(cut -d' ' -f1 "$t/schedstat")"; done | awk -F'|' '
      {v = $2 / 1e6; k = ($1 ~ /^C1/) ? "c1" : ($1 ~ /^C2/) ? "c2" : ($1 == "java") ? "main" : "other"; t[k] += v; a += v}
      END {printf "cpu=%d main=%d c1=%d c2=%d other=%d", a, t["main"], t["c1"], t["c2"], t["other"]}')
    kill $JP; wait $JP 2>/dev/null
    sleep 0.3
    t1=$(awk '/listening on/ {print $1; exit}' "$LOG")
    echo "$label listening=$(( (t1 - t0) / 1000000 )) first204=$(( (t2 - t0) / 1000000 )) load=$ld $thr"
  done
done
