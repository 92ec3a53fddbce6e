#!/usr/bin/env bash
# Installs newman, which the conformance check uses to run Microsoft's SCIM Postman collection.
set -euo pipefail
if command -v newman >/dev/null 2>&1; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
npm install -g --no-fund --no-audit newman@6.2.2
