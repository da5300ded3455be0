/**
 * @file Announcements: a polite live region for what just happened ("Tagged
 * 12 claims with Japan") and an assertive one for errors, so screen reader
 * users hear outcomes that happen away from their focus.
 */

import { h } from './dom.js';

let politeRegion = null;
let alertRegion = null;
let hideTimer = null;

// Both regions stay in the document (empty when idle): live regions that
// appear or un-hide together with their text are not reliably announced.

/** Wires the two regions declared in index.html. */
export function initStatus() {
  politeRegion = document.getElementById('status');
  alertRegion = document.getElementById('alert');
}

/** Says something briefly (visible toast + polite live region). */
export function announce(message) {
  if (!politeRegion) return;
  politeRegion.textContent = message;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    politeRegion.textContent = '';
  }, 6000);
}

/** Shows an error until dismissed, naming the code for bug reports. */
export function announceError(prefix, error) {
  if (!alertRegion) return;
  const message = error && error.message ? error.message : String(error);
  alertRegion.replaceChildren(
    h('span', { class: 'alert-text', text: `${prefix}: ${message}` }),
    error && error.code ? h('code', { class: 'alert-code', text: error.code }) : null,
    h('button', {
      type: 'button',
      class: 'button-quiet',
      'aria-label': 'Dismiss error',
      text: '×',
      on: { click: () => alertRegion.replaceChildren() },
    }),
  );
}

