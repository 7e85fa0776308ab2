#!/usr/bin/env bash
# The console as two instances behind nginx, on one PostgreSQL and one Redis, all on 127.0.0.1 and all from
# Debian packages (apt-get installs postgresql, redis-server and nginx when missing):
#
#   deploy/scale-out.sh            build, start everything, print the addresses, stop everything on Ctrl-C
#   deploy/scale-out.sh --check    the same, then check the set-up through nginx and stop (exit code = result)
#
# Ports (override with the environment): nginx PC_LB_PORT=8080, instances PC_PORT_A=5101 and PC_PORT_B=5102,
# PostgreSQL PC_PG_PORT=55432, Redis PC_REDIS_PORT=56379. Data, logs and mail go to PC_RUN_DIR
# (default /tmp/partner-console-scale-out), deleted when the script stops. PC_NO_NGINX=1 starts everything but
# nginx (for a balancer of your own in front of the two instances).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
run_dir="${PC_RUN_DIR:-/tmp/partner-console-scale-out}"
lb_port="${PC_LB_PORT:-8080}"
port_a="${PC_PORT_A:-5101}"
port_b="${PC_PORT_B:-5102}"
export PC_PG_PORT="${PC_PG_PORT:-55432}" PC_REDIS_PORT="${PC_REDIS_PORT:-56379}"

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
no_nginx="${PC_NO_NGINX:-}"
[ -n "$no_nginx" ] || command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}..."
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

pids=()
cleanup() {
    set +e
    [ -f "$run_dir/nginx.pid" ] && kill "$(cat "$run_dir/nginx.pid")" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
    scripts/test-services.sh stop "$run_dir/services"
    rm -rf "$run_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$run_dir"
mkdir -p "$run_dir/logs" "$run_dir/mail" "$run_dir/nginx"

echo "Building..."
dotnet publish ConsoleApp/ConsoleApp.csproj -c Release -o "$run_dir/app" --nologo -v quiet >"$run_dir/logs/publish.log" \
    || { cat "$run_dir/logs/publish.log"; exit 1; }

echo "Starting PostgreSQL on $PC_PG_PORT and Redis on $PC_REDIS_PORT..."
eval "$(scripts/test-services.sh start "$run_dir/services")"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
"$pg_bin/createdb" -h 127.0.0.1 -p "$PC_PG_PORT" -U console console
postgres="Host=127.0.0.1;Port=$PC_PG_PORT;Username=console;Database=console"

start_instance() { # name port
    local name=$1 port=$2
    (
        cd "$run_dir/app"
        # Production, except for the host names: this set-up is reached as 127.0.0.1 (PC_ALLOWED_HOSTS to change).
        export ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
            AllowedHosts="${PC_ALLOWED_HOSTS:-127.0.0.1;localhost}" \
            Database__Provider=Postgres ConnectionStrings__Console="$postgres" Live__Redis="$CONSOLE_TEST_REDIS" \
            Mail__PickupDirectory="$run_dir/mail" Serilog__WriteTo__1__Args__path="$run_dir/logs/instance-$name-.log"
        exec dotnet ConsoleApp.dll >"$run_dir/logs/instance-$name.out" 2>&1
    ) &
    pids+=($!)
}

wait_healthy() { # url
    # Generous: the first instance migrates and seeds the demo data, which takes minutes on a busy 2-core machine.
    for _ in $(seq 1 "${PC_START_TIMEOUT:-300}"); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$1/healthz" || true)" = 200 ] && return 0
        sleep 1
    done
    echo "$1 did not become healthy; logs in $run_dir/logs" >&2
    tail -n 30 "$run_dir"/logs/instance-*.out >&2 || true
    return 1
}

# A first, alone: it creates the schema and the demo data; then B joins the same database.
echo "Starting instance A on $port_a..."
start_instance a "$port_a"
wait_healthy "http://127.0.0.1:$port_a"
echo "Starting instance B on $port_b..."
start_instance b "$port_b"
wait_healthy "http://127.0.0.1:$port_b"

entry="http://127.0.0.1:$lb_port"
if [ -n "$no_nginx" ]; then
    entry="http://127.0.0.1:$port_a"
else
sed -e "s|@RUN@|$run_dir|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" -e "s|@PORT_LB@|$lb_port|g" \
    deploy/nginx.conf.template >"$run_dir/nginx.conf"
"$NGINX" -e "$run_dir/logs/nginx-error.log" -c "$run_dir/nginx.conf" -p "$run_dir"
wait_healthy "http://127.0.0.1:$lb_port"
fi

cat <<INFO

Partner Console (two instances) at $entry   (instances: :$port_a and :$port_b)
  health:   curl $entry/healthz
  logs:     $run_dir/logs
  sign in:  the demo users of the README (password in the README)
INFO

if [ "$mode" = "--check" ]; then
    echo "Checking..."
    for url in "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$entry"; do
        health=$(curl -s "$url/healthz")
        [ "$health" = "Healthy" ] || { echo "health of $url: $health" >&2; exit 1; }
    done
    if [ -z "$no_nginx" ]; then
        # nginx hands out the affinity cookie, and a browser keeping it stays on one instance.
        curl -s -D - -o /dev/null "$entry/login" | grep -qi '^set-cookie: pc_node=' \
            || { echo "nginx did not hand out the affinity cookie" >&2; exit 1; }
    fi
    echo "OK: both instances healthy (PostgreSQL and the Redis feed)."
    exit 0
fi

echo "Press Ctrl-C to stop everything."
wait "${pids[@]}"
