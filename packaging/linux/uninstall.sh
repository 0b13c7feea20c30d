#!/bin/sh
# Remove what install.sh installed for this user, and nothing else: the program folder
# ~/.local/lib/drempelmeter, the link ~/.local/bin/drempelmeter, and each desktop file install.sh
# placed under ~/.local/share (the same names as in the program folder's share/).
#
# Never removed: your .drempel files (wherever they are), and the app's own data folder
# ~/.local/share/Drempelmeter with its backups and logs, nor its settings in ~/.config.
set -eu

DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PROGRAM=$HOME/.local/lib/drempelmeter
BIN=$HOME/.local/bin
MARK=.installed-by-drempelmeter

if [ ! -e "$PROGRAM/$MARK" ]; then
  echo "uninstall.sh: Drempelmeter is not installed in $PROGRAM" >&2
  exit 1
fi
if [ -d "$PROGRAM/share" ]; then
  (cd "$PROGRAM/share" && find . -type f) | while IFS= read -r file; do
    rm -f "$DATA/${file#./}"
  done
fi
if [ -L "$BIN/drempelmeter" ] && [ "$(readlink "$BIN/drempelmeter")" = "$PROGRAM/drempelmeter" ]; then
  rm -f "$BIN/drempelmeter"
fi
rm -rf "$PROGRAM"

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA/mime" ]; then
  update-mime-database "$DATA/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
  update-desktop-database -q "$DATA/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
fi
echo "Drempelmeter is removed. Your .drempel files and the backups in $DATA/Drempelmeter are kept."
