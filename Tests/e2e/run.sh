#!/usr/bin/env bash
# End-to-end tests of the terminal browser: the real binary in a detached tmux
# session on the seed corpus, driven with send-keys and read with capture-pane,
# polling until the screen shows what is expected (no fixed sleeps).
#
#   Tests/e2e/run.sh            build, run every case, print "N passed, M failed"
#
# Uses its own tmux server (-L) and a temporary $XDG_STATE_HOME, so it touches
# neither the user's tmux sessions nor their reading state.
set -uo pipefail
cd "$(dirname "$0")/../.."

export LANG=C.UTF-8 LC_ALL=C.UTF-8
swift build >/dev/null 2>&1 || { swift build; echo "e2e: build failed" >&2; exit 1; }
BIN="$(swift build --show-bin-path)/gongbao"
SOCKET="gongbao-e2e-$$"
STATE="$(mktemp -d)"
# The index cache too stays in the temporary folder, away from the user's.
export XDG_CACHE_HOME="$STATE/cache"
SESSION=none
sessions=0
passed=0
failed=0

# The corpus must come out of the whole session (indexing and browsing) untouched.
corpus_sums() { (cd seeds && find . -type f -exec sha256sum {} + | sort); }
SEEDS_BEFORE=$(corpus_sums)

tm() { tmux -L "$SOCKET" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$STATE"; }
trap cleanup EXIT

screen() { tm capture-pane -p -t "$SESSION"; }

# wait_for TEXT [SECONDS]: until the screen contains TEXT (a fixed string).
wait_for() {
  local text=$1 deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    screen | grep -qF -- "$text" && return 0
    sleep 0.1
  done
  echo "    timed out waiting for: $text" >&2
  echo "    screen was:" >&2
  screen | sed 's/^/    | /' >&2
  return 1
}

# wait_for_top_bar REGEX [SECONDS]: until the top row matches REGEX (extended).
wait_for_top_bar() {
  local regex=$1 deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    screen | head -1 | grep -qE -- "$regex" && return 0
    sleep 0.1
  done
  echo "    timed out waiting for the top bar to match: $regex" >&2
  screen | head -1 | sed 's/^/    | /' >&2
  return 1
}

# wait_gone TEXT [SECONDS]: until the screen no longer contains TEXT.
wait_gone() {
  local text=$1 deadline=$((SECONDS + ${2:-10}))
  while ((SECONDS < deadline)); do
    screen | grep -qF -- "$text" || return 0
    sleep 0.1
  done
  echo "    timed out waiting for this to go: $text" >&2
  return 1
}

# wait_stable: until two captures 0.2 s apart agree (the screen has settled).
wait_stable() {
  local before after deadline=$((SECONDS + 10))
  before=$(screen)
  while ((SECONDS < deadline)); do
    sleep 0.2
    after=$(screen)
    [[ "$after" == "$before" ]] && return 0
    before=$after
  done
  return 1
}

# resize W H: resizes the window, then waits until the browser's terminal has
# the new size too. tmux resizes its own screen at once but tells the pane's
# tty later (it batches resizes behind a 250 ms timer), so until then the
# browser still draws for the old size; capturing in between reads a screen
# that is about to be repainted.
resize() {
  local w=$1 h=$2 tty deadline=$((SECONDS + 10))
  tm resize-window -t "$SESSION" -x "$w" -y "$h"
  tty=$(tm display-message -p -t "$SESSION" '#{pane_tty}')
  while ((SECONDS < deadline)); do
    [[ $(stty -F "$tty" size 2>/dev/null) == "$h $w" ]] && return 0
    sleep 0.05
  done
  echo "    the pane's tty never reached ${w}x$h" >&2
  return 1
}

check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok    $name"
    passed=$((passed + 1))
  else
    echo "FAIL  $name"
    failed=$((failed + 1))
  fi
}

skip() {
  echo "skip  $1: $2"
}

# A fresh shell in a fresh 100×30 session, with a prompt to wait for. The new
# session starts before the old one goes, so that the tmux server never
# empties (it would exit, racing with the next client).
start_shell() {
  local old=$SESSION
  sessions=$((sessions + 1))
  SESSION="e2e$sessions"
  tm new-session -d -s "$SESSION" -x 100 -y 30 \
    "env -i PATH='$PATH' HOME='$HOME' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color XDG_STATE_HOME='$STATE' XDG_CACHE_HOME='$XDG_CACHE_HOME' PS1='e2e\$ ' bash --norc --noprofile"
  tm kill-session -t "$old" >/dev/null 2>&1
  wait_for 'e2e$'
}

# Runs the browser from the shell and waits for the first article's title.
start_browser() {
  start_shell || return 1
  tm send-keys -t "$SESSION" "clear; '$BIN' seeds" Enter
  wait_for "$FIRST_TITLE"
}

# stty lists echo and icanon (not -echo, -icanon) once the terminal is restored.
terminal_is_sane() {
  tm send-keys -t "$SESSION" "clear; printf 'stty:%s\\n' \"\$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(echo|icanon)' | sort | paste -sd, -)\"" Enter
  wait_for 'stty:echo,icanon' 5
}

# The browser started from the session's shell: the child of that shell named
# gongbao, found through /proc (no procps needed).
browser_pid() {
  local shell_pid stat stat_line rest ppid
  shell_pid=$(tm list-panes -t "$SESSION" -F '#{pane_pid}')
  for stat in /proc/[0-9]*/stat; do
    read -r stat_line <"$stat" 2>/dev/null || continue
    [[ $stat_line == *" (gongbao) "* ]] || continue
    rest=${stat_line##*) }            # "S PPID ..." after the command name
    read -r _ ppid _ <<<"$rest"
    if [[ $ppid == "$shell_pid" ]]; then
      echo "${stat_line%% *}"
      return 0
    fi
  done
  return 1
}

# What the seeds hold, from the command line: the first and second titles, the first id.
list=$("$BIN" list seeds) || { echo "e2e: gongbao list failed" >&2; exit 1; }
FIRST_ID=$(sed -n 1p <<<"$list" | cut -f1)
FIRST_TITLE=$(sed -n 1p <<<"$list" | cut -f3)
FIRST_TITLE=${FIRST_TITLE:0:8}
SECOND_TITLE=$(sed -n 2p <<<"$list" | cut -f3)
SECOND_TITLE=${SECOND_TITLE:0:8}
TOTAL=$(wc -l <<<"$list")
LAST_LINE=$("$BIN" show "$FIRST_ID" seeds | grep -v '^$' | tail -1)
LAST_LINE=${LAST_LINE:0:10}

# --- outside a terminal ------------------------------------------------------

refuses_without_terminal() {
  local err rc
  err=$("$BIN" seeds </dev/null 2>&1 >/dev/null | cat)
  "$BIN" seeds </dev/null >/dev/null 2>&1
  rc=$?
  [[ $rc == 2 ]] && grep -qF 'gongbao list' <<<"$err"
}
check "refuses with a pointer to 'gongbao list' when not on a terminal (exit 2)" refuses_without_terminal

refuses_dumb_terminal() {
  start_shell || return 1
  tm send-keys -t "$SESSION" "clear; TERM=dumb '$BIN' seeds; echo rc=\$?" Enter
  wait_for 'rc=2' && wait_for 'TERM=dumb'
}
check "refuses TERM=dumb with a clear message (exit 2)" refuses_dumb_terminal

refuses_unset_term() {
  tm send-keys -t "$SESSION" "clear; env -u TERM '$BIN' seeds; echo rc=\$?" Enter
  wait_for 'rc=2' && wait_for 'TERM is not set'
}
check "refuses an unset TERM with a clear message (exit 2)" refuses_unset_term

c_locale_falls_back() {
  # Under LANG=C wcwidth knows no CJK widths; the browser switches to C.UTF-8.
  tm send-keys -t "$SESSION" "clear; LANG=C LC_ALL=C '$BIN' seeds" Enter
  wait_for "$FIRST_TITLE" || return 1
  tm send-keys -t "$SESSION" q
  wait_for 'e2e$' && terminal_is_sane
}
check "under LANG=C the browser falls back to C.UTF-8 and draws Chinese" c_locale_falls_back

# --- the browser ---------------------------------------------------------------

# An index that must be updated (here: many new files beside five indexed ones)
# fills the list as it goes: articles show while the status line still says loading.
fills_while_indexing() {
  local big="$STATE/growing" i f capture deadline
  mkdir -p "$big"; cp seeds/*.txt "$big/"
  "$BIN" index "$big" >/dev/null 2>&1 || return 1
  for i in $(seq -w 1 60); do for f in seeds/*.txt; do cp "$f" "$big/z$i-$(basename "$f")"; done; done
  start_shell || return 1
  tm send-keys -t "$SESSION" "clear; '$BIN' '$big'" Enter
  deadline=$((SECONDS + 20))
  while ((SECONDS < deadline)); do
    capture=$(screen)
    if grep -qF -- "$FIRST_TITLE" <<<"$capture"; then
      grep -qF 'loading' <<<"$capture" && break
      echo "    the index was done before the first capture with articles" >&2; return 1
    fi
    sleep 0.05
  done
  grep -qF -- "$FIRST_TITLE" <<<"$capture" || { echo "    no article shown while indexing:" >&2; sed 's/^/    | /' <<<"$capture" >&2; return 1; }
  tm send-keys -t "$SESSION" q
  wait_for 'e2e$' 30
}
check "while the index is updated, the list already shows articles (status: loading)" fills_while_indexing

shows_titles() {
  start_browser || return 1
  wait_for "$SECOND_TITLE" && wait_for "$TOTAL/$TOTAL" && wait_for 'Enter read'
}
check "the list shows the seed articles' titles and the count $TOTAL/$TOTAL" shows_titles

reader_full_body() {
  tm send-keys -t "$SESSION" Enter
  wait_for 'Space/PgDn page' || return 1
  wait_for "$FIRST_TITLE" || return 1
  tm send-keys -t "$SESSION" G
  wait_for "$LAST_LINE" && wait_for '100%'
}
check "Enter opens the reader with the full body (G reaches its last line)" reader_full_body

reader_next() {
  tm send-keys -t "$SESSION" n
  wait_for "2/$TOTAL  $SECOND_TITLE"
}
check "n moves to the next article" reader_next

reader_back() {
  tm send-keys -t "$SESSION" q
  wait_for 'Enter read' && wait_for "$FIRST_TITLE"
}
check "q returns to the list" reader_back

region_filter() {
  tm send-keys -t "$SESSION" r
  wait_for 'pick a region' || return 1
  tm send-keys -t "$SESSION" -l '甘肃'
  wait_for '甘肃省' || return 1
  tm send-keys -t "$SESSION" Enter
  # The chip shows at once; the count once the recount is in (… until then).
  wait_for_top_bar '[0-9]+/[0-9]+  \[地区:甘肃省\]' || return 1
  local top shown total
  top=$(screen | head -1)
  shown=$(grep -oE '[0-9]+/[0-9]+' <<<"$top" | head -1 | cut -d/ -f1)
  total=$(grep -oE '[0-9]+/[0-9]+' <<<"$top" | head -1 | cut -d/ -f2)
  local expected
  expected=$("$BIN" list --region 甘肃省 seeds | wc -l)
  [[ $shown -lt $total && $shown -eq $expected ]] || { echo "    shown $shown of $total, want $expected (gongbao list --region 甘肃省)" >&2; return 1; }
  tm send-keys -t "$SESSION" c
  wait_gone '[地区:甘肃省]'
}
check "r, 甘肃, Enter: only articles about 甘肃省, chip 地区:甘肃省 in the top bar" region_filter

text_filter() {
  tm send-keys -t "$SESSION" /
  tm send-keys -t "$SESSION" -l '工会'
  wait_for '[文本:「工会」]' || return 1
  tm send-keys -t "$SESSION" Enter Escape x
  wait_gone '[文本:「工会」]'
}
check "/ and typed Chinese narrow the list with a 文本 chip; x removes it" text_filter

resize_clean() {
  tm send-keys -t "$SESSION" j Enter
  wait_for 'Space/PgDn page' || return 1
  resize 70 20 || return 1
  wait_for 'Space/PgDn' || return 1
  wait_stable
  [[ $(screen | wc -l) -eq 20 ]] || { echo "    the screen is not 20 rows high" >&2; return 1; }
  tm send-keys -t "$SESSION" q
  wait_for 'Enter read' || return 1
  resize 100 30 || return 1
  wait_stable
  local before after
  before=$(screen)
  # A forced full repaint (C-l) draws the screen from scratch: any leftover
  # character from the small size would make the two captures differ.
  tm send-keys -t "$SESSION" C-l
  wait_stable
  after=$(screen)
  [[ "$before" == "$after" ]] || { diff <(echo "$before") <(echo "$after") | sed 's/^/    /' >&2; return 1; }
  [[ $(head -1 <<<"$after") == *"$TOTAL/$TOTAL"* ]] || { echo "    the top bar does not show $TOTAL/$TOTAL: $(head -1 <<<"$after")" >&2; return 1; }
}
check "resizing to 70x20 and back leaves a clean screen (same as a full repaint)" resize_clean

too_small() {
  resize 50 12 || return 1
  wait_for 'window too small' || return 1
  resize 100 30 || return 1
  wait_gone 'window too small' && wait_for 'Enter read'
}
check "below 60x16 a 'window too small' message, gone when it grows again" too_small

resize_storm() {
  # Thirty resizes in quick succession, across the too-small threshold and back,
  # then the screen must equal a full repaint at the final size.
  local sizes=("80 24" "200 50" "61 17" "50 12" "120 40" "70 20" "250 70" "90 25")
  for i in $(seq 1 30); do
    read -r w h <<<"${sizes[$((i % ${#sizes[@]}))]}"
    tm resize-window -t "$SESSION" -x "$w" -y "$h"
  done
  # The last size is not among the storm's, so the tty reaching it means
  # every earlier resize has been delivered.
  resize 100 30 || return 1
  wait_for 'Enter read' || return 1
  wait_stable
  local before after
  before=$(screen)
  tm send-keys -t "$SESSION" C-l
  wait_stable
  after=$(screen)
  [[ "$before" == "$after" ]] || { diff <(echo "$before") <(echo "$after") | sed 's/^/    /' >&2; return 1; }
}
check "a storm of 30 resizes ends in a clean screen" resize_storm

quit_restores() {
  tm send-keys -t "$SESSION" q
  wait_for 'e2e$' || return 1
  terminal_is_sane
}
check "q quits, the prompt is back, stty shows echo and icanon" quit_restores

state_saved() {
  [[ -f "$STATE/gongbao/reading-state.json" ]] && grep -qF "$FIRST_ID" "$STATE/gongbao/reading-state.json"
}
check "read marks are saved under \$XDG_STATE_HOME/gongbao" state_saved

# signal_restores SIGNAL SCREEN: the signal in that screen restores the
# terminal; from the reader, the read mark it just made is saved too.
signal_restores() {
  local signal=$1 where=$2 keys marker
  case $where in
    list) keys=""; marker="Enter read" ;;
    reader) keys=Enter; marker="Space/PgDn page" ;;
    picker) keys=r; marker="pick a region" ;;
    help) keys="?"; marker="gongbao keys" ;;
    prompt) keys=/; marker="文本 /" ;;
    pager) keys=o; marker="/gongbao-" ;; # less shows the article's temporary file name
  esac
  rm -f "$STATE/gongbao/reading-state.json"
  start_browser || return 1
  if [[ $where == pager ]]; then # the pager opens from the reader
    tm send-keys -t "$SESSION" Enter
    wait_for "Space/PgDn page" || return 1
  fi
  [[ -n $keys ]] && tm send-keys -t "$SESSION" "$keys"
  wait_for "$marker" || return 1
  if [[ $signal == INT ]]; then
    tm send-keys -t "$SESSION" C-c
  else
    local pid
    pid=$(browser_pid) || return 1
    kill -"$signal" "$pid"
  fi
  wait_for 'e2e$' || return 1
  wait_gone "$marker" || return 1
  terminal_is_sane || return 1
  if [[ $where == reader ]]; then
    grep -qF "$FIRST_ID" "$STATE/gongbao/reading-state.json" 2>/dev/null || { echo "    the read mark was not saved" >&2; return 1; }
  fi
}
for where in list reader picker help prompt; do
  check "SIGTERM in the $where restores the terminal" signal_restores TERM $where
  check "SIGINT (Ctrl-C) in the $where restores the terminal" signal_restores INT $where
  check "SIGHUP in the $where restores the terminal" signal_restores HUP $where
done
# In the pager, Ctrl-C belongs to less (as in git); a signal to gongbao ends both.
if command -v less >/dev/null; then
  check "SIGTERM in the pager ends it and restores the terminal" signal_restores TERM pager
  check "SIGHUP in the pager ends it and restores the terminal" signal_restores HUP pager
else
  skip "signals in the pager" "less is not installed"
fi

corpus_untouched() {
  [[ "$(corpus_sums)" == "$SEEDS_BEFORE" ]] || { echo "    a seed file changed during the session" >&2; return 1; }
}
check "the corpus files are byte-for-byte unchanged after the whole session" corpus_untouched

echo
echo "$passed passed, $failed failed"
((failed == 0))
