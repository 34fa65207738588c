#!/bin/sh
# Adds Digituki to the applications menu. Run from the unpacked Digituki folder:
#   ./install.sh --user      (this user only; no admin rights needed)
#   ./install.sh --uninstall (remove the menu entry again)
# The program stays where it was unpacked; data lives in the user's own folders, so unpacking a newer
# version over this folder upgrades it and keeps all data.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
case "${1:---user}" in
  --user)
    mkdir -p "$apps" "$icons"
    sed "s|@EXEC@|\"$here/Digituki\"|" "$here/digituki.desktop" > "$apps/digituki.desktop"
    cp "$here/digituki.png" "$icons/digituki.png"
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
    echo "Digituki added to the menu."
    ;;
  --uninstall)
    rm -f "$apps/digituki.desktop" "$icons/digituki.png"
    echo "Digituki removed from the menu (your data was not touched)."
    ;;
  *) echo "usage: $0 [--user|--uninstall]" >&2; exit 2 ;;
esac
