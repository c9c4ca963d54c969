#!/usr/bin/env bash
# batch on 1,000,000 lines: wall time, CPU time and peak RSS of
#   java -jar JAR batch target/batch-million.jsonl --out target/batch-out.jsonl [--guidance omit] --threads N
# for one or more CLI jars, in interleaved order, with every jar's output checked byte for byte
# against the first jar's.
#
#   bench/batch.sh [ROUNDS]             # default 3 rounds of every variant
#
# Environment:
#   JARS="name=path ..."   what to compare (default: jar=target/needlescreen-cli.jar
#                          launcher=bin/needlescreen): a path ending in .jar runs as java [JAVA_OPTS]
#                          -jar PATH, any other as the launcher script PATH (with NEEDLESCREEN_JAVA_OPTS
#                          set to JAVA_OPTS, and the launcher's own batch settings); the first is the
#                          reference for the output check
#   OPTS_name="..."        more JVM options for the entry called name (e.g. OPTS_jar="-XX:+UseParallelGC")
#   GUIDANCE="full omit"   the --guidance values to run
#   THREADS="2 1"          the --threads values to run
#   LINES=1000000          the input's size; JAVA_OPTS (default -Xmx96m) the JVM options
# The input is the four lines of examples/clients.jsonl repeated, each copy with its own clientRef
# (C-1, C-2, ...) and age (18 to 87): a quarter of the lines are the example's deliberately
# invalid line, so 750,000 are screened and 250,000 are error lines. It is made once, in target/.
# Prints one line per run and, per variant, min / median / max of the wall time.
# shellcheck disable=SC2086,SC2046 # JARS, JAVA_OPTS and OPTS_name are lists, split on blanks on purpose
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
lines=${LINES:-1000000}
jars=${JARS:-jar=target/needlescreen-cli.jar launcher=bin/needlescreen}
guidance=${GUIDANCE:-full omit}
threads=${THREADS:-2 1}
opts=${JAVA_OPTS:--Xmx96m}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
in=target/batch-million.jsonl
[ "$lines" = 1000000 ] || in=target/batch-$lines.jsonl
out=target/batch-out.jsonl
mkdir -p target
[ -f target/needlescreen-cli.jar ] || mvn -B -q package -DskipTests >&2

if [ ! -f "$in" ]; then
    awk -v n="$lines" '
        { # each template split once around its clientRef value and its age
            s = $0
            match(s, /"clientRef":"[^"]*"/); a[NR - 1] = substr(s, 1, RSTART + 12); s = substr(s, RSTART + RLENGTH - 1)
            match(s, /"age":[0-9]+/); b[NR - 1] = substr(s, 1, RSTART + 5); c[NR - 1] = substr(s, RSTART + RLENGTH)
        }
        END {
            for (i = 1; i <= n; i++) {
                k = (i - 1) % NR
                print a[k] "C-" i b[k] (18 + i % 70) c[k]
            }
        }' examples/clients.jsonl > "$in.tmp"
    mv "$in.tmp" "$in"
fi
echo "input: $in, $(wc -l < "$in") lines, $(du -m "$in" | cut -f1) MB; JVM options: $opts"
echo "JDK: $("$java" -version 2>&1 | sed -n 2p); $(nproc) processors; load: $(cut -d' ' -f1-3 /proc/loadavg)"

results=$(mktemp)
timing=$(mktemp)
trap 'rm -f "$results" "$timing" "$out"' EXIT
declare -A ref
for r in $(seq 1 "$rounds"); do
    for g in $guidance; do
        for t in $threads; do
            set -- $jars
            [ $((r % 2)) = 0 ] && set -- $(printf '%s\n' "$@" | tac) # alternate which jar goes first
            for nj in "$@"; do
                name=${nj%%=*}
                jar=${nj#*=}
                rm -f "$out"
                sync # the previous run's output is on disk before this run starts writing
                extra=$(eval "printf '%s' \"\${OPTS_$name:-}\"")
                case $jar in
                    *.jar) /usr/bin/time -o "$timing" -f '%e %U %S %M' "$java" $opts $extra -jar "$jar" batch "$in" \
                        --out "$out" --guidance "$g" --threads "$t" 2> /dev/null || [ $? = 2 ] ;; # exit 2: the invalid lines
                    *) NEEDLESCREEN_JAVA_OPTS="$opts $extra" /usr/bin/time -o "$timing" -f '%e %U %S %M' "$jar" batch "$in" \
                        --out "$out" --guidance "$g" --threads "$t" 2> /dev/null || [ $? = 2 ] ;;
                esac
                read -r wall user sys rss < <(tail -1 "$timing")
                sum=$(sha256sum < "$out" | cut -c1-16)
                key="$g/$t"
                ref[$key]=${ref[$key]:-$sum} # round 1 runs the first jar first
                same=$([ "${ref[$key]}" = "$sum" ] && echo same || echo DIFFERS)
                printf '%-8s guidance=%-4s threads=%s  wall %6.1f s  cpu %6.1f s  rss %4d MB  out %s MB %s (%s)  load %s\n' \
                    "$name" "$g" "$t" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" $((rss / 1024)) \
                    $(($(stat -c %s "$out") / 1000000)) "$sum" "$same" "$(cut -d' ' -f1 /proc/loadavg)"
                echo "$name $g $t $wall $r $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" >> "$results"
            done
        done
    done
done
echo
echo "wall s and CPU s (user + sys), min / median / max over $rounds rounds:"
cut -d' ' -f1-3 "$results" | sort -u | while read -r name g t; do
    mapfile -t walls < <(awk -v k="$name $g $t" '$1 " " $2 " " $3 == k { print $4 }' "$results" | sort -n)
    mapfile -t cpus < <(awk -v k="$name $g $t" '$1 " " $2 " " $3 == k { print $6 }' "$results" | sort -n)
    n=${#walls[@]}
    printf '  %-8s guidance=%-4s threads=%s  wall %6.1f / %6.1f / %6.1f   cpu %6.1f / %6.1f / %6.1f\n' "$name" "$g" "$t" \
        "${walls[0]}" "${walls[$(((n - 1) / 2))]}" "${walls[$((n - 1))]}" \
        "${cpus[0]}" "${cpus[$(((n - 1) / 2))]}" "${cpus[$((n - 1))]}"
done
