#!/usr/bin/env bash
# Writes the random secrets compose.yaml reads into ops/docker/secrets/ (mode 600, never
# committed). Keeps files that exist, so running it again never rotates a live secret.
set -euo pipefail
cd "$(dirname "$0")"
umask 077
mkdir -p secrets
random() { openssl rand -base64 32 | tr -d '/+=\n'; }
write() { [ -s "secrets/$1" ] || printf '%s' "$2" > "secrets/$1"; }

write postgres_password "$(random)"
write database_url "postgresql://execora:$(cat secrets/postgres_password)@postgres:5432/execora"
write auth_secret "$(random)"
write metrics_token "$(random)"
write livekit_api_key "API$(random | cut -c1-12)"
write livekit_api_secret "$(random)"
write livekit_keys "$(cat secrets/livekit_api_key): $(cat secrets/livekit_api_secret)"
ls -l secrets
