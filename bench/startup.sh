#!/usr/bin/env bash
# Startup time and memory of one-shot commands (the shell is started many times a day).
# Usage: bench/startup.sh [runs]    (builds the jar first if it is missing)
# Prints the median wall time of `vcshell help` and the max RSS of one run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f target/vcshell.jar ] || ./mvnw -q -B -DskipTests package
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
times=()
for _ in $(seq "$runs"); do
	start=$(date +%s%N)
	HOME=$home java -jar target/vcshell.jar help >/dev/null
	end=$(date +%s%N)
	times+=($(( (end - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
rss=$(HOME=$home /usr/bin/time -f '%M' java -jar target/vcshell.jar help 2>&1 >/dev/null | tail -1)
echo "one-shot 'help': median ${median} ms over ${runs} runs (all: ${times[*]}); max RSS ${rss} KB"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
