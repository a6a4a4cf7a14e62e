#!/usr/bin/env bash
# `npm test`: everything that has to pass before a change lands, in order:
# lint, type-check, build, server tests (SQLite, plus MySQL when TEST_MYSQL_URL
# is set), client tests, then end-to-end tests against the built product in a
# real browser. Ends with one summary line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "node_modules is missing: installing dependencies first (npm ci)"
  npm ci --no-audit --no-fund || exit 1
fi

results_dir=$(mktemp -d)
trap 'rm -rf "$results_dir"' EXIT
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning"

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
fail() { printf '\n\033[31mFAILED: %s\033[0m\n' "$1"; summary; exit 1; }
summary() {
  node scripts/summarize-jest.js "$results_dir"/*.json 2>/dev/null || true
}

step "lint"
npx eslint --max-warnings 0 . || fail "lint"

step "type-check"
npm run --silent typecheck || fail "type-check"

step "build (server and client)"
npm run --silent build || fail "build"

step "server tests"
npx jest -c server/jest.config.js --json --outputFile="$results_dir/server.json" || fail "server tests"

step "client tests"
npx jest -c client/jest.config.cjs --json --outputFile="$results_dir/client.json" || fail "client tests"

step "end-to-end tests (built server, real browser)"
npx jest -c test/jest.config.js --runInBand --json --outputFile="$results_dir/e2e.json" || fail "end-to-end tests"

step "summary"
summary
