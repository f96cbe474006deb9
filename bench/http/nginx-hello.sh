#!/bin/bash
# A stand-in "runtime" for bench/http/run.sh that ignores its script and serves "Hello, World!" from
# nginx (one worker, no access log): the load generator's ceiling on this machine. wrk -t1 spends a
# fixed amount of its own core per request, so a server that costs next to nothing still tops out;
# `bench/http/run.sh bench/http/nginx-hello.sh node` with SCRIPTS=hello.js shows how far above node
# that ceiling is, and so how much of hello's ratio a faster server could still gain.
# Needs nginx (Debian: apt install nginx-light). Prints the port, then runs nginx in the foreground
# (run.sh reads the port and kills the process).
set -e
nginx=$(command -v nginx || echo /usr/sbin/nginx)
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
master_process off;
daemon off;
error_log $dir/error.log;
pid $dir/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$port;
    location / { default_type text/plain; return 200 "Hello, World!"; }
  }
}
CONF
echo "$port"
exec "$nginx" -c "$dir/nginx.conf" -p "$dir"
