/**
 * @file The start screen: search every claim in the library. One query box
 * with the engine's syntax (searched as you type), quote cards with hits
 * highlighted and country tags editable in place, a facet sidebar whose
 * counts are filters, a date range, sorting, paging without a cap,
 * bulk-tagging and export of the current results.
 */

import { call, ApiError } from '../api.js';
import { h, debounce, formatCount, formatDate, plural, uniqueId } from '../dom.js';
import { countryInfo, loadGazetteer } from '../gazetteer.js';
import { claimCountryEditor } from '../country-tags.js';
import { createCountryPicker } from '../country-picker.js';
import { renderSnippet } from '../snippet.js';
import { kindLabel, kindHint } from '../kinds.js';
import { currentStats, loadSamples } from '../library.js';
import { navigate, rememberSearch, replaceRoute } from '../router.js';
import { announce, announceError } from '../status.js';
import { saveFile } from '../download.js';

const PAGE_SIZE = 25;
const FACET_PREVIEW = 8;
const TYPING_DELAY_MS = 220;

/** The claim whose article was opened last, focused again on return. */
let lastOpenedClaimId = null;

/**
 * Forgets the last opened claim, so the next search view focuses the query
 * box instead of returning to that claim's card (the `/` shortcut).
 */
export function focusQueryOnNextVisit() {
  lastOpenedClaimId = null;
}

/** Reads the search state from the address. */
function stateFromParams(params) {
  return {
    query: params.get('q') || '',
    countries: params.getAll('country'),
    speaker: params.get('speaker') || null,
    kinds: params.getAll('kind'),
    outlet: params.get('outlet') || null,
    since: params.get('since') || null,
    until: params.get('until') || null,
    excludeContext: params.get('context') === 'off',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** Writes the search state to address parameters. */
function paramsFromState(state) {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const code of state.countries) params.append('country', code);
  if (state.speaker) params.set('speaker', state.speaker);
  for (const kind of state.kinds) params.append('kind', kind);
  if (state.outlet) params.set('outlet', state.outlet);
  if (state.since) params.set('since', state.since);
  if (state.until) params.set('until', state.until);
  if (state.excludeContext) params.set('context', 'off');
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** The engine's `search` request for a state (without paging). */
function searchRequest(state) {
  return {
    query: state.query,
    countries: state.countries,
    speaker: state.speaker,
    kinds: state.kinds,
    outlet: state.outlet,
    since: state.since,
    until: state.until,
    exclude_context: state.excludeContext,
    sort: state.sort,
  };
}

function hasFilters(state) {
  return Boolean(state.countries.length || state.speaker || state.kinds.length || state.outlet || state.since || state.until);
}

/**
 * Renders the search view.
 * @param {HTMLElement} container the main landmark
 * @param {{params: URLSearchParams}} route
 * @returns {() => void} cleanup
 */
export function renderSearch(container, route) {
  const state = stateFromParams(route.params);
  let searchToken = 0;
  let loadedHits = 0;
  let totalHits = 0;
  let loadingMore = false;
  /** Counts tag edits made on cards; a search answered from before an edit is stale. */
  let tagEdits = 0;

  // --- Query bar -----------------------------------------------------------
  const queryInput = h('input', {
    id: 'query',
    type: 'search',
    class: 'query-input',
    value: state.query,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search quotes — words, "a phrase", speaker:Tong, country:JP …',
    'aria-describedby': 'query-help',
  });
  const sortSelect = h(
    'select',
    { id: 'sort', class: 'sort-select' },
    h('option', { value: 'relevance', text: 'Best match', selected: state.sort === 'relevance' }),
    h('option', { value: 'date', text: 'Newest first', selected: state.sort === 'date' }),
  );
  const queryForm = h(
    'form',
    { class: 'query-bar', role: 'search', on: { submit: (event) => { event.preventDefault(); runSearch(); } } },
    h('label', { for: 'query', class: 'visually-hidden', text: 'Search quotes' }),
    queryInput,
    h('label', { for: 'sort', class: 'sort-label', text: 'Sort' }),
    sortSelect,
  );
  const queryHelp = h(
    'details',
    { class: 'query-help', id: 'query-help' },
    h('summary', { text: 'Search syntax' }),
    h(
      'ul',
      {},
      h('li', {}, h('code', { text: 'sanctions trade' }), ' — claims with both words'),
      h('li', {}, h('code', { text: '"trade war"' }), ' — the exact phrase'),
      h('li', {}, h('code', { text: 'tariffs OR sanctions' }), ', ', h('code', { text: 'NOT Russia' }), ', ', h('code', { text: 'AND' })),
      h('li', {}, h('code', { text: 'negotiat*' }), ' — words starting with “negotiat”'),
      h('li', {}, h('code', { text: 'speaker:Tong' }), ' ', h('code', { text: 'outlet:Reuters' }), ' ', h('code', { text: 'kind:direct' }), ' ', h('code', { text: 'country:JP' })),
      h('li', {}, 'Press ', h('kbd', { text: '/' }), ' to come back here, ', h('kbd', { text: '↓' }), ' to move into the results, ', h('kbd', { text: 'Enter' }), ' to open one.'),
    ),
  );

  // --- Facets --------------------------------------------------------------
  const facetsBody = h('div', { class: 'facet-groups' });
  const sinceInput = h('input', { id: 'since', type: 'date', value: state.since || '' });
  const untilInput = h('input', { id: 'until', type: 'date', value: state.until || '' });
  const contextToggle = h('input', { id: 'include-context', type: 'checkbox', checked: !state.excludeContext });
  const facets = h(
    'aside',
    { class: 'facets', 'aria-label': 'Filters' },
    h('h2', { class: 'facets-title', text: 'Filters' }),
    h(
      'fieldset',
      { class: 'date-range' },
      h('legend', { text: 'Published' }),
      h('label', { for: 'since', text: 'From' }),
      sinceInput,
      h('label', { for: 'until', text: 'To' }),
      untilInput,
    ),
    h(
      'div',
      { class: 'context-toggle' },
      contextToggle,
      h('label', { for: 'include-context', text: 'Count context tags in country filters' }),
    ),
    facetsBody,
  );

  // --- Results area ------------------------------------------------------------
  const resultCount = h('p', { class: 'result-count', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const activeFilters = h('ul', { class: 'active-filters', 'aria-label': 'Active filters' });
  const exportFormat = h(
    'select',
    { id: 'export-format', 'aria-label': 'Export format' },
    h('option', { value: 'csv', text: 'CSV' }),
    h('option', { value: 'json', text: 'JSON' }),
    h('option', { value: 'markdown', text: 'Markdown' }),
  );
  const exportButton = h('button', { type: 'button', class: 'button', text: 'Export', on: { click: exportResults } });
  const bulkToggle = h('button', {
    type: 'button',
    class: 'button',
    text: 'Tag all…',
    'aria-expanded': 'false',
    'aria-controls': 'bulk-tag',
  });
  const bulkPanel = h('div', { id: 'bulk-tag', class: 'bulk-tag', hidden: true });
  const toolbar = h(
    'div',
    { class: 'results-toolbar' },
    resultCount,
    h('div', { class: 'toolbar-actions' }, bulkToggle, h('div', { class: 'export-group' }, exportFormat, exportButton)),
  );
  const resultsList = h('ol', { class: 'results', 'aria-label': 'Matching claims' });
  const message = h('div', { class: 'results-message' });
  const loadMoreButton = h('button', { type: 'button', class: 'button load-more', text: 'Show more', hidden: true, on: { click: loadMore } });
  const sentinel = h('div', { class: 'scroll-sentinel', 'aria-hidden': 'true' });
  const results = h(
    'section',
    { class: 'results-area', 'aria-label': 'Results' },
    toolbar,
    activeFilters,
    bulkPanel,
    message,
    resultsList,
    loadMoreButton,
    sentinel,
  );

  container.replaceChildren(
    h(
      'div',
      { class: 'search-view' },
      h('h1', { class: 'visually-hidden', text: 'Search quotes' }),
      h('div', { class: 'query-area' }, queryForm, queryHelp),
      h('div', { class: 'search-layout' }, facets, results),
    ),
  );

  // --- State changes ---------------------------------------------------------
  function update(change) {
    // Whatever is typed counts, even if the typing pause has not passed yet.
    searchAsYouType.cancel();
    Object.assign(state, { query: queryInput.value }, change);
    replaceRoute('search', null, paramsFromState(state));
    rememberSearch();
    runSearch();
  }

  const searchAsYouType = debounce(() => update({ query: queryInput.value }), TYPING_DELAY_MS);
  queryInput.addEventListener('input', searchAsYouType);
  queryInput.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = resultsList.querySelector('.quote-card');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      searchAsYouType.cancel();
      state.query = queryInput.value;
      replaceRoute('search', null, paramsFromState(state));
      rememberSearch();
    }
  });
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value }));
  sinceInput.addEventListener('change', () => update({ since: sinceInput.value || null }));
  untilInput.addEventListener('change', () => update({ until: untilInput.value || null }));
  contextToggle.addEventListener('change', () => update({ excludeContext: !contextToggle.checked }));

  function toggleIn(list, value) {
    return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  }

  // --- Rendering ---------------------------------------------------------------
  function renderActiveFilters() {
    const chips = [];
    const chip = (label, remove, flag = '') =>
      h(
        'li',
        { class: 'chip filter-chip' },
        flag ? h('span', { class: 'flag', 'aria-hidden': 'true', text: flag }) : null,
        h('span', { class: 'chip-label', text: label }),
        h('button', { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${label}`, text: '×', on: { click: remove } }),
      );
    for (const code of state.countries) {
      const country = countryInfo(code);
      chips.push(chip(country.name, () => update({ countries: state.countries.filter((c) => c !== code) }), country.flag));
    }
    if (state.speaker) chips.push(chip(`Speaker: ${state.speaker}`, () => update({ speaker: null })));
    for (const kind of state.kinds) chips.push(chip(kindLabel(kind), () => update({ kinds: state.kinds.filter((k) => k !== kind) })));
    if (state.outlet) chips.push(chip(`Outlet: ${state.outlet}`, () => update({ outlet: null })));
    if (state.since) chips.push(chip(`From ${formatDate(state.since)}`, () => { sinceInput.value = ''; update({ since: null }); }));
    if (state.until) chips.push(chip(`To ${formatDate(state.until)}`, () => { untilInput.value = ''; update({ until: null }); }));
    if (chips.length > 1) {
      chips.push(
        h('li', {}, h('button', { type: 'button', class: 'button-quiet', text: 'Clear all filters', on: { click: clearFilters } })),
      );
    }
    activeFilters.replaceChildren(...chips);
    activeFilters.hidden = chips.length === 0;
  }

  function clearFilters() {
    sinceInput.value = '';
    untilInput.value = '';
    update({ countries: [], speaker: null, kinds: [], outlet: null, since: null, until: null });
  }

  function facetGroup(title, counts, { label, isActive, toggle }) {
    if (!counts || counts.length === 0) return null;
    const headingId = uniqueId('facet');
    const list = h('ul', { class: 'facet-list', 'aria-labelledby': headingId });
    let expanded = false;
    const more = h('button', { type: 'button', class: 'button-quiet facet-more' });
    function draw() {
      const shown = expanded ? counts : counts.slice(0, FACET_PREVIEW);
      list.replaceChildren(
        ...shown.map((facet) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'facet-button',
                'aria-pressed': String(isActive(facet.value)),
                on: { click: () => toggle(facet.value) },
              },
              label(facet.value),
              h('span', { class: 'facet-count', text: formatCount(facet.count) }),
            ),
          ),
        ),
      );
      more.hidden = counts.length <= FACET_PREVIEW;
      more.textContent = expanded ? 'Show fewer' : `Show all ${counts.length}`;
    }
    more.addEventListener('click', () => {
      expanded = !expanded;
      draw();
    });
    draw();
    return h('section', { class: 'facet-group' }, h('h3', { id: headingId, text: title }), list, more);
  }

  function renderFacets(facetCounts) {
    if (!facetCounts) return;
    facetsBody.replaceChildren(
      ...[
        facetGroup('Countries', facetCounts.countries, {
          label: (code) => {
            const country = countryInfo(code);
            return h('span', { class: 'facet-label' }, h('span', { class: 'flag', 'aria-hidden': 'true', text: country.flag }), ' ', country.name);
          },
          isActive: (code) => state.countries.includes(code),
          toggle: (code) => update({ countries: toggleIn(state.countries, code) }),
        }),
        facetGroup('Speakers', facetCounts.speakers, {
          label: (name) => h('span', { class: 'facet-label', text: name }),
          isActive: (name) => state.speaker === name,
          toggle: (name) => update({ speaker: state.speaker === name ? null : name }),
        }),
        facetGroup('Kinds', facetCounts.kinds, {
          label: (kind) => h('span', { class: ['facet-label', 'kind-dot', `kind-${kind}`], title: kindHint(kind), text: kindLabel(kind) }),
          isActive: (kind) => state.kinds.includes(kind),
          toggle: (kind) => update({ kinds: toggleIn(state.kinds, kind) }),
        }),
        facetGroup('Outlets', facetCounts.outlets, {
          label: (outlet) => h('span', { class: 'facet-label', text: outlet }),
          isActive: (outlet) => state.outlet === outlet,
          toggle: (outlet) => update({ outlet: state.outlet === outlet ? null : outlet }),
        }),
      ].filter(Boolean),
    );
  }

  function openClaim(claim) {
    lastOpenedClaimId = claim.id;
    navigate('article', claim.article_id, new URLSearchParams({ claim: String(claim.id) }));
  }

  function quoteCard(hit) {
    const claim = hit.claim;
    const titleId = uniqueId('claim');
    const speaker = claim.speaker;
    const card = h(
      'article',
      {
        class: ['quote-card', `kind-${claim.kind}`],
        tabindex: '0',
        'aria-labelledby': titleId,
        dataset: { claimId: String(claim.id), articleId: String(claim.article_id) },
      },
      h(
        'header',
        { class: 'card-header' },
        h('span', { class: ['kind-badge', `kind-${claim.kind}`], title: kindHint(claim.kind), text: kindLabel(claim.kind) }),
        speaker
          ? h(
              'span',
              { class: 'card-speaker' },
              h('button', {
                type: 'button',
                class: 'link-button speaker-name',
                text: speaker.name,
                'aria-label': `Show quotes by ${speaker.name}`,
                on: { click: () => update({ speaker: speaker.name }) },
              }),
              speaker.role ? h('span', { class: 'speaker-role', text: speaker.role }) : null,
            )
          : h('span', { class: 'card-speaker muted', text: claim.kind === 'statement' ? 'Reporter' : 'Unattributed' }),
        claim.manual ? h('span', { class: 'manual-badge', text: 'added by hand' }) : null,
      ),
      h('blockquote', { class: 'quote-text', id: titleId }, renderSnippet(hit.snippet, claim.text)),
      h(
        'footer',
        { class: 'card-source' },
        h('a', {
          class: 'article-link',
          href: `#/article/${claim.article_id}?claim=${claim.id}`,
          text: claim.article.title,
          on: { click: () => { lastOpenedClaimId = claim.id; } },
        }),
        claim.article.outlet
          ? h('button', {
              type: 'button',
              class: 'link-button outlet-name',
              text: claim.article.outlet,
              'aria-label': `Only claims from ${claim.article.outlet}`,
              on: { click: () => update({ outlet: claim.article.outlet }) },
            })
          : null,
        claim.article.published ? h('time', { datetime: claim.article.published, text: formatDate(claim.article.published) }) : null,
      ),
      claimCountryEditor(claim, { onChange: () => { tagEdits += 1; } }),
    );
    card.addEventListener('click', (event) => {
      if (event.target.closest('button, a, input, .picker, .claim-countries')) return;
      if (window.getSelection().toString()) return;
      openClaim(claim);
    });
    card.addEventListener('keydown', (event) => {
      if (event.target !== card) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        openClaim(claim);
      }
    });
    return h('li', { class: 'result' }, card);
  }

  function emptyLibraryMessage() {
    const loadButton = h('button', { type: 'button', class: 'button button-primary', text: 'Load sample articles' });
    loadButton.addEventListener('click', async () => {
      loadButton.disabled = true;
      loadButton.textContent = 'Loading samples…';
      try {
        const report = await loadSamples();
        announce(`Imported ${plural(report.imported.length, 'sample article')}`);
        runSearch();
      } catch (error) {
        announceError('Could not load the sample articles', error);
        loadButton.disabled = false;
        loadButton.textContent = 'Load sample articles';
      }
    });
    return h(
      'div',
      { class: 'empty-state welcome' },
      h('h2', { text: 'Library is empty — import articles or load the samples' }),
      h('p', { text: 'Dossier finds every quote and claim in the news articles you import, with who said it and which countries it is about.' }),
      h(
        'div',
        { class: 'empty-actions' },
        loadButton,
        h('a', { class: 'button', href: '#/import', text: 'Import articles' }),
      ),
    );
  }

  function noMatchMessage() {
    return h(
      'div',
      { class: 'empty-state' },
      h('h2', { text: 'No claims match' }),
      h('p', { text: hasFilters(state) ? 'Try fewer words or remove a filter.' : 'Try fewer words, another spelling, or a prefix such as negotiat*.' }),
      hasFilters(state) ? h('button', { type: 'button', class: 'button', text: 'Clear all filters', on: { click: clearFilters } }) : null,
    );
  }

  function errorMessage(error) {
    const isQueryError = error instanceof ApiError && error.code === 'invalid_input';
    return h(
      'div',
      { class: 'empty-state error-state', role: 'alert' },
      h('h2', { text: isQueryError ? 'Dossier could not read this search' : 'Search failed' }),
      h('p', { text: error.message }),
      h('p', {
        text: isQueryError
          ? 'Check that quotes and brackets are closed and that field names are speaker:, outlet:, kind: or country:. Plain words always work.'
          : 'Try again; if it keeps failing, restart Dossier.',
      }),
      isQueryError ? null : h('button', { type: 'button', class: 'button', text: 'Try again', on: { click: runSearch } }),
    );
  }

  function updateMoreControls() {
    const more = loadedHits < totalHits;
    loadMoreButton.hidden = !more;
    loadMoreButton.textContent = more ? `Show more (${formatCount(totalHits - loadedHits)} left)` : 'Show more';
  }

  async function runSearch() {
    const token = ++searchToken;
    const editsBefore = tagEdits;
    renderActiveFilters();
    container.querySelector('.search-view').setAttribute('aria-busy', 'true');
    try {
      const [response] = await Promise.all([
        call('search', { ...searchRequest(state), limit: PAGE_SIZE, offset: 0, facets: true }),
        loadGazetteer().catch(() => null),
      ]);
      if (token !== searchToken) return;
      // A tag was edited while this search ran: its cards would show the old tags.
      if (tagEdits !== editsBefore) {
        runSearch();
        return;
      }
      totalHits = response.total;
      loadedHits = response.hits.length;
      resultsList.replaceChildren(...response.hits.map(quoteCard));
      renderFacets(response.facets);
      renderActiveFilters();
      resultCount.textContent = `${plural(response.total, 'claim')}${response.took_us ? ` · ${(response.took_us / 1000).toFixed(1)} ms` : ''}`;
      bulkToggle.disabled = response.total === 0;
      exportButton.disabled = response.total === 0;
      const stats = currentStats();
      if (response.total > 0) message.replaceChildren();
      else if (stats && stats.articles === 0 && !state.query && !hasFilters(state)) message.replaceChildren(emptyLibraryMessage());
      else message.replaceChildren(noMatchMessage());
      updateMoreControls();
      restoreFocus();
    } catch (error) {
      if (token !== searchToken) return;
      totalHits = 0;
      loadedHits = 0;
      resultsList.replaceChildren();
      facetsBody.replaceChildren();
      resultCount.textContent = '';
      bulkToggle.disabled = true;
      exportButton.disabled = true;
      message.replaceChildren(errorMessage(error));
      updateMoreControls();
    } finally {
      if (token === searchToken) container.querySelector('.search-view')?.removeAttribute('aria-busy');
    }
  }

  function restoreFocus() {
    if (lastOpenedClaimId === null) return;
    const card = resultsList.querySelector(`.quote-card[data-claim-id="${lastOpenedClaimId}"]`);
    lastOpenedClaimId = null;
    if (card) {
      card.focus();
      card.scrollIntoView({ block: 'center' });
    }
  }

  async function loadMore() {
    if (loadingMore || loadedHits >= totalHits) return;
    loadingMore = true;
    const token = searchToken;
    loadMoreButton.disabled = true;
    try {
      const editsBefore = tagEdits;
      const response = await call('search', { ...searchRequest(state), limit: PAGE_SIZE, offset: loadedHits, facets: false });
      if (token !== searchToken) return;
      if (tagEdits !== editsBefore) {
        runSearch();
        return;
      }
      resultsList.append(...response.hits.map(quoteCard));
      loadedHits += response.hits.length;
      totalHits = response.total;
      if (response.hits.length === 0) totalHits = loadedHits;
      updateMoreControls();
    } catch (error) {
      announceError('Could not load more results', error);
    } finally {
      loadingMore = false;
      loadMoreButton.disabled = false;
    }
  }

  // --- Bulk tagging -----------------------------------------------------------
  function closeBulk() {
    bulkPanel.hidden = true;
    bulkToggle.setAttribute('aria-expanded', 'false');
  }

  function openBulk() {
    bulkPanel.hidden = false;
    bulkToggle.setAttribute('aria-expanded', 'true');
    const picker = createCountryPicker({
      label: 'Country to add to or remove from every result',
      onPick: (entry) => confirmBulk(entry),
      onCancel: () => {
        closeBulk();
        bulkToggle.focus();
      },
    });
    bulkPanel.replaceChildren(
      h('p', { class: 'bulk-intro', text: `Tag all ${plural(totalHits, 'matching claim')} with a country:` }),
      picker.element,
      h('button', { type: 'button', class: 'button-quiet', text: 'Cancel', on: { click: closeBulk } }),
    );
    picker.focus();
  }

  function confirmBulk(entry) {
    const apply = async (change, verb) => {
      for (const button of bulkPanel.querySelectorAll('button')) button.disabled = true;
      try {
        const response = await call('tag_query', { search: searchRequest(state), ...change });
        closeBulk();
        announce(`${verb} ${entry.name}: ${plural(response.updated, 'claim')} updated`);
        runSearch();
      } catch (error) {
        announceError(`Could not tag the results with ${entry.name}`, error);
        for (const button of bulkPanel.querySelectorAll('button')) button.disabled = false;
      }
    };
    const addButton = h('button', {
      type: 'button',
      class: 'button button-primary',
      text: `Add ${entry.name} to all ${formatCount(totalHits)}`,
      on: { click: () => apply({ add: [entry.code] }, 'Added') },
    });
    bulkPanel.replaceChildren(
      h('p', { class: 'bulk-intro' }, h('span', { class: 'flag', 'aria-hidden': 'true', text: entry.flag }), ` ${entry.name} on every claim of this search:`),
      addButton,
      h('button', {
        type: 'button',
        class: 'button',
        text: `Remove ${entry.name} from all`,
        on: { click: () => apply({ remove: [entry.code] }, 'Removed') },
      }),
      h('button', { type: 'button', class: 'button-quiet', text: 'Cancel', on: { click: () => { closeBulk(); bulkToggle.focus(); } } }),
    );
    addButton.focus();
  }

  bulkToggle.addEventListener('click', () => (bulkPanel.hidden ? openBulk() : closeBulk()));

  // --- Export -----------------------------------------------------------------
  async function exportResults() {
    exportButton.disabled = true;
    try {
      const response = await call('export', { format: exportFormat.value, search: searchRequest(state) });
      saveFile(response.filename, response.mime, response.content);
      announce(`Exported ${plural(response.claims, 'claim')} to ${response.filename}`);
    } catch (error) {
      announceError('Export failed', error);
    } finally {
      exportButton.disabled = totalHits === 0;
    }
  }

  // --- Keyboard navigation through results -------------------------------------
  resultsList.addEventListener('keydown', (event) => {
    const card = event.target;
    if (!(card instanceof HTMLElement) || !card.classList.contains('quote-card')) return;
    const cards = [...resultsList.querySelectorAll('.quote-card')];
    const index = cards.indexOf(card);
    let next = null;
    if (event.key === 'ArrowDown') next = cards[index + 1];
    else if (event.key === 'ArrowUp') next = index === 0 ? queryInput : cards[index - 1];
    else if (event.key === 'Home') next = cards[0];
    else if (event.key === 'End') next = cards[cards.length - 1];
    else return;
    event.preventDefault();
    if (next) next.focus();
    if (event.key === 'ArrowDown' && index >= cards.length - 2) loadMore();
  });

  // Infinite scroll: fetch the next page as the end of the list comes into view.
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting) && loadedHits > 0) loadMore();
  }, { rootMargin: '400px' });
  observer.observe(sentinel);

  rememberSearch();
  runSearch();
  if (lastOpenedClaimId === null) queryInput.focus();

  return () => {
    observer.disconnect();
    searchAsYouType.cancel();
    searchToken += 1;
  };
}
