#!/usr/bin/env bash
# Engine before/after: the same harness (bench/EngineCompare.java) and the same v1 profile mix
# against the OLD engine (default: commit c442335, knowledge base 1, Screening-fact joins) and the
# NEW one (this work tree's target/needlescreen-cli.jar), in alternating JVMs.
#
#   bench/engine-compare.sh [PAIRS] [WARMUP_SECONDS] [ROUNDS]     # defaults: 5 20 10
#   bench/engine-compare.sh 0     # only summarise the last run's results again
#
# OLD_COMMIT=<rev> compares another commit. The old jar is built once into
# target/engine-compare/ from `git archive` (no worktree is touched); the new jar is built with
# `mvn package -DskipTests` when it is missing. Raw lines go to target/engine-compare/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pairs=${1:-5}
warmup=${2:-20}
rounds=${3:-10}
old_commit=${OLD_COMMIT:-c442335}
work=$root/target/engine-compare
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$work"

out=$work/results.txt
old_jar=$work/old-$old_commit.jar
if [ "$pairs" -gt 0 ] && [ ! -f "$old_jar" ]; then
    echo "building the old engine ($old_commit)..." >&2
    rm -rf "$work/old-src"
    mkdir -p "$work/old-src"
    git -C "$root" archive "$old_commit" | tar -x -C "$work/old-src"
    (cd "$work/old-src" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2)
    cp "$work/old-src/target/needlescreen-cli.jar" "$old_jar"
fi
new_jar=$root/target/needlescreen-cli.jar
if [ "$pairs" -gt 0 ] && [ ! -f "$new_jar" ]; then
    echo "building the new engine (this work tree)..." >&2
    mvn -B -q package -DskipTests >&2
fi

[ "$pairs" -eq 0 ] || : > "$out"
run() { # label jar
    "$java" -Xms1g -Xmx1g -Dslf4j.internal.verbosity=ERROR -cp "$2" bench/EngineCompare.java "$1" "$warmup" "$rounds" \
        2>>"$work/stderr.txt" | grep '^RESULT' | tee -a "$out"
}
for i in $(seq 1 "$pairs"); do # (none when PAIRS is 0)
    # alternate which engine goes first
    if [ $((i % 2)) -eq 1 ]; then
        run old "$old_jar"; run new "$new_jar"
    else
        run new "$new_jar"; run old "$old_jar"
    fi
done

echo
echo "engine before/after over $(grep -c '^RESULT label=old_v1' "$out") JVM pairs ($warmup s warm-up, $rounds rounds of 5,000 screenings each):"
awk '
function field(k,   i) { for (i = 2; i <= NF; i++) if (index($i, k "=") == 1) return substr($i, length(k) + 2) }
function stats(arr, n,   i, j, t, s) {
    for (i = 1; i <= n; i++) s[i] = arr[i] + 0
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
    return sprintf("min %.2f / median %.2f / max %.2f", s[1], s[int((n + 1) / 2)], s[n])
}
{
    l = field("label"); n[l]++
    us[l, n[l]] = field("us_median"); cpu[l, n[l]] = field("cpu_us_median"); b[l, n[l]] = field("bytes_median") / 1024; ms[l, n[l]] = field("build_ms")
    dec[l] = field("decisions"); rules[l] = field("rules")
}
END {
    for (l in n) {
        m = n[l]
        for (i = 1; i <= m; i++) { x[i] = us[l, i]; w[i] = cpu[l, i]; y[i] = b[l, i]; z[i] = ms[l, i] }
        printf "%-14s %d rules over %d JVMs\n", l, rules[l], m
        printf "%-14s wall us/screening %s\n", "", stats(x, m)
        printf "%-14s CPU us/screening  %s\n", "", stats(w, m)
        printf "%-14s KB/screening      %s\n", "", stats(y, m)
        printf "%-14s cold build ms     %s\n", "", stats(z, m)
        printf "%-14s decisions %s\n", "", dec[l]
    }
    m = n["old_v1"] < n["new_v1"] ? n["old_v1"] : n["new_v1"]
    for (i = 1; i <= m; i++) { r1[i] = us["new_v1", i] / us["old_v1", i]; r4[i] = cpu["new_v1", i] / cpu["old_v1", i]; r2[i] = b["new_v1", i] / b["old_v1", i]; r3[i] = ms["new_v1", i] / ms["old_v1", i] }
    if (m > 0) {
        printf "new/old, per JVM pair: wall time %s\n", stats(r1, m)
        printf "                       CPU time  %s\n", stats(r4, m)
        printf "                       allocation %s\n", stats(r2, m)
        printf "                       cold build %s\n", stats(r3, m)
    }
}' "$out"
