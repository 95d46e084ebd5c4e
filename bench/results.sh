#!/bin/sh
# Regenerates the "Scale and load (issue 10)" table of bench/RESULTS.md from bench/results/*.json, replacing only
# the text between <!-- issue10:begin --> and <!-- issue10:end -->. Run from the repository root after building
# the bench (./mvnw -q -B -pl bench -am package -DskipTests).
set -e
cd "$(dirname "$0")/.."
exec java -jar bench/target/bench.jar report bench/results bench/RESULTS.md
