#!/usr/bin/env bash
# Archive-scale figures for docs/performance.md, each as a ratio or an exponent measured side by
# side in this run (the machines are noisy; absolute times are printed only for reference).
#
#   bench/compare.sh            # everything: corpora of 10k, 30k and 100k articles
#   QUICK=1 bench/compare.sh    # corpora of 2k, 6k and 20k articles, for a dry run
#   BENCH=0 bench/compare.sh    # skip the criterion benchmarks at the end
#   ONLY="recheck planted" bench/compare.sh   # some sections: rg growth threads memory recheck planted
#
# Needs hyperfine and ripgrep (Debian: apt-get install hyperfine ripgrep) and python3.
# Corpora are generated once into $WORK (default /tmp/claimlint-bench) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=${WORK:-/tmp/claimlint-bench}
SEED=${SEED:-1}
if [[ ${QUICK:-0} == 1 ]]; then SIZES=(2000 6000 20000); else SIZES=(10000 30000 100000); fi
LARGEST=${SIZES[-1]}
RUNS=${RUNS:-3}

for tool in hyperfine rg python3; do
    command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing" >&2; exit 2; }
done

cargo build --release --quiet --bin claimlint --example gen-corpus
CL=$PWD/target/release/claimlint
GEN=$PWD/target/release/examples/gen-corpus
mkdir -p "$WORK"

corpus() { echo "$WORK/n$1-s$SEED"; }
for n in "${SIZES[@]}"; do
    dir=$(corpus "$n")
    if [[ ! -f $dir/expected.jsonl ]]; then
        rm -rf "$dir"
        "$GEN" --articles "$n" --seed "$SEED" --out "$dir" >/dev/null
    fi
done
big=$(corpus "$LARGEST")
echo "corpus: $LARGEST articles, $(du -sLh --apparent-size "$big/" | cut -f1) of text, $(nproc) cores"

# Median wall time of a command in seconds (claimlint exits 1 when it finds something).
median() {
    local json=$WORK/hf.json
    hyperfine --style none --ignore-failure --warmup 1 --runs "$RUNS" --export-json "$json" "$1" >/dev/null
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$json"
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

check="$CL check --format json --no-cache"
grep_cmd="rg -c -i -e withdrew -e joined -e member"
want() { [[ -z ${ONLY:-} || " $ONLY " == *" $1 "* ]]; }

if want rg; then
echo
echo "== claimlint against ripgrep, $LARGEST articles, 2 threads (target: at most 3x)"
t_cl2=$(median "$check -j 2 $big")
t_rg2=$(median "$grep_cmd -j 2 $big")
echo "claimlint ${t_cl2}s, rg ${t_rg2}s: ratio $(ratio "$t_cl2" "$t_rg2")"
fi

if want growth; then
echo
echo "== growth over ${SIZES[*]} articles (target: exponent at most 1.1)"
times=()
for n in "${SIZES[@]}"; do
    t=$(median "$check -j 2 $(corpus "$n")")
    times+=("$t")
    echo "$n articles: ${t}s"
done
python3 - "${SIZES[@]}" "${times[@]}" <<'EOF'
import math, sys
k = (len(sys.argv) - 1) // 2
n = [float(x) for x in sys.argv[1:1 + k]]
t = [float(x) for x in sys.argv[1 + k:]]
xs, ys = [math.log(v) for v in n], [math.log(v) for v in t]
mx, my = sum(xs) / k, sum(ys) / k
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(f"fitted exponent of time against size: {slope:.2f}")
EOF
fi

if want threads; then
echo
echo "== two threads against one, $LARGEST articles (target: at least 1.6x; ripgrep's own for reference)"
[[ -n ${t_cl2:-} ]] || t_cl2=$(median "$check -j 2 $big")
[[ -n ${t_rg2:-} ]] || t_rg2=$(median "$grep_cmd -j 2 $big")
t_cl1=$(median "$check -j 1 $big")
t_rg1=$(median "$grep_cmd -j 1 $big")
echo "claimlint: ${t_cl1}s / ${t_cl2}s = $(ratio "$t_cl1" "$t_cl2")x"
echo "rg:        ${t_rg1}s / ${t_rg2}s = $(ratio "$t_rg1" "$t_rg2")x"
fi

if want memory; then
echo
echo "== peak resident memory, $LARGEST articles (target: at most 300 MB)"
/usr/bin/time -v $check -j 2 "$big" >/dev/null 2>"$WORK/time.txt" || true
kb=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/time.txt")
echo "$((kb / 1024)) MB"
fi

if want recheck; then
echo
echo "== re-check after editing one article, warm cache (target: at most 25% of the cold run)"
cache=$WORK/cache
rm -rf "$cache"
# `sed -n 1p` reads all its input (with `head`, `sort` may die of SIGPIPE under pipefail).
edit=$(find "$big/" -name '*.txt' | sort | sed -n 1p)
claim=$(grep -rl --include='*.txt' ' joined ' "$big/" | sort | sed -n 1p)
cp "$edit" "$WORK/edited.orig"
cp "$claim" "$WORK/claim.orig"
"$CL" check --format json --cache-dir "$cache" "$big" >/dev/null 2>&1 || true
t_cold=$(median "$check -j 2 $big")
warm() {
    hyperfine --style none --ignore-failure --runs "$RUNS" --export-json "$WORK/hf.json" \
        --prepare "$1" "$CL check --format json -j 2 --cache-dir $cache $big" >/dev/null
    python3 -c "import json; print(json.load(open('$WORK/hf.json'))['results'][0]['median'])"
}
# Prose that changes no claim (the findings keep their keys), then a claim that changes (each
# run toggles the article between two versions, so every run sees a change).
t_prose=$(warm "cp $WORK/edited.orig $edit && echo 'A late correction was added to this article.' >> $edit")
cp "$WORK/edited.orig" "$edit"
t_claim=$(warm "if cmp -s $claim $WORK/claim.orig; then sed 's/ joined / rejoined /' $WORK/claim.orig > $claim; else cp $WORK/claim.orig $claim; fi")
cp "$WORK/claim.orig" "$claim"
echo "cold ${t_cold}s; warm after a prose edit ${t_prose}s: $(ratio "$t_prose" "$t_cold") of the cold run"
echo "warm after an edit that changes claims ${t_claim}s: $(ratio "$t_claim" "$t_cold") of the cold run"
fi

if want planted; then
echo
echo "== planted findings at $LARGEST articles (target: all found, nothing else)"
$check "$big" >"$WORK/findings.jsonl" 2>/dev/null || true
"$GEN" verify "$big/expected.jsonl" "$WORK/findings.jsonl" | tail -1
fi

if [[ ${BENCH:-1} == 1 ]]; then
    echo
    echo "== rule evaluation: engine (10^6 facts) and against ascent"
    cargo bench --quiet --bench engine 2>/dev/null | grep -E "^engine|time:" || true
    cargo bench --quiet --bench ascent 2>/dev/null | grep -E "^(engine|ascent)|time:" || true
fi
