// Articles written for these tests (invented people, outlets and events).

/** Pasted into the Import form, with metadata typed into its fields. */
export const PASTED = {
  title: 'Mackerel talks resume in Tromsø',
  outlet: 'The Harbour Gazette',
  published: '2026-03-14',
  text: [
    'Negotiators from Norway and Iceland met in Tromsø on Monday to restart talks over mackerel quotas.',
    // Characters outside the Basic Multilingual Plane before the quotes check
    // that code point offsets are mapped to the right place in the page.
    'Buyers such as the 𠮷野家 restaurant chain 🐟 follow the talks closely.',
    '',
    '"We are ready to share the catch fairly, but not to give it away," said Ingrid Solberg, Norway\'s fisheries minister.',
    '',
    'Icelandic officials said the proposal ignored scientific advice. Gunnar Thorsson, a senior adviser at the Marine Institute in Reykjavik, said the stock had moved north because of warmer water.',
    '',
    'The talks are expected to last three days.',
  ].join('\n'),
  phrase: 'share the catch fairly',
  speaker: 'Ingrid Solberg',
};

/** Imported through the file chooser as Markdown with front matter. */
export const MARKDOWN_FILE = {
  name: 'port-strike.md',
  title: 'Dock strike halts exports from Rotterdam',
  content: [
    '---',
    'title: Dock strike halts exports from Rotterdam',
    'outlet: Coastal Ledger',
    'date: 2026-04-02',
    '---',
    'Dockworkers in Rotterdam walked out on Tuesday, halting container traffic at the busiest port in the Netherlands.',
    '',
    '"This strike will continue until the contracts are signed," said Pieter de Vries, a spokesperson for the dockworkers\' union.',
    '',
    'According to the port authority, more than forty ships were waiting offshore on Wednesday.',
    '',
  ].join('\n'),
  phrase: 'until the contracts are signed',
};

/** A chosen folder's articles, and one dropped on the window. */
export const FOLDER_ARTICLES = {
  text: [
    'Grain barges return to the Danube',
    '',
    'Barges loaded with wheat left the port of Galați on Thursday after low water had stopped traffic for two weeks.',
    '',
    '"The river is finally deep enough again," said Elena Popescu, who runs a shipping agency in the port.',
  ].join('\n'),
  markdown: [
    '---',
    'title: New ferry links two Baltic islands',
    'outlet: Island Courier',
    'date: 2026-06-09',
    '---',
    'A new electric ferry began sailing between Saaremaa and Hiiumaa on Monday.',
    '',
    '"Crossing now takes forty minutes and no diesel at all," said Mart Kask, the ferry operator\'s director.',
  ].join('\n'),
  dropped: [
    'Orchard growers count frost damage',
    '',
    'Apple growers in South Tyrol said a late frost had damaged about a third of the blossom.',
    '',
    '"We will know the real losses only in August," said Lukas Gruber, who chairs the growers\' association.',
  ].join('\n'),
};

/**
 * A hostile page: scripts, event handlers, javascript: links, an iframe and
 * remote images, with a real quote so it yields a claim to display. Every
 * payload would set `window.__dossierPwned` or open a dialog if it ran.
 */
export const MALICIOUS_HTML = {
  name: 'hostile-page.html',
  content: `<!doctype html>
<html>
<head>
  <title>Harbour council &lt;b&gt;votes&lt;/b&gt; on ferry fares</title>
  <meta property="og:site_name" content="Evil &lt;img src=x onerror=alert(1)&gt; Times">
  <script>window.__dossierPwned = 'head script'; alert('head script');</script>
</head>
<body onload="window.__dossierPwned = 'body onload'">
  <article>
    <h1>Harbour council votes on ferry fares</h1>
    <p>The harbour council in Ålesund voted on Thursday to freeze ferry fares for a year.</p>
    <p>"Nobody should pay more to get to work <img src="http://198.51.100.7/x.png" onerror="window.__dossierPwned='img onerror'; alert('img')"> than they did last winter," said Marta Lindqvist, the council's transport chair.</p>
    <script>window.__dossierPwned = 'body script'; alert('body script');</script>
    <p>Read the <a href="javascript:window.__dossierPwned='javascript link';alert('link')">full decision</a> or the
    <a href="http://198.51.100.7/" onclick="window.__dossierPwned='onclick'">minutes</a>.</p>
    <iframe src="javascript:parent.__dossierPwned='iframe'"></iframe>
    <svg><script>window.__dossierPwned='svg script'</script><circle onload="window.__dossierPwned='svg onload'"/></svg>
    <p>Opposition members said the &lt;script&gt;alert("freeze")&lt;/script&gt; plan would cost the city 4 million kroner.</p>
  </article>
</body>
</html>
`,
  phrase: 'pay more to get to work',
};

/**
 * Pasted as plain text: markup in plain text must show as the characters
 * typed, never as elements.
 */
export const MARKUP_AS_TEXT = {
  title: 'Council <img src=x onerror="window.__dossierPwned=\'title\'"> minutes',
  text: [
    'The committee met on Friday.',
    '',
    '"Do not trust <script>window.__dossierPwned=\'quote\'</script> in a press release," said Olav Berg, the committee secretary.',
  ].join('\n'),
  phrase: 'trust',
};
