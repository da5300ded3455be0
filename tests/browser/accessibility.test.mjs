// Accessibility of every view, checked by axe-core (WCAG 2 A and AA rules:
// labels, landmarks, names of controls, ARIA use, colour contrast) in the
// light and the dark theme, with the sample articles loaded so the views
// hold real content.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { api, openApp, screenshot } from './harness.mjs';

const require = createRequire(import.meta.url);

/** The views to check, and what shows each one is ready. */
const VIEWS = [
  { name: 'search', hash: '#/search', ready: '.quote-card' },
  { name: 'article', hash: null, ready: '#article-body mark.claim.selected' },
  { name: 'countries', hash: null, ready: '.country-detail svg.timeline-chart' },
  { name: 'speakers', hash: '#/speakers', ready: '.speakers-table tbody tr' },
  { name: 'import', hash: '#/import', ready: '#paste-text' },
];

describe('accessibility of every view (axe-core, WCAG 2 A/AA)', () => {
  let app;
  let page;
  let axeSource;

  before(async () => {
    app = await openApp();
    page = app.page;
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await api(app.server, 'import_samples');
    const { hits } = await api(app.server, 'search', { limit: 1 });
    const claim = hits[0].claim;
    VIEWS[1].hash = `#/article/${claim.article_id}?claim=${claim.id}`;
    const { countries } = await api(app.server, 'countries');
    VIEWS[2].hash = `#/countries/${countries[0].code}`;
    await app.open();
  });

  after(async () => {
    if (app) await app.close();
  });

  /** Serious and critical violations on the page as it is now. */
  async function violations() {
    // Evaluated through the DevTools protocol, so the page's CSP (no inline
    // script) does not apply to the checker itself.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }

  for (const scheme of ['light', 'dark']) {
    it(`has no serious violations in the ${scheme} theme`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      const found = {};
      for (const view of VIEWS) {
        await page.evaluate((hash) => { location.hash = hash; }, view.hash);
        await page.locator(view.ready).first().waitFor();
        // Let transient toasts from earlier steps fade so they do not hide content.
        await page.waitForTimeout(300);
        const list = await violations();
        if (list.length) found[view.name] = list;
        await screenshot(page, `a11y-${scheme}-${view.name}`);
      }
      assert.deepEqual(found, {}, JSON.stringify(found, null, 2));
    });
  }

  it('shows country flags only where the system draws them in colour', async () => {
    // Whether this machine has a colour emoji font is not the test's to
    // choose, so each page gets a canvas that reads back either a grey
    // image (boxes, no emoji font) or a coloured one (a flag).
    const facetFlags = async (colour) => {
      const other = await app.context.newPage();
      const errors = [];
      other.on('pageerror', (error) => errors.push(error.message));
      await other.addInitScript((coloured) => {
        const read = CanvasRenderingContext2D.prototype.getImageData;
        CanvasRenderingContext2D.prototype.getImageData = function getImageData(...args) {
          const image = read.apply(this, args);
          for (let i = 0; i < image.data.length; i += 4) image.data.set(coloured ? [200, 30, 40, 255] : [0, 0, 0, 255], i);
          return image;
        };
      }, colour);
      await other.goto(`${app.server.url}#/search`);
      const flag = other.locator('.facets .facet-group .flag').first();
      await flag.waitFor({ state: 'attached' });
      const seen = {
        marked: await other.evaluate(() => document.documentElement.classList.contains('no-flag-emoji')),
        visible: await flag.isVisible(),
        errors,
      };
      await other.close();
      return seen;
    };
    assert.deepEqual(await facetFlags(false), { marked: true, visible: false, errors: [] });
    assert.deepEqual(await facetFlags(true), { marked: false, visible: true, errors: [] });
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(app.pageErrors, []);
  });
});
