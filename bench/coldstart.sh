#!/usr/bin/env bash
# Cold start: wall time from JVM start to the first decision (the process's whole run) of
#   `java -jar target/needlescreen-cli.jar screen examples/client.json`
# and of the launcher (bin/needlescreen), with variants that split the launcher's gain, over
# repeated runs in interleaved order.
#
#   bench/coldstart.sh [RUNS]            # default 10 runs of each variant
#
# Variants (VARIANTS="jar launcher flags cds c1cds" to choose):
#   jar       java -jar (today's way)
#   drl       java -jar compiling the default rules from DRL (--rules rules): the path before precompiled rules
#   launcher  bin/needlescreen: AppCDS archive + C1 only + SerialGC
#   flags     the launcher's short-command JVM options, no archive (= NEEDLESCREEN_CDS=off)
#   cds       the archive alone, default JIT and GC
#   c1cds     the archive + C1 only, default GC (G1): what SerialGC adds
#   old       java -jar OLD_JAR screen OLD_PROFILE: a baseline build (for the issue's targets, the CLI
#             jar of the commit the targets were set against; OLD_PROFILE defaults to examples/client.json).
#             Its decision is not checked (its knowledge may differ); with it, ratios are to it, not to jar
# The launcher's archive is made first in a scratch cache (target/coldstart-cache), and that first
# run is timed on its own. JAVA_HOME picks the JDK. Prints min / median / max in ms and the ratio
# of each variant's median to java -jar's; every run's decision is checked against java -jar's.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
variants=${VARIANTS:-jar launcher flags cds}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=target/needlescreen-cli.jar
profile=examples/client.json
[ -f "$jar" ] || mvn -B -q package -DskipTests >&2
cache=target/coldstart-cache
rm -rf "$cache"
mkdir -p "$cache"
export NEEDLESCREEN_CACHE=$PWD/$cache
out=$(mktemp)
trap 'rm -f "$out"' EXIT

now() { date +%s%N; }
decision() { grep -o '"decision" *: *"[A-Z_]*"' "$out" | head -1; }

cmd() { # variant -> the command line, in the array c
    case $1 in
        jar) c=("$java" -jar "$jar" screen "$profile") ;;
        drl) c=("$java" -jar "$jar" screen --rules rules "$profile") ;;
        launcher) c=(bin/needlescreen screen "$profile") ;;
        flags) c=("$java" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:-UsePerfData -XX:+UseSerialGC -jar "$jar" screen "$profile") ;;
        cds) c=("$java" -XX:SharedArchiveFile="$archive" -Xshare:auto '-Xlog:cds*=off' -jar "$jar" screen "$profile") ;;
        c1cds) c=("$java" -XX:SharedArchiveFile="$archive" -Xshare:auto '-Xlog:cds*=off' -XX:TieredStopAtLevel=1
                  -jar "$jar" screen "$profile") ;;
        old) c=("$java" -jar "${OLD_JAR:?set OLD_JAR to the baseline CLI jar}" screen "${OLD_PROFILE:-$profile}") ;;
        *) echo "unknown variant $1" >&2; exit 2 ;;
    esac
}

# Reference decision, and the launcher's first run (makes the archive).
cmd jar
"${c[@]}" > "$out"
want=$(decision)
s=$(now)
bin/needlescreen screen "$profile" > "$out"
first=$((($(now) - s) / 1000000))
[ "$(decision)" = "$want" ] || { echo "launcher decision differs: $(decision) vs $want" >&2; exit 1; }
archive=$(ls "$cache"/*.jsa)
echo "JDK: $("$java" -version 2>&1 | sed -n 2p)"
echo "launcher first run (makes the archive, $(du -k "$archive" | cut -f1) KB): $first ms"

declare -A times
read -r -a vs <<< "$variants"
n=${#vs[@]}
for i in $(seq 1 "$runs"); do
    for k in $(seq 0 $((n - 1))); do
        v=${vs[$(((i - 1 + k) % n))]} # rotate the order each round
        s=$(now)
        cmd "$v"
        "${c[@]}" > "$out"
        t=$((($(now) - s) / 1000000))
        [ "$v" = old ] || [ "$(decision)" = "$want" ] || { echo "$v: decision $(decision), expected $want" >&2; exit 1; }
        times[$v]="${times[$v]:-} $t"
    done
done

stats() { # numbers -> "min median max"
    tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR] = $1} END {printf "%d %d %d", a[1], a[int((NR + 1) / 2)], a[NR]}'
}
ref=jar
[ -n "${times[old]:-}" ] && ref=old
read -r _ base _ <<< "$(echo "${times[$ref]:-0}" | stats)"
printf '\n%-9s %8s %8s %8s %9s   (%d runs each, ms)\n' variant min median max "x $ref" "$runs"
for v in $variants; do
    read -r lo med hi <<< "$(echo "${times[$v]}" | stats)"
    printf '%-9s %8d %8d %8d %9.2f\n' "$v" "$lo" "$med" "$hi" "$(echo "$med $base" | awk '{print ($2 > 0 ? $1 / $2 : 0)}')"
done
