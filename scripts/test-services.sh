#!/usr/bin/env bash
# Throw-away PostgreSQL and Redis servers on 127.0.0.1 for the tests (and the local two-instance deployment).
#   scripts/test-services.sh start DIR   starts both with their data in DIR and prints `export ...` lines
#                                         (CONSOLE_TEST_POSTGRES, CONSOLE_TEST_REDIS) for `eval`
#   scripts/test-services.sh stop DIR    stops both and removes DIR
# PostgreSQL refuses to run as root: when started by root, the server runs as the `postgres` user that Debian's
# package creates. Nothing is written outside DIR; the servers use free ports (or PC_PG_PORT / PC_REDIS_PORT)
# and no system service.
set -euo pipefail

cmd="${1:-}"; dir="${2:-}"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2; exit 2
fi

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$d" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    echo "$d"
}

# Runs a command as the PostgreSQL owner: ourselves, or `postgres` when we are root.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$(( (RANDOM % 20000) + 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "no free port found" >&2; exit 1
}

start() {
    mkdir -p "$dir/pg" "$dir/redis"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$dir/pg" && chmod 755 "$dir"
    local bin pg_port redis_port
    bin=$(pg_bin)
    pg_port=${PC_PG_PORT:-$(free_port)}
    as_pg "$bin/initdb" -D "$dir/pg/data" -U console --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/pg/initdb.log" 2>&1 \
        || { cat "$dir/pg/initdb.log" >&2; exit 1; }
    # Durability is pointless for throw-away data; fsync off keeps the tests fast on a busy machine.
    as_pg "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
        -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null || { cat "$dir/pg/server.log" >&2; exit 1; }

    command -v redis-server >/dev/null || { echo "Redis is not installed (apt-get install redis-server)" >&2; exit 1; }
    redis_port=${PC_REDIS_PORT:-$(free_port)}
    redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$dir/redis" --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" >/dev/null
    for _ in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
        sleep 0.1
    done
    echo "$redis_port" >"$dir/redis/port"

    echo "export CONSOLE_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=console;Database=postgres'"
    echo "export CONSOLE_TEST_REDIS='127.0.0.1:$redis_port'"
}

stop() {
    [ -d "$dir" ] || return 0
    if [ -f "$dir/redis/redis.pid" ]; then kill "$(cat "$dir/redis/redis.pid")" 2>/dev/null || true; fi
    if [ -d "$dir/pg/data" ]; then as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m immediate -w stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
}

case "$cmd" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
