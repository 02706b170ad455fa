#!/bin/sh
# Build Companion-<version>.pkg from the PyInstaller app bundle (macOS only; CI: build.yml).
#
#   packaging/macos/build-pkg.sh [APP] [VERSION] [OUT_DIR]
#     APP      default build/bundle/dist/Companion.app (python packaging/build_bundle.py)
#     VERSION  default 0.1.0
#     OUT_DIR  default build/pkg
#
# Optional signing/notarisation (see docs/deploy.md), from the environment:
#   COMPANION_CODESIGN_IDENTITY   "Developer ID Application: ..." (used by the spec / here)
#   COMPANION_INSTALLER_IDENTITY  "Developer ID Installer: ..."   (productbuild --sign)
#   COMPANION_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile name
#   COMPANION_NOTARY_KEYCHAIN     the keychain holding that profile (default: the login one)
set -eu

APP=${1:-build/bundle/dist/Companion.app}
VERSION=${2:-0.1.0}
OUT=${3:-build/pkg}
HERE=$(cd "$(dirname "$0")" && pwd)

[ -d "$APP" ] || { echo "build-pkg.sh: $APP not found: run python packaging/build_bundle.py" >&2; exit 1; }
command -v pkgbuild >/dev/null || { echo "build-pkg.sh: pkgbuild not found (macOS only)" >&2; exit 1; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
mkdir -p "$STAGE/app/Applications" "$STAGE/autostart/Library/LaunchAgents" "$OUT"
ditto "$APP" "$STAGE/app/Applications/Companion.app"
cp "$HERE/org.companion.app.autostart.plist" "$STAGE/autostart/Library/LaunchAgents/"
chmod 644 "$STAGE/autostart/Library/LaunchAgents/org.companion.app.autostart.plist"

if [ -n "${COMPANION_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$HERE/entitlements.plist" \
        --sign "$COMPANION_CODESIGN_IDENTITY" "$STAGE/app/Applications/Companion.app"
fi

pkgbuild --root "$STAGE/app" --identifier org.companion.app.pkg --version "$VERSION" \
    --install-location / "$STAGE/companion-app.pkg"
pkgbuild --root "$STAGE/autostart" --identifier org.companion.app.autostart.pkg \
    --version "$VERSION" --install-location / "$STAGE/companion-autostart.pkg"
sed "s/@VERSION@/$VERSION/g" "$HERE/distribution.xml" > "$STAGE/distribution.xml"

PKG="$OUT/Companion-$VERSION.pkg"
if [ -n "${COMPANION_INSTALLER_IDENTITY:-}" ]; then
    productbuild --distribution "$STAGE/distribution.xml" --package-path "$STAGE" \
        --sign "$COMPANION_INSTALLER_IDENTITY" "$PKG"
else
    productbuild --distribution "$STAGE/distribution.xml" --package-path "$STAGE" "$PKG"
fi

if [ -n "${COMPANION_NOTARY_PROFILE:-}" ]; then
    if [ -n "${COMPANION_NOTARY_KEYCHAIN:-}" ]; then
        xcrun notarytool submit "$PKG" --keychain-profile "$COMPANION_NOTARY_PROFILE" \
            --keychain "$COMPANION_NOTARY_KEYCHAIN" --wait
    else
        xcrun notarytool submit "$PKG" --keychain-profile "$COMPANION_NOTARY_PROFILE" --wait
    fi
    xcrun stapler staple "$PKG"
fi
echo "wrote $PKG"
