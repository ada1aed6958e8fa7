#!/usr/bin/env bash
# The fault scripts against real servers, as CI runs them (see the README, "Performance and reliability"):
#   1. two gunicorn instances serve the same scans alternately, request by request (bench/two_servers.py);
#   2. 50 companies walk the scan for 60 s while PostgreSQL is stopped for a few seconds and started again
#      (bench/soak.py --db-restart-at): translated 503 pages meanwhile, no other 5xx, the database exact afterwards.
# Needs PostgreSQL (stopped and started with the local cluster's commands, see bench/soak.py) and Redis.
#   bash bench/faults.sh            # FAULTS_DATABASE (default alliance_faults) is dropped and created afresh
set -euo pipefail
cd "$(dirname "$0")/.."

DB_NAME="${FAULTS_DATABASE:-alliance_faults}"
PORT="${FAULTS_PORT:-8290}"
export DJANGO_SETTINGS_MODULE=cms.settings.production
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/${DB_NAME}"
export REDIS_URL="${FAULTS_REDIS_URL:-redis://127.0.0.1:6379/7}"
export SECRET_KEY="faults-$(head -c 48 /dev/urandom | base64 | tr -d '/+=\n')"
export ALLOWED_HOSTS=127.0.0.1,localhost
export SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 FORM_MIN_FILL_SECONDS=0

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB_NAME"
createdb -h 127.0.0.1 -U postgres "$DB_NAME"
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py load_demo --no-users --force -v 0
.venv/bin/python manage.py collectstatic --noinput -v 0

echo "==> Two app servers, requests alternating"
.venv/bin/python bench/two_servers.py --start --ports "$((PORT + 1)),$((PORT + 2))" -n 20 -c 4

echo "==> Soak with a PostgreSQL restart"
.venv/bin/gunicorn cms.wsgi:application --bind "127.0.0.1:${PORT}" --workers 3 --access-logfile /dev/null \
  --error-logfile /dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:${PORT}/healthz/" >/dev/null && break; sleep 0.2; done
.venv/bin/python bench/soak.py --url "http://127.0.0.1:${PORT}/en/scan/" -c 50 --seconds 60 --db-restart-at 20
