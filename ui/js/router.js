/**
 * @file Hash routes (`#/search?q=...`, `#/article/12?claim=40`,
 * `#/countries/JP`, `#/speakers`, `#/import`). The view state lives in the
 * address so Back returns to the same search, and a reload keeps the place.
 */

/**
 * The current route.
 * @returns {{view: string, id: string|null, params: URLSearchParams}}
 */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [view, id = null] = path.split('/').filter(Boolean);
  return { view: view || 'search', id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query) };
}

/** The hash for a view, optional id and parameters. */
export function routeHash(view, id = null, params = null) {
  const query = params ? params.toString() : '';
  return `#/${view}${id !== null ? '/' + encodeURIComponent(id) : ''}${query ? '?' + query : ''}`;
}

/** Goes to a route (a new history entry; the view renders on hashchange). */
export function navigate(view, id = null, params = null) {
  location.hash = routeHash(view, id, params);
}

/** Records view state in the address without rendering again or adding history. */
export function replaceRoute(view, id = null, params = null) {
  history.replaceState(history.state, '', routeHash(view, id, params));
}

let lastSearch = '#/search';

/** Notes the current address as the search to return to from an article. */
export function rememberSearch() {
  lastSearch = location.hash || '#/search';
}

/** The address of the last search the user ran ("Back to quotes"). */
export function lastSearchHash() {
  return lastSearch;
}
