#!/usr/bin/env bash
# `expiration report` over a large tenant: how close the concurrent reads come to their
# floors. The Identity API emulator runs in its own JVM with a tenant of N API service
# accounts (--tenant-size) and a fixed latency on every answer; the packaged app
# (./vcshell, one-shot) reads every account's credentials with VCSHELL_CONCURRENCY
# threads, with VCSHELL_RATE_LIMIT raised so that the latency floor governs.
#
#   calls          pages of 50 accounts (read one after another) + one read per account
#   latency floor  calls x latency / pool            (the issue's formula)
#   paging floor   pages x latency + accounts x latency / pool (the pages cannot overlap)
#   rate floor     calls / limit
#   start-up       one-shot `help` (JVM, Spring context, no API call), for scale
#
# Each figure is the median of the rounds (after one warm-up run). The ratio is the
# measured time over the larger of the latency and rate floors; start-up and the
# sequential pages are part of what it measures.
#
# Usage: bench/report.sh [rounds (3)] [--sequential]
#   env: ACCOUNTS (1000), LATENCY_MS (50), POOL (8), LIMIT (100000)
#   --sequential also times one run with VCSHELL_CONCURRENCY=1 (calls x latency: about
#   a minute at the defaults), to compare with reading one account after another.
# Needs: Linux, curl. Builds target/vcshell.jar when missing. Prints Markdown on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
sequential=false
for arg in "$@"; do
	case "$arg" in
		--sequential) sequential=true ;;
		*) rounds=$arg ;;
	esac
done
accounts=${ACCOUNTS:-1000}
latency=${LATENCY_MS:-50}
pool=${POOL:-8}
limit=${LIMIT:-100000}
command -v curl >/dev/null || { echo "bench/report.sh needs curl" >&2; exit 2; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
	java=$JAVA_HOME/bin/java
else
	java=$(command -v java)
fi
[ -f target/vcshell.jar ] || ./mvnw -q -B -ntp -DskipTests package

work=$(mktemp -d)
emulator_pid=
cleanup() {
	[ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

"$java" -jar target/vcshell.jar --emulator --port 0 --tenant-size "$accounts" \
	--credentials-out "$work/credentials" >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 1 300); do
	[ -s "$work/credentials" ] && grep -q '^http' "$work/emulator.out" && break
	sleep 0.1
done
grep -q '^http' "$work/emulator.out" || { echo "the emulator did not start:" >&2; cat "$work/emulator.err" >&2; exit 1; }
url=$(head -1 "$work/emulator.out")
curl -fsS -X POST -d "{\"action\":\"latency\",\"millis\":$latency}" "$url/__emulator/control" >/dev/null

# milliseconds of one run of ./vcshell with these variables and arguments (its output is
# dropped; a failure stops the bench)
run_ms() {
	local start end
	start=$(date +%s%N)
	if ! env HOME="$work/home" "$@" >"$work/out" 2>"$work/err"; then
		echo "failed: $*" >&2
		cat "$work/err" >&2
		exit 1
	fi
	end=$(date +%s%N)
	echo $(((end - start) / 1000000))
}
report() {
	run_ms VCSHELL_RATE_LIMIT="$limit" VCSHELL_CONCURRENCY="$1" ./vcshell --credentials-file "$work/credentials" \
		--profile demo expiration report --csv
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run_ms ./vcshell help >/dev/null # the first start of a build trains the class-data archive
report "$pool" >/dev/null       # warm-up
rows=$(($(wc -l <"$work/out") - 1))
[ "$rows" -eq "$accounts" ] || { echo "the report has $rows rows, not $accounts" >&2; exit 1; }
times=()
starts=()
for _ in $(seq 1 "$rounds"); do
	times+=("$(report "$pool")")
	starts+=("$(run_ms ./vcshell help)")
done
measured=$(printf '%s\n' "${times[@]}" | median)
startup=$(printf '%s\n' "${starts[@]}" | median)
in_flight=$(curl -fsS "$url/__emulator/state" | tr -d '\n' | sed -n 's/.*"max_in_flight" *: *\([0-9]*\).*/\1/p')

pages=$(((accounts + 49) / 50))
calls=$((pages + accounts))
latency_floor=$((calls * latency / pool))
paging_floor=$((pages * latency + accounts * latency / pool))
rate_floor=$((calls * 60000 / limit))
larger=$((latency_floor > rate_floor ? latency_floor : rate_floor))
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f s", ms / 1000 }'; }

echo "| figure | value |"
echo "| --- | --- |"
echo "| tenant | $accounts API service accounts, $latency ms latency on every answer |"
echo "| calls | $calls ($pages pages + $accounts reads) |"
echo "| pool, limit | $pool reads at once (VCSHELL_CONCURRENCY), $limit calls a minute (VCSHELL_RATE_LIMIT) |"
echo "| latency floor (calls x latency / pool) | $(seconds "$latency_floor") |"
echo "| paging floor (pages x latency + reads x latency / pool) | $(seconds "$paging_floor") |"
echo "| rate floor (calls / limit) | $(seconds "$rate_floor") |"
echo "| measured, one-shot ./vcshell expiration report (median of $rounds) | $(seconds "$measured") |"
echo "| start-up, one-shot ./vcshell help (median of $rounds) | $(seconds "$startup") |"
echo "| measured / larger floor | $(ratio "$measured" "$larger")x |"
echo "| (measured - start-up) / paging floor | $(ratio "$((measured - startup))" "$paging_floor")x |"
echo "| most requests in flight at the emulator | $in_flight |"
if $sequential; then
	one=$(report 1)
	echo "| one account after another (VCSHELL_CONCURRENCY=1, one run) | $(seconds "$one"), $(ratio "$one" "$measured")x the pooled time |"
fi
echo
echo "($(nproc) cores, $("$java" -version 2>&1 | head -1); load average $load_before -> $(cut -d' ' -f1-3 /proc/loadavg))"
