/**
 * @file Renders the engine's search snippets without trusting them. A snippet
 * is claim text that the engine HTML-escaped, with `<mark>`/`</mark>` around
 * hits. Rather than handing it to innerHTML, it is parsed here: it must
 * consist of exactly those two tags (properly paired) and text without any
 * other `<` or `>`; the text is entity-decoded and inserted as text nodes.
 * Anything else falls back to the plain claim text.
 */

const TAG_PATTERN = /(<mark>|<\/mark>)/;

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML escaper produces. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body) => {
    if (body[0] === '#') {
      const codePoint = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
      return valid ? String.fromCodePoint(codePoint) : whole;
    }
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : whole;
  });
}

/**
 * Splits a snippet into `{text, marked}` runs, or returns null when it holds
 * anything but text and well-paired `<mark>` tags.
 * @param {string} snippet
 * @returns {{text: string, marked: boolean}[] | null}
 */
export function parseSnippet(snippet) {
  if (typeof snippet !== 'string') return null;
  const runs = [];
  let marked = false;
  for (const part of snippet.split(TAG_PATTERN)) {
    if (part === '<mark>') {
      if (marked) return null;
      marked = true;
    } else if (part === '</mark>') {
      if (!marked) return null;
      marked = false;
    } else if (part.includes('<') || part.includes('>')) {
      return null;
    } else if (part) {
      runs.push({ text: decodeEntities(part), marked });
    }
  }
  return marked ? null : runs;
}

/**
 * Builds the DOM for a snippet: text nodes and `<mark>` elements only.
 * @param {string} snippet the engine's snippet
 * @param {string} fallbackText the claim's plain text, used when the snippet fails vetting
 * @returns {DocumentFragment}
 */
export function renderSnippet(snippet, fallbackText) {
  const fragment = document.createDocumentFragment();
  const runs = parseSnippet(snippet) ?? [{ text: fallbackText, marked: false }];
  for (const run of runs) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(run.text));
    }
  }
  return fragment;
}
