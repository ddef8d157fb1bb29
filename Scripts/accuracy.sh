#!/bin/sh
# Scores the reader and the engine on every hand-annotated set in the repository:
#   seeds    the five Lemvig minutes of Examples/minutes
#   layouts  fifteen municipalities' layouts (Tests/MinutesCoreTests/Fixtures/layouts)
#   blind1-18 real public minutes of other councils and boards, annotated by hand; blind19-22
#            twelve minutes each written blind in their forms (see their SOURCES.md)
#            (Tests/Accuracy/blindN: texts, gold.json, SOURCES.md)
# Each set is exported with `followup export --format json --as-of DAY` and scored with the
# export contract's scorer (../shared/tools/score.py when it is there, else the copy in
# Tests/Accuracy/score.py).
#
#   Scripts/accuracy.sh            summary line of every set
#   Scripts/accuracy.sh --explain  every metric and every miss
set -eu
cd "$(dirname "$0")/.."
explain=""
[ "${1:-}" = "--explain" ] && explain="--explain"
scorer=../shared/tools/score.py
[ -f "$scorer" ] || scorer=Tests/Accuracy/score.py
command -v python3 >/dev/null || { echo "accuracy.sh: python3 mangler" >&2; exit 69; }
swift build --product followup >/dev/null
bin=.build/debug/followup
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

score() { # name gold as-of files...
  name=$1; gold=$2; asof=$3; shift 3
  "$bin" export --format json --as-of "$asof" "$@" > "$out/$name.json" 2> "$out/$name.err" || true
  echo "== $name (--as-of $asof)"
  if [ -n "$explain" ]; then
    python3 "$scorer" "$gold" "$out/$name.json" --explain
  else
    python3 "$scorer" "$gold" "$out/$name.json" | tail -n 1
  fi
}

score seeds Tests/Accuracy/seeds.gold.json 2025-01-01 Examples/minutes/*.md Examples/minutes/*.txt
score layouts Tests/Accuracy/layouts.gold.json 2025-10-28 Tests/MinutesCoreTests/Fixtures/layouts/*.txt
score blind1 Tests/Accuracy/blind1/gold.json 2020-06-23 Tests/Accuracy/blind1/texts
score blind2 Tests/Accuracy/blind2/gold.json 2023-04-18 Tests/Accuracy/blind2/texts
score blind3 Tests/Accuracy/blind3/gold.json 2024-07-03 Tests/Accuracy/blind3/texts
score blind4 Tests/Accuracy/blind4/gold.json 2023-04-13 Tests/Accuracy/blind4/texts
score blind5 Tests/Accuracy/blind5/gold.json 2022-10-11 Tests/Accuracy/blind5/texts
score blind6 Tests/Accuracy/blind6/gold.json 2023-10-24 Tests/Accuracy/blind6/texts
score blind7 Tests/Accuracy/blind7/gold.json 2025-11-27 Tests/Accuracy/blind7/texts
score blind8 Tests/Accuracy/blind8/gold.json 2025-06-26 Tests/Accuracy/blind8/texts
score blind9 Tests/Accuracy/blind9/gold.json 2024-01-05 Tests/Accuracy/blind9/texts
score blind10 Tests/Accuracy/blind10/gold.json 2022-04-06 Tests/Accuracy/blind10/texts
score blind11 Tests/Accuracy/blind11/gold.json 2019-08-28 Tests/Accuracy/blind11/texts
score blind12 Tests/Accuracy/blind12/gold.json 2025-03-13 Tests/Accuracy/blind12/texts
score blind13 Tests/Accuracy/blind13/gold.json 2024-03-07 Tests/Accuracy/blind13/texts
score blind14 Tests/Accuracy/blind14/gold.json 2023-09-21 Tests/Accuracy/blind14/texts
score blind15 Tests/Accuracy/blind15/gold.json 2024-03-01 Tests/Accuracy/blind15/texts
score blind16 Tests/Accuracy/blind16/gold.json 2024-01-04 Tests/Accuracy/blind16/texts
score blind17 Tests/Accuracy/blind17/gold.json 2021-09-07 Tests/Accuracy/blind17/texts
score blind18 Tests/Accuracy/blind18/gold.json 2022-05-13 Tests/Accuracy/blind18/texts
score blind19 Tests/Accuracy/blind19/gold.json 2025-12-31 Tests/Accuracy/blind19/texts
score blind20 Tests/Accuracy/blind20/gold.json 2025-12-31 Tests/Accuracy/blind20/texts
score blind21 Tests/Accuracy/blind21/gold.json 2025-12-31 Tests/Accuracy/blind21/texts
score blind22 Tests/Accuracy/blind22/gold.json 2025-12-31 Tests/Accuracy/blind22/texts
score blind23 Tests/Accuracy/blind23/gold.json 2026-12-31 Tests/Accuracy/blind23/texts
score blind24 Tests/Accuracy/blind24/gold.json 2027-12-31 Tests/Accuracy/blind24/texts
score blind25 Tests/Accuracy/blind25/gold.json 2028-12-31 Tests/Accuracy/blind25/texts
score blind26 Tests/Accuracy/blind26/gold.json 2029-12-31 Tests/Accuracy/blind26/texts
score blind27 Tests/Accuracy/blind27/gold.json 2030-12-31 Tests/Accuracy/blind27/texts
score blind28 Tests/Accuracy/blind28/gold.json 2031-12-31 Tests/Accuracy/blind28/texts
score blind29 Tests/Accuracy/blind29/gold.json 2032-12-31 Tests/Accuracy/blind29/texts
score blind30 Tests/Accuracy/blind30/gold.json 2033-12-31 Tests/Accuracy/blind30/texts
score blind31 Tests/Accuracy/blind31/gold.json 2034-12-31 Tests/Accuracy/blind31/texts
score blind32 Tests/Accuracy/blind32/gold.json 2035-12-31 Tests/Accuracy/blind32/texts
score blind33 Tests/Accuracy/blind33/gold.json 2036-12-31 Tests/Accuracy/blind33/texts
score blind34 Tests/Accuracy/blind34/gold.json 2037-12-31 Tests/Accuracy/blind34/texts
score blind35 Tests/Accuracy/blind35/gold.json 2038-12-31 Tests/Accuracy/blind35/texts
score blind36 Tests/Accuracy/blind36/gold.json 2039-12-31 Tests/Accuracy/blind36/texts
score blind37 Tests/Accuracy/blind37/gold.json 2040-12-31 Tests/Accuracy/blind37/texts
score blind38 Tests/Accuracy/blind38/gold.json 2041-12-31 Tests/Accuracy/blind38/texts
score blind39 Tests/Accuracy/blind39/gold.json 2042-12-31 Tests/Accuracy/blind39/texts
score blind40 Tests/Accuracy/blind40/gold.json 2043-12-31 Tests/Accuracy/blind40/texts
score blind41 Tests/Accuracy/blind41/gold.json 2044-12-31 Tests/Accuracy/blind41/texts
score blind42 Tests/Accuracy/blind42/gold.json 2045-12-31 Tests/Accuracy/blind42/texts
