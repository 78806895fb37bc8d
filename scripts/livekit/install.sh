#!/usr/bin/env bash
# Installs the pinned LiveKit server (a Go module) into .tools/livekit/<version>/livekit-server.
# Skips the build when that exact version is already there. Prints the binary's path.
# The version is in scripts/livekit/version (npm start reads the same file to find the binary).
#
# Why v1.13.5: it is the newest release whose go.mod has no replace directives; from v1.13.6 on,
# livekit-server replaces pion/webrtc, dtls and ice with its own forks, and `go install pkg@version`
# refuses any module with replace directives. v1.13.5 asks for go 1.26, which the machine's Go has.
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="$(tr -d '[:space:]' < scripts/livekit/version)"
DIR=".tools/livekit/${VERSION}"
BIN="${DIR}/livekit-server"

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "${VERSION#v}"; then
  echo "livekit-server ${VERSION} already installed: ${BIN}" >&2
  echo "$BIN"
  exit 0
fi

if ! command -v go >/dev/null; then
  echo "livekit-server: Go is not installed; install Go >= 1.26 and run this script again" >&2
  exit 1
fi

mkdir -p "$DIR"
echo "livekit-server: building ${VERSION} with $(go version) (a few minutes the first time)..." >&2
# A temporary GOBIN so a failed build never leaves a half-written binary under .tools/.
TMP_BIN="$(mktemp -d)"
trap 'rm -rf "$TMP_BIN"' EXIT
GOBIN="$TMP_BIN" GOFLAGS=-mod=mod CGO_ENABLED=0 \
  go install "github.com/livekit/livekit-server/cmd/server@${VERSION}"
mv "$TMP_BIN/server" "$BIN"
"$BIN" --version >&2
echo "$BIN"
