#!/usr/bin/env bash
# Installs what ThaiGovDocs needs on Debian/Ubuntu and is not there yet:
# Tesseract 5 + Leptonica (OCR engines), the stock Thai/English/OSD models, libthai's Thai word list + libdatrie
# (word repair), Thai fonts (test pages),
# poppler-utils (optional PDF text layers) and the tools used by tools/train.
set -euo pipefail

packages=(libtesseract5 liblept5 tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng tesseract-ocr-osd
          libthai-data libdatrie1 fonts-thai-tlwg poppler-utils python3)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "install-deps: the .NET SDK (version in global.json) is required: https://dot.net (package dotnet-sdk-10.0)" >&2
  exit 1
fi
