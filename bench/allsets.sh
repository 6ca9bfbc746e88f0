#!/usr/bin/env bash
# Every hand-written set's verbose output, for a byte-for-byte comparison of two versions of the code.
#
#   bash bench/allsets.sh OUTDIR          # from the repository root; PYTHON=... picks the interpreter
#   diff -r BEFORE_OUTDIR AFTER_OUTDIR    # what a change did to every set
#
# One file per set and severity (bench/planted and bench/heldout*, at info and at warning), plus drift_planted.
set -euo pipefail
out=${1:?usage: bash bench/allsets.sh OUTDIR}
py=${PYTHON:-python}
mkdir -p "$out"
export PYTHONPATH=. OUT="$out" PY="$py"
for dir in bench/planted bench/heldout*; do
  for severity in info warning; do
    printf '%s %s\n' "$dir" "$severity"
  done
done | xargs -P "${JOBS:-2}" -n 2 sh -c \
  '"$PY" bench/planted.py --dir "$0" --min-severity "$1" --verbose > "$OUT/$(basename "$0")-$1.txt" 2>&1'
"$py" bench/drift_planted.py --verbose > "$out/drift_planted.txt" 2>&1
ls "$out" | wc -l
