#!/usr/bin/env bash
# Renders a corpus document's alignment as HTML and checks the page in headless Chromium:
#   1. screenshots at 1400x1000: the page as it opens, and with one point selected (#pt-N in the URL);
#   2. --dump-dom (the DOM after the page's script ran) checked for the expected elements.
#
#   tools/html-check/screenshot.sh [DOC] [OUT]
#     DOC  corpus document folder (default corpus/change6-far-side-samples, which has flagged points)
#     OUT  output folder (default examples/target/html-check)
#
# Writes OUT/alignment.html, OUT/alignment.png, OUT/alignment-selected.png, OUT/dom.html (point
# POINT, default 2, selected) and OUT/dom-para.html (that point's first paragraph selected);
# exit 0 when every check passes, 1 otherwise, 2 without chromium. Needs Java, Maven (for the first build) and
# chromium (Debian: apt-get install chromium; fonts-noto-cjk for the Chinese glyphs). Set CHROMIUM
# to use another binary (google-chrome, chromium-browser).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
doc="${1:-$root/corpus/change6-far-side-samples}"
out="${2:-$root/examples/target/html-check}"
point="${POINT:-2}"   # the point selected in the second screenshot

chromium="${CHROMIUM:-}"
if [ -z "$chromium" ]; then
  for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chromium="$c"; break; fi
  done
fi
[ -n "$chromium" ] || { echo "screenshot.sh: no chromium on the PATH (apt-get install chromium)" >&2; exit 2; }

mkdir -p "$out"
out="$(cd "$out" && pwd)"
page="$out/alignment.html"
"$root/yuanwen" align --format html -o "$page" "$doc"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
browse() {
  # The profile folder keeps Chromium from touching the user's own; the time budget lets the script
  # run; reduced motion turns off the page's transitions and smooth scrolling, which a headless
  # screenshot would otherwise catch half-way.
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --force-prefers-reduced-motion --virtual-time-budget=2000 "$@" 2>>"$out/chromium.log"
}
: >"$out/chromium.log"
browse --window-size=1400,1000 --screenshot="$out/alignment.png" "file://$page"
browse --window-size=1400,1000 --screenshot="$out/alignment-selected.png" "file://$page#pt-$point"
browse --dump-dom "file://$page#pt-$point" >"$out/dom.html"
# the first paragraph of the selected point, selected in turn: its points should light up
para="$(grep -oE 'id="pt-'"$point"'" data-paras="[0-9]+' "$page" | grep -oE '[0-9]+$' || true)"
if [ -n "$para" ]; then
  browse --dump-dom "file://$page#para-$para" >"$out/dom-para.html"
else
  : >"$out/dom-para.html"
fi

failed=0
check() { # check DESCRIPTION WANT PATTERN [FILE]: WANT is the number of matches, or + for at least one
  local what="$1" want="$2" pattern="$3" file="${4:-$out/dom.html}" n
  n="$({ grep -oE -- "$pattern" "$file" || true; } | wc -l)"
  if [ "$want" = "+" ] && [ "$n" -gt 0 ] || [ "$want" = "$n" ]; then
    printf '  ok    %-46s %s\n' "$what" "$n"
  else
    printf '  FAIL  %-46s %s (want %s)\n' "$what" "$n" "$want"
    failed=1
  fi
}
points="$(grep -oE '<article class="point ' "$page" | wc -l)"
paras="$(grep -oE '<div class="para[ "]' "$page" | wc -l)"
echo "DOM after script ($out/dom.html):"
check "script ran to the end (data-ready)"       1       'data-ready="1"'
check "digest points"                            "$points" '<article class="point '
check "article paragraphs"                       "$paras"  '<div class="para[ "]'
check "points with link anchors"                 +       '<a class="to" href="#para-[0-9]+"'
check "point #$point selected"                   1       'class="point [^"]*sel[^"]*" id="pt-'"$point"'"'
check "its paragraphs highlighted"               +       '<div class="para[^"]* hl[^"]*" id="para-'
check "its carrying sentences highlighted"       +       '<span class="s hl-s"'
check "flag badges"                              +       'class="badge f-(none|number|name)"'
check "uncovered paragraphs marked"              +       '<div class="para uncovered'
check "no external resources"                    0       '(src=|href="https?:|url\(|@import|<link )'
if [ -n "$para" ]; then
  check "paragraph $para selected (dom-para.html)"  1   'class="para[^"]* sel[^"]*" id="para-'"$para"'"' "$out/dom-para.html"
  check "its points highlighted"                 +       'class="point [^"]*hl[^"]*" id="pt-'"$point"'"' "$out/dom-para.html"
else
  echo "  FAIL  point $point has no link: choose another with POINT=N"; failed=1
fi
[ "$points" -gt 0 ] && [ "$paras" -gt 0 ] || failed=1

echo "screenshots: $out/alignment.png $out/alignment-selected.png"
exit "$failed"
