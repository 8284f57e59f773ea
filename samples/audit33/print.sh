#!/bin/sh
# For each plan name: Calc (headless, own profile) opens docs/raw/NAME.xlsx, fits the row heights
# of every row build.py did not fix (expected.json "fixed_rows"), saves docs/NAME.xlsx and prints
# docs/NAME.pdf. "raw" as the first argument instead prints the raw workbooks as they are
# (no heights: Calc keeps the default height, wrapped text cut) to docs/raw/NAME.pdf.
# Usage: sh print.sh [raw] NAME...
set -e
cd "$(dirname "$0")"
PROFILE=/tmp/lo-audit33
LO="soffice -env:UserInstallation=file://$PROFILE --headless"
if [ ! -d $PROFILE/user/basic/Standard ]; then $LO --terminate_after_init >/dev/null 2>&1 || true; fi
cp Fit.xba $PROFILE/user/basic/Standard/Fit.xba
grep -q '"Fit"' $PROFILE/user/basic/Standard/script.xlb || \
  sed -i 's#</library:library>#<library:element library:name="Fit"/></library:library>#' \
    $PROFILE/user/basic/Standard/script.xlb
if [ "$1" = raw ]; then shift
  for n in "$@"; do $LO --convert-to pdf --outdir docs/raw docs/raw/$n.xlsx >/dev/null 2>&1
    echo "printed raw $n: $(pdfinfo docs/raw/$n.pdf | grep '^Pages' | tr -s ' ')"; done; exit 0; fi
for n in "$@"; do
  fixed=$(python3 -c "import json,sys;print(','.join(map(str,json.load(open(sys.argv[1]))['fixed_rows'])))" docs/$n.expected.json)
  $LO "macro:///Standard.Fit.Fit(\"$PWD/docs/raw/$n.xlsx\",\"$PWD/docs/$n\",\"$fixed\")" >/dev/null 2>&1
  echo "printed $n: $(pdfinfo docs/$n.pdf | grep '^Pages' | tr -s ' ')"
done
