// The UI's pure helpers, run as the browser loads them (ES modules served
// by `dossier serve`): snippet vetting, code point ↔ UTF-16 offsets,
// overlapping highlights, the chart's month axis, import chunking and the
// country type-ahead's matching, and telling a flag drawn in colour from
// boxes.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

describe('UI modules in the browser', () => {
  let app;
  let page;

  before(async () => {
    app = await openApp();
    page = app.page;
    await app.open();
    await page.locator('#library-stats').filter({ hasText: 'article' }).waitFor();
  });

  after(async () => {
    if (app) await app.close();
  });

  it('accepts snippets made only of text and <mark>, and nothing else', async () => {
    const results = await page.evaluate(async () => {
      const { parseSnippet, renderSnippet } = await import('/js/snippet.js');
      const holder = document.createElement('div');
      holder.append(renderSnippet('<mark><img src=x onerror=alert(1)></mark>', 'plain text'));
      return {
        good: parseSnippet('Tom &amp; Jerry said &quot;<mark>peace</mark>&quot; &lt;now&gt; &#128031;'),
        image: parseSnippet('<mark><img src=x onerror=alert(1)></mark>'),
        bold: parseSnippet('<b>bold</b>'),
        nested: parseSnippet('<mark><mark>x</mark></mark>'),
        unclosed: parseSnippet('<mark>x'),
        stray: parseSnippet('x</mark>'),
        upper: parseSnippet('<MARK>x</MARK>'),
        fallbackHtml: holder.innerHTML,
      };
    });
    assert.deepEqual(results.good, [
      { text: 'Tom & Jerry said "', marked: false },
      { text: 'peace', marked: true },
      { text: '" <now> 🐟', marked: false },
    ]);
    for (const rejected of ['image', 'bold', 'nested', 'unclosed', 'stray', 'upper']) {
      assert.equal(results[rejected], null, `${rejected} is rejected`);
    }
    assert.equal(results.fallbackHtml, 'plain text', 'a rejected snippet falls back to the plain claim text');
  });

  it('converts code point offsets to UTF-16 and back', async () => {
    const results = await page.evaluate(async () => {
      const { codePointToUtf16Map, toUtf16, toCodePoint } = await import('/js/offsets.js');
      const text = 'a𠮷b🐟c';
      const map = codePointToUtf16Map(text);
      return {
        map: [...map],
        slice: text.slice(toUtf16(map, 1), toUtf16(map, 4)),
        back: [0, 1, 3, 4, 6, 7].map((i) => toCodePoint(text, i)),
        clamped: toUtf16(map, 99),
      };
    });
    assert.deepEqual(results.map, [0, 1, 3, 4, 6, 7]);
    assert.equal(results.slice, '𠮷b🐟');
    assert.deepEqual(results.back, [0, 1, 2, 3, 4, 5]);
    assert.equal(results.clamped, 7);
  });

  it('splits an article body into runs for overlapping claims, innermost first', async () => {
    const segments = await page.evaluate(async () => {
      const { segmentBody } = await import('/js/views/article.js');
      const body = '🐟 He said "stop now" today.';
      const claims = [
        { id: 1, char_start: 2, char_end: 26 },
        { id: 2, char_start: 11, char_end: 19 },
      ];
      return segmentBody(body, claims).map((s) => ({ text: body.slice(s.start, s.end), ids: s.claims.map((c) => c.id) }));
    });
    assert.deepEqual(segments, [
      { text: '🐟 ', ids: [] },
      { text: 'He said "', ids: [1] },
      { text: 'stop now', ids: [2, 1] },
      { text: '" today', ids: [1] },
      { text: '.', ids: [] },
    ]);
  });

  it('fills the months without claims on the chart axis', async () => {
    const filled = await page.evaluate(async () => {
      const { fillMonths } = await import('/js/chart.js');
      return fillMonths([{ month: '2025-11', claims: 2 }, { month: '2026-02', claims: 5 }]);
    });
    assert.deepEqual(filled, [
      { month: '2025-11', claims: 2 },
      { month: '2025-12', claims: 0 },
      { month: '2026-01', claims: 0 },
      { month: '2026-02', claims: 5 },
    ]);
  });

  it('sends imports in chunks of a few documents', async () => {
    const sizes = await page.evaluate(async () => {
      const { chunkDocuments } = await import('/js/views/import.js');
      const small = Array.from({ length: 12 }, (_, i) => ({ name: `a${i}.txt`, content: 'x' }));
      const big = Array.from({ length: 3 }, (_, i) => ({ name: `b${i}.txt`, content: 'y'.repeat(3_000_000) }));
      return { small: chunkDocuments(small).map((c) => c.length), big: chunkDocuments(big).map((c) => c.length) };
    });
    assert.deepEqual(sizes.small, [5, 5, 2]);
    assert.deepEqual(sizes.big, [1, 1, 1]);
  });

  it('matches countries by name, code, other name and demonym', async () => {
    const matches = await page.evaluate(async () => {
      const { loadGazetteer, matchCountries } = await import('/js/gazetteer.js');
      await loadGazetteer();
      const first = (typed) => matchCountries(typed)[0]?.entry.code;
      return {
        name: first('Japan'),
        code: first('de'),
        demonym: first('Norwegian'),
        accentless: first("cote d'ivoire"),
        prefix: matchCountries('ice').map((m) => m.entry.code),
        nothing: matchCountries('zzzz').length,
      };
    });
    assert.equal(matches.name, 'JP');
    assert.equal(matches.code, 'DE');
    assert.equal(matches.demonym, 'NO');
    assert.equal(matches.accentless, 'CI');
    assert.ok(matches.prefix.includes('IS'), `"ice" finds Iceland (${matches.prefix})`);
    assert.equal(matches.nothing, 0);
  });

  it('tells a flag drawn in colour from boxes or letters drawn in black', async () => {
    const verdicts = await page.evaluate(async () => {
      const { hasColour } = await import('/js/flags.js');
      const image = (...pixels) => Uint8ClampedArray.from(pixels.flat());
      return {
        empty: hasColour(image()),
        transparent: hasColour(image([255, 0, 0, 0])),
        black: hasColour(image([0, 0, 0, 255], [0, 0, 0, 128])),
        grey: hasColour(image([0, 0, 0, 255], [120, 126, 118, 255])),
        red: hasColour(image([0, 0, 0, 255], [200, 30, 40, 255])),
        blue: hasColour(image([10, 60, 180, 90])),
      };
    });
    assert.deepEqual(verdicts, { empty: false, transparent: false, black: false, grey: false, red: true, blue: true });
  });
});
