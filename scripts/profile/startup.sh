#!/usr/bin/env bash
# usage: startup.sh <label> <extra jvm flags...> ; prints "spawn->listening ms, spawn->first 204 ms"
cd /work/wt-prof
LABEL=$1; shift
P=$((18500 + RANDOM % 400))
LOG=/tmp/prof/st-$LABEL.log
URL=http://127.0.0.1:$P/kafka/v3/clusters/cluster-1/links/link-sb1/mirrors
t0=$(date +%s%N)
java "$@" -jar server/target/mirror-stub.jar --port $P > >(while IFS= read -r l; do echo "$(date +%s%N) $l"; done > $LOG) 2>&1 &
JP=$!
while :; do
  c=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H 'Authorization: Basic c3R1Yi1rZXk6c3R1Yi1zZWNyZXQ=' \
      -d '{"source_topic_name":"topic-1","replication_factor":1,"configs":[{"name":"unclean.leader.election.enable","value":"true"}]}' $URL)
  [ "$c" = 204 ] && break
  [ "$c" = 000 ] || { echo "unexpected $c"; break; }
done
t2=$(date +%s%N)
sleep 0.2
kill $JP; wait $JP 2>/dev/null
sleep 0.2
t1=$(awk '/listening on/ {print $1; exit}' $LOG)
echo "$LABEL listening=$(( (t1-t0)/1000000 )) first204=$(( (t2-t0)/1000000 )) load=$(cut -d' ' -f1 /proc/loadavg)"
