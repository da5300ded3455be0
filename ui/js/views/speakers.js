/**
 * @file The Speakers view: every speaker with kind, role, other names and
 * quote count, most quoted first; a name opens their quotes (the search with
 * a speaker filter); picking two lets the user merge them into one person.
 */

import { call } from '../api.js';
import { h, debounce, formatCount, plural } from '../dom.js';
import { speakerKindLabel } from '../kinds.js';
import { refreshStats } from '../library.js';
import { replaceRoute, routeHash } from '../router.js';
import { announce, announceError } from '../status.js';

const PAGE_SIZE = 100;

/**
 * Renders the Speakers view.
 * @param {HTMLElement} container the main landmark
 * @param {{params: URLSearchParams}} route
 */
export function renderSpeakers(container, route) {
  let filter = route.params.get('filter') || '';
  let speakers = [];
  let total = 0;
  let token = 0;
  /** Speakers ticked for merging, in the order they were ticked. */
  let picked = [];

  const filterInput = h('input', { id: 'speaker-filter', type: 'search', value: filter, autocomplete: 'off', placeholder: 'Find a speaker' });
  const summary = h('p', { class: 'muted', 'aria-live': 'polite' });
  const tableBody = h('tbody');
  const moreButton = h('button', { type: 'button', class: 'button load-more', hidden: true, text: 'Show more' });
  const mergeBar = h('div', { class: 'merge-bar', 'aria-live': 'polite' });

  container.replaceChildren(
    h(
      'section',
      { class: 'browse-view speakers-view', 'aria-labelledby': 'speakers-heading' },
      h('h1', { id: 'speakers-heading', text: 'Speakers' }),
      h(
        'div',
        { class: 'list-controls' },
        h('label', { for: 'speaker-filter', class: 'visually-hidden', text: 'Find a speaker' }),
        filterInput,
        h('p', { class: 'hint', text: 'Tick two speakers who are the same person to merge them.' }),
      ),
      mergeBar,
      summary,
      h(
        'table',
        { class: 'data-table speakers-table' },
        h('caption', { class: 'visually-hidden', text: 'Speakers and their quote counts' }),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', text: 'Merge' }),
            h('th', { scope: 'col', text: 'Speaker' }),
            h('th', { scope: 'col', text: 'Role' }),
            h('th', { scope: 'col', text: 'Kind' }),
            h('th', { scope: 'col', text: 'Also named' }),
            h('th', { scope: 'col', class: 'numeric', text: 'Quotes' }),
          ),
        ),
        tableBody,
      ),
      moreButton,
    ),
  );

  function speakerRow(speaker) {
    const checkbox = h('input', {
      type: 'checkbox',
      'aria-label': `Select ${speaker.name} for merging`,
      checked: picked.some((p) => p.id === speaker.id),
      on: {
        change: (event) => {
          picked = event.target.checked ? [...picked, speaker].slice(-2) : picked.filter((p) => p.id !== speaker.id);
          syncCheckboxes();
          drawMergeBar();
        },
      },
      dataset: { speakerId: String(speaker.id) },
    });
    return h(
      'tr',
      {},
      h('td', {}, checkbox),
      h(
        'th',
        { scope: 'row' },
        h('a', {
          href: routeHash('search', null, new URLSearchParams({ speaker: speaker.name })),
          text: speaker.name,
          'aria-label': `Quotes by ${speaker.name}`,
        }),
      ),
      h('td', { text: speaker.role || '' }),
      h('td', { text: speakerKindLabel(speaker.kind) }),
      h('td', { class: 'aliases', text: speaker.aliases.join(', ') }),
      h('td', { class: 'numeric', text: formatCount(speaker.claims) }),
    );
  }

  function syncCheckboxes() {
    for (const box of tableBody.querySelectorAll('input[type=checkbox]')) {
      box.checked = picked.some((p) => String(p.id) === box.dataset.speakerId);
    }
  }

  function drawMergeBar() {
    if (picked.length < 2) {
      if (picked.length === 1) mergeBar.replaceChildren(h('p', { text: `${picked[0].name} selected — tick the speaker to merge with.` }));
      else mergeBar.replaceChildren();
      return;
    }
    const [from, into] = picked;
    const mergeButton = h('button', {
      type: 'button',
      class: 'button button-primary',
      text: `Merge “${from.name}” into “${into.name}”`,
      on: { click: () => merge(from, into, mergeButton) },
    });
    mergeBar.replaceChildren(
      h('p', { text: `${from.name} (${plural(from.claims, 'quote')}) will be folded into ${into.name} (${plural(into.claims, 'quote')}); ${from.name} stays as another name.` }),
      mergeButton,
      h('button', {
        type: 'button',
        class: 'button',
        text: 'Swap',
        'aria-label': `Swap: merge ${into.name} into ${from.name} instead`,
        on: { click: () => { picked = [into, from]; drawMergeBar(); mergeBar.querySelector('.button-primary')?.focus(); } },
      }),
      h('button', { type: 'button', class: 'button-quiet', text: 'Cancel', on: { click: () => { picked = []; syncCheckboxes(); drawMergeBar(); } } }),
    );
  }

  async function merge(from, into, button) {
    button.disabled = true;
    try {
      const merged = await call('speaker_merge', { from: String(from.id), into: String(into.id) });
      picked = [];
      drawMergeBar();
      announce(`Merged ${from.name} into ${merged.name}, who now has ${plural(merged.claims, 'quote')}`);
      await load();
      refreshStats().catch(() => {});
    } catch (error) {
      button.disabled = false;
      announceError(`Could not merge ${from.name} into ${into.name}`, error);
    }
  }

  async function load({ append = false } = {}) {
    const current = ++token;
    try {
      const response = await call('speakers', { filter: filter || null, limit: PAGE_SIZE, offset: append ? speakers.length : 0 });
      if (current !== token) return;
      speakers = append ? [...speakers, ...response.speakers] : response.speakers;
      total = response.total;
      const rows = response.speakers.map(speakerRow);
      if (append) tableBody.append(...rows);
      else tableBody.replaceChildren(...rows);
      summary.textContent = total
        ? `${plural(total, 'speaker')}${speakers.length < total ? `, ${formatCount(speakers.length)} shown` : ''}`
        : filter
          ? `No speaker name contains “${filter}”.`
          : 'No speakers yet — import articles to find who said what.';
      moreButton.hidden = speakers.length >= total;
    } catch (error) {
      if (current !== token) return;
      summary.textContent = `Could not load the speakers: ${error.message}`;
    }
  }

  const reload = debounce(() => {
    filter = filterInput.value.trim();
    replaceRoute('speakers', null, filter ? new URLSearchParams({ filter }) : null);
    load();
  }, 200);
  filterInput.addEventListener('input', reload);
  moreButton.addEventListener('click', () => load({ append: true }));

  drawMergeBar();
  load();
  filterInput.focus();
  return () => {
    reload.cancel();
    token += 1;
  };
}
