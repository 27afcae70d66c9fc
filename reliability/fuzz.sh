#!/usr/bin/env bash
# Bad input at scale, on demand: mutated requests to every write endpoint of the API (ApiFuzzTests) against an
# embedded PostgreSQL, in one JVM through MockMvc. Prints requests, statuses by kind of damage and every bad answer
# (5xx, a stack trace or class name in the answer, a refusal without a specific problem+json detail, a refused
# request that wrote to the ledger); exits non-zero when there is any. ./mvnw verify runs 1,000 of them.
# Usage: reliability/fuzz.sh [requests] [seed]        (defaults: 100000, 20261127)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-100000}"
seed="${2:-20261127}"
./mvnw -q -pl application test -Dtest='ApiFuzzTests' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrimeledger.fuzz.requests="$requests" -Dcrimeledger.fuzz.seed="$seed" 2>&1 \
  | awk '/^API fuzz:/{on=1} on && /^$/{on=0} on{print} /Tests run:|FAIL/{print}'
