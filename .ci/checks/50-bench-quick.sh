#!/usr/bin/env bash
# Keeps the benchmark working: runs the --quick size and checks that it wrote its markdown and
# JSON results. It asserts nothing about speed; ratios are judged by people, not by CI.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet run -c Release --project ScimFunctions.Benchmarks -- --quick --out "$out" --work "$out/work"

test -s "$out/latest.md" || { echo "benchmark wrote no latest.md"; exit 1; }
test -s "$out/latest.json" || { echo "benchmark wrote no latest.json"; exit 1; }
grep -q '^## Targets' "$out/latest.md" || { echo "latest.md has no targets table"; exit 1; }
grep -q '"figures"' "$out/latest.json" || { echo "latest.json has no figures"; exit 1; }
echo "benchmark quick run completed: $(grep -c '^| ' "$out/latest.md") table rows"
