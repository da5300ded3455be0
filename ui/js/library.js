/**
 * @file What the whole app knows about the open library: its counts
 * (`stats`, shown in the header and deciding the first-run offer of sample
 * articles) and the actions that change them from several views.
 */

import { call } from './api.js';
import { plural } from './dom.js';

let latest = null;
const listeners = new Set();

/** The counts from the last `stats` call (null before the first). */
export function currentStats() {
  return latest;
}

/** Calls `listener(stats)` after every refresh; returns an unsubscribe function. */
export function onStats(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the engine for fresh counts and tells every listener. */
export async function refreshStats() {
  latest = await call('stats', {});
  for (const listener of listeners) listener(latest);
  return latest;
}

/** The one-line summary shown in the header. */
export function describeStats(stats) {
  return `${plural(stats.articles, 'article')} · ${plural(stats.claims, 'claim')} · ${plural(stats.speakers, 'speaker')}`;
}

/** Imports the sample articles shipped with Dossier and refreshes the counts. */
export async function loadSamples() {
  const report = await call('import_samples', {});
  await refreshStats();
  return report;
}
