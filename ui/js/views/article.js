/**
 * @file Reading an article: its full text with every claim highlighted in
 * place by kind, a panel that shows the selected claim (speaker, role, cue,
 * countries with their source and evidence, editable), the list of all
 * claims for keyboard use, and a form to add a claim by selecting a passage.
 *
 * Claim offsets from the engine count code points; they are converted to
 * UTF-16 string indices before slicing the body.
 */

import { call } from '../api.js';
import { h, formatDate, plural, uniqueId } from '../dom.js';
import { codePointToUtf16Map, toUtf16, toCodePoint } from '../offsets.js';
import { loadGazetteer } from '../gazetteer.js';
import { claimCountryEditor } from '../country-tags.js';
import { CLAIM_KINDS, kindLabel, kindHint, speakerKindLabel } from '../kinds.js';
import { refreshStats } from '../library.js';
import { lastSearchHash, replaceRoute, routeHash } from '../router.js';
import { announce, announceError } from '../status.js';

/**
 * Splits the body into runs covered by the same set of claims, so
 * overlapping claims (a partial quote inside reported speech) still get
 * every character highlighted once.
 * @param {string} body
 * @param {object[]} claims
 * @returns {{start: number, end: number, claims: object[]}[]} UTF-16 ranges
 */
export function segmentBody(body, claims) {
  const map = codePointToUtf16Map(body);
  const spans = claims
    .map((claim) => ({ claim, start: toUtf16(map, claim.char_start), end: toUtf16(map, claim.char_end) }))
    .filter((span) => span.end > span.start);
  const boundaries = new Set([0, body.length]);
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const covering = spans
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((span) => span.claim);
    segments.push({ start, end, claims: covering });
  }
  return segments;
}

function prefersReducedMotion() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Renders the article view.
 * @param {HTMLElement} container the main landmark
 * @param {{id: string, params: URLSearchParams}} route
 * @returns {() => void} cleanup
 */
export function renderArticle(container, route) {
  const articleId = Number(route.id);
  let article = null;
  let claims = [];
  let selectedId = route.params.has('claim') ? Number(route.params.get('claim')) : null;
  let pendingSelection = null;

  const bodyElement = h('div', { class: 'article-body', id: 'article-body', 'aria-label': 'Article text' });
  const panel = h('aside', { class: 'claim-panel', 'aria-label': 'Claim details' });
  const detail = h('section', { class: 'claim-detail', 'aria-live': 'polite' });
  const addForm = h('section', { class: 'add-claim', hidden: true, 'aria-label': 'Add a claim' });
  const claimList = h('ol', { class: 'claim-list' });
  const claimListHeading = h('h2', { class: 'panel-heading', id: 'claim-list-heading' });
  panel.append(addForm, detail, h('section', { class: 'claim-index', 'aria-labelledby': 'claim-list-heading' }, claimListHeading, claimList));

  // Back to the exact search the user came from, not an empty one.
  const back = h('a', { class: 'back-link', href: lastSearchHash(), text: '← Back to quotes' });
  const header = h('header', { class: 'article-header' }, back, h('h1', { class: 'article-title', text: 'Loading article…' }));
  container.replaceChildren(h('div', { class: 'article-view' }, h('div', { class: 'article-main' }, header, bodyElement), panel));

  function selectClaim(id, { scroll = true } = {}) {
    selectedId = id;
    replaceRoute('article', articleId, id === null ? null : new URLSearchParams({ claim: String(id) }));
    for (const mark of bodyElement.querySelectorAll('mark.claim')) {
      mark.classList.toggle('selected', id !== null && mark.dataset.claimIds.split(' ').includes(String(id)));
    }
    for (const item of claimList.querySelectorAll('button[data-claim-id]')) {
      item.setAttribute('aria-current', String(Number(item.dataset.claimId) === id));
    }
    renderDetail();
    const first = bodyElement.querySelector('mark.claim.selected');
    if (first && scroll) first.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  function renderBody() {
    const fragment = document.createDocumentFragment();
    for (const segment of segmentBody(article.body, claims)) {
      const text = article.body.slice(segment.start, segment.end);
      if (segment.claims.length === 0) {
        fragment.append(document.createTextNode(text));
        continue;
      }
      const primary = segment.claims[0];
      const speaker = primary.speaker ? ` by ${primary.speaker.name}` : '';
      fragment.append(
        h('mark', {
          class: ['claim', `kind-${primary.kind}`, segment.claims.length > 1 ? 'overlap' : null, primary.manual ? 'manual' : null],
          title: `${kindLabel(primary.kind)}${speaker}`,
          dataset: { claimId: String(primary.id), claimIds: segment.claims.map((c) => c.id).join(' ') },
          text,
        }),
      );
    }
    bodyElement.replaceChildren(fragment);
  }

  function renderClaimList() {
    claimListHeading.textContent = `Claims in this article (${claims.length})`;
    claimList.replaceChildren(
      ...claims.map((claim) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: ['claim-list-item', `kind-${claim.kind}`],
              'aria-current': String(claim.id === selectedId),
              dataset: { claimId: String(claim.id) },
              on: { click: () => selectClaim(claim.id) },
            },
            h('span', { class: ['kind-badge', `kind-${claim.kind}`], text: kindLabel(claim.kind) }),
            h('span', { class: 'claim-list-speaker', text: claim.speaker ? claim.speaker.name : '' }),
            h('span', { class: 'claim-list-text', text: claim.text.length > 110 ? claim.text.slice(0, 107) + '…' : claim.text }),
          ),
        ),
      ),
    );
  }

  function row(label, value) {
    if (value === null || value === undefined || value === '') return null;
    return [h('dt', { text: label }), h('dd', {}, value)];
  }

  function renderDetail() {
    const claim = claims.find((c) => c.id === selectedId);
    if (!claim) {
      detail.replaceChildren(
        h('h2', { class: 'panel-heading', text: 'Claims' }),
        h('p', { class: 'hint', text: 'Click a highlighted passage to see who said it and which countries it is about.' }),
        h('p', { class: 'hint', text: 'Select any passage of the text to add a claim by hand.' }),
      );
      return;
    }
    const speaker = claim.speaker;
    const speakerValue = speaker
      ? h(
          'span',
          {},
          h('a', {
            href: routeHash('search', null, new URLSearchParams({ speaker: speaker.name })),
            text: speaker.name,
            title: `All quotes by ${speaker.name}`,
          }),
          speaker.mention && speaker.mention !== speaker.name ? h('span', { class: 'muted', text: ` (as “${speaker.mention}”)` }) : null,
        )
      : null;
    detail.replaceChildren(
      h(
        'h2',
        { class: 'panel-heading' },
        h('span', { class: ['kind-badge', `kind-${claim.kind}`], title: kindHint(claim.kind), text: kindLabel(claim.kind) }),
        claim.manual ? h('span', { class: 'manual-badge', text: 'added by hand' }) : null,
      ),
      h('blockquote', { class: 'detail-quote', text: claim.text }),
      h(
        'dl',
        { class: 'detail-facts' },
        row('Speaker', speakerValue || h('span', { class: 'muted', text: claim.kind === 'statement' ? 'The reporter' : 'Not attributed' })),
        row('Role', speaker && speaker.role),
        row('Speaker type', speaker && speakerKindLabel(speaker.kind)),
        row('Cue', claim.cue ? h('q', { text: claim.cue }) : null),
      ),
      h('h3', { class: 'panel-subheading', text: 'Countries' }),
      claimCountryEditor(claim, {
        detailed: true,
        onChange: (updated) => {
          claims = claims.map((c) => (c.id === updated.id ? updated : c));
        },
      }),
    );
  }

  bodyElement.addEventListener('click', (event) => {
    const mark = event.target.closest('mark.claim');
    if (!mark || !window.getSelection().isCollapsed) return;
    const ids = mark.dataset.claimIds.split(' ').map(Number);
    // Clicking again on a nested passage steps out to the enclosing claim.
    const current = ids.indexOf(selectedId);
    selectClaim(current >= 0 ? ids[(current + 1) % ids.length] : ids[0], { scroll: false });
  });

  // --- Adding a claim from a selection -----------------------------------------
  function selectionOffsets() {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!bodyElement.contains(range.startContainer) || !bodyElement.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.selectNodeContents(bodyElement);
    before.setEnd(range.startContainer, range.startOffset);
    const startUtf16 = before.toString().length;
    const endUtf16 = startUtf16 + range.toString().length;
    let start = startUtf16;
    let end = endUtf16;
    // Leave surrounding white space out of the claim.
    while (start < end && /\s/.test(article.body[start])) start += 1;
    while (end > start && /\s/.test(article.body[end - 1])) end -= 1;
    if (end <= start) return null;
    return { startUtf16: start, endUtf16: end };
  }

  function offerAddClaim() {
    const offsets = selectionOffsets();
    if (!offsets) return;
    pendingSelection = offsets;
    const passage = article.body.slice(offsets.startUtf16, offsets.endUtf16);
    const kindId = uniqueId('new-kind');
    const speakerId = uniqueId('new-speaker');
    const roleId = uniqueId('new-role');
    const kindSelect = h(
      'select',
      { id: kindId },
      CLAIM_KINDS.map((kind) => h('option', { value: kind, text: kindLabel(kind), selected: kind === 'statement' })),
    );
    const speakerInput = h('input', { id: speakerId, type: 'text', autocomplete: 'off', placeholder: 'e.g. Maria Lopez' });
    const roleInput = h('input', { id: roleId, type: 'text', autocomplete: 'off', placeholder: 'e.g. trade minister' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', text: 'Add claim' });
    const form = h(
      'form',
      { class: 'add-claim-form' },
      h('h2', { class: 'panel-heading', text: 'Add a claim' }),
      h('blockquote', { class: 'detail-quote', text: passage.length > 300 ? passage.slice(0, 297) + '…' : passage }),
      h('label', { for: kindId, text: 'Kind' }),
      kindSelect,
      h('label', { for: speakerId, text: 'Speaker (optional)' }),
      speakerInput,
      h('label', { for: roleId, text: 'Role (optional)' }),
      roleInput,
      h(
        'div',
        { class: 'form-actions' },
        submit,
        h('button', { type: 'button', class: 'button-quiet', text: 'Cancel', on: { click: closeAddForm } }),
      ),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const added = await call('claim_add', {
          article_id: articleId,
          char_start: toCodePoint(article.body, pendingSelection.startUtf16),
          char_end: toCodePoint(article.body, pendingSelection.endUtf16),
          kind: kindSelect.value,
          speaker: speakerInput.value.trim() || null,
          role: roleInput.value.trim() || null,
        });
        closeAddForm();
        window.getSelection().removeAllRanges();
        await load();
        selectClaim(added.id);
        detail.querySelector('.add-country')?.focus();
        announce(`Added a ${kindLabel(added.kind).toLowerCase()} to the article`);
        refreshStats().catch(() => {});
      } catch (error) {
        submit.disabled = false;
        announceError('Could not add the claim', error);
      }
    });
    addForm.replaceChildren(form);
    addForm.hidden = false;
  }

  function closeAddForm() {
    addForm.hidden = true;
    addForm.replaceChildren();
    pendingSelection = null;
  }

  bodyElement.addEventListener('mouseup', () => setTimeout(offerAddClaim, 0));
  bodyElement.addEventListener('keyup', (event) => {
    if (event.shiftKey) offerAddClaim();
  });

  // --- Loading -------------------------------------------------------------------
  async function load() {
    const [response] = await Promise.all([call('article_get', { id: articleId }), loadGazetteer().catch(() => null)]);
    article = response.article;
    claims = response.claims;
    renderHeader();
    renderBody();
    renderClaimList();
    renderDetail();
  }

  function renderHeader() {
    const meta = [];
    if (article.outlet) meta.push(h('span', { class: 'article-outlet', text: article.outlet }));
    if (article.published) meta.push(h('time', { datetime: article.published, text: formatDate(article.published) }));
    if (article.author) meta.push(h('span', { text: `by ${article.author}` }));
    if (article.url) {
      // Only web addresses become links; anything else (javascript:, data:) stays text.
      meta.push(
        /^https?:\/\//i.test(article.url)
          ? h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'article-url', text: article.url })
          : h('span', { class: 'article-url', text: article.url }),
      );
    }
    meta.push(h('span', { text: plural(claims.length, 'claim') }));
    const legend = h(
      'ul',
      { class: 'kind-legend', 'aria-label': 'Highlight colours' },
      CLAIM_KINDS.map((kind) => h('li', { class: ['legend-item', `kind-${kind}`], title: kindHint(kind), text: kindLabel(kind) })),
    );
    header.replaceChildren(
      back,
      h('h1', { class: 'article-title', tabindex: '-1', text: article.title }),
      h('p', { class: 'article-meta' }, meta.flatMap((item, i) => (i === 0 ? [item] : [' · ', item]))),
      legend,
    );
    document.title = `${article.title} — Dossier`;
  }

  load()
    .then(() => {
      if (selectedId !== null && claims.some((c) => c.id === selectedId)) selectClaim(selectedId);
      else selectedId = null;
      container.querySelector('.article-title')?.focus();
    })
    .catch((error) => {
      const notFound = error.code === 'not_found';
      header.replaceChildren(
        back,
        h('h1', { class: 'article-title', text: notFound ? 'Article not found' : 'Could not open the article' }),
        h('p', { text: notFound ? `Article ${articleId} is not in this library; it may have been removed.` : error.message }),
      );
      panel.hidden = true;
    });

  return () => {
    document.title = 'Dossier';
  };
}
