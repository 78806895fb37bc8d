#!/usr/bin/env bash
# Builds the pinned Docker Compose (a Go module) into .tools/docker/cli-plugins/docker-compose,
# so `DOCKER_CONFIG=.tools/docker docker compose config` validates ops/docker/compose.yaml on a
# machine whose docker CLI has no compose plugin (no Docker engine is needed for `config`).
# Skips the build when that exact version is already there. Prints the plugin's path.
#
# Why a module of its own (scripts/compose/go.mod) and not `go install pkg@version`: compose's
# go.mod has exclude directives, which `go install pkg@version` refuses.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="$(awk '$1 == "github.com/docker/compose/v5" { print $2 }' scripts/compose/go.mod)"
PLUGIN=".tools/docker/cli-plugins/docker-compose"
STAMP=".tools/docker/cli-plugins/docker-compose.version"

if [ -x "$PLUGIN" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$VERSION" ]; then
  echo "docker compose ${VERSION} already installed: ${PLUGIN}" >&2
  echo "$PLUGIN"
  exit 0
fi

if ! command -v go >/dev/null; then
  echo "docker compose: Go is not installed; install Go >= 1.26 and run this script again" >&2
  exit 1
fi

mkdir -p "$(dirname "$PLUGIN")"
echo "docker compose: building ${VERSION} with $(go version) (a few minutes the first time)..." >&2
TMP_BIN="$(mktemp -d)"
trap 'rm -rf "$TMP_BIN"' EXIT
(cd scripts/compose && CGO_ENABLED=0 go build -ldflags "-X github.com/docker/compose/v5/internal.Version=${VERSION}" -o "$TMP_BIN/docker-compose" github.com/docker/compose/v5/cmd)
mv "$TMP_BIN/docker-compose" "$PLUGIN"
echo "$VERSION" > "$STAMP"
echo "$PLUGIN"
