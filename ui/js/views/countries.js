/**
 * @file The Countries view: every country with claims, most first; for the
 * chosen one, its claims per month as a small chart and the countries most
 * often tagged on the same claims, with a way into its quotes.
 */

import { call } from '../api.js';
import { h, formatCount, plural } from '../dom.js';
import { loadGazetteer, normalise } from '../gazetteer.js';
import { timelineChart } from '../chart.js';
import { replaceRoute, routeHash } from '../router.js';

/**
 * Renders the Countries view.
 * @param {HTMLElement} container the main landmark
 * @param {{id: string|null, params: URLSearchParams}} route `id` is the selected country code
 */
export function renderCountries(container, route) {
  let excludeContext = route.params.get('context') === 'off';
  let selected = route.id;
  let countries = [];
  let detailToken = 0;

  const filterInput = h('input', { id: 'country-filter', type: 'search', autocomplete: 'off', placeholder: 'Find a country' });
  const contextToggle = h('input', { id: 'countries-context', type: 'checkbox', checked: !excludeContext });
  const tableBody = h('tbody');
  const summary = h('p', { class: 'muted', 'aria-live': 'polite' });
  const detail = h('section', { class: 'country-detail', 'aria-label': 'Country details', 'aria-live': 'polite' });

  container.replaceChildren(
    h(
      'div',
      { class: 'browse-view countries-view' },
      h(
        'section',
        { class: 'browse-list', 'aria-labelledby': 'countries-heading' },
        h('h1', { id: 'countries-heading', text: 'Countries' }),
        h(
          'div',
          { class: 'list-controls' },
          h('label', { for: 'country-filter', class: 'visually-hidden', text: 'Find a country' }),
          filterInput,
          h('div', { class: 'context-toggle' }, contextToggle, h('label', { for: 'countries-context', text: 'Count context tags' })),
        ),
        summary,
        h(
          'table',
          { class: 'data-table' },
          h('caption', { class: 'visually-hidden', text: 'Claims per country' }),
          h(
            'thead',
            {},
            h('tr', {}, h('th', { scope: 'col', text: 'Country' }), h('th', { scope: 'col', class: 'numeric', text: 'Claims' }), h('th', { scope: 'col', class: 'numeric', text: 'Articles' })),
          ),
          tableBody,
        ),
      ),
      detail,
    ),
  );

  function params() {
    return excludeContext ? new URLSearchParams({ context: 'off' }) : null;
  }

  function drawTable() {
    const wanted = normalise(filterInput.value);
    const shown = wanted ? countries.filter((c) => normalise(c.name).includes(wanted) || c.code.toLowerCase() === wanted) : countries;
    tableBody.replaceChildren(
      ...shown.map((country) =>
        h(
          'tr',
          { class: country.code === selected ? 'selected' : null },
          h(
            'th',
            { scope: 'row' },
            h(
              'a',
              {
                href: routeHash('countries', country.code, params()),
                'aria-current': country.code === selected ? 'true' : null,
                on: {
                  click: (event) => {
                    event.preventDefault();
                    select(country.code);
                  },
                },
              },
              h('span', { class: 'flag', 'aria-hidden': 'true', text: country.flag }),
              ` ${country.name}`,
            ),
          ),
          h('td', { class: 'numeric', text: formatCount(country.claims) }),
          h('td', { class: 'numeric', text: formatCount(country.articles) }),
        ),
      ),
    );
    summary.textContent = countries.length
      ? `${plural(countries.length, 'country', 'countries')} with tagged claims${wanted ? `, ${formatCount(shown.length)} shown` : ''}`
      : 'No claim is tagged with a country yet. Import articles, or tag claims by hand from a quote card.';
  }

  async function loadList() {
    try {
      const response = await call('countries', { exclude_context: excludeContext });
      countries = response.countries;
      drawTable();
    } catch (error) {
      summary.textContent = `Could not load the countries: ${error.message}`;
    }
  }

  function select(code) {
    selected = code;
    replaceRoute('countries', code, params());
    drawTable();
    loadDetail(code);
  }

  /**
   * The chart of a country's dated claims, and a word on those whose
   * articles have no date (the timeline counts them as `undated`), which
   * no month can show.
   */
  function timeline(points, name) {
    const undated = points.find((point) => point.month === 'undated')?.claims || 0;
    const dated = points.filter((point) => point.month !== 'undated');
    if (dated.length === 0) {
      return [h('p', { class: 'muted undated-note', text: `None of the claims about ${name} comes from an article with a publication date.` })];
    }
    const chart = timelineChart(dated, name);
    if (undated === 0) return [chart];
    return [chart, h('p', { class: 'muted undated-note', text: `Not shown: ${plural(undated, 'claim')} from articles without a publication date.` })];
  }

  async function loadDetail(code) {
    const token = ++detailToken;
    if (!code) {
      detail.replaceChildren(h('p', { class: 'hint', text: 'Choose a country to see its claims over time and the countries tagged with it.' }));
      return;
    }
    detail.setAttribute('aria-busy', 'true');
    try {
      const response = await call('country_detail', { country: code });
      if (token !== detailToken) return;
      const country = response.country;
      const heading = h('h2', { tabindex: '-1' }, h('span', { class: 'flag', 'aria-hidden': 'true', text: country.flag }), ` ${country.name}`);
      detail.replaceChildren(
        heading,
        h('p', { class: 'muted', text: `${plural(country.claims, 'claim')} in ${plural(country.articles, 'article')}` }),
        h('a', {
          class: 'button button-primary',
          href: routeHash('search', null, new URLSearchParams({ country: country.code })),
          text: `Show claims about ${country.name}`,
        }),
        h('h3', { text: 'Claims per month' }),
        ...timeline(response.timeline, country.name),
        h('h3', { text: 'Often tagged together' }),
        response.co_tagged.length
          ? h(
              'ul',
              { class: 'co-tagged' },
              response.co_tagged.map((other) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    {
                      href: routeHash('countries', other.code, params()),
                      on: { click: (event) => { event.preventDefault(); select(other.code); } },
                    },
                    h('span', { class: 'flag', 'aria-hidden': 'true', text: other.flag }),
                    ` ${other.name}`,
                  ),
                  h('span', { class: 'facet-count', text: formatCount(other.claims) }),
                  h('a', {
                    class: 'button-quiet both-link',
                    href: routeHash('search', null, new URLSearchParams({ q: `country:${country.code} AND country:${other.code}` })),
                    text: 'shared claims',
                    'aria-label': `shared claims: ${country.name} and ${other.name}`,
                  }),
                ),
              ),
            )
          : h('p', { class: 'muted', text: `No other country shares a claim with ${country.name}.` }),
      );
    } catch (error) {
      if (token !== detailToken) return;
      detail.replaceChildren(h('p', { role: 'alert', text: `Could not load ${code}: ${error.message}` }));
    } finally {
      if (token === detailToken) detail.removeAttribute('aria-busy');
    }
  }

  filterInput.addEventListener('input', drawTable);
  filterInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const first = tableBody.querySelector('a');
      if (first) first.click();
    }
  });
  contextToggle.addEventListener('change', () => {
    excludeContext = !contextToggle.checked;
    replaceRoute('countries', selected, params());
    loadList();
  });

  loadGazetteer().catch(() => null);
  loadList();
  loadDetail(selected);
  filterInput.focus();
  return () => {
    detailToken += 1;
  };
}

