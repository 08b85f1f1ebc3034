#!/usr/bin/env bash
# Build the unicharset from the training text and the starter traineddata (no dictionary).
source "$(dirname "$0")/common.sh"
mkdir -p "$WORK/lang/script"
cd "$WORK/lang"
# the text + every Thai digit, ำ and ASCII printable, so the charset never depends on sampling
# (train2.txt: the render2.sh text with ๊ ๋ ฆ ฌ ฃ ฅ ฦ ๅ ฺ ํ, when it exists)
T2="$WORK/text/train2.txt"; [ -s "$T2" ] || T2=""
python3 - "$WORK/text/train.txt" $T2 > all_text.txt <<'PY'
import sys
for f in sys.argv[1:]:
    print(open(f, encoding="utf-8").read())
print(" ".join("๐๑๒๓๔๕๖๗๘๙") + " ำ ฿ ฯ ๆ")
print(" ".join(chr(c) for c in range(33, 127)))
PY
unicharset_extractor --output_unicharset unicharset --norm_mode 2 all_text.txt > unicharset.log 2>&1
# combine_lang_model reads radical-stroke.txt from the script dir even for Thai; an EMPTY line
# is accepted (a made-up entry such as "4E00 1.0" makes the recoder fail: "Invalid format").
printf '\n' > script/radical-stroke.txt
# like the stock tha model: keep Thai text unspaced (otherwise every Thai character becomes a "word")
mkdir -p "script/$LANG_NAME" && printf 'preserve_interword_spaces 1\n' > "script/$LANG_NAME/$LANG_NAME.config"
rm -rf "$LANG_NAME"
combine_lang_model --input_unicharset unicharset --script_dir script --output_dir . --lang "$LANG_NAME" > combine.log 2>&1
grep -q -E 'Error writing recoder|failed' combine.log && { cat combine.log | grep -E -i 'error|fail'; exit 1; }
echo "unicharset size: $(head -1 unicharset)"
for c in ๐ ๑ ๒ ๓ ๔ ๕ ๖ ๗ ๘ ๙ ำ; do grep -q "^$c " unicharset || { echo "MISSING $c"; exit 1; }; done
if [ -n "$T2" ]; then for c in ๊ ๋ ฆ ฌ ฃ ฅ ฦ ๅ ฺ ํ; do grep -q "^$c " unicharset || { echo "MISSING $c"; exit 1; }; done; fi
ls -la "$WORK/lang/$LANG_NAME/$LANG_NAME.traineddata"
