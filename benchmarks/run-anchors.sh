#!/usr/bin/env bash
# The whole-process table of issue 16, for one or more builds side by side in one sitting: `framing score` on the
# 100 MiB Arabic JSON Lines corpus with a one-entry lexicon that never matches, the starter lexicon and syria-conflict
# (with and without 2,000 bootstrap replicates), --parallel 1 and 2, plus the scikit-learn anchor when it is installed.
# Every cell is the median wall time of RUNS runs (default 3), MiB/s from it, the median CPU time (user + system: on a
# machine shared with other work it varies much less than wall time) and the largest resident set of the runs. Rounds
# alternate between the builds, so drift of a shared machine hits every build alike.
#
# Each core's speed is measured first and last (sha256sum of the corpus pinned to one core with taskset, median of 3
# runs): a virtual machine's two cores need not be equally fast, and the gain from the second core is then bounded by
# how fast it is. The script prints that bound, and two cells pinned to the fastest core (every thread of the process
# on one core: the JIT's warm-up thread and the garbage collector included).
#
# usage: benchmarks/run-anchors.sh [-n RUNS] [-c CORPUS] [--installed] [--native] [--no-sklearn] [LABEL=BUILD_DIR ...]
#   LABEL=BUILD_DIR  a folder holding Framing.Cli.dll (for example a copy of src/Framing.Cli/bin/Release/net10.0 made
#                    before a change); default: now=src/Framing.Cli/bin/Release/net10.0 (built here, JIT)
#   --installed      also pack and install the tool (ReadyToRun on linux-x64) from this checkout, labelled "installed"
#   --native         also pack and install the native tool package (dotnet pack -r linux-x64 -p:PublishAot=true after
#                    the tool's pack; needs clang or gcc) from this checkout, labelled "native"
#   -c CORPUS        the corpus (default: $TMPDIR/framing-bench-100.jsonl, made by ../shared/anchors/make_corpus.py)
# needs: dotnet, /usr/bin/time, python3, taskset (util-linux) for the core speeds and the pinned cells; scikit-learn for the anchor row (apt-get install -y python3-sklearn python3-scipy)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=3
CORPUS=${TMPDIR:-/tmp}/framing-bench-100.jsonl
SHARED=../shared
INSTALLED=0
NATIVE=0
SKLEARN=1
BUILDS=()
while [ $# -gt 0 ]; do
  case $1 in
    -n) RUNS=$2; shift 2 ;;
    -c) CORPUS=$2; shift 2 ;;
    --installed) INSTALLED=1; shift ;;
    --native) NATIVE=1; shift ;;
    --no-sklearn) SKLEARN=0; shift ;;
    *=*) BUILDS+=("$1"); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

[ -f "$CORPUS" ] || /usr/bin/python3 "$SHARED/anchors/make_corpus.py" "$SHARED/seeds" "$CORPUS" 100
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ ${#BUILDS[@]} -eq 0 ]; then
  dotnet build -c Release src/Framing.Cli -v quiet -nologo > /dev/null
  BUILDS=("now=src/Framing.Cli/bin/Release/net10.0")
fi
if [ "$INSTALLED" = 1 ]; then
  dotnet pack src/Framing.Cli -c Release -o "$WORK/packages" -v quiet -nologo > /dev/null
  NUGET_PACKAGES="$WORK/nuget" dotnet tool install --tool-path "$WORK/tool" --add-source "$WORK/packages" Framing.Cli > /dev/null
  BUILDS+=("installed=TOOL:$WORK/tool/framing")
fi
if [ "$NATIVE" = 1 ]; then
  # The native tool package (README, "A native build"): the tool's packages, then the linux-x64 one compiled natively.
  dotnet pack src/Framing.Cli -c Release -o "$WORK/native-packages" -v quiet -nologo > /dev/null
  dotnet pack src/Framing.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$WORK/native-packages" -v quiet -nologo > /dev/null
  NUGET_PACKAGES="$WORK/native-nuget" dotnet tool install --tool-path "$WORK/native-tool" --add-source "$WORK/native-packages" Framing.Cli > /dev/null
  BUILDS+=("native=TOOL:$WORK/native-tool/framing")
fi

# A lexicon of one entry that no document contains (the same file the stage benchmarks embed): the cost of the
# pipeline without matching.
ONE_ENTRY=benchmarks/one-entry.yaml

# Core speeds: seconds to hash the corpus on each core (median of 3), the fastest core, and the bound on the gain of
# --parallel 2 over one thread on the fastest core when the work splits perfectly between the cores: 1 + fastest/other.
core_speeds() {
  local cpu
  for ((cpu = 0; cpu < $(nproc); cpu++)); do
    for i in 1 2 3; do
      /usr/bin/time -o "$WORK/t" -f '%e' taskset -c "$cpu" sha256sum "$CORPUS" > /dev/null
      tail -1 "$WORK/t"
    done | sort -n | sed -n 2p | sed "s/^/$cpu /"
  done
}
describe_cores() { # file of "cpu seconds" lines
  sort -k2 -n "$1" | awk '
    NR == 1 { fast = $1; best = $2 }
    { line = line sprintf("%scpu%s %.2f s", NR > 1 ? ", " : "", $1, $2); gain += best / $2 }
    END { printf "core speeds (sha256sum of the corpus pinned to each core, median of 3): %s; fastest cpu%s; ", line, fast
          printf "the most --parallel %d can gain over one thread on the fastest core: %.2fx\n", NR, gain }'
}
PIN=""
if command -v taskset > /dev/null; then
  core_speeds > "$WORK/cores-start"
  PIN=$(sort -k2 -n "$WORK/cores-start" | head -1 | cut -d' ' -f1)
fi

CASES=(
  "one-entry, --bootstrap 0, --parallel 1|--lexicon $ONE_ENTRY --bootstrap 0 --parallel 1"
  "one-entry, --bootstrap 0, --parallel 2|--lexicon $ONE_ENTRY --bootstrap 0 --parallel 2"
  "starter, --bootstrap 0, --parallel 1|--lexicon starter --bootstrap 0 --parallel 1"
  "syria-conflict, --bootstrap 0, --parallel 1|--lexicon syria-conflict --bootstrap 0 --parallel 1"
  "syria-conflict, --bootstrap 2000, --parallel 1|--lexicon syria-conflict --bootstrap 2000 --parallel 1"
  "syria-conflict, --bootstrap 2000, --parallel 2|--lexicon syria-conflict --bootstrap 2000 --parallel 2"
)
if [ -n "$PIN" ]; then
  CASES+=(
    "one-entry, --bootstrap 0, --parallel 1, pinned to cpu$PIN|pin --lexicon $ONE_ENTRY --bootstrap 0 --parallel 1"
    "syria-conflict, --bootstrap 2000, --parallel 1, pinned to cpu$PIN|pin --lexicon syria-conflict --bootstrap 2000 --parallel 1"
  )
fi

run_framing() { # build, options...: one run, appends "seconds kb" to the cell's file
  local build=$1 cell=$2; shift 2
  local path=${build#*=}
  local cmd=()
  if [ "$1" = pin ]; then cmd=(taskset -c "$PIN"); shift; fi
  if [[ $path == TOOL:* ]]; then cmd+=("${path#TOOL:}"); else cmd+=(dotnet "$path/Framing.Cli.dll"); fi
  /usr/bin/time -o "$WORK/t" -f '%e %M %U %S' "${cmd[@]}" score "$CORPUS" "$@" -f csv -o /dev/null -q
  tail -1 "$WORK/t" >> "$cell"
}

BYTES=$(stat -c %s "$CORPUS")
echo "cells: median wall time, MiB/s from it, median CPU time (user + system), peak resident memory"
echo "corpus: $CORPUS ($BYTES bytes); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); dotnet $(dotnet --version); $(date -u '+%F %H:%M UTC'); $RUNS runs per cell"
for ((r = 1; r <= RUNS; r++)); do
  for c in "${!CASES[@]}"; do
    read -r -a opts <<< "${CASES[$c]#*|}"
    for b in "${!BUILDS[@]}"; do
      run_framing "${BUILDS[$b]}" "$WORK/cell-$c-$b" "${opts[@]}"
    done
  done
  if [ "$SKLEARN" = 1 ] && /usr/bin/python3 -c 'import sklearn' 2> /dev/null; then
    /usr/bin/time -o "$WORK/t" -f '%e %M %U %S' /usr/bin/python3 "$SHARED/anchors/sklearn_score.py" "$SHARED/anchors/lexicon_ar.tsv" "$CORPUS" > /dev/null 2>&1
    tail -1 "$WORK/t" >> "$WORK/sklearn"
  fi
done
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%H:%M UTC')"
if [ -n "$PIN" ]; then
  core_speeds > "$WORK/cores-end"
  echo "at the start: $(describe_cores "$WORK/cores-start")"
  echo "at the end: $(describe_cores "$WORK/cores-end")"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cell() { # file: "median wall, MiB/s, median CPU, peak MB"
  local s; s=$(cut -d' ' -f1 "$1" | median)
  local kb; kb=$(cut -d' ' -f2 "$1" | sort -n | tail -1)
  local cpu; cpu=$(awk '{ print $3 + $4 }' "$1" | median)
  awk -v s="$s" -v kb="$kb" -v cpu="$cpu" -v bytes="$BYTES" 'BEGIN { printf "%.2f s, %.0f MiB/s, CPU %.2f s, %.0f MB", s, bytes / 1048576 / s, cpu, kb / 1024 }'
}

header="| run |"; rule="|---|"
for b in "${BUILDS[@]}"; do header+=" ${b%%=*} |"; rule+="---|"; done
echo "$header"; echo "$rule"
for c in "${!CASES[@]}"; do
  line="| ${CASES[$c]%%|*} |"
  for b in "${!BUILDS[@]}"; do line+=" $(cell "$WORK/cell-$c-$b") |"; done
  echo "$line"
done
if [ -f "$WORK/sklearn" ]; then
  echo "| scikit-learn anchor (\`sklearn_score.py\`) | $(cell "$WORK/sklearn") |"
fi
