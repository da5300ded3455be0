/**
 * @file A country type-ahead (ARIA combobox with a listbox popup) over the
 * gazetteer's names, codes, other names and demonyms. Used to tag a claim,
 * to bulk-tag results and to find a country in the Countries view.
 */

import { h, uniqueId } from './dom.js';
import { loadGazetteer, matchCountries } from './gazetteer.js';

/**
 * Builds a picker.
 * @param {object} options
 * @param {string} options.label accessible label of the text box
 * @param {string} [options.placeholder]
 * @param {(entry: {code: string, name: string, flag: string}) => void} options.onPick
 * @param {() => void} [options.onCancel] called on Escape with an empty box
 * @returns {{element: HTMLElement, input: HTMLInputElement, focus: () => void, clear: () => void}}
 */
export function createCountryPicker({ label, placeholder = 'Country, code or demonym…', onPick, onCancel }) {
  const listId = uniqueId('country-options');
  const input = h('input', {
    type: 'text',
    class: 'picker-input',
    role: 'combobox',
    'aria-label': label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'picker-options', 'aria-label': 'Matching countries', hidden: true });
  const element = h('div', { class: 'picker' }, input, list);

  let matches = [];
  let active = -1;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index) {
    active = index;
    for (const [i, option] of [...list.children].entries()) {
      const isActive = i === index;
      option.setAttribute('aria-selected', String(isActive));
      option.classList.toggle('active', isActive);
      if (isActive) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  function pick(index) {
    const match = matches[index];
    if (!match) return;
    close();
    input.value = '';
    onPick(match.entry);
  }

  function refresh() {
    matches = matchCountries(input.value);
    list.replaceChildren(
      ...matches.map(({ entry, matched }, index) =>
        h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            class: 'picker-option',
            'aria-selected': 'false',
            dataset: { code: entry.code },
            on: {
              // Keep focus in the text box so the picker does not close before the click lands.
              mousedown: (event) => event.preventDefault(),
              click: () => pick(index),
            },
          },
          h('span', { class: 'flag', 'aria-hidden': 'true', text: entry.flag }),
          h('span', { class: 'picker-name', text: entry.name }),
          h('span', { class: 'picker-code', text: entry.code }),
          matched ? h('span', { class: 'picker-matched', text: matched }) : null,
        ),
      ),
    );
    if (input.value.trim() && matches.length === 0) {
      list.replaceChildren(h('li', { class: 'picker-empty', role: 'option', 'aria-disabled': 'true', text: 'No country matches' }));
    }
    const open = input.value.trim() !== '';
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(matches.length ? 0 : -1);
  }

  input.addEventListener('input', () => {
    loadGazetteer().then(refresh, () => {});
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && matches.length) {
      event.preventDefault();
      setActive((active + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length) {
      event.preventDefault();
      setActive((active - 1 + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) pick(active);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (!list.hidden) close();
      else if (onCancel) onCancel();
    }
  });
  input.addEventListener('blur', () => close());

  return {
    element,
    input,
    focus: () => input.focus(),
    clear: () => {
      input.value = '';
      close();
    },
  };
}
