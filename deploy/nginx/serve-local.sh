#!/usr/bin/env bash
# Serves a built app with deploy/nginx/site.conf on a loopback port, as production would.
# Usage: deploy/nginx/serve-local.sh <dist-dir> <port>   (prints the prefix; stop with: nginx -p PREFIX -c PREFIX/nginx.conf -s stop)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "${1:?dist dir}" && pwd)
port=${2:?port}
prefix=$(mktemp -d /tmp/announcement-reader-nginx.XXXXXX)
mkdir -p "$prefix/logs"
sed -e "s#listen 80;#listen 127.0.0.1:$port;#" \
    -e "s#root /srv/announcement-reader;#root $root;#" \
    -e "s#include SECURITY_HEADERS;#include $here/security-headers.conf;#" \
    "$here/site.conf" > "$prefix/site.conf"
cat > "$prefix/nginx.conf" <<CONF
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $prefix/logs/access.log;
    client_body_temp_path $prefix/body;
    proxy_temp_path $prefix/proxy;
    fastcgi_temp_path $prefix/fastcgi;
    uwsgi_temp_path $prefix/uwsgi;
    scgi_temp_path $prefix/scgi;
    include $prefix/site.conf;
}
CONF
nginx -p "$prefix" -c "$prefix/nginx.conf" -t -q
nginx -p "$prefix" -c "$prefix/nginx.conf"
echo "$prefix"
