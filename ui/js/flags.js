/**
 * @file Whether this system draws country flags. A flag is a pair of
 * regional indicator symbols, which only a colour emoji font draws as a
 * flag; without one (Linux without an emoji font, Windows) the pair shows
 * as two boxes or two letters beside the country's name or code, which says
 * nothing and looks broken. So the app draws a flag once, in a canvas, and
 * hides every `.flag` when it came out without colour.
 */

/** The fonts `.flag` asks for (app.css), in the same order. */
const FLAG_FONTS = '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", sans-serif';
/** Side of the test canvas, in pixels: big enough for every glyph's colour to show. */
const CANVAS_SIZE = 32;
/** How far apart two colour channels of a pixel must be for it to count as coloured. */
const COLOUR_THRESHOLD = 24;

/**
 * True when any visible pixel of an RGBA image is coloured rather than
 * grey: a colour emoji font draws a flag in its colours whatever the fill
 * style, while boxes and letters come out in the black they were filled with.
 * @param {ArrayLike<number>} rgba
 */
export function hasColour(rgba) {
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const [r, g, b, alpha] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
    if (alpha === 0) continue;
    if (Math.max(r, g, b) - Math.min(r, g, b) > COLOUR_THRESHOLD) return true;
  }
  return false;
}

/** Draws the flag of the United Nations in black and reports whether it came out in colour. */
export function drawsFlagEmoji() {
  const canvas = document.createElement('canvas');
  canvas.width = CANVAS_SIZE;
  canvas.height = CANVAS_SIZE;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  context.font = `${CANVAS_SIZE - 8}px ${FLAG_FONTS}`;
  context.textBaseline = 'top';
  context.fillStyle = '#000';
  context.fillText('\u{1F1FA}\u{1F1F3}', 0, 0);
  return hasColour(context.getImageData(0, 0, CANVAS_SIZE, CANVAS_SIZE).data);
}

/** Marks the page `no-flag-emoji` when flags would not show as flags, which hides them (app.css). */
export function hideFlagsUnlessDrawn(root = document.documentElement) {
  root.classList.toggle('no-flag-emoji', !drawsFlagEmoji());
}
