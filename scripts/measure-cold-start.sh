#!/bin/bash
# Cold start of the GUI jar to a shown, populated main window (issue #3), as a user starts it: `java -jar berth.jar`
# with fast start on. The first run makes the fast-start archive the way a first session does (the window is used for
# a while, then closed); then RUNS measured starts each print the app's own line, written when the first frame showing
# the first area's rows is laid out, plus the parent JVM's CPU (the app's figure counts the child JVM only).
#
# usage: scripts/measure-cold-start.sh [RUNS] [JAR]    (defaults: 5, target/berth.jar)
# env:   JAVA=path/to/java (default: java on the PATH), JAVA_OPTS="flags for both JVMs",
#        BERTH_HOME=dir (default: a new temporary one, so the runs share no state with yours)
# Without a DISPLAY it runs each start under xvfb-run.
set -euo pipefail
runs=${1:-5}
jar=$(realpath "${2:-target/berth.jar}")
java=${JAVA:-java}
export BERTH_HOME=${BERTH_HOME:-$(mktemp -d /tmp/berth-cold-start.XXXXXX)}
mkdir -p "$BERTH_HOME"
log=$BERTH_HOME/start.log
populated='window shown and populated'

# Starts the jar, waits for the populated line (at most 120 s), then leaves it up for $1 seconds and stops it.
start_once() {
    local linger=$1
    : > "$log"
    # shellcheck disable=SC2086
    "$java" ${JAVA_OPTS:-} -jar "$jar" > "$log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 1200); do
        grep -q "$populated" "$log" && break
        kill -0 $pid 2> /dev/null || break
        sleep 0.1
    done
    local parent_cpu
    parent_cpu=$(awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' /proc/$pid/stat 2> /dev/null || echo "?")
    sleep "$linger"
    kill $pid 2> /dev/null || true
    wait $pid 2> /dev/null || true
    line=$(grep -a "$populated" "$log" || echo "no populated window (see $log)")
    echo "$line; parent JVM ${parent_cpu} ms of CPU"
}

if [ -z "${DISPLAY:-}" ] && [ -z "${XVFB_WRAPPED:-}" ]; then
    exec env XVFB_WRAPPED=1 BERTH_HOME="$BERTH_HOME" xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$runs" "$jar"
fi

echo "jar $jar, $("$java" -version 2>&1 | head -1), state in $BERTH_HOME"
echo "first run (makes the fast-start archive): $(start_once 8)"
for i in $(seq 1 "$runs"); do
    echo "run $i: $(start_once 0.3)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
