/**
 * @file A claim's country tags: chips that show where each tag comes from
 * (mentioned in the text, the speaker's affiliation, the article's context,
 * or added by hand), a remove button per chip, and a type-ahead to add one.
 * Every change is sent to the engine (`tag`) at once.
 */

import { call } from './api.js';
import { h } from './dom.js';
import { countryInfo } from './gazetteer.js';
import { createCountryPicker } from './country-picker.js';
import { announce, announceError } from './status.js';

/** What each tag source means, in words shown to the user. */
export const SOURCE_LABELS = {
  mentioned: 'mentioned',
  speaker: 'speaker',
  context: 'context',
  manual: 'manual',
};

export const SOURCE_DESCRIPTIONS = {
  mentioned: 'The claim itself names this country',
  speaker: "From the speaker's stated affiliation",
  context: "The article's focus country; the claim names none",
  manual: 'Added by hand',
};

/**
 * A chip for one country tag.
 * @param {{code: string, source: string, evidence?: string}} tag
 * @param {object} [options]
 * @param {() => void} [options.onRemove] adds a remove button when given
 * @param {boolean} [options.detailed] show the country name and the evidence words, not just the code
 */
export function countryChip(tag, { onRemove = null, detailed = false } = {}) {
  const country = countryInfo(tag.code);
  const source = SOURCE_LABELS[tag.source] ? tag.source : 'mentioned';
  const description = `${country.name} — ${SOURCE_DESCRIPTIONS[source]}${tag.evidence ? `: “${tag.evidence}”` : ''}`;
  return h(
    'li',
    { class: ['chip', 'country-chip', `source-${source}`], title: description, dataset: { code: tag.code, source } },
    h('span', { class: 'flag', 'aria-hidden': 'true', text: country.flag }),
    h('span', { class: 'chip-label', text: detailed ? country.name : tag.code }),
    detailed ? null : h('span', { class: 'visually-hidden', text: ` ${country.name}` }),
    h('span', { class: 'chip-source', text: SOURCE_LABELS[source] }),
    detailed && tag.evidence ? h('span', { class: 'chip-evidence', text: `“${tag.evidence}”` }) : null,
    detailed ? h('span', { class: 'visually-hidden', text: ` — ${SOURCE_DESCRIPTIONS[source]}` }) : null,
    onRemove
      ? h('button', {
          type: 'button',
          class: 'chip-remove',
          'aria-label': `Remove ${country.name} (${SOURCE_LABELS[source]}) from this claim`,
          text: '×',
          on: { click: onRemove },
        })
      : null,
  );
}

/**
 * The editable tag list of one claim.
 * @param {object} claim the claim as the engine sends it
 * @param {object} options
 * @param {(claim: object) => void} options.onChange called with the updated claim after each save
 * @param {boolean} [options.detailed] one tag a line, with name and evidence (the article's claim panel)
 * @returns {HTMLElement}
 */
export function claimCountryEditor(claim, { onChange, detailed = false }) {
  const container = h('div', { class: ['claim-countries', detailed ? 'detailed' : null] });
  let addButton = null;

  async function save(change, doneMessage) {
    // The chips are rebuilt after a save; keep keyboard users where they were.
    const hadFocus = container.contains(document.activeElement);
    try {
      const response = await call('tag', { claim_ids: [claim.id], ...change });
      const updated = response.claims.find((c) => c.id === claim.id) || response.claims[0];
      if (updated) {
        claim = updated;
        render();
        if (hadFocus) addButton.focus();
        onChange(updated);
      }
      announce(doneMessage);
    } catch (error) {
      announceError('Could not save the country tag', error);
    }
  }

  function render() {
    const chips = h(
      'ul',
      { class: 'chips', 'aria-label': 'Countries of this claim' },
      claim.countries.map((tag) =>
        countryChip(tag, {
          detailed,
          onRemove: () => save({ remove: [tag.code] }, `Removed ${countryInfo(tag.code).name} from the claim`),
        }),
      ),
    );
    addButton = h('button', {
      type: 'button',
      class: 'button-quiet add-country',
      text: '+ Country',
      'aria-label': 'Add a country to this claim',
      'aria-expanded': 'false',
    });
    const picker = createCountryPicker({
      label: 'Add a country to this claim',
      onPick: (entry) => save({ add: [entry.code] }, `Tagged the claim with ${entry.name}`),
      onCancel: () => {
        picker.element.hidden = true;
        addButton.setAttribute('aria-expanded', 'false');
        addButton.focus();
      },
    });
    picker.element.hidden = true;
    addButton.addEventListener('click', () => {
      const opening = picker.element.hidden;
      picker.element.hidden = !opening;
      addButton.setAttribute('aria-expanded', String(opening));
      if (opening) picker.focus();
    });
    if (detailed && claim.countries.length === 0) chips.append(h('li', { class: 'muted', text: 'No country tags yet.' }));
    container.replaceChildren(chips, h('div', { class: 'add-country-row' }, addButton, picker.element));
  }

  render();
  return container;
}
