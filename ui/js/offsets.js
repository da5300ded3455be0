/**
 * @file Converts between the engine's character offsets and JavaScript string
 * indices. The engine counts Unicode scalar values (code points); JS strings
 * index UTF-16 code units, so any character outside the Basic Multilingual
 * Plane (emoji, some CJK) shifts every later offset by one if left
 * unconverted.
 */

/**
 * Maps each code point index of `text` (0..=count) to its UTF-16 index.
 * @param {string} text
 * @returns {Uint32Array} `map[codePointIndex] = utf16Index`; the last entry is `text.length`
 */
export function codePointToUtf16Map(text) {
  const map = [];
  let utf16 = 0;
  for (const character of text) {
    map.push(utf16);
    utf16 += character.length;
  }
  map.push(utf16);
  return Uint32Array.from(map);
}

/**
 * Converts a code point index to a UTF-16 index using a precomputed map,
 * clamping out-of-range offsets to the end of the text.
 */
export function toUtf16(map, codePointIndex) {
  const clamped = Math.max(0, Math.min(codePointIndex, map.length - 1));
  return map[clamped];
}

/**
 * Converts a UTF-16 index into `text` to a code point index. An index in
 * the middle of a surrogate pair counts the whole pair as before it.
 */
export function toCodePoint(text, utf16Index) {
  let codePoints = 0;
  let i = 0;
  while (i < utf16Index && i < text.length) {
    const unit = text.charCodeAt(i);
    i += unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length ? 2 : 1;
    codePoints += 1;
  }
  return codePoints;
}
