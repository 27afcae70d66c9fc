#!/usr/bin/env bash
# Bad input at scale for the importers, on demand: damaged copies of the first rows of the real data.police.uk files
# (../shared/data/real/police-uk, or the fixtures when it is absent) imported one by one (ImportFuzzTests), and
# damaged interchange extracts (a third as many) through the extract validator, against an embedded PostgreSQL.
# Prints files, outcomes and findings by damage, findings by sort, the time taken and every bad answer (an exception,
# a finding without a reason or file, internals in a message, a damaged header refused without saying what is wrong,
# a refused file that kept rows, a loaded file holding other than the rows it reports); exits non-zero when there is
# any. The fuzz's imports are dropped every 100 files, so the pace stays constant (about 30 to 50 ms a file).
# ./mvnw verify runs 150 files.
# Usage: reliability/import-fuzz.sh [files] [seed]        (defaults: 10000, 20261127)
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-10000}"
seed="${2:-20261127}"
./mvnw -q -pl application test -Dtest='ImportFuzzTests' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcrimeledger.fuzz.files="$files" -Dcrimeledger.fuzz.seed="$seed" 2>&1 \
  | awk '/^Import fuzz: .* files in /{print; next} /^(Import fuzz: .*seed|Interchange fuzz:)/{on=1} on && /^$/{on=0} on{print}
         /Tests run:|FAIL/{print}'
