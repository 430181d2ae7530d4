#!/usr/bin/env bash
# End-to-end checks of the gongbao command line: output, JSON validity, exit codes.
# Usage: Tests/cli/run.sh [path/to/gongbao]   (default: .build/debug/gongbao)
set -uo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-.build/debug/gongbao}
passed=0; failed=0
tmp=$(mktemp -d); trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" # the index cache stays out of the user's

check() { # name, command… — passes when the command succeeds
  local name=$1; shift
  if "$@" >"$tmp/out" 2>"$tmp/err"; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$tmp/out" "$tmp/err" | head -20; fi
}
exits() { # expected-code, command… — passes when the command exits with the code
  local want=$1; shift; "$@" >/dev/null 2>"$tmp/stderr"; local got=$?
  [ "$got" = "$want" ] || { echo "exit $got, wanted $want; stderr:"; cat "$tmp/stderr"; return 1; }
}
stderr_has() { grep -q -- "$1" "$tmp/stderr" || { echo "stderr lacks '$1':"; cat "$tmp/stderr"; return 1; }; }
export -f exits stderr_has; export tmp

check "list prints one line per article of the seeds" bash -c "[ \$($bin list | wc -l) -ge 30 ]"
check "list --json prints JSON Lines that parse, with the documented keys" bash -c "
  $bin list --json | python3 -c '
import json, sys
keys = {\"id\",\"source\",\"index\",\"kind\",\"section\",\"kicker\",\"title\",\"subtitle\",\"byline\",\"dateline\",\"lines\",\"text\",\"regions\",\"orgs\",\"persons\",\"campaigns\",\"figures\"}
n = 0
for line in sys.stdin:
    o = json.loads(line); n += 1
    missing = keys - o.keys()
    assert not missing, missing
    assert all(len(s) == 2 and s[0] <= s[1] for s in o[\"lines\"])
assert n >= 30, n
'"
check "ids are stable across runs" bash -c "diff <($bin list --json) <($bin list --json)"
check "show prints a whole article by id" bash -c "id=\$($bin list | head -1 | cut -f1); $bin show \"\$id\" | grep -q ."
check "show --json prints one object" bash -c "id=\$($bin list | head -1 | cut -f1); $bin show \"\$id\" --json | python3 -c 'import json,sys; json.load(sys.stdin)'"
check "a closed pipe ends list quietly with status 0" bash -c "$bin list | head -1 >/dev/null; [ \${PIPESTATUS[0]} = 0 ]"
check "a missing path exits 2 naming the path" bash -c "exits 2 $bin list /no/such/place && stderr_has /no/such/place"
check "an unknown option exits 2" exits 2 "$bin" list --no-such-option
check "an unknown article id exits 2" exits 2 "$bin" show 'nope#1'
check "an unknown kind exits 2" exits 2 "$bin" list --kind bogus
check "an unknown entity exits 2" exits 2 "$bin" list --entity 不存在的机构名
check "regions prints a tree whose provinces count their places' articles" bash -c "$bin regions | grep -qE '^甘肃省\s+[0-9]+' && $bin regions --json | python3 -c 'import json,sys; json.load(sys.stdin)'"
check "list --region and entities --with agree with the data" bash -c "
  [ \$($bin list --region 甘肃 | wc -l) -ge 2 ] && $bin entities --type person --with 云阳县总工会 | grep -q 何红宇"
check "an ambiguous region exits 2 listing the candidates" bash -c "exits 2 $bin list --region 朝阳 && stderr_has 朝阳区"
check "no corpus at all exits 2 with a hint" bash -c "cd $tmp && GONGBAO_CORPUS= exits 2 $OLDPWD/$bin list && stderr_has 'no corpus'"

# Bad files are skipped with one warning each; the rest still load.
mkdir -p "$tmp/corpus/sub"
cp seeds/000_*.txt "$tmp/corpus/"
printf 'PK\003\004\000\000binary' > "$tmp/corpus/archive.txt"
printf '\xff\xfe\xff' > "$tmp/corpus/sub/odd.txt"
: > "$tmp/corpus/empty.txt"
check "binary and undecodable files are skipped with one warning each" bash -c "
  $bin list $tmp/corpus >$tmp/o 2>$tmp/e; [ \$? = 0 ] && [ \$(wc -l <$tmp/e) = 2 ] && grep -q archive.txt $tmp/e && [ \$(wc -l <$tmp/o) -ge 3 ]"
printf '甘肃' | iconv -f UTF-8 -t GB18030 > "$tmp/corpus/gbk.txt"
check "a GBK page loads" bash -c "$bin list --json $tmp/corpus/gbk.txt | grep -q 甘肃"
check "corpus files are never written" bash -c "
  before=\$(cd $tmp/corpus && find . -type f -exec sha256sum {} + | sort); $bin list --json $tmp/corpus >/dev/null 2>&1
  after=\$(cd $tmp/corpus && find . -type f -exec sha256sum {} + | sort); [ \"\$before\" = \"\$after\" ]"
# An unreadable page (permissions). Root reads everything, so as root the
# check runs as the unprivileged user `nobody`.
unreadable=$(mktemp -d /tmp/gongbao-unreadable.XXXX); chmod 755 "$unreadable"
cp seeds/000_*.txt "$unreadable/"; cp seeds/001_*.txt "$unreadable/locked.txt"; chmod 000 "$unreadable/locked.txt"
as_user=(); [ "$(id -u)" = 0 ] && command -v runuser >/dev/null && as_user=(runuser -u nobody --)
# nobody must be able to reach the binary (the checkout's parent folders may be private).
if [ ${#as_user[@]} -gt 0 ] && ! "${as_user[@]}" test -x "$(realpath "$bin")"; then
  echo "skip an unreadable file: the user nobody cannot reach $bin"; as_user=(skip)
fi
if [ "${as_user[*]}" != skip ] && { [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; }; then
  check "an unreadable file is skipped with one warning; the rest load" bash -c "
    ${as_user[*]} $bin list --no-index $unreadable >$tmp/u.out 2>$tmp/u.err
    [ \$? = 0 ] && [ \$(wc -l <$tmp/u.err) = 1 ] && grep -q locked.txt $tmp/u.err && [ \$(wc -l <$tmp/u.out) -ge 3 ]"
fi
rm -rf "$unreadable"

# A read-only cache folder (as root, run as nobody: root writes anywhere).
if [ "${as_user[*]}" != skip ] && { [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; }; then
  ro=$(mktemp -d /tmp/gongbao-readonly.XXXX); chmod 755 "$ro"; mkdir -p "$ro/corpus" "$ro/cache/gongbao"
  cp seeds/*.txt "$ro/corpus/"; chmod -R a+rX "$ro/corpus"; chmod 555 "$ro/cache/gongbao" "$ro/cache"
  check "a read-only cache folder gives one warning and the same articles as --no-index" bash -c "
    want=\$($bin list --json --no-index $ro/corpus | sha256sum)
    got=\$(XDG_CACHE_HOME=$ro/cache ${as_user[*]} $bin list --json $ro/corpus 2>$tmp/ro.err | sha256sum)
    [ \"\$want\" = \"\$got\" ] && [ \$(wc -l <$tmp/ro.err) = 1 ] && grep -q 'without it' $tmp/ro.err"
  chmod -R u+w "$ro"; rm -rf "$ro"
fi

# A directory of 20,000 pages loads (each a short item), in path order.
mkdir -p "$tmp/many"
( cd "$tmp/many" && for d in $(seq -w 0 19); do mkdir "$d"; for f in $(seq -w 0 999); do
    printf '职工书屋开放\n\n本报讯 第%s期职工书屋今日开放。\n' "$d$f" > "$d/$f.txt"; done; done )
check "a directory of 20,000 pages loads every page" bash -c "[ \$($bin list $tmp/many | wc -l) -ge 20000 ]"

# kill -9 in the middle of indexing: the next run recovers and shows exactly what
# reading without the index shows (no stale or duplicated articles).
mkdir -p "$tmp/killed"
for i in $(seq -w 1 120); do for f in seeds/*.txt; do cp "$f" "$tmp/killed/$i-$(basename "$f")"; done; done
killed_index_recovers() {
  "$bin" index "$tmp/killed" >/dev/null 2>&1 &
  local pid=$! waited=0
  # 600 files are three commit batches of 256: kill once the first batch is in the database.
  until [ "$(cat "$XDG_CACHE_HOME"/gongbao/*.sqlite* 2>/dev/null | wc -c)" -gt 1000000 ] || [ $waited -ge 1200 ]; do
    sleep 0.05; waited=$((waited + 1))
  done
  kill -9 $pid 2>/dev/null || { echo "indexing ended before the kill: nothing was tested"; return 1; }
  wait $pid 2>/dev/null
  "$bin" list --json "$tmp/killed" >"$tmp/after-kill.jsonl" 2>"$tmp/after-kill.err" || return 1
  "$bin" list --json --no-index "$tmp/killed" >"$tmp/no-index.jsonl" 2>/dev/null || return 1
  cmp -s "$tmp/after-kill.jsonl" "$tmp/no-index.jsonl" || { echo "index output differs from --no-index after the kill"; return 1; }
  [ "$(wc -l <"$tmp/after-kill.err")" -le 1 ] || { echo "more than one warning:"; cat "$tmp/after-kill.err"; return 1; }
}
export -f killed_index_recovers; export bin
check "after kill -9 during indexing, the next run matches reading without the index" killed_index_recovers

# One index per corpus, whoever opens it: `index`, `list` and the browser must
# agree on it, or each would rebuild the others' index from scratch.
index_is_shared() {
  local cache="$tmp/shared-cache"
  XDG_CACHE_HOME="$cache" "$bin" index seeds >/dev/null 2>&1 || return 1
  XDG_CACHE_HOME="$cache" "$bin" list >/dev/null 2>&1 || return 1
  XDG_CACHE_HOME="$cache" "$bin" index seeds 2>&1 | grep -q "index was current" || { echo "list rebuilt the index made by index"; return 1; }
}
export -f index_is_shared
check "an index made by 'gongbao index' is used as is by list, and the other way round" index_is_shared

# A full cache disk: every index write past 64 KB fails (a file size limit,
# with SIGXFSZ ignored so that write() returns an error as on a full disk).
full_cache_falls_back() {
  local cache="$tmp/full-cache" want got
  want=$("$bin" list --json --no-index seeds | sha256sum)
  got=$(trap '' XFSZ; ulimit -f 64; XDG_CACHE_HOME="$cache" "$bin" list --json seeds 2>"$tmp/full.err" | sha256sum)
  [ "$want" = "$got" ] || { echo "output differs from --no-index"; return 1; }
  [ "$(wc -l <"$tmp/full.err")" = 1 ] && grep -q "reading the corpus without it" "$tmp/full.err" || { echo "wanted one warning:"; cat "$tmp/full.err"; return 1; }
}
export -f full_cache_falls_back
check "a full cache disk gives one warning and the same articles as --no-index" full_cache_falls_back

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
