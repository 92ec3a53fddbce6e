#!/usr/bin/env bash
# Runs Microsoft's SCIM Postman collection against the self-host on an empty store, prints the
# pass count per assertion class, and fails when an rfc or entra-compat-lenient assertion fails.
set -euo pipefail
cd "$(dirname "$0")/../.."

collection_dir="${CONFORMANCE_DIR:-../shared/conformance}"
[ -d "$collection_dir" ] || collection_dir=/work/shared/conformance
[ -f "$collection_dir/assertion-classes.json" ] || {
  echo "No conformance collection in ../shared/conformance: set CONFORMANCE_DIR to its folder"; exit 1; }
command -v newman >/dev/null || { echo "newman is not installed: run bash .ci/setup/10-node-tools.sh"; exit 1; }
port="${CONFORMANCE_PORT:-$((20000 + RANDOM % 20000))}"
secret="conformance-$(date +%s%N)"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

SCIM_DATA_DIR="$work/data" BACKUP_LOCAL_DIR="$work/backups" SCIM_SHARED_SECRET="$secret" \
  dotnet ScimFunctions.SelfHost/bin/Debug/net10.0/ScimFunctions.SelfHost.dll --urls "http://127.0.0.1:$port" \
  >"$work/server.log" 2>&1 &
server=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/scim/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; echo "self-host exited"; exit 1; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/scim/health" >/dev/null

# Every folder but "Get Token", which calls a helper of Microsoft's sample server and, when that
# fails, overwrites the token. Running a copy without it (rather than naming folders) also runs
# the two root-level cleanup checks at the end of the chain.
node -e '
  const fs = require("fs");
  const collection = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  collection.item = collection.item.filter((item) => item.name !== "Get Token");
  fs.writeFileSync(process.argv[2], JSON.stringify(collection));
' "$collection_dir/ms-scim-postman-collection.json" "$work/collection.json"

newman run "$work/collection.json" \
  --env-var Protocol=http --env-var Server=127.0.0.1 --env-var "Port=:$port" \
  --env-var Api=scim/v2 --env-var "token=$secret" \
  --reporters json --reporter-json-export "$work/result.json" >/dev/null || true

node .ci/checks/conformance-score.js "$work/result.json" "$collection_dir/assertion-classes.json"
