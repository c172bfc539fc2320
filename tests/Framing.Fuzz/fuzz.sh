#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with afl-fuzz (README.md, "Fuzzing").
#   bash tests/Framing.Fuzz/fuzz.sh TARGET [SECONDS] [WORKDIR]
# TARGET: jsonl, csv, parquet, lexicon, text, state, liwc, quanteda, mapping or known. Needs afl-fuzz
# (apt-get install -y afl++) and the SharpFuzz instrumentation tool (dotnet tool install SharpFuzz.CommandLine
# --version 2.3.0 --tool-path DIR; DIR on PATH, or SHARPFUZZ=DIR/sharpfuzz). FUZZ_MODE=run-isolated runs each input
# in a child process: slower, but a stack overflow is then a crash of its input instead of the end of the run.
# When dictionaries/TARGET.dict exists beside this script (afl's dictionary format: name="token" lines), afl-fuzz
# gets it with -x and splices its tokens in whole (JSON and YAML punctuation, the field names the reader knows).
# Crashes land in WORKDIR/findings/TARGET/default/crashes/; reproduce one with the uninstrumented build (instrumented
# code runs only under afl-fuzz):
#   dotnet build tests/Framing.Fuzz -c Release && dotnet tests/Framing.Fuzz/bin/Release/net10.0/Framing.Fuzz.dll replay TARGET FILE
set -euo pipefail
target=${1:?usage: fuzz.sh TARGET [SECONDS] [WORKDIR]}
seconds=${2:-600}
work=${3:-${TMPDIR:-/tmp}/framing-fuzz}
here=$(cd "$(dirname "$0")" && pwd)
sharpfuzz=${SHARPFUZZ:-sharpfuzz}
command -v afl-fuzz > /dev/null || { echo "fuzz.sh: afl-fuzz not found (apt-get install -y afl++)" >&2; exit 2; }
command -v "$sharpfuzz" > /dev/null || { echo "fuzz.sh: sharpfuzz not found (dotnet tool install SharpFuzz.CommandLine)" >&2; exit 2; }

mkdir -p "$work"
if [ ! -f "$work/out/.instrumented" ]; then
  rm -rf "$work/out"
  dotnet publish "$here/Framing.Fuzz.csproj" -c Release -o "$work/out" > "$work/publish.log"
  # The seeds first: instrumented code runs only under afl-fuzz.
  rm -rf "$work/seeds"
  dotnet "$work/out/Framing.Fuzz.dll" seeds "$work/seeds"
  # Coverage of the library's own code guides the fuzzer; the packages it uses run uninstrumented.
  "$sharpfuzz" "$work/out/Framing.dll"
  "$sharpfuzz" "$work/out/Framing.Parquet.dll"
  "$sharpfuzz" "$work/out/Framing.Statistics.dll"
  touch "$work/out/.instrumented"
fi

mkdir -p "$work/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# Resume where an earlier run of the target stopped.
input="$work/seeds/$target"
[ -d "$work/findings/$target/default/queue" ] && input=-
dictionary=()
[ -f "$here/dictionaries/$target.dict" ] && dictionary=(-x "$here/dictionaries/$target.dict")
afl-fuzz -i "$input" -o "$work/findings/$target" "${dictionary[@]}" -t 10000 -m none -V "$seconds" -- "$work/out/Framing.Fuzz" "${FUZZ_MODE:-run}" "$target" \
  > "$work/afl-$target.log" 2>&1 || true
stats="$work/findings/$target/default/fuzzer_stats"
crashes=$(find "$work/findings/$target/default/crashes" -type f -name 'id:*' 2> /dev/null | wc -l)
hangs=$(find "$work/findings/$target/default/hangs" -type f -name 'id:*' 2> /dev/null | wc -l)
execs=$(awk -F': *' '$1 ~ /^execs_done/ {print $2}' "$stats" 2> /dev/null || echo 0)
paths=$(awk -F': *' '$1 ~ /^corpus_count/ {print $2}' "$stats" 2> /dev/null || echo 0)
echo "fuzz $target: $execs executions, $paths inputs in the queue, $crashes crashes, $hangs hangs ($work/findings/$target)"
[ "$crashes" -eq 0 ]
