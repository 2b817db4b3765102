#!/usr/bin/env bash
# The emulator over loopback, in-process, with the JDK's HttpClient: sequential signed
# requests on a kept-alive connection, with TCP_NODELAY (the emulator's setting) and
# without it (the JDK server's default, forced with -Dsun.net.httpserver.nodelay=false),
# and batches of 8 concurrent requests at 50 ms latency on every answer. Medians, one line
# per figure.
# Usage: bench/emulator.sh [sequential requests (200)] [batches (20)]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
main=com.vcshell.emulator.EmulatorRoundTripBenchmark
java -cp "$cp" "$main" "${1:-200}" "${2:-20}"
java -Dsun.net.httpserver.nodelay=false -cp "$cp" "$main" "${1:-200}" 0
