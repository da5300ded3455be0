// The main path of a user, in a real browser against `dossier serve`:
// import articles (pasted, through the file chooser, a chosen folder, a
// file dropped on the window), see a country whose claims have no date,
// search a phrase,
// open the article, see the claim highlighted, tag it with a country via
// the type-ahead, filter by that country, remove the tag, bulk-tag a
// search, export the results, and add a claim by selecting a passage.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, api, openApp, screenshot, writeTempFile, goTo } from './harness.mjs';
import { FOLDER_ARTICLES, MARKDOWN_FILE, PASTED } from './articles.mjs';

/** Texts of the highlight marks of each claim, joined, by claim id. */
async function highlightedTextByClaim(page) {
  return page.$$eval('#article-body mark.claim', (marks) => {
    const texts = {};
    for (const mark of marks) {
      for (const id of mark.dataset.claimIds.split(' ')) texts[id] = (texts[id] || '') + mark.textContent;
    }
    return texts;
  });
}

describe('import, search, read, tag, filter, export', () => {
  let app;
  let page;

  before(async () => {
    app = await openApp();
    page = app.page;
    await app.open();
    await page.locator('#library-stats').filter({ hasText: '0 articles' }).waitFor();
  });

  after(async () => {
    if (page) await screenshot(page, 'workflow-last');
    if (app) await app.close();
  });

  it('imports pasted text with title, outlet and date', async () => {
    await goTo(page, 'Import');
    await page.getByLabel('Article text').fill(PASTED.text);
    await page.getByLabel('Title').fill(PASTED.title);
    await page.getByLabel('Outlet').fill(PASTED.outlet);
    await page.getByLabel('Published').fill(PASTED.published);
    await page.getByRole('button', { name: 'Import text' }).click();
    const report = page.locator('.import-report');
    await report.locator('h2').filter({ hasText: 'Imported 1 article' }).waitFor();
    await assert.doesNotReject(report.getByRole('link', { name: PASTED.title }).waitFor());
    await page.locator('#library-stats').filter({ hasText: '1 article' }).waitFor();
    await screenshot(page, 'import-pasted');
  });

  it('imports a Markdown file through the file chooser', async () => {
    const file = await writeTempFile(MARKDOWN_FILE.name, MARKDOWN_FILE.content);
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose files…').click();
    await (await chooser).setFiles(file);
    const report = page.locator('.import-report');
    await report.locator('h2').filter({ hasText: 'Imported 1 article' }).waitFor();
    await report.getByRole('link', { name: MARKDOWN_FILE.title }).waitFor();
    await page.locator('#library-stats').filter({ hasText: '2 articles' }).waitFor();
  });

  it('imports a chosen folder, skipping files it cannot read', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'dossier-browser-folder-'));
    await mkdir(path.join(folder, 'wire'));
    await writeFile(path.join(folder, 'wire', 'grain.txt'), FOLDER_ARTICLES.text);
    await writeFile(path.join(folder, 'ferries.md'), FOLDER_ARTICLES.markdown);
    await writeFile(path.join(folder, 'scan.pdf'), '%PDF-1.4 not an article');
    const before = await api(app.server, 'stats');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose a folder…').click();
    await (await chooser).setFiles(folder);
    const report = page.locator('.import-report');
    await report.locator('h2').filter({ hasText: 'Imported 2 articles' }).waitFor();
    assert.match(await report.locator('.report-skipped').textContent(), /scan\.pdf/);
    assert.match(await report.locator('.report-imported').textContent(), /wire\/grain\.txt/);
    assert.equal((await api(app.server, 'stats')).articles, before.articles + 2);
  });

  it('imports a file dropped anywhere on the window', async () => {
    await goTo(page, 'Countries');
    const before = await api(app.server, 'stats');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, FOLDER_ARTICLES.dropped);
    await page.waitForURL(/#\/import$/);
    await page.locator('.import-report h2').filter({ hasText: 'Imported 1 article' }).waitFor();
    assert.match(await page.locator('.report-imported').textContent(), /dropped\.txt/);
    assert.equal((await api(app.server, 'stats')).articles, before.articles + 1);
    assert.ok(await page.locator('#drop-overlay').isHidden(), 'the drop hint is gone');
  });

  it('says when a country has claims only from articles without a date', async () => {
    // A plain text file has no date.
    await api(app.server, 'import_documents', {
      documents: [{ name: 'steppe.txt', content: 'Herders count their losses\n\nHerders in Mongolia said the winter had killed a fifth of their goats.' }],
    });
    const undated = await api(app.server, 'country_detail', { country: 'MN' });
    assert.deepEqual(undated.timeline.map((point) => point.month), ['undated']);
    await page.evaluate(() => { location.hash = '#/countries/MN'; });
    const detail = page.locator('.country-detail');
    await detail.locator('h2').filter({ hasText: 'Mongolia' }).waitFor();
    assert.match(await detail.locator('.undated-note').textContent(), /None of the claims about Mongolia comes from an article with a publication date/);
    assert.equal(await detail.locator('svg.timeline-chart').count(), 0, 'no empty chart');

    // The pasted article has a date: its countries get bars and no note.
    await page.evaluate(() => { location.hash = '#/countries/NO'; });
    await detail.locator('h2').filter({ hasText: 'Norway' }).waitFor();
    assert.ok((await detail.locator('svg.timeline-chart rect').count()) >= 1, 'the chart draws bars');
    assert.equal(await detail.locator('.undated-note').count(), 0);
    await goTo(page, 'Import');
  });

  it('imports the shared fixture articles through the file chooser, listing every item', async (t) => {
    let files = [];
    try {
      files = (await readdir(FIXTURES)).filter((name) => /\.(txt|md|html)$/.test(name)).map((name) => path.join(FIXTURES, name));
    } catch {
      files = [];
    }
    if (files.length === 0) {
      t.skip(`no .txt/.md/.html fixtures in ${FIXTURES}`);
      return;
    }
    const before = await api(app.server, 'stats');
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose files…').click();
    await (await chooser).setFiles(files);
    const heading = page.locator('.import-report h2');
    await heading.filter({ hasText: /^Imported/ }).waitFor();
    const listed = await page.locator('.import-report li').count();
    assert.ok(listed >= files.length, `every chosen file is reported (${listed} items for ${files.length} files)`);
    const afterStats = await api(app.server, 'stats');
    const imported = await page.locator('.report-imported li').count();
    assert.equal(afterStats.articles - before.articles, imported, 'the report counts what was stored');
    await screenshot(page, 'import-fixtures');
  });

  it('finds the quote by a phrase, highlighting the hit', async () => {
    await goTo(page, 'Quotes');
    await page.locator('#query').fill(`"${PASTED.phrase}"`);
    // Cards with highlighted words belong to this search, not the previous list.
    const card = page.locator('.quote-card').filter({ has: page.locator('blockquote mark') });
    await card.first().waitFor();
    assert.equal(await page.locator('.quote-card').count(), 1, 'the phrase matches one claim');
    assert.match(await card.textContent(), new RegExp(PASTED.phrase));
    const marked = await card.locator('blockquote mark').allTextContents();
    assert.ok(marked.join(' ').toLowerCase().includes('share'), `hit words are marked (got ${JSON.stringify(marked)})`);
    assert.match(await card.locator('.card-speaker').textContent(), /Solberg/);
    assert.match(await card.locator('.card-source').textContent(), /The Harbour Gazette/);
    assert.match(page.url(), /q=%22share/);
    await screenshot(page, 'search-phrase');
  });

  it('opens the article with the claim highlighted in place', async () => {
    await page.locator('.quote-card').first().locator('.article-link').click();
    await page.locator('h1.article-title').filter({ hasText: PASTED.title }).waitFor();
    const selected = page.locator('#article-body mark.claim.selected');
    await selected.first().waitFor();
    assert.ok((await selected.allTextContents()).join('').includes(PASTED.phrase));
    const detail = page.locator('.claim-detail');
    await detail.getByText(PASTED.speaker).first().waitFor();

    // Every claim's highlight covers exactly the claim's text (offsets are
    // code points; the body contains characters outside the BMP).
    const articleId = Number(/#\/article\/(\d+)/.exec(page.url())[1]);
    const { claims } = await api(app.server, 'article_get', { id: articleId });
    assert.ok(claims.length >= 2, 'the article has several claims');
    const highlighted = await highlightedTextByClaim(page);
    for (const claim of claims) {
      assert.equal(highlighted[String(claim.id)], claim.text, `claim ${claim.id} is highlighted exactly`);
    }
    await screenshot(page, 'article-claim');
  });

  it('tags the claim with a country through the type-ahead (demonym)', async () => {
    const detail = page.locator('.claim-detail');
    await detail.getByRole('button', { name: 'Add a country to this claim' }).click();
    const box = detail.getByRole('combobox', { name: 'Add a country to this claim' });
    await box.fill('Danish');
    const option = detail.getByRole('option', { name: /Denmark/ });
    await option.waitFor();
    await box.press('Enter');
    const chip = detail.locator('.country-chip[data-code="DK"]');
    await chip.waitFor();
    assert.equal(await chip.getAttribute('data-source'), 'manual');
    assert.match(await chip.textContent(), /manual/);
    await screenshot(page, 'article-tagged');

    // Saved at once: the engine reports the tag on the claim.
    const claimId = Number(new URL(page.url()).hash.match(/claim=(\d+)/)[1]);
    const { claim } = await api(app.server, 'claim_get', { id: claimId });
    assert.ok(claim.countries.some((tag) => tag.code === 'DK' && tag.source === 'manual'));
  });

  it('filters the results by that country from the facet sidebar', async () => {
    await page.getByRole('link', { name: '← Back to quotes' }).click();
    await page.locator('.quote-card').first().waitFor();
    await page.locator('#query').fill('');
    await page.waitForFunction(() => !location.hash.includes('q='));
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length > 1);
    // With many countries in the library, Denmark may sit behind "Show all".
    const countriesFacet = page.locator('.facet-group').filter({ has: page.getByRole('heading', { name: 'Countries' }) });
    const showAll = countriesFacet.getByRole('button', { name: /^Show all/ });
    if (await showAll.isVisible()) await showAll.click();
    const facet = countriesFacet.locator('.facet-button').filter({ hasText: 'Denmark' });
    await facet.click();
    await page.locator('.filter-chip').filter({ hasText: 'Denmark' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 1);
    const card = page.locator('.quote-card');
    assert.match(await card.textContent(), /share the catch fairly/);
    assert.equal(await card.locator('.country-chip[data-code="DK"]').count(), 1);
    assert.match(page.url(), /country=DK/);
    assert.equal(await facet.getAttribute('aria-pressed'), 'true');
    await screenshot(page, 'search-filtered-by-country');
  });

  it('removes the country tag again', async () => {
    await page.getByRole('button', { name: 'Remove Denmark (manual) from this claim' }).click();
    await page.locator('.quote-card .country-chip[data-code="DK"]').waitFor({ state: 'detached' });
    await page.locator('#query').fill('catch');
    await page.locator('.empty-state').filter({ hasText: 'No claims match' }).waitFor();
    assert.match(await page.locator('.empty-state').textContent(), /remove a filter/);
    await screenshot(page, 'search-no-match');
    await page.getByRole('button', { name: 'Remove filter Denmark' }).click();
    await page.locator('.quote-card').first().waitFor();
  });

  it('bulk-tags every claim of the current search, then removes the tag from all', async () => {
    // The pasted article's outlet, as a filter from the outlet button of a card.
    const expected = (await api(app.server, 'search', { outlet: PASTED.outlet, limit: 1 })).total;
    assert.ok(expected >= 2, `the pasted article yields several claims (${expected})`);
    await page.locator('#query').fill(`"${PASTED.phrase}"`);
    await page.getByRole('button', { name: `Only claims from ${PASTED.outlet}` }).first().click();
    await page.locator('.filter-chip').filter({ hasText: PASTED.outlet }).waitFor();
    await page.locator('#query').fill('');
    await page.waitForFunction((n) => document.querySelector('.result-count').textContent.replace(/[,\s]/g, '').startsWith(`${n}claim`), expected);
    await page.getByRole('button', { name: 'Tag all…' }).click();
    const box = page.getByRole('combobox', { name: 'Country to add to or remove from every result' });
    await box.fill('Belgian');
    await page.getByRole('option', { name: /Belgium/ }).click();
    await page.getByRole('button', { name: `Add Belgium to all ${expected}` }).click();
    await page.locator('#status').filter({ hasText: `Added Belgium: ${expected} claim` }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.quote-card .country-chip[data-code="BE"][data-source="manual"]').length === Math.min(n, 25), expected);
    assert.equal((await api(app.server, 'search', { countries: ['BE'], limit: 1 })).total, expected, 'saved on every matching claim');
    await screenshot(page, 'search-bulk-tagged');

    await page.getByRole('button', { name: 'Tag all…' }).click();
    await box.fill('Belgium');
    await box.press('Enter');
    await page.getByRole('button', { name: 'Remove Belgium from all' }).click();
    await page.locator('#status').filter({ hasText: 'Removed Belgium' }).waitFor();
    await page.locator('.quote-card .country-chip[data-code="BE"]').first().waitFor({ state: 'detached' });
    assert.equal((await api(app.server, 'search', { countries: ['BE'], limit: 1 })).total, 0);
    await page.getByRole('button', { name: `Remove filter Outlet: ${PASTED.outlet}` }).click();
  });

  it('exports the current results as CSV, JSON and Markdown', async () => {
    await page.locator('#query').fill(`"${PASTED.phrase}"`);
    await page.waitForFunction(() => document.querySelectorAll('.quote-card').length === 1);
    for (const format of ['csv', 'json', 'markdown']) {
      await page.getByLabel('Export format').selectOption(format);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export' }).click();
      const download = await downloading;
      const content = await readFile(await download.path(), 'utf8');
      assert.ok(content.includes(PASTED.phrase), `${format} export holds the quote`);
      assert.ok(!content.includes('until the contracts are signed'), `${format} export holds only the results`);
      if (format === 'json') {
        const parsed = JSON.parse(content);
        assert.equal(Array.isArray(parsed) ? parsed.length : parsed.claims.length, 1);
      }
      const expectedExtension = { csv: '.csv', json: '.json', markdown: '.md' }[format];
      assert.ok(download.suggestedFilename().endsWith(expectedExtension), `file name ${download.suggestedFilename()}`);
    }
  });

  it('adds a claim by hand by selecting a passage', async () => {
    await page.locator('.quote-card .article-link').first().click();
    await page.locator('#article-body mark.claim').first().waitFor();
    const before = await page.locator('.claim-list-item').count();
    // Select the longest run of text that no claim covers yet.
    const passage = await page.evaluate(() => {
      const body = document.getElementById('article-body');
      let best = null;
      for (const node of body.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        const text = node.data.trim();
        if (text.length > 12 && (!best || text.length > best.text.length)) best = { node, text };
      }
      if (!best) throw new Error('every passage of the article is already a claim');
      const at = best.node.data.indexOf(best.text);
      const range = document.createRange();
      range.setStart(best.node, at);
      range.setEnd(best.node, at + best.text.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return best.text;
    });
    const form = page.locator('.add-claim-form');
    await form.waitFor();
    assert.equal(await form.locator('blockquote').textContent(), passage.length > 300 ? passage.slice(0, 297) + '…' : passage);
    await form.getByLabel('Speaker (optional)').fill('Harbour Gazette staff');
    await form.getByRole('button', { name: 'Add claim' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.claim-list-item').length === n + 1, before);
    const manual = page.locator('#article-body mark.claim.manual');
    assert.equal((await manual.allTextContents()).join(''), passage);
    await page.locator('.claim-detail').getByText('added by hand').waitFor();
    await screenshot(page, 'article-manual-claim');
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(app.pageErrors, []);
    assert.deepEqual(app.dialogs, []);
  });
});
