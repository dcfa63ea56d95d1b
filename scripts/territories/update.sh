#!/usr/bin/env bash
# Regenerates the territory reference bundled in the jar (src/main/resources/territories/) from the
# official Etalab package on the npm registry. Needs npm and node; the result is committed.
#   bash scripts/territories/update.sh [VERSION]
set -euo pipefail
VERSION="${1:-6.0.0}"
cd "$(dirname "$0")/../.."
OUT=src/main/resources/territories
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "@etalab/decoupage-administratif@$VERSION" > /dev/null && tar xzf etalab-decoupage-administratif-*.tgz)
mkdir -p "$OUT"
COUNTS="$(node scripts/territories/trim.js "$WORK/package" "$OUT")"
cat > "$OUT/SOURCE.md" <<MD
# Référentiel des territoires

Source : paquet npm \`@etalab/decoupage-administratif\` $VERSION (Etalab, licence MIT, texte dans
LICENSE-etalab), données du Code officiel géographique de l'INSEE et populations légales. Réduit
par \`scripts/territories/update.sh\` à ce que lit Vigie sociale (code, nom, rattachements,
population municipale) ; ne pas modifier à la main.

Comptes : $COUNTS
MD
cp "$WORK/package/LICENSE" "$OUT/LICENSE-etalab"
echo "territories: $COUNTS"
