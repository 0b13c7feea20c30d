#!/bin/sh
# Remove what install.sh installed for this user, and nothing else: the program folder
# ~/.local/lib/drempelmeter, the link ~/.local/bin/drempelmeter, each desktop file install.sh
# placed under ~/.local/share (the same names as in the program folder's share/), the folders
# install.sh made for them once they are empty again (never a folder that holds anything else),
# and the app's cache ~/.cache/Drempelmeter (the charts' font list copied from the program:
# program residue, rebuilt at the next start of a new install).
#
# Never removed: your .drempel files (wherever they are), the app's data folder
# ~/.local/share/Drempelmeter (backups, the demo, interrupted edits, your questionnaires), its
# settings ~/.config/Drempelmeter/Drempelmeter.conf and its log ~/.local/state/Drempelmeter/log.
set -eu

DATA=${XDG_DATA_HOME:-$HOME/.local/share}
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/Drempelmeter
CONFIG=${XDG_CONFIG_HOME:-$HOME/.config}/Drempelmeter
STATE=${XDG_STATE_HOME:-$HOME/.local/state}/Drempelmeter
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
CREATED=$(cat "$PROGRAM/.created-folders" 2>/dev/null || true)
rm -rf "$PROGRAM" "$CACHE"

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA/mime/packages" ]; then
  update-mime-database "$DATA/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
  update-desktop-database -q "$DATA/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
fi

# The folders install.sh made, deepest first, each removed only when empty. In a folder it
# made, the index a desktop tool rebuilt goes first when it is all that is left there: the
# menu's (mimeinfo.cache), the icons' (icon-theme.cache), and the MIME database update-mime-
# database wrote beside packages/ (once packages/, which held only ours, is gone).
GENERATED_MIME='mime.cache aliases generic-icons globs globs2 icons magic subclasses treemagic
types version XMLnamespaces'
printf '%s\n' "$CREATED" | sort -r | while IFS= read -r dir; do
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    continue
  fi
  case $dir in
    "$DATA/applications") index=mimeinfo.cache ;;
    "$DATA/icons/hicolor") index=icon-theme.cache ;;
    *) index= ;;
  esac
  if [ -n "$index" ] && [ "$(ls -A "$dir")" = "$index" ]; then
    rm -f "$dir/$index"
  fi
  if [ "$dir" = "$DATA/mime" ] && [ ! -e "$dir/packages" ]; then
    for name in $GENERATED_MIME; do
      rm -f "$dir/$name"
    done
    # the per-type files (application/x-drempelmeter.xml, ...) in their media-type folders
    find "$dir" -mindepth 2 -maxdepth 2 -type f -name '*.xml' -delete
    find "$dir" -mindepth 1 -maxdepth 1 -type d -empty -delete
  fi
  rmdir "$dir" 2>/dev/null || true
done

echo "Drempelmeter is removed, with its cache ($CACHE)."
echo "Kept: your .drempel files, the backups and the demo in $DATA/Drempelmeter, the settings in"
echo "$CONFIG and the log in $STATE."
