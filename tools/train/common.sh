# Shared settings for the tha_gov training scripts (sourced, not run).
set -euo pipefail
TRAIN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$TRAIN_DIR/../.." && pwd)"
WORK="${THA_GOV_WORK:-$TRAIN_DIR/work}"          # scratch: images, .lstmf, checkpoints (git-ignored)
SHARED="${THA_GOV_SHARED:-$REPO_ROOT/../shared}"   # ../shared/corpus (read-only)
[ -d "$SHARED/corpus" ] || SHARED=/work/shared
TLWG_DIR=/usr/share/fonts/truetype/tlwg
LANG_NAME=tha_gov
CKPT_DIR="$TRAIN_DIR/checkpoint"                   # the ONE committed checkpoint lives here
LATEST_CKPT="$CKPT_DIR/tha_gov_latest.checkpoint"    # working copy (git-ignored, ~29 MB)
LATEST_XZ="$LATEST_CKPT.xz"                         # the COMMITTED form (xz -3, ~14 MB; the 20 MB limit)
# unpack the committed checkpoint when the working copy is missing or older
unpack_latest() {
  if [ -s "$LATEST_XZ" ] && { [ ! -s "$LATEST_CKPT" ] || [ "$LATEST_XZ" -nt "$LATEST_CKPT" ]; }; then
    xz -dc "$LATEST_XZ" > "$LATEST_CKPT.tmp" && mv "$LATEST_CKPT.tmp" "$LATEST_CKPT" && touch -r "$LATEST_XZ" "$LATEST_CKPT"
  fi
}
# write the committed form (run once when training stops)
pack_latest() {
  [ -s "$LATEST_CKPT" ] || return 0
  xz -T1 -3 -c "$LATEST_CKPT" > "$LATEST_XZ.tmp" && mv "$LATEST_XZ.tmp" "$LATEST_XZ" && touch -r "$LATEST_XZ" "$LATEST_CKPT"
}
# Fonts used for training (TLWG, fonts-thai-tlwg). Norasi and Sarabun are HELD OUT for evaluation.
TRAIN_FONTS=("Laksaman" "Laksaman Bold" "Garuda" "Kinnari" "Loma" "Umpush" "Waree" "Tlwg Typist" "Sawasdee")
HELDOUT_FONTS=("Norasi" "Sarabun")
# More training fonts (all SIL OFL 1.1), from npm @fontsource/<family> (Thai + Latin subsets merged by
# merge_fonts.py into work/fonts/train/<family>-<weight>.ttf by setup.sh). family:weights
NPM_FONTS=("noto-sans-thai:400,700" "noto-serif-thai:400,700" "ibm-plex-sans-thai:400,700" "ibm-plex-sans-thai-looped:400"
           "noto-sans-thai-looped:400" "niramit:400,700" "k2d:400" "krub:400,700" "bai-jamjuree:400" "kodchasan:400"
           "taviraj:400,700" "trirong:400" "pridi:400,700" "maitree:400" "chakra-petch:400" "anuphan:400,700")
# Session 4 (render4.sh only; render2.sh keeps the list above so its set stays the same): 4 more OFL families
NPM_FONTS4=("kanit:400,700" "prompt:400" "fahkwang:400,700" "itim:400")
NPM_FONT_DIR="$WORK/fonts/train"
NET_SMALL='[1,36,0,1 Ct3,3,16 Mp3,3 Lfys48 Lfx96 Lrx96 Lfx192 O1c###]'
export OMP_THREAD_LIMIT=1
NICE="nice -n 19"
CONVERT=/usr/bin/convert   # ImageMagick (package imagemagick); /usr/local/bin/convert may be a stand-in
