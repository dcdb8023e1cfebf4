#!/usr/bin/env bash
# usage: profile.sh <label> <lua> <event-opts> [seconds]
# attaches async-profiler to the running stub, drives wrk for N s, stops, writes collapsed stacks.
set -eu
LABEL=$1; LUA=$2; EV=$3; SECS=${4:-20}
PID=$(cat /tmp/prof/server.pid); P=18482
LIB=/tmp/ap/linux-x64/libasyncProfiler.so
OUT=/tmp/prof/$LABEL
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" > $OUT.meta
cpu0=$(awk '{print $14+$15}' /proc/$PID/stat)
java -cp /tmp/prof/cls Attach $PID $LIB "start,$EV"
BENCH_RUN_ID=$LABEL-$RANDOM wrk -t2 -c32 -d${SECS}s -s $LUA http://127.0.0.1:$P > $OUT.wrk
java -cp /tmp/prof/cls Attach $PID $LIB "stop,file=$OUT.collapsed,collapsed${STOPX:-}"
cpu1=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> $OUT.meta
echo "process cpu ticks (1/100 s) during run: $((cpu1-cpu0))" >> $OUT.meta
grep RESULT $OUT.wrk >> $OUT.meta
cat $OUT.meta
