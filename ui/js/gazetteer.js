/**
 * @file The country list, loaded once from the engine (`gazetteer`), for
 * names and flags of codes and for the type-ahead that matches names, codes,
 * other names and demonyms ("Japanese" finds Japan).
 */

import { call } from './api.js';

let entries = [];
const byCode = new Map();
let loading = null;

/** Loads the gazetteer once; later calls share the same promise. */
export function loadGazetteer() {
  if (!loading) {
    loading = call('gazetteer', {}).then(
      (response) => {
        entries = response.countries.map((entry) => ({
          ...entry,
          searchTerms: [entry.name, ...entry.aliases, ...entry.demonyms].map((term) => ({ term, normal: normalise(term) })),
        }));
        byCode.clear();
        for (const entry of entries) byCode.set(entry.code.toUpperCase(), entry);
        return entries;
      },
      (error) => {
        loading = null;
        throw error;
      },
    );
  }
  return loading;
}

/** Lowercases and strips accents so "cote d'ivoire" finds "Côte d'Ivoire". */
export function normalise(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** A flag emoji built from a two-letter code (regional indicator symbols). */
function flagFromCode(code) {
  if (!/^[A-Za-z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * The country for a code; codes the gazetteer lacks still get a flag and
 * show the code as their name.
 * @returns {{code: string, name: string, flag: string}}
 */
export function countryInfo(code) {
  const entry = byCode.get(String(code).toUpperCase());
  if (entry) return entry;
  return { code, name: code, flag: flagFromCode(code), aliases: [], demonyms: [] };
}

/**
 * Countries matching what the user typed, best first: exact code, then
 * names starting with the text, then other names and demonyms starting with
 * it, then names containing it.
 * @param {string} typed
 * @param {number} [limit]
 * @returns {{entry: object, matched: string}[]} `matched` is the term that matched when it is not the name
 */
export function matchCountries(typed, limit = 8) {
  const query = normalise(typed);
  if (!query) return [];
  const scored = [];
  for (const entry of entries) {
    let best = null;
    if (entry.code.toLowerCase() === query) best = { rank: 0, matched: '' };
    entry.searchTerms.forEach(({ term, normal }, index) => {
      const isName = index === 0;
      let rank = null;
      if (normal === query) rank = isName ? 0 : 1;
      else if (normal.startsWith(query)) rank = isName ? 2 : 3;
      else if (normal.split(/[\s-]+/).some((word) => word.startsWith(query))) rank = 4;
      else if (query.length >= 3 && normal.includes(query)) rank = 5;
      if (rank !== null && (best === null || rank < best.rank)) best = { rank, matched: isName ? '' : term };
    });
    if (best) scored.push({ entry, matched: best.matched, rank: best.rank });
  }
  scored.sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name));
  return scored.slice(0, limit).map(({ entry, matched }) => ({ entry, matched }));
}
