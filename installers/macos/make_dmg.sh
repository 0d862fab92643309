#!/usr/bin/env bash
# Sign Hearth.app (hardened runtime), pack it in a .dmg, and notarize + staple when the
# credentials exist.    installers/macos/make_dmg.sh dist/bundle/Hearth.app dist/Hearth.dmg
#
# Environment (all optional; the release workflow sets them from secrets):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: … (TEAMID)"; without it the app is
#                         ad-hoc signed (runs locally and in CI, Gatekeeper will refuse it)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials
set -euo pipefail
APP="$1"
DMG="$2"
HERE="$(cd "$(dirname "$0")" && pwd)"
ENTITLEMENTS="$HERE/entitlements.plist"
IDENTITY="${MACOS_SIGN_IDENTITY:--}"
TIMESTAMP="--timestamp"
[ "$IDENTITY" = "-" ] && TIMESTAMP=""

# Inside out: every Mach-O file (libraries, Python extensions, Qt plugins, the Python
# library, which has no file extension), then the app.
while IFS= read -r -d '' f; do
  if file -b "$f" | grep -q "Mach-O"; then
    codesign --force --options runtime $TIMESTAMP --sign "$IDENTITY" "$f"
  fi
done < <(find "$APP/Contents" -type f ! -path "*/_CodeSignature/*" -print0)
codesign --force --options runtime $TIMESTAMP --entitlements "$ENTITLEMENTS" \
  --sign "$IDENTITY" "$APP"
codesign --verify --strict --verbose=2 "$APP"

STAGING="$(mktemp -d)"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
rm -f "$DMG"
hdiutil create -volname "Hearth" -srcfolder "$STAGING" -ov -format UDZO "$DMG"

if [ "$IDENTITY" != "-" ]; then
  codesign --force $TIMESTAMP --sign "$IDENTITY" "$DMG"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
else
  echo "make_dmg: notarization skipped (APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set)"
fi
