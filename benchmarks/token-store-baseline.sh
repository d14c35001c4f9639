#!/usr/bin/env bash
# Same-run before/after for the token store seam (issue #12): is the in-memory store's throughput unchanged?
#
# Builds a baseline of the committed code (HEAD) with the token manager's store consultations taken out
# (benchmarks/baseline/without-token-store.patch), then runs the cold-start benchmark with the typed client of
# this build and of the baseline in alternating child JVMs, against the same fake Umbraco. Extra arguments go to
# the children as -D properties, e.g.: benchmarks/token-store-baseline.sh -Dforks=3 -Dconcurrencies=64,200
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
cleanup() {
	git -C "$root" worktree remove --force "$work/baseline" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
git -C "$root" worktree add --quiet --detach "$work/baseline" HEAD
git -C "$work/baseline" apply "$root/benchmarks/baseline/without-token-store.patch"
# the patch leaves the code unformatted; formatting is not what is measured
(cd "$work/baseline" && "$root/mvnw" -q -B -pl umbraco-mgmt-autoconfigure -am compile -Dspring-javaformat.skip=true -Dspring-javaformat.validate.skip=true \
	-Dmaven.javadoc.skip=true)
cd "$root"
./mvnw -q -B -Pbenchmarks -pl benchmarks -am spring-boot:run \
	-Dbenchmark.args="-Dparts=store -DbaselineClasses=$work/baseline/umbraco-mgmt-autoconfigure/target/classes $*"
