#!/usr/bin/env bash
#
# Runs the packaged Inclusio the fast way: the jar extracted into a plain class path plus a JDK 25 AOT cache
# (classes already loaded and linked, method profiles), which roughly halves the start-up of the fat jar.
#
#   infra/run-jar.sh [--jar PATH] [--dir DIR] [--prepare-only] [--retrain] [JVM options ...]
#
# The first call (and every call after the jar changed) extracts the jar into DIR and trains the AOT cache once:
# a training start of the application that exits as soon as its context is up, against a throw-away embedded
# database in a temporary directory, so no real data and no demo accounts are touched. Later calls only start.
# Everything else is configured as for `java -jar`: environment variables (SERVER_PORT, INCLUSIO_DATA_DIR,
# SPRING_DATASOURCE_URL, ...) and the JVM options given here or in JAVA_OPTS.
#
#   --jar PATH       the packaged jar (default ui/target/inclusio.jar)
#   --dir DIR        where the extracted application and its cache live (default: inclusio-run next to the jar)
#   --prepare-only   extract and train when needed, then exit (for images and benchmarks)
#   --retrain        train again even if the cache looks current
#
# Needs a JDK 25 (JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64, else java on the PATH). The fat jar keeps
# working on its own: `java -jar ui/target/inclusio.jar`.

set -euo pipefail

readonly DEFAULT_JDK=/usr/lib/jvm/temurin-25-jdk-amd64

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)

jar="$repo_root/ui/target/inclusio.jar"
dir=""
prepare_only=false
retrain=false
jvm_options=()

die() {
    echo "run-jar.sh: $*" >&2
    exit 1
}

while (($# > 0)); do
    case "$1" in
        --jar) jar=${2:?}; shift 2 ;;
        --dir) dir=${2:?}; shift 2 ;;
        --prepare-only) prepare_only=true; shift ;;
        --retrain) retrain=true; shift ;;
        -h | --help) sed -n '3,20s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) jvm_options+=("$1"); shift ;;
    esac
done

java=""
for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$DEFAULT_JDK/bin/java" "$(command -v java || true)"; do
    if [[ -n $candidate && -x $candidate ]] \
        && [[ $("$candidate" -version 2>&1 | head -n 1) =~ version\ \"(2[5-9]|[3-9][0-9]) ]]; then
        java=$candidate
        break
    fi
done
[[ -n $java ]] || die "no JDK 25 or newer found: set JAVA_HOME"

[[ -f $jar ]] || die "$jar does not exist; build it with ./mvnw -B -DskipTests package"
jar=$(realpath "$jar")
dir=${dir:-$(dirname "$jar")/inclusio-run}
mkdir -p "$dir"
dir=$(realpath "$dir")

application="$dir/inclusio.jar"
cache="$dir/app.aot"
stamp="$dir/source.txt"
read -r -a java_opts <<<"${JAVA_OPTS:-}"

# The cache is only valid for this very class path and JVM: remember what it was built from.
source_stamp() {
    printf '%s\n%s\n' "$(sha256sum "$jar" | cut -d' ' -f1)" "$("$java" -version 2>&1 | head -n 1)"
}

extract() {
    echo "run-jar.sh: extracting $jar into $dir" >&2
    rm -rf "$application" "$dir/lib" "$cache" "$stamp"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" --force >/dev/null
}

# The training start exits right after its context is up and leaves its embedded PostgreSQL running; stop it (fast
# shutdown) before its data directory goes.
stop_training_database() {
    local pid waited=0
    [[ -f $1/postmaster.pid ]] || return 0
    pid=$(head -n 1 "$1/postmaster.pid")
    [[ $pid =~ ^[0-9]+$ ]] && kill -INT "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && ((waited < 300)); do
        sleep 0.1
        waited=$((waited + 1))
    done
}

train() {
    local scratch status=0 started=$SECONDS
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/inclusio-aot-training.XXXXXX")
    echo "run-jar.sh: training the AOT cache (one start of the application with a throw-away database) ..." >&2
    rm -f "$cache"
    # The training start must not touch real data or a production database: its own embedded PostgreSQL in a
    # scratch directory on a free port, no demo data, the embedded issuer, any free HTTP port. The context exits
    # once refreshed; the JVM then writes the cache.
    (cd "$scratch" && env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        -u SPRING_LIQUIBASE_USER -u SPRING_LIQUIBASE_PASSWORD -u INCLUSIO_SECURITY_ISSUER_URI \
        INCLUSIO_DATA_DIR="$scratch/data" INCLUSIO_EMBEDDED_DATABASE_PORT=0 INCLUSIO_DEMO_DATA=false SERVER_PORT=0 \
        "$java" "${java_opts[@]}" "${jvm_options[@]}" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
        -jar "$application" >"$dir/training.log" 2>&1) || status=$?
    stop_training_database "$scratch/data/pg"
    rm -rf "$scratch"
    if ((status != 0)) || [[ ! -s $cache ]]; then
        tail -n 30 "$dir/training.log" >&2 || true
        die "training the AOT cache failed (exit $status); full log in $dir/training.log"
    fi
    source_stamp >"$stamp"
    echo "run-jar.sh: AOT cache ready after $((SECONDS - started)) s: $cache ($(($(stat -c %s "$cache") / 1048576)) MB)" >&2
}

if [[ ! -f $application || ! -f $stamp || $(source_stamp) != "$(cat "$stamp")" ]]; then
    extract
    train
elif [[ $retrain == true || ! -s $cache ]]; then
    train
fi

[[ $prepare_only == true ]] && exit 0
exec "$java" "${java_opts[@]}" "${jvm_options[@]}" -XX:AOTCache="$cache" -jar "$application"
