// A new user's first minutes: the empty library offers the sample
// articles; then the keyboard path through results, paging, the date range
// and query errors, the Countries view (chart, co-tagged countries), the
// Speakers view (quotes, merge) and rebuilding the index.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { api, openApp, screenshot, goTo } from './harness.mjs';

describe('first run, keyboard, Countries and Speakers', () => {
  let app;
  let page;

  before(async () => {
    app = await openApp();
    page = app.page;
    await app.open();
  });

  after(async () => {
    if (page) await screenshot(page, 'browse-last');
    if (app) await app.close();
  });

  it('offers the sample articles on first run and loads them', async () => {
    const welcome = page.locator('.empty-state.welcome');
    await welcome.waitFor();
    assert.match(await welcome.textContent(), /Library is empty/);
    await screenshot(page, 'first-run');
    await welcome.getByRole('button', { name: 'Load sample articles' }).click();
    await page.locator('.quote-card').first().waitFor({ timeout: 120_000 });
    const stats = await api(app.server, 'stats');
    assert.ok(stats.articles > 0 && stats.claims > 0, 'samples were stored');
    await page.locator('#library-stats').filter({ hasText: `${stats.articles} article` }).waitFor();
    const countText = await page.locator('.result-count').textContent();
    assert.match(countText.replace(/[,\s.]/g, ''), new RegExp(`^${stats.claims}claim`), `every claim is a result (${countText})`);
    assert.ok((await page.locator('.facets .facet-group').count()) >= 2, 'facets are shown');
    await screenshot(page, 'samples-loaded');
  });

  it('moves through results with the keyboard and opens one with Enter', async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'query');
    await page.keyboard.press('ArrowDown');
    const firstId = await page.evaluate(() => document.activeElement.dataset.claimId);
    assert.ok(firstId, 'ArrowDown from the search box focuses the first result');
    await page.keyboard.press('ArrowDown');
    const secondId = await page.evaluate(() => document.activeElement.dataset.claimId);
    assert.ok(secondId && secondId !== firstId, 'ArrowDown moves to the next result');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.claimId), firstId);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/article/\\d+\\?claim=${secondId}$`));
    await page.locator(`#article-body mark.claim.selected[data-claim-ids~="${secondId}"]`).first().waitFor();
    await screenshot(page, 'keyboard-opened');

    // "/" from the article goes back to the search box.
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'query');
  });

  it('loads further pages without a cap', async () => {
    const total = (await api(app.server, 'search', { query: '', limit: 1 })).total;
    await page.locator('.quote-card').first().waitFor();
    const loaded = await page.locator('.quote-card').count();
    if (total <= loaded) {
      assert.equal(loaded, total, 'a single page holds every claim');
      return;
    }
    await page.getByRole('button', { name: /Show more/ }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.quote-card').length > n, loaded);
  });

  it('narrows results by date range and explains a query it cannot read', async () => {
    await goTo(page, 'Quotes');
    await page.locator('.quote-card').first().waitFor();
    const { hits } = await api(app.server, 'search', { sort: 'date', limit: 1 });
    const since = hits[0].claim.article.published;
    const expected = (await api(app.server, 'search', { since, limit: 1 })).total;
    await page.getByLabel('From', { exact: true }).fill(since);
    await page.locator('.filter-chip').filter({ hasText: 'From' }).waitFor();
    await page.waitForFunction((n) => document.querySelector('.result-count').textContent.replace(/[,\s]/g, '').startsWith(`${n}claim`), expected);
    const dates = await page.locator('.quote-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    assert.ok(dates.length > 0 && dates.every((date) => date >= since), `every result is from ${since} on: ${dates}`);
    await page.getByRole('button', { name: /^Remove filter From/ }).click();
    await page.locator('.filter-chip').first().waitFor({ state: 'detached' });

    await page.locator('#query').fill('nosuchfield:word');
    const error = page.locator('.error-state');
    await error.waitFor();
    assert.match(await error.textContent(), /could not read this search/);
    assert.match(await error.textContent(), /nosuchfield/);
    await screenshot(page, 'search-query-error');
    await page.locator('#query').fill('');
    await page.locator('.quote-card').first().waitFor();
  });

  it('shows claims per country with a chart and co-tagged countries', async () => {
    await goTo(page, 'Countries');
    const rows = page.locator('.data-table tbody tr');
    await rows.first().waitFor();
    const { countries } = await api(app.server, 'countries');
    assert.equal(await rows.count(), countries.length);
    const top = countries[0];
    assert.match(await rows.first().textContent(), new RegExp(top.name));
    await rows.first().getByRole('link').click();
    const detail = page.locator('.country-detail');
    await detail.locator('h2').filter({ hasText: top.name }).waitFor();
    const chart = detail.locator('svg.timeline-chart');
    await chart.waitFor();
    assert.ok((await chart.locator('rect').count()) >= 1, 'the chart draws bars');
    assert.match(await chart.getAttribute('aria-label'), new RegExp(`Claims about ${top.name} per month`));
    assert.match(page.url(), new RegExp(`#/countries/${top.code}`));
    await screenshot(page, 'countries');

    await detail.getByRole('link', { name: `Show claims about ${top.name}` }).click();
    await page.locator('.filter-chip').filter({ hasText: top.name }).waitFor();
    await page.locator('.quote-card').first().waitFor();
    const expected = (await api(app.server, 'search', { countries: [top.code], limit: 1 })).total;
    assert.match((await page.locator('.result-count').textContent()).replace(/[,\s]/g, ''), new RegExp(`^${expected}claim`));
  });

  it('lists speakers, shows their quotes and merges two of them', async () => {
    await goTo(page, 'Speakers');
    const rows = page.locator('.speakers-table tbody tr');
    await rows.first().waitFor();
    const { speakers, total } = await api(app.server, 'speakers', {});
    assert.ok(total >= 2, 'the samples have several speakers');
    assert.equal(await rows.count(), speakers.length);
    await screenshot(page, 'speakers');

    const [keep, fold] = speakers;
    await page.getByRole('checkbox', { name: `Select ${fold.name} for merging` }).check();
    await page.getByRole('checkbox', { name: `Select ${keep.name} for merging` }).check();
    await page.getByRole('button', { name: `Merge “${fold.name}” into “${keep.name}”` }).click();
    await page.locator('#status').filter({ hasText: `Merged ${fold.name} into` }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.speakers-table tbody tr').length === n - 1, speakers.length);
    const after = await api(app.server, 'speakers', {});
    const merged = after.speakers.find((s) => s.id === keep.id);
    assert.equal(merged.claims, keep.claims + fold.claims, 'the quotes are counted together');
    assert.ok(merged.aliases.includes(fold.name), 'the folded name stays as an alias');

    await page.getByRole('link', { name: `Quotes by ${merged.name}` }).click();
    await page.locator('.filter-chip').filter({ hasText: `Speaker: ${merged.name}` }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.quote-card').length === Math.min(n, 25), merged.claims);
    const speakerNames = await page.locator('.quote-card .speaker-name').allTextContents();
    assert.ok(speakerNames.every((name) => name === merged.name), `every card is by ${merged.name}: ${speakerNames}`);
    await screenshot(page, 'speaker-quotes');
  });

  it('rebuilds the search index as a background job with progress', async () => {
    await goTo(page, 'Import');
    await page.getByRole('button', { name: 'Rebuild search index' }).click();
    const label = page.locator('.progress-label').filter({ hasText: 'Search index rebuilt' });
    await label.waitFor({ timeout: 120_000 });
    const { claims } = await api(app.server, 'stats');
    assert.match((await label.textContent()).replace(/[,\s]/g, ''), new RegExp(`${claims}claimsindexed`));
    assert.equal(await page.locator('#import-progress').evaluate((bar) => bar.value === bar.max), true);
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.dialogs, []);
  });
});
