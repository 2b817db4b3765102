#!/usr/bin/env bash
# Manual end-to-end check of the interactive history (needs tmux and a built jar):
# types ordinary and secret-like lines into a real terminal session, then checks that
# `history` lists the ordinary ones, that the file holds no secret-like line, that it
# is 0600 in a 0700 folder, and that a second session sees the first one's lines.
#   ./mvnw -q -B -DskipTests package && src/test/scripts/history-tmux-check.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
home=$(mktemp -d)/vcshell
session=vcshell-history-$$
wait_for() { for _ in $(seq 1 90); do tmux capture-pane -p -t "$session" | grep -q "$1" && return 0; sleep 1; done; echo "timed out waiting for '$1'"; exit 1; }
start() { tmux new-session -d -s "$session" -x 120 -y 40 "VCSHELL_HOME=$home java -jar target/vcshell.jar; sleep 60"; wait_for 'vcshell>'; }
type_line() { tmux send-keys -t "$session" "$1" Enter; sleep 2; }
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT

start
type_line 'format json'
type_line 'format 0123456789abcdef0123456789ABCDEF'
type_line 'format vera01ei-key'
type_line 'history'
screen=$(tmux capture-pane -p -t "$session")
type_line 'exit'
tmux kill-session -t "$session"

grep -q '^format json$' <<<"$screen" || { echo "FAIL: history does not list 'format json'"; exit 1; }
! grep -qi -e '0123456789abcdef0123456789abcdef' -e 'vera01' "$home/history" || { echo "FAIL: secret-like line in $home/history"; exit 1; }
grep -q 'format json' "$home/history" || { echo "FAIL: 'format json' not saved"; exit 1; }
[ "$(stat -c %a "$home/history")" = 600 ] || { echo "FAIL: history file is not 0600"; exit 1; }
[ "$(stat -c %a "$home")" = 700 ] || { echo "FAIL: folder is not 0700"; exit 1; }

start
type_line 'history'
tmux capture-pane -p -t "$session" | grep -q '^format json$' || { echo "FAIL: second session lost the history"; exit 1; }
echo "history check passed ($home/history)"
