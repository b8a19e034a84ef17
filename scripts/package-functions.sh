#!/usr/bin/env bash
# Assembles the function app for deployment in out/functions-app: host.json beside package.json at the root (where the
# Functions host looks for them), the compiled dist/, and production dependencies only.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/functions-app
npx tsc -p tsconfig.build.json
rm -rf "$out" && mkdir -p "$out"
cp functions/host.json package.json package-lock.json "$out/"
cp -r dist "$out/dist"
(cd "$out" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
echo "The function app is ready in $out."
echo "Deploy it with: (cd $out && func azure functionapp publish <app>), or zip the folder for zip deploy."
