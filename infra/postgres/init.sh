#!/usr/bin/env bash
# Runs once, when the postgres container initialises an empty data volume (/docker-entrypoint-initdb.d).
# The entrypoint executes this file, or sources it when the executable bit got lost (e.g. on a Windows checkout);
# the subshell keeps `set -u` and any exit from leaking into the entrypoint in the latter case.
(
    set -euo pipefail
    : "${INCLUSIO_OWNER_PASSWORD:?INCLUSIO_OWNER_PASSWORD must be set for the postgres service}"
    : "${INCLUSIO_APP_PASSWORD:?INCLUSIO_APP_PASSWORD must be set for the postgres service}"

    # \getenv (psql >= 15) keeps the passwords off the process list.
    psql --no-psqlrc -v ON_ERROR_STOP=1 \
        --username "${POSTGRES_USER:-postgres}" --dbname postgres \
        -c '\getenv owner_password INCLUSIO_OWNER_PASSWORD' \
        -c '\getenv app_password INCLUSIO_APP_PASSWORD' \
        -f /inclusio/create-roles.sql
)
