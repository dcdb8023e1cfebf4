#!/usr/bin/env bash
# usage: snapshot.sh LABEL [jvm flags of the training run]
# Copies the worktree's server/target/mirror-stub.jar to $AB_DIR/LABEL/server/target/ and writes its
# class-data-sharing archive there as the build does (dev.mirrorstub.server.Warmup with
# -XX:ArchiveClassesAtExit): a dynamic archive only fits the jar at the path it was written for.
set -e
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
D="${AB_DIR:-/tmp/ab}/$1/server/target"; shift
rm -rf "$D"; mkdir -p "$D"
cp "$ROOT/server/target/mirror-stub.jar" "$D/"
java "$@" -XX:ArchiveClassesAtExit="$D/mirror-stub.jsa" -Xlog:disable -Xlog:all=error:stderr \
  -cp "$D/mirror-stub.jar" dev.mirrorstub.server.Warmup
echo "$D"
