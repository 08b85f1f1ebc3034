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
LATEST_CKPT="$CKPT_DIR/tha_gov_latest.checkpoint"
# Fonts used for training (TLWG, fonts-thai-tlwg). Norasi and Sarabun are HELD OUT for evaluation.
TRAIN_FONTS=("Laksaman" "Laksaman Bold" "Garuda" "Kinnari" "Loma" "Umpush" "Waree" "Tlwg Typist" "Sawasdee")
HELDOUT_FONTS=("Norasi" "Sarabun")
NET_SMALL='[1,36,0,1 Ct3,3,16 Mp3,3 Lfys48 Lfx96 Lrx96 Lfx192 O1c###]'
export OMP_THREAD_LIMIT=1
NICE="nice -n 19"
CONVERT=/usr/bin/convert   # ImageMagick (package imagemagick); /usr/local/bin/convert may be a stand-in
