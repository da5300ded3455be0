// Imported HTML never runs (issue 7, item 6): a hostile page with scripts,
// event handlers, javascript: links, an iframe and remote images is
// imported through the file chooser and as pasted HTML, then searched,
// opened and clicked through. Every payload would set
// `window.__dossierPwned` or open a dialog; neither may happen, and the
// page must never contain elements from the imported markup.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, api, openApp, screenshot, writeTempFile, goTo } from './harness.mjs';
import { MALICIOUS_HTML, MARKUP_AS_TEXT } from './articles.mjs';

/** Fails when any payload ran or any imported markup reached the DOM. */
async function assertNothingExecuted(app, where) {
  const { page } = app;
  assert.equal(await page.evaluate(() => window.__dossierPwned), undefined, `no payload ran (${where})`);
  assert.deepEqual(app.dialogs, [], `no dialog opened (${where})`);
  const injected = await page.evaluate(() => {
    const found = [];
    for (const element of document.querySelectorAll('#main *')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'IMG'].includes(element.tagName)) found.push(element.tagName);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}=javascript:]`);
      }
    }
    return found;
  });
  assert.deepEqual(injected, [], `no imported markup in the page (${where})`);
}

/** The shared hostile fixture (tests/fixtures), when present. */
async function sharedHostileFixture() {
  const file = path.join(FIXTURES, 'malicious-page.html');
  try {
    await access(file);
    return file;
  } catch {
    return null;
  }
}

describe('hostile HTML never executes', () => {
  let app;
  let page;
  let sharedFixture = null;
  const remoteRequests = [];

  before(async () => {
    app = await openApp();
    page = app.page;
    page.on('request', (request) => {
      if (!request.url().startsWith(app.server.url)) remoteRequests.push(request.url());
    });
    await app.open();
    await page.locator('.empty-state.welcome').waitFor();
  });

  after(async () => {
    if (page) await screenshot(page, 'security-last');
    if (app) await app.close();
  });

  it('imports the hostile pages through the file chooser without running them', async () => {
    await goTo(page, 'Import');
    const file = await writeTempFile(MALICIOUS_HTML.name, MALICIOUS_HTML.content);
    sharedFixture = await sharedHostileFixture();
    const files = sharedFixture ? [file, sharedFixture] : [file];
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('Choose files…').click();
    await (await chooser).setFiles(files);
    await page.locator('.import-report h2').filter({ hasText: `Imported ${files.length} article` }).waitFor();
    await assertNothingExecuted(app, 'import report');
  });

  it('opens the shared hostile fixture without running it', async (t) => {
    if (!sharedFixture) {
      t.skip(`no malicious-page.html in ${FIXTURES}`);
      return;
    }
    await page.locator('.report-imported a').filter({ hasText: 'Kenyan solar' }).click();
    await page.locator('#article-body mark.claim').first().waitFor();
    for (const mark of await page.locator('#article-body mark.claim').all()) await mark.click();
    await assertNothingExecuted(app, 'shared hostile fixture');
    await screenshot(page, 'security-shared-fixture');
  });

  it('shows the hostile page in search results as text only', async () => {
    await goTo(page, 'Quotes');
    await page.locator('.quote-card').first().waitFor();
    await page.locator('#query').fill(`"${MALICIOUS_HTML.phrase}"`);
    const card = page.locator('.quote-card').filter({ hasText: 'pay more' });
    await card.first().waitFor();
    await assertNothingExecuted(app, 'search results');
    // Markup in the title or outlet shows as characters, never as elements.
    assert.equal(await page.locator('.quote-card b, .quote-card img').count(), 0);
    await screenshot(page, 'security-search');
  });

  it('opens the hostile article and clicks through it without running anything', async () => {
    await page.locator('.quote-card .article-link').first().click();
    await page.locator('#article-body').waitFor();
    await page.locator('#article-body mark.claim').first().waitFor();
    const body = await page.locator('#article-body').textContent();
    assert.ok(!body.includes('window.__dossierPwned'), 'script text is not part of the article body');
    for (const mark of await page.locator('#article-body mark.claim').all()) await mark.click();
    for (const link of await page.locator('#main a').all()) {
      const href = await link.getAttribute('href');
      assert.ok(href === null || /^(#|https?:)/.test(href), `only in-app or web links (got ${href})`);
    }
    await assertNothingExecuted(app, 'article view');
    await screenshot(page, 'security-article');
  });

  it('keeps pasted HTML and markup in plain text inert', async () => {
    await goTo(page, 'Import');
    await page.getByLabel('Article text').fill(MALICIOUS_HTML.content.replace('Ålesund', 'Molde').replace('ferry fares for a year', 'bus fares for a year'));
    await page.getByLabel('Format').selectOption('html');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.locator('.import-report h2').filter({ hasText: /^Imported/ }).waitFor();
    await assertNothingExecuted(app, 'pasted HTML');

    await page.getByLabel('Article text').fill(MARKUP_AS_TEXT.text);
    await page.getByLabel('Title').fill(MARKUP_AS_TEXT.title);
    await page.getByLabel('Format').selectOption('txt');
    await page.getByRole('button', { name: 'Import text' }).click();
    await page.locator('.import-report h2').filter({ hasText: 'Imported 1 article' }).waitFor();
    await page.locator('.import-report a').filter({ hasText: 'Council <img' }).click();
    await page.locator('h1.article-title').filter({ hasText: MARKUP_AS_TEXT.title }).waitFor();
    assert.ok((await page.locator('#article-body').textContent()).includes("<script>window.__dossierPwned='quote'</script>"), 'markup typed as text shows as text');
    for (const mark of await page.locator('#article-body mark.claim').all()) await mark.click();
    await assertNothingExecuted(app, 'plain-text markup');

    await page.keyboard.press('/');
    await page.locator('#query').fill(MARKUP_AS_TEXT.phrase);
    const card = page.locator('.quote-card').filter({ hasText: 'Do not trust' });
    await card.first().waitFor();
    assert.ok((await card.first().locator('blockquote').textContent()).includes('<script>'), 'the snippet shows the markup as text');
    await assertNothingExecuted(app, 'snippet with markup');
    await screenshot(page, 'security-markup-as-text');
  });

  it('loaded nothing from outside the app', async () => {
    assert.deepEqual(remoteRequests, []);
    const stats = await api(app.server, 'stats');
    assert.equal(stats.articles, sharedFixture ? 4 : 3);
  });

  it('raised no uncaught errors in the page', () => {
    assert.deepEqual(app.pageErrors, []);
  });
});
