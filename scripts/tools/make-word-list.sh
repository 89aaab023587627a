#!/usr/bin/env bash
# Writes the Chinese word list the confidence features weigh recognised text against
# (src/FormExtract.Core/Confidence/words.txt): the words of two or more ideographs in the dictionary of Tesseract's
# Simplified Chinese model, as Debian packages it (tesseract-ocr-chi-sim). A general dictionary, not the forms'
# own vocabulary: a misread character mostly leaves its neighbours in no word of it.
# Run it again when the model's data moves on; the list is committed so that scoring needs no Tesseract tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v dawg2wordlist >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-chi-sim >/dev/null
fi
model=$(find /usr/share/tesseract-ocr -name chi_sim.traineddata | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
combine_tessdata -u "$model" "$work/chi_sim." >/dev/null 2>&1
dawg2wordlist "$work/chi_sim.lstm-unicharset" "$work/chi_sim.lstm-word-dawg" "$work/words" >/dev/null 2>&1
out=src/FormExtract.Core/Confidence/words.txt
{
  echo "# Words of two or more ideographs from Tesseract's chi_sim dictionary (Apache License 2.0), made by scripts/tools/make-word-list.sh"
  grep -P '^[\x{4e00}-\x{9fff}]{2,}$' "$work/words" | LC_ALL=C sort -u
} > "$out"
echo "wrote $(grep -vc '^#' "$out") words to $out" >&2
