#!/usr/bin/env bash
#
# Start-up time and idle memory of the packaged application with its embedded PostgreSQL, for each way to run it.
#
#   infra/bench/startup.sh [--runs N] [--modes "fat extracted aot"] [--data-dir DIR] [--port PORT]
#                          [--db-port PORT] [--idle SECONDS] [--timeout SECONDS] [--jar PATH] [--keep] [--fail-on-miss]
#
# Modes: fat = `java -jar inclusio.jar`; extracted = the jar extracted into a plain class path
# (`-Djarmode=tools extract`); aot = extracted plus the JDK 25 AOT cache trained by infra/run-jar.sh (the documented
# way to run the jar and the image). The runs alternate between the modes (fat, extracted, aot, fat, ...).
# (a) Cold start: seconds from launching `java` until GET /actuator/health answers UP, with a data directory
#     that already holds a migrated database (a warm-up start creates it first). The JVM starts cold; the operating
#     system's file cache is not dropped.
# (b) Memory: resident set size (VmRSS) of the application JVM after SECONDS of idling once it is up. The embedded
#     PostgreSQL processes are reported separately and are not part of the target.
#
# Needs bash, curl, coreutils and procps (ps, pgrep), and a JDK 25 (JAVA_HOME, else
# /usr/lib/jvm/temurin-25-jdk-amd64). Extra JVM options: BENCH_JAVA_OPTS="-Xmx512m …".

set -euo pipefail

readonly STARTUP_TARGET_MS=15000
readonly RSS_TARGET_MB=700
readonly DEFAULT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/../.." && pwd)

runs=3
modes="fat extracted aot"
port=18080
db_port=15499
idle_seconds=10
timeout_seconds=180
warmup_timeout_seconds=600
jar="$repo_root/ui/target/inclusio.jar"
data_dir=""
keep=false
fail_on_miss=false

usage() {
    sed -n '3,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

die() {
    echo "startup.sh: $*" >&2
    exit 1
}

while (($# > 0)); do
    case "$1" in
        --runs) runs=${2:?}; shift 2 ;;
        --modes) modes=${2:?}; shift 2 ;;
        --data-dir) data_dir=${2:?}; shift 2 ;;
        --port) port=${2:?}; shift 2 ;;
        --db-port) db_port=${2:?}; shift 2 ;;
        --idle) idle_seconds=${2:?}; shift 2 ;;
        --timeout) timeout_seconds=${2:?}; shift 2 ;;
        --jar) jar=${2:?}; shift 2 ;;
        --keep) keep=true; shift ;;
        --fail-on-miss) fail_on_miss=true; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

for number in "$runs" "$port" "$db_port" "$idle_seconds" "$timeout_seconds"; do
    [[ $number =~ ^[0-9]+$ ]] || die "not a whole number: $number"
done
((runs >= 1)) || die "--runs must be at least 1"
read -r -a mode_list <<<"$modes"
((${#mode_list[@]} >= 1)) || die "--modes names no mode"
for mode in "${mode_list[@]}"; do
    [[ $mode == fat || $mode == extracted || $mode == aot ]] || die "unknown mode: $mode (fat, extracted, aot)"
done

# --- prerequisites -----------------------------------------------------------------------------------------------

java_major() {
    # `java -version` prints e.g.: openjdk version "25.0.1" 2025-10-21 LTS
    local line
    line=$("$1" -version 2>&1 | head -n 1) || return 1
    [[ $line =~ version\ \"([0-9]+) ]] && echo "${BASH_REMATCH[1]}"
}

java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$DEFAULT_JDK/bin/java"; do
    if [[ -x $candidate ]] && [[ $(java_major "$candidate" || true) == 25 ]]; then
        java=$candidate
        break
    fi
done
[[ -n $java ]] || die "no JDK 25 found: set JAVA_HOME to a JDK 25 (tried ${JAVA_HOME:-JAVA_HOME unset} and $DEFAULT_JDK)"

command -v curl >/dev/null || die "curl is required"
command -v pgrep >/dev/null || die "pgrep (procps) is required"

if [[ ! -f $jar ]]; then
    {
        echo "startup.sh: $jar does not exist. Build it from the repository root with:"
        echo "    export JAVA_HOME=$DEFAULT_JDK"
        echo "    ./mvnw -B -DskipTests package"
    } >&2
    exit 1
fi
jar=$(realpath "$jar")

# curl exits with 7 when nothing listens; anything else means the port is taken.
port_in_use() {
    local status=0
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" || status=$?
    ((status != 7))
}
port_in_use "$port" && die "port $port is in use (choose another with --port)"
port_in_use "$db_port" && die "port $db_port is in use (choose another with --db-port)"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-bench.XXXXXX")
log_dir="$work_dir/logs"
mkdir -p "$log_dir"
if [[ -z $data_dir ]]; then
    data_dir="$work_dir/data"
    own_data_dir=true
else
    own_data_dir=false
fi
mkdir -p "$data_dir"
data_dir=$(realpath "$data_dir")
pg_dir="$data_dir/pg"

read -r -a extra_java_opts <<<"${BENCH_JAVA_OPTS:-}"

# --- process helpers ---------------------------------------------------------------------------------------------

app_pid=""
succeeded=false

# PIDs of PostgreSQL processes serving this data directory: postmasters whose command line names it, and their
# children (checkpointer, walwriter, I/O workers, backends), whose command lines no longer do.
postgres_pids() {
    local pid cmdline postmasters=()
    for pid in $(pgrep -x postgres || true); do
        cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline") || continue
        [[ $cmdline == *"$pg_dir"* ]] && postmasters+=("$pid")
    done
    for pid in "${postmasters[@]}"; do
        echo "$pid"
        pgrep -P "$pid" || true
    done
}

# VmRSS of a process in kB, 0 when it is gone.
rss_kb() {
    local key value _
    while read -r key value _; do
        if [[ $key == VmRSS: ]]; then
            echo "$value"
            return
        fi
    done 2>/dev/null <"/proc/$1/status" || true
    echo 0
}

# The command line of each mode; the extracted modes run what infra/run-jar.sh prepared in $app_dir.
mode_command() {
    case "$1" in
        fat) echo -jar "$jar" ;;
        extracted) echo -jar "$app_dir/inclusio.jar" ;;
        aot) echo "-XX:AOTCache=$app_dir/app.aot" -jar "$app_dir/inclusio.jar" ;;
    esac
}

start_app() {
    local log=$1 mode=${2:-fat} command
    read -r -a command <<<"$(mode_command "$mode")"
    # A caller's SPRING_DATASOURCE_URL or issuer would switch the embedded defaults off.
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        -u SPRING_LIQUIBASE_USER -u SPRING_LIQUIBASE_PASSWORD -u INCLUSIO_SECURITY_ISSUER_URI \
        SERVER_PORT="$port" INCLUSIO_DATA_DIR="$data_dir" INCLUSIO_EMBEDDED_DATABASE_PORT="$db_port" \
        "$java" "${extra_java_opts[@]}" "${command[@]}" >"$log" 2>&1 </dev/null &
    app_pid=$!
}

# 0 when health is UP, 1 on timeout, 2 when the JVM died.
wait_until_up() {
    local deadline=$((SECONDS + $1)) body
    while :; do
        if body=$(curl -fsS --max-time 10 "http://127.0.0.1:$port/actuator/health" 2>/dev/null) \
            && [[ $body =~ \"status\"[[:space:]]*:[[:space:]]*\"UP\" ]]; then
            return 0
        fi
        kill -0 "$app_pid" 2>/dev/null || return 2
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

# SIGTERM (graceful shutdown, which also stops the embedded PostgreSQL), SIGKILL after 60 s.
stop_app() {
    [[ -n $app_pid ]] || return 0
    local waited=0
    if kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid" 2>/dev/null || true
        while kill -0 "$app_pid" 2>/dev/null && ((waited < 600)); do
            sleep 0.1
            waited=$((waited + 1))
        done
        if kill -0 "$app_pid" 2>/dev/null; then
            echo "WARNING: the application (pid $app_pid) ignored SIGTERM for 60 s; killing it" >&2
            kill -KILL "$app_pid" 2>/dev/null || true
        fi
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

# Warns about PostgreSQL processes that outlived the JVM and stops them (fast shutdown), so the next run starts clean.
check_no_postgres_left() {
    local left waited=0
    left=$(postgres_pids | tr '\n' ' ')
    [[ -z ${left// /} ]] && return 0
    echo "WARNING: postgres process(es) still running for $pg_dir after the application stopped: $left" >&2
    # shellcheck disable=SC2086 # word splitting of the PID list is intended
    kill -INT $left 2>/dev/null || true
    while [[ -n $(postgres_pids) ]] && ((waited < 100)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    return 1
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_app
    check_no_postgres_left || true
    if [[ $succeeded == true && $keep == false ]]; then
        rm -rf "$work_dir"
    else
        echo "Logs: $log_dir" >&2
        [[ $own_data_dir == true ]] && echo "Data: $data_dir" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'echo; echo "Interrupted." >&2; exit 130' INT TERM

fail_start() {
    local what=$1 log=$2 status=$3
    if ((status == 2)); then
        echo "startup.sh: the application exited during the $what start; last lines of $log:" >&2
    else
        echo "startup.sh: the application did not report UP in time during the $what start; last lines of $log:" >&2
    fi
    tail -n 25 "$log" >&2 || true
    exit 1
}

# Whole milliseconds from two `date +%s.%N` stamps.
elapsed_ms() {
    local start=${1/./} end=${2/./}
    echo $(((10#$end - 10#$start) / 1000000))
}

format_seconds() {
    printf '%d.%02d' $(($1 / 1000)) $((($1 % 1000) / 10))
}

median() {
    local sorted count
    mapfile -t sorted < <(printf '%s\n' "$@" | sort -n)
    count=${#sorted[@]}
    if ((count % 2 == 1)); then
        echo "${sorted[count / 2]}"
    else
        echo $(((sorted[count / 2 - 1] + sorted[count / 2]) / 2))
    fi
}

verdict() {
    if (($1 <= $2)); then echo PASS; else echo MISS; fi
}

# --- preparation and warm-up -------------------------------------------------------------------------------------

app_dir="$work_dir/app"

echo "Java:      $java ($("$java" -version 2>&1 | head -n 1))"
echo "Jar:       $jar ($(($(stat -c %s "$jar") / 1048576)) MB)"
echo "Data:      $data_dir"
echo "Ports:     http $port, embedded PostgreSQL $db_port"
echo "Modes:     ${mode_list[*]}"
echo

if [[ " ${mode_list[*]} " == *" extracted "* || " ${mode_list[*]} " == *" aot "* ]]; then
    echo "Extracting the jar and training the AOT cache (infra/run-jar.sh --prepare-only) ..."
    t0=$(date +%s.%N)
    JAVA_HOME=$(dirname "$(dirname "$java")") JAVA_OPTS="${BENCH_JAVA_OPTS:-}" \
        "$repo_root/infra/run-jar.sh" --jar "$jar" --dir "$app_dir" --prepare-only 2>&1 | sed 's/^/  /'
    t1=$(date +%s.%N)
    [[ -s $app_dir/app.aot ]] || die "no AOT cache was written; see $app_dir/training.log"
    echo "Prepared in $(format_seconds "$(elapsed_ms "$t0" "$t1")") s; AOT cache $(($(stat -c %s "$app_dir/app.aot") / 1048576)) MB"
    echo
fi

echo "Warm-up start (creates and migrates the database when the data directory is new) ..."
warmup_log="$log_dir/warmup.log"
start_app "$warmup_log" fat
status=0
wait_until_up "$warmup_timeout_seconds" || status=$?
((status == 0)) || fail_start warm-up "$warmup_log" "$status"
stop_app
check_no_postgres_left || true

# --- measured runs, alternating between the modes ----------------------------------------------------------------

declare -A startup_ms jvm_rss_kb pg_rss_kb
pg_count=0

for ((run = 1; run <= runs; run++)); do
    for mode in "${mode_list[@]}"; do
        log="$log_dir/run-$run-$mode.log"
        t0=$(date +%s.%N)
        start_app "$log" "$mode"
        status=0
        wait_until_up "$timeout_seconds" || status=$?
        t1=$(date +%s.%N)
        ((status == 0)) || fail_start "measured ($mode, run $run)" "$log" "$status"
        ms=$(elapsed_ms "$t0" "$t1")
        startup_ms[$mode]+="$ms "

        sleep "$idle_seconds"
        kill -0 "$app_pid" 2>/dev/null || fail_start "idle phase of $mode run $run" "$log" 2
        jvm=$(rss_kb "$app_pid")
        pg_total=0
        pg_count=0
        for pid in $(postgres_pids); do
            pg_total=$((pg_total + $(rss_kb "$pid")))
            pg_count=$((pg_count + 1))
        done
        jvm_rss_kb[$mode]+="$jvm "
        pg_rss_kb[$mode]+="$pg_total "

        printf 'Run %d %-11s up after %s s, JVM RSS %d MB, PostgreSQL RSS %d MB (%d processes)\n' \
            "$run" "$mode:" "$(format_seconds "$ms")" $((jvm / 1024)) $((pg_total / 1024)) "$pg_count"

        stop_app
        check_no_postgres_left || true
    done
done

# --- summary -----------------------------------------------------------------------------------------------------

cpu_model=$(grep -m 1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
mem_total_kb=$(grep -m 1 MemTotal /proc/meminfo | tr -s ' ' | cut -d' ' -f2)
mem_tenths_gib=$((mem_total_kb * 10 / 1048576))

echo
echo "== Summary =="
echo "Machine: $(nproc) CPUs, ${cpu_model:-unknown CPU}, $((mem_tenths_gib / 10)).$((mem_tenths_gib % 10)) GiB RAM"
echo "Start-up to health UP on existing data, median of $runs; JVM RSS after ${idle_seconds} s idle, median"
echo "(PostgreSQL RSS sums its processes and counts shared memory more than once; context, not a target)"
echo
printf '%-10s %-26s %8s %8s %10s %10s\n' mode "runs (s)" "min (s)" "median" "JVM RSS" "PG RSS"
for mode in "${mode_list[@]}"; do
    read -r -a mode_ms <<<"${startup_ms[$mode]}"
    read -r -a mode_jvm <<<"${jvm_rss_kb[$mode]}"
    read -r -a mode_pg <<<"${pg_rss_kb[$mode]}"
    formatted=()
    for ms in "${mode_ms[@]}"; do
        formatted+=("$(format_seconds "$ms")")
    done
    min_ms=$(printf '%s\n' "${mode_ms[@]}" | sort -n | head -n 1)
    printf '%-10s %-26s %8s %8s %7d MB %7d MB\n' "$mode" "${formatted[*]}" "$(format_seconds "$min_ms")" \
        "$(format_seconds "$(median "${mode_ms[@]}")")" $(($(median "${mode_jvm[@]}") / 1024)) \
        $(($(median "${mode_pg[@]}") / 1024))
done

# The targets apply to the documented way of running: aot when it was measured, else the last mode given.
target_mode=${mode_list[-1]}
[[ " ${mode_list[*]} " == *" aot "* ]] && target_mode=aot
read -r -a target_ms <<<"${startup_ms[$target_mode]}"
read -r -a target_jvm <<<"${jvm_rss_kb[$target_mode]}"
median_ms=$(median "${target_ms[@]}")
median_jvm_mb=$(($(median "${target_jvm[@]}") / 1024))
echo
startup_verdict=$(verdict "$median_ms" "$STARTUP_TARGET_MS")
rss_verdict=$(verdict "$median_jvm_mb" "$RSS_TARGET_MB")
printf 'Target startup <= %d s (median, %s):  %s\n' $((STARTUP_TARGET_MS / 1000)) "$target_mode" "$startup_verdict"
printf 'Target JVM RSS <= %d MB (median, %s): %s\n' "$RSS_TARGET_MB" "$target_mode" "$rss_verdict"

succeeded=true
if [[ $fail_on_miss == true && ($startup_verdict == MISS || $rss_verdict == MISS) ]]; then
    exit 3
fi
