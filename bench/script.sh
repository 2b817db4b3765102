#!/usr/bin/env bash
# Script mode at scale: runs command files of 1,000 and 10,000 commands in one JVM and
# reports wall time, max RSS and the live heap after the last GC, so slow-down or memory
# growth shows as a difference between the two. The commands are local ones (format,
# help), so the numbers measure vcshell's own per-command overhead, not the network or
# Veracode's 500 calls/minute limit. Each run is capped at -Xmx48m: finishing 10,000
# commands under that cap is itself the proof that memory does not grow with the script.
# Usage: bench/script.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/vcshell.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for commands in 1000 10000; do
	file=$work/script-$commands.vcsh
	for i in $(seq 1 $((commands / 4))); do
		printf '# step %d\nformat json\nformat table\nformat\nhelp help\n' "$i"
	done > "$file"
	start=$(date +%s%N)
	HOME=$work /usr/bin/time -f '%M' java -Xmx48m -Xlog:gc:file="$work/gc-$commands.log" \
		-jar target/vcshell.jar --script "$file" >/dev/null 2>"$work/err-$commands"
	end=$(date +%s%N)
	ms=$(( (end - start) / 1000000 ))
	rss=$(tail -1 "$work/err-$commands")
	live=$(grep -o '[0-9]*M->[0-9]*M' "$work/gc-$commands.log" | tail -1 | sed 's/.*->//')
	summary=$(grep '^script:' "$work/err-$commands")
	echo "$commands commands: ${ms} ms wall (JVM start included), max RSS ${rss} KB, live heap after last GC ${live:-n/a}; ${summary}"
done
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
