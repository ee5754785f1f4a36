# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by bench_receiver.sh and bench_forwarding.sh (sourced, not run): a scratch folder whose
# processes are stopped on exit, free ports, and nginx answering `return 200` as the baseline or
# the app being forwarded to. Needs nginx (Debian: nginx-light) and python3.

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# bench_workspace NAME: sets $work (a new temporary folder) and $pids (stopped, then the folder
# removed, when the script exits).
bench_workspace() {
    work=$(mktemp -d "${TMPDIR:-/tmp}/wc-bench-$1.XXXXXX")
    pids=()
    trap bench_cleanup EXIT
}
bench_cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    { wait; } 2>/dev/null || true
    rm -rf "$work"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_for_port PORT PID: a bare TCP connect, no request (probing must not add a capture); gives
# up when PID has exited.
wait_for_port() {
    local port=$1 pid=$2
    for _ in $(seq 1 600); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    echo "nothing listens on 127.0.0.1:$port (process $pid)" >&2
    return 1
}

# start_nginx PORT: one worker answering 200 "ok" on 127.0.0.1:PORT, everything under
# $work/nginx; sets $nginx_master.
start_nginx() {
    local port=$1 dir=$work/nginx
    mkdir -p "$dir"
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000; # as our server: a connection is never closed after N requests
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server {
        listen 127.0.0.1:$port;
        location / { return 200 "ok"; }
    }
}
CONF
    "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" &
    nginx_master=$!
    pids+=("$nginx_master")
    wait_for_port "$port" "$nginx_master"
}

# start_postgres: a throwaway PostgreSQL server under $work/postgres on a free port of 127.0.0.1
# (database user `wc`, trusted on loopback), as the `postgres` user when run as root (the server
# refuses root); stopped on exit. Sets $pg_port and $pg_bin. Needs Debian's postgresql package.
start_postgres() {
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
    [[ -x $pg_bin/initdb ]] || { echo "missing: PostgreSQL (Debian: postgresql)" >&2; exit 1; }
    local dir=$work/postgres as=()
    mkdir -p "$dir"
    if [[ $(id -u) == 0 ]]; then
        chown postgres: "$dir"
        chmod 755 "$work"
        as=(runuser -u postgres --)
    fi
    pg_as=("${as[@]}")
    "${as[@]}" "$pg_bin/initdb" -D "$dir/data" -U wc -A trust -E UTF8 --no-locale --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    pg_port=$(free_port)
    # Durable as a team's server would be (fsync on): the receiver answers after the commit.
    "${as[@]}" "$pg_bin/pg_ctl" start -w -D "$dir/data" -l "$dir/server.log" \
        -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1" >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    pg_dir=$dir
    trap 'stop_postgres; bench_cleanup' EXIT
}
stop_postgres() {
    [[ -n ${pg_dir:-} ]] && "${pg_as[@]}" "$pg_bin/pg_ctl" stop -w -m fast -D "$pg_dir/data" >/dev/null 2>&1
    pg_dir=
}
# pg_sql DATABASE STATEMENT: runs one statement, prints the result unaligned.
pg_sql() {
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U wc -d "$1" -tAq -c "$2"
}
