#!/bin/sh
# Install Drempelmeter for this user only: no root, nothing outside the home folder.
#
#   ~/.local/lib/drempelmeter/          the program (this folder's drempelmeter/), and a copy of
#                                       share/ and uninstall.sh to remove it later
#   ~/.local/bin/drempelmeter           a link to the program, for the command line
#   ~/.local/share/applications/, metainfo/, mime/packages/, icons/hicolor/
#                                       the menu entry, the software centre's description, the
#                                       .drempel file type and the icons (this folder's share/)
#
# What the app itself writes, as it runs (drempelmeter/paths.py; the XDG_*_HOME variables move
# them):
#   your .drempel files                 wherever you save them
#   ~/.local/share/Drempelmeter/        backups, the demo, interrupted edits, your questionnaires
#   ~/.config/Drempelmeter/Drempelmeter.conf    settings and recent files
#   ~/.local/state/Drempelmeter/log/    the log (drempelmeter.log)
#   ~/.cache/Drempelmeter/              the charts' font list, copied from the program
# The program does not go to ~/.local/share/drempelmeter, so the two are never taken for each
# other. Run it again to update; ~/.local/lib/drempelmeter/uninstall.sh removes the program and
# the cache, and keeps the user's files, backups, settings and log. The folders this script
# makes are listed in the program folder's .created-folders, for uninstall.sh to remove when
# they are empty again.
set -eu

ID=be.drempelmeter.Drempelmeter
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
PROGRAM=$HOME/.local/lib/drempelmeter
BIN=$HOME/.local/bin
MARK=.installed-by-drempelmeter

if [ ! -x "$HERE/drempelmeter/drempelmeter" ] || [ ! -d "$HERE/share" ]; then
  echo "install.sh: run it from the unpacked folder (drempelmeter/ and share/ beside it)" >&2
  exit 1
fi
case $(uname -m) in
  x86_64|amd64) ;;
  *) echo "install.sh: this build is for x86_64 (64-bit Intel or AMD), not $(uname -m)" >&2
     exit 1 ;;
esac
case $PROGRAM in
  *[\"\`\$\\]*) echo "install.sh: the home folder's path holds \" \` \$ or \\: not supported" >&2
                exit 1 ;;
esac
if [ -e "$PROGRAM" ] && [ ! -e "$PROGRAM/$MARK" ]; then
  echo "install.sh: $PROGRAM exists and was not made by this script: move it away first" >&2
  exit 1
fi

# mkdir -p, noting each folder it makes in $CREATED (a file: the loops below run in subshells)
CREATED=$(mktemp)
trap 'rm -f "$CREATED"' EXIT
make_dir() {
  dir=$1
  while [ ! -d "$dir" ]; do
    printf '%s\n' "$dir" >> "$CREATED"
    dir=$(dirname "$dir")
  done
  mkdir -p "$1"
}

# The program: copied beside the old one, then swapped in, so a failed copy leaves the old one.
make_dir "$(dirname "$PROGRAM")"
make_dir "$BIN"
rm -rf "$PROGRAM.new"
cp -R "$HERE/drempelmeter" "$PROGRAM.new"
cp -R "$HERE/share" "$PROGRAM.new/share"
cp "$HERE/uninstall.sh" "$PROGRAM.new/uninstall.sh"
: > "$PROGRAM.new/$MARK"
# An update: the desktop files the version before placed go first, or one it had and this one
# has not would stay behind.
if [ -d "$PROGRAM/share" ]; then
  (cd "$PROGRAM/share" && find . -type f) | while IFS= read -r file; do
    rm -f "$DATA/${file#./}"
  done
fi
if [ -f "$PROGRAM/.created-folders" ]; then
  cp "$PROGRAM/.created-folders" "$PROGRAM.new/.created-folders.old"
fi
rm -rf "$PROGRAM"
mv "$PROGRAM.new" "$PROGRAM"
ln -sfn "$PROGRAM/drempelmeter" "$BIN/drempelmeter"

# The desktop's files: each file of share/ to the same place under ~/.local/share; the menu
# entry starts the program by its full path (~/.local/bin is not on every desktop's PATH).
(cd "$HERE/share" && find . -type f) | while IFS= read -r file; do
  target=$DATA/${file#./}
  make_dir "$(dirname "$target")"
  case $file in
    *.desktop)
      EXEC="Exec=\"$PROGRAM/drempelmeter\" %f" TRY="TryExec=$PROGRAM/drempelmeter" awk '
        /^Exec=/ { print ENVIRON["EXEC"]; print ENVIRON["TRY"]; next } { print }
      ' "$HERE/share/$file" > "$target" ;;
    *) cp "$HERE/share/$file" "$target" ;;
  esac
done

# the folders made now, and those an install before made (an update keeps them on the list)
{ cat "$PROGRAM/.created-folders.old" 2>/dev/null || true; cat "$CREATED"; } \
  | sort -u > "$PROGRAM/.created-folders"
rm -f "$PROGRAM/.created-folders.old"

if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$DATA/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$DATA/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
fi

echo "Drempelmeter is installed in $PROGRAM; start it from the menu or with: drempelmeter"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "($BIN is not on your PATH yet: log out and in again, or start $PROGRAM/drempelmeter)" ;;
esac
# Qt draws through the system's X11 libraries; a fresh system may lack some of them.
plugin=$(find "$PROGRAM" -name libqxcb.so -print -quit)
if [ -n "$plugin" ] && command -v ldd >/dev/null 2>&1; then
  missing=$(ldd "$plugin" 2>/dev/null | awk '/not found/ { printf "%s ", $1 }')
  if [ -n "$missing" ]; then
    echo "The window needs system libraries this computer lacks: $missing"
    echo "Run 'drempelmeter' in a terminal once: it prints the exact command that installs them."
  fi
fi
echo "To remove it: $PROGRAM/uninstall.sh (it keeps your .drempel files, the backups in"
echo "$DATA/Drempelmeter, the settings and the log)"
