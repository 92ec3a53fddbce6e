#!/usr/bin/env bash
# Builds and lints infra/ with the Bicep CLI that .ci/setup/05-bicep.sh installed. Any warning
# fails the run: infra/bicepconfig.json raises every linter rule to warning level, and a warning
# here is a deployment that may fail or expose something in Azure. Formatting drift fails too.
set -euo pipefail
cd "$(dirname "$0")/../.."

bicep="${BICEP_PATH:-}"
if [ -z "$bicep" ] || [ ! -x "$bicep" ]; then
  bash .ci/setup/05-bicep.sh >/dev/null
  bicep="$(grep '^BICEP_PATH=' .ci/.env | cut -d= -f2-)"
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0

for file in infra/main.bicep infra/modules/*.bicep; do
  "$bicep" lint "$file" >>"$log" 2>&1 || status=1
  "$bicep" build "$file" --stdout >/dev/null 2>>"$log" || status=1
done

# The parameters file reads the secrets from the environment; placeholders stand in for them.
SCIM_SHARED_SECRET="ci-placeholder-scim-secret" ADMIN_SECRET="ci-placeholder-admin-secret" \
  "$bicep" build-params infra/main.bicepparam --stdout >/dev/null 2>>"$log" || status=1

for file in infra/main.bicep infra/modules/*.bicep infra/main.bicepparam; do
  if ! "$bicep" format --stdout "$file" | diff -u "$file" - >>"$log"; then
    echo "$file is not formatted as 'bicep format' would write it" >>"$log"
    status=1
  fi
done

if [ -s "$log" ]; then
  cat "$log"
  status=1
fi

if [ "$status" -ne 0 ]; then
  echo "infra: Bicep build or lint reported problems (warnings count as failures)"
  exit 1
fi
echo "infra: main.bicep, $(ls infra/modules/*.bicep | wc -l) modules and main.bicepparam build and lint clean"
