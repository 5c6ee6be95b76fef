#!/usr/bin/env bash
# Rebuilds the committed .docx/.pdf fixtures of seeds 001 and 003 with LibreOffice, the way an evaluator's
# files are made: 001 from its text (one paragraph per line), 003 through HTML so its score table is a real
# Word table with a merged cell. Needs: apt-get install libreoffice-writer-nogui fonts-noto-cjk
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="${1:-$here/../../../../../shared/seeds}"
out="$here/../resources/fixtures"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$seeds"/001_*.txt "$work/seed001.txt"
python3 "$here/seed_to_html.py" "$seeds"/003_*.txt > "$work/seed003.html"
cd "$work"
soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to 'docx:MS Word 2007 XML' seed001.txt
soffice --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' seed003.html
soffice --headless --convert-to pdf seed001.docx seed003.docx
mkdir -p "$out"
cp seed001.docx seed001.pdf seed003.docx seed003.pdf "$out/"
