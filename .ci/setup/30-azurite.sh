#!/usr/bin/env bash
# Starts Azurite's blob service for the writer-lease tests (the lease is a blob lease in the
# Functions storage account) and tells the tests where it listens through .ci/.env.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Pinned: azurite 3.37 and later require Node.js 22, and this machine kind has Node.js 20.
if ! command -v azurite-blob >/dev/null 2>&1; then
  echo "installing azurite from npm"
  npm install --global --no-audit --no-fund azurite@3.35.0 >/dev/null
fi

port=10000
if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  location="$(mktemp -d -t azurite-XXXXXX)"
  nohup azurite-blob --silent --skipApiVersionCheck --location "$location" \
    --blobHost 127.0.0.1 --blobPort "$port" >"$location/azurite.log" 2>&1 &
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.5
  done
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$location/azurite.log"; exit 1; }
fi

# Azurite's published development account; not a secret.
account=devstoreaccount1
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
connection="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;"
connection+="BlobEndpoint=http://127.0.0.1:$port/$account;"
touch .ci/.env
grep -v '^AZURITE_BLOB_CONNECTION=' .ci/.env >.ci/.env.tmp || true
# Quoted: .ci/run sources this file and the value contains semicolons.
echo "AZURITE_BLOB_CONNECTION='$connection'" >>.ci/.env.tmp
mv .ci/.env.tmp .ci/.env
echo "azurite blob service on 127.0.0.1:$port"
