#!/usr/bin/env bash
# Installs the Bicep CLI for the infra check. It comes from NuGet (the only registry besides apt
# and npm that CI reaches), as the self-contained binary inside Azure.Bicep.CommandLine.linux-x64.
# A throwaway project outside the repository downloads it, so the repository's central package
# versions and global.json do not apply to it.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="0.49.2"
# The global packages folder, wherever NuGet is configured to keep it.
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: *//')"
packages="${packages%/}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [ ! -x "$bicep" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cat > "$work/BicepTool.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$version]" />
  </ItemGroup>
</Project>
PROJECT
  dotnet restore "$work/BicepTool.csproj" --nologo -v quiet
  chmod +x "$bicep"
fi

"$bicep" --version
touch .ci/.env
grep -v '^BICEP_PATH=' .ci/.env > .ci/.env.tmp || true
echo "BICEP_PATH=$bicep" >> .ci/.env.tmp
mv .ci/.env.tmp .ci/.env
