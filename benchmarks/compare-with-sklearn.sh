#!/usr/bin/env bash
# Reproduces the speed comparison of issue 5: `framing score` against the scikit-learn anchor on the same
# JSON Lines corpus, in the same sitting, plus --parallel 1 against --parallel 2 and peak memory.
# `framing` is the tool as a user installs it: packed (dotnet pack) and installed (dotnet tool install), which picks
# the package for this platform (on linux-x64: ReadyToRun). The portable build (dotnet build, JIT only, what
# `dotnet run` and the portable tool package run) is measured too.
#
# usage: benchmarks/compare-with-sklearn.sh [MiB] [SHARED_DIR]
#   MiB         size of the generated corpus (default 100)
#   SHARED_DIR  the folder holding anchors/ and seeds/ (default: ../shared beside the repository)
# needs: /usr/bin/python3 with scikit-learn (apt-get install -y python3-sklearn python3-scipy), /usr/bin/time, dotnet
set -euo pipefail
cd "$(dirname "$0")/.."
MIB=${1:-100}
SHARED=${2:-../shared}
CORPUS=${TMPDIR:-/tmp}/framing-bench-${MIB}.jsonl
[ -f "$SHARED/anchors/make_corpus.py" ] || { echo "no $SHARED/anchors/make_corpus.py (give SHARED_DIR)" >&2; exit 2; }
/usr/bin/python3 -c 'import sklearn' 2>/dev/null || { echo "scikit-learn is not installed: apt-get install -y python3-sklearn python3-scipy" >&2; exit 2; }
[ -f "$CORPUS" ] || /usr/bin/python3 "$SHARED/anchors/make_corpus.py" "$SHARED/seeds" "$CORPUS" "$MIB"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dotnet pack src/Framing.Cli -c Release -o "$WORK/packages" -v quiet -nologo > /dev/null
# A private package folder, so that no earlier build of the same version is taken from the NuGet cache.
NUGET_PACKAGES="$WORK/nuget" dotnet tool install --tool-path "$WORK/tool" --add-source "$WORK/packages" Framing.Cli > /dev/null
dotnet build -c Release src/Framing.Cli -v quiet -nologo > /dev/null
FRAMING=$WORK/tool/framing
PORTABLE=src/Framing.Cli/bin/Release/net10.0/Framing.Cli
BYTES=$(stat -c %s "$CORPUS")

measure() { # label, command...: prints "label seconds maxrss_kb"
  local label=$1; shift
  local times; times=$(mktemp)
  /usr/bin/time -o "$times" -f '%e %M' "$@" > /dev/null 2> /dev/null
  echo "$label $(tail -1 "$times")"
  rm -f "$times"
}

echo "corpus: $CORPUS ($BYTES bytes); $(nproc) cores; $(dotnet --version); $(date -u +%F)"
S=$(measure sklearn /usr/bin/python3 "$SHARED/anchors/sklearn_score.py" "$SHARED/anchors/lexicon_ar.tsv" "$CORPUS")
F1=$(measure framing-p1 "$FRAMING" score "$CORPUS" --lexicon syria-conflict --format csv -q --parallel 1)
F2=$(measure framing-p2 "$FRAMING" score "$CORPUS" --lexicon syria-conflict --format csv -q --parallel 2)
P1=$(measure portable-p1 "$PORTABLE" score "$CORPUS" --lexicon syria-conflict --format csv -q --parallel 1)
P2=$(measure portable-p2 "$PORTABLE" score "$CORPUS" --lexicon syria-conflict --format csv -q --parallel 2)
awk -v bytes="$BYTES" -v s="$S" -v f1="$F1" -v f2="$F2" -v p1="$P1" -v p2="$P2" 'BEGIN {
  split(s, a, " "); split(f1, b, " "); split(f2, c, " "); split(p1, d, " "); split(p2, e, " ");
  mib = bytes / 1048576;
  printf "%-12s %8s %10s %10s\n", "run", "seconds", "MiB/s", "peak MB";
  printf "%-12s %8.2f %10.1f %10.0f\n", a[1], a[2], mib / a[2], a[3] / 1024;
  printf "%-12s %8.2f %10.1f %10.0f\n", b[1], b[2], mib / b[2], b[3] / 1024;
  printf "%-12s %8.2f %10.1f %10.0f\n", c[1], c[2], mib / c[2], c[3] / 1024;
  printf "%-12s %8.2f %10.1f %10.0f\n", d[1], d[2], mib / d[2], d[3] / 1024;
  printf "%-12s %8.2f %10.1f %10.0f\n", e[1], e[2], mib / e[2], e[3] / 1024;
  printf "framing --parallel 2 vs scikit-learn: %.1fx faster; --parallel 2 vs 1: %.2fx\n", a[2] / c[2], b[2] / c[2];
  printf "portable build: %.1fx faster than scikit-learn; --parallel 2 vs 1: %.2fx\n", a[2] / e[2], d[2] / e[2];
}'
