#!/usr/bin/env bash
# The benchmark's HTTP load generator: wrk, from Debian. Only the benchmark check needs it.
set -euo pipefail
if command -v wrk >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq wrk >/dev/null
wrk --version | head -1 || true
