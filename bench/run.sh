#!/usr/bin/env bash
# vcshell's benchmark: one command, one table. Every figure comes from one interleaved
# run (all cases once per round, in an order that rotates from round to round, after one
# warm-up round), as the median over the rounds, next to its floor and to the baseline:
#
#   fast     ./vcshell (the launcher: Spring AOT, extracted layout, class-data archive)
#   fat jar  java -jar target/vcshell.jar (the baseline; no AOT, no archive)
#   floor    java -version for start-up; for the per-command cost a raw loop that signs
#            with HmacSigner and sends the same GET with the JDK's HttpClient
#            (src/test/java/com/vcshell/bench/RawSignedLoop.java)
#
# Ratios are medians of the per-round ratios, so a machine whose speed drifts (other
# builds) still compares like with like. The cases:
#   - time to the prompt at a real terminal: a tmux pane is started and polled
#     (capture-pane, every 20 ms) until the prompt shows; max RSS (VmHWM) read there;
#   - one-shot `help`, and one-shot `whoami` against the Identity API emulator (started
#     once, in its own JVM, with TCP_NODELAY);
#   - per command in a 400-line script of `whoami` (400 signed GETs): the time of that
#     script minus the time of an empty script, over 400; the raw loop the same way;
#   - a 10,000-command script of local commands (format, help): wall time and max RSS,
#     so a long script shows whether the fast flags slow it down or memory grows;
#   - the signer against Veracode's jar, from bench/signer.sh when it exists.
#
# Usage: bench/run.sh [--quick] [rounds]   (7 rounds, --quick 3; builds the jar if missing)
# Needs: Linux, tmux, GNU time (/usr/bin/time). Prints a Markdown table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)

rounds=7
if [ "${1:-}" = --quick ]; then
	rounds=3
	shift
fi
if [ $# -gt 0 ]; then
	rounds=$1
fi
command -v tmux >/dev/null || { echo "bench/run.sh needs tmux" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/run.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
	java=$JAVA_HOME/bin/java
else
	java=$(command -v java)
fi

[ -f target/vcshell.jar ] || ./mvnw -q -B -ntp -DskipTests package
./mvnw -q -B -ntp -DskipTests test-compile # the raw loop, against the signer of these sources

work=$(mktemp -d)
socket=vcbench-$$
emulator_pid=
cleanup() {
	[ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null
	tmux -L "$socket" kill-server 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# The emulator, once, in its own JVM; its first line of stdout is its base URL.
"$java" -Dsun.net.httpserver.nodelay=true -jar target/vcshell.jar --emulator --port 0 \
	--credentials-out "$work/credentials" >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 600); do
	[ -s "$work/credentials" ] && grep -q '^http' "$work/emulator.out" && break
	sleep 0.1
done
grep -q '^http' "$work/emulator.out" || { echo "the emulator did not start:" >&2; cat "$work/emulator.err" >&2; exit 1; }

for _ in $(seq 400); do echo whoami; done >"$work/whoami-400.vcsh"
echo '# nothing' >"$work/empty.vcsh"
for _ in $(seq 2500); do printf 'format json\nformat table\nformat\nhelp help\n'; done >"$work/local-10000.vcsh"

profile=(--credentials-file "$work/credentials" --profile demo)
fast=("$root/vcshell")
fat=("$java" -jar "$root/target/vcshell.jar")
raw=("$java" -cp "$root/target/classes:$root/target/test-classes" com.vcshell.bench.RawSignedLoop
	"$work/credentials" demo)

# The command of a case (not the prompt ones) into cmd.
command_of() {
	case $1 in
		floor) cmd=("$java" -version) ;;
		help-fast) cmd=("${fast[@]}" "${profile[@]}" help) ;;
		help-fat) cmd=("${fat[@]}" "${profile[@]}" help) ;;
		whoami-fast) cmd=("${fast[@]}" "${profile[@]}" whoami) ;;
		whoami-fat) cmd=("${fat[@]}" "${profile[@]}" whoami) ;;
		script400-fast) cmd=("${fast[@]}" "${profile[@]}" --script "$work/whoami-400.vcsh") ;;
		script400-fat) cmd=("${fat[@]}" "${profile[@]}" --script "$work/whoami-400.vcsh") ;;
		script0-fast) cmd=("${fast[@]}" "${profile[@]}" --script "$work/empty.vcsh") ;;
		script0-fat) cmd=("${fat[@]}" "${profile[@]}" --script "$work/empty.vcsh") ;;
		raw400) cmd=("${raw[@]}" 400 /api/authn/v2/users/self) ;;
		raw0) cmd=("${raw[@]}" 0 /api/authn/v2/users/self) ;;
		local10000-fast) cmd=("${fast[@]}" "${profile[@]}" --script "$work/local-10000.vcsh") ;;
		local10000-fat) cmd=("${fat[@]}" "${profile[@]}" --script "$work/local-10000.vcsh") ;;
	esac
}

now_ms() {
	local ns
	ns=$(date +%s%N)
	echo $((ns / 1000000))
}

# Runs one case; appends "case round ms rssKB" to the results.
run_case() {
	local name=$1 round=$2 start end
	command_of "$name"
	start=$(now_ms)
	if ! HOME="$work/home" /usr/bin/time -f %M -o "$work/rss" "${cmd[@]}" </dev/null >/dev/null 2>"$work/err"; then
		echo "bench: case $name failed:" >&2
		cat "$work/err" >&2
		exit 1
	fi
	end=$(now_ms)
	echo "$name $round $((end - start)) $(tail -1 "$work/rss")" >>"$work/results"
}

# Starts the shell in a tmux pane and times it until the prompt shows; RSS from /proc.
run_prompt() {
	local name=$1 round=$2 session=p$RANDOM start end pid rss line
	if [ "$name" = prompt-fast ]; then cmd=("${fast[@]}" "${profile[@]}"); else cmd=("${fat[@]}" "${profile[@]}"); fi
	line="exec env HOME=$(printf '%q' "$work/home") TERM=xterm-256color $(printf '%q ' "${cmd[@]}")"
	start=$(now_ms)
	tmux -L "$socket" new-session -d -s "$session" -x 120 -y 30 "$line"
	until tmux -L "$socket" capture-pane -p -t "$session" | grep -q 'vcshell\[[^]]*\]>'; do
		if [ $(($(now_ms) - start)) -gt 120000 ]; then
			echo "bench: no prompt after 120 s ($name):" >&2
			tmux -L "$socket" capture-pane -p -t "$session" >&2
			exit 1
		fi
		sleep 0.02
	done
	end=$(now_ms)
	pid=$(tmux -L "$socket" display -p -t "$session" '#{pane_pid}')
	rss=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")
	tmux -L "$socket" kill-session -t "$session"
	echo "$name $round $((end - start)) $rss" >>"$work/results"
}

cases=(floor help-fast help-fat whoami-fast whoami-fat prompt-fast prompt-fat script400-fast script400-fat
	script0-fast script0-fat raw400 raw0 local10000-fast local10000-fat)
tmux -L "$socket" new-session -d -s keep "sleep 100000"
echo "bench: 1 warm-up round and $rounds rounds of ${#cases[@]} cases; load before: $load_before" >&2
for round in $(seq 0 "$rounds"); do
	for i in "${!cases[@]}"; do
		name=${cases[$(((i + round) % ${#cases[@]}))]}
		case $name in
			prompt-*) run_prompt "$name" "$round" ;;
			*) run_case "$name" "$round" ;;
		esac
	done
	echo "bench: round $round done" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Medians and per-round ratios (round 0 is the warm-up).
signer=
if [ -x bench/signer.sh ]; then
	signer=$(bench/signer.sh "$rounds" 2>&1) || signer="bench/signer.sh failed: $signer"
fi
awk -v rounds="$rounds" -v signer="$signer" -v java="$("$java" -version 2>&1 | head -1)" \
	-v load="$load_before -> $load_after" -v cores="$(nproc)" -f bench/table.awk "$work/results"
