/**
 * @file A tiny element builder. Every view builds its DOM through `h()`, which
 * only ever sets text through text nodes, so nothing that comes from the
 * library (article text, titles, speaker names) can be parsed as HTML.
 */

const PROPERTY_ATTRIBUTES = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'indeterminate', 'multiple']);

/**
 * Creates an element.
 * @param {string} tag element name
 * @param {object} [attrs] attributes; special keys: `class` (string or array),
 *   `text` (textContent), `dataset` (object), `on` (event → handler),
 *   and DOM properties such as `value`, `checked`, `hidden`, `disabled`
 * @param {...(Node|string|number|null|undefined|false|Array)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false && !PROPERTY_ATTRIBUTES.has(key)) continue;
    if (key === 'class') {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'text') {
      element.textContent = String(value);
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    } else if (PROPERTY_ATTRIBUTES.has(key)) {
      element[key] = value;
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children (nodes, strings, nested arrays); skips empty values. */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Creates an SVG element with attributes. */
export function svg(tag, attrs = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'text') element.textContent = String(value);
    else if (key === 'class') element.setAttribute('class', value);
    else element.setAttribute(key, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

let idCounter = 0;
/** A document-unique id for wiring labels and ARIA relations. */
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Returns a function that runs `fn` once calls have paused for `ms`. */
export function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

const numberFormat = new Intl.NumberFormat();
/** Formats a count with thousands separators. */
export function formatCount(n) {
  return numberFormat.format(n);
}

/** "1 claim" / "3 claims". */
export function plural(n, singular, pluralForm = singular + 's') {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Formats an ISO date (`YYYY-MM-DD`) for reading, leaving other text as is. */
export function formatDate(iso) {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/** True when the key event happens while the user types in a field. */
export function isTypingTarget(target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
