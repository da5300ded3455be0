/**
 * @file The Import view: paste an article, choose files or a whole folder,
 * or drop them anywhere on the window; load the sample articles; rebuild the
 * search index. Files are read in the page and sent to the engine
 * (`import_documents`) a few at a time so a progress bar can follow a large
 * batch, and every item's outcome — imported, duplicate, failed — is listed.
 */

import { call, runJob } from '../api.js';
import { h, formatCount, plural } from '../dom.js';
import { currentStats, loadSamples, onStats, refreshStats } from '../library.js';
import { routeHash } from '../router.js';
import { announce, announceError } from '../status.js';

/** File name endings the engine reads (text, Markdown, HTML, JSON Lines). */
const SUPPORTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'jsonl', 'ndjson'];
/** A request carries at most this many documents... */
const CHUNK_DOCUMENTS = 5;
/** ...and about this many characters, so one request never grows huge. */
const CHUNK_CHARACTERS = 4_000_000;

/** Files dropped before the view was on screen, imported when it renders. */
let pendingFiles = [];
/** The mounted view's import function, when the view is on screen. */
let activeImporter = null;

/**
 * Imports files from anywhere (drag and drop on the window): hands them to
 * the Import view, or keeps them until it renders.
 * @param {File[]} files
 * @returns {boolean} true when the view took them now
 */
export function enqueueImport(files) {
  if (activeImporter) {
    activeImporter(files);
    return true;
  }
  pendingFiles.push(...files);
  return false;
}

/** The name a file is reported under: its path inside a chosen folder, else its name. */
function fileLabel(file) {
  return file.webkitRelativePath || file.relativePath || file.name;
}

function extension(name) {
  const match = /\.([^./\\]+)$/.exec(name);
  return match ? match[1].toLowerCase() : '';
}

/** Splits a list of read documents into request-sized chunks. */
export function chunkDocuments(documents) {
  const chunks = [];
  let current = [];
  let size = 0;
  for (const document of documents) {
    if (current.length && (current.length >= CHUNK_DOCUMENTS || size + document.content.length > CHUNK_CHARACTERS)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(document);
    size += document.content.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Renders the Import view.
 * @param {HTMLElement} container the main landmark
 * @returns {() => void} cleanup
 */
export function renderImport(container) {
  let cancelRequested = false;
  let busy = false;

  // --- Paste -------------------------------------------------------------------
  const field = (id, label, input) => h('div', { class: 'field' }, h('label', { for: id, text: label }), input);
  const pasteText = h('textarea', { id: 'paste-text', rows: '10', required: true, placeholder: 'Paste the article text here. The first line becomes the title when you leave Title empty.' });
  const pasteTitle = h('input', { id: 'paste-title', type: 'text', autocomplete: 'off' });
  const pasteOutlet = h('input', { id: 'paste-outlet', type: 'text', autocomplete: 'off' });
  const pasteAuthor = h('input', { id: 'paste-author', type: 'text', autocomplete: 'off' });
  const pasteUrl = h('input', { id: 'paste-url', type: 'url', autocomplete: 'off', placeholder: 'https://' });
  const pasteDate = h('input', { id: 'paste-date', type: 'date' });
  const pasteFormat = h(
    'select',
    { id: 'paste-format' },
    h('option', { value: 'txt', text: 'Plain text' }),
    h('option', { value: 'md', text: 'Markdown' }),
    h('option', { value: 'html', text: 'HTML' }),
  );
  const pasteButton = h('button', { type: 'submit', class: 'button button-primary', text: 'Import text' });
  const pasteForm = h(
    'form',
    { class: 'paste-form', 'aria-labelledby': 'paste-heading' },
    h('h2', { id: 'paste-heading', text: 'Paste an article' }),
    field('paste-text', 'Article text', pasteText),
    h(
      'div',
      { class: 'field-grid' },
      field('paste-title', 'Title', pasteTitle),
      field('paste-outlet', 'Outlet', pasteOutlet),
      field('paste-author', 'Author', pasteAuthor),
      field('paste-date', 'Published', pasteDate),
      field('paste-url', 'Address (URL)', pasteUrl),
      field('paste-format', 'Format', pasteFormat),
    ),
    h('div', { class: 'form-actions' }, pasteButton),
  );

  // --- Files and folders ----------------------------------------------------------
  const fileInput = h('input', {
    id: 'file-input',
    type: 'file',
    multiple: true,
    class: 'file-input',
    accept: SUPPORTED_EXTENSIONS.map((ext) => '.' + ext).join(','),
  });
  const folderInput = h('input', { id: 'folder-input', type: 'file', class: 'file-input', webkitdirectory: true, multiple: true });
  const filesSection = h(
    'section',
    { class: 'import-files', 'aria-labelledby': 'files-heading' },
    h('h2', { id: 'files-heading', text: 'Import files' }),
    h('p', { text: 'Text (.txt), Markdown (.md), HTML (.html) and JSON Lines (.jsonl, one article per line). You can also drop files or folders anywhere on this window.' }),
    h(
      'div',
      { class: 'file-buttons' },
      h('label', { for: 'file-input', class: 'button file-label', text: 'Choose files…' }),
      fileInput,
      h('label', { for: 'folder-input', class: 'button file-label', text: 'Choose a folder…' }),
      folderInput,
    ),
  );

  // --- Samples and maintenance --------------------------------------------------
  const samplesButton = h('button', { type: 'button', class: 'button', text: 'Load sample articles' });
  const reindexButton = h('button', { type: 'button', class: 'button', text: 'Rebuild search index' });
  const stats = currentStats();
  const samplesSection = h(
    'section',
    { class: ['import-samples', stats && stats.articles === 0 ? 'first-run' : null], 'aria-labelledby': 'samples-heading' },
    h('h2', { id: 'samples-heading', text: 'Sample articles' }),
    h('p', { text: 'A handful of short articles written for Dossier, to try searching and tagging before importing your own.' }),
    samplesButton,
  );
  const maintenanceSection = h(
    'section',
    { class: 'maintenance', 'aria-labelledby': 'maintenance-heading' },
    h('h2', { id: 'maintenance-heading', text: 'Search index' }),
    h('p', { text: 'Rebuild the index from the library if search results look out of date. Your articles and tags are not changed.' }),
    reindexButton,
  );

  // --- Progress and report -------------------------------------------------------------
  const progressBar = h('progress', { id: 'import-progress', max: '1', value: '0' });
  const progressLabel = h('p', { class: 'progress-label', 'aria-live': 'polite' });
  const cancelButton = h('button', { type: 'button', class: 'button-quiet', text: 'Stop after this step', hidden: true });
  const progressSection = h(
    'section',
    { class: 'import-progress', 'aria-label': 'Import progress', hidden: true },
    h('label', { for: 'import-progress', class: 'visually-hidden', text: 'Import progress' }),
    progressBar,
    progressLabel,
    cancelButton,
  );
  const reportSection = h('section', { class: 'import-report', 'aria-labelledby': 'report-heading', hidden: true });

  container.replaceChildren(
    h(
      'div',
      { class: 'import-view' },
      h('h1', { text: 'Import' }),
      stats && stats.articles === 0 ? samplesSection : null,
      progressSection,
      reportSection,
      h('div', { class: 'import-grid' }, pasteForm, h('div', { class: 'import-side' }, filesSection, stats && stats.articles === 0 ? null : samplesSection, maintenanceSection)),
    ),
  );

  // --- Progress helpers -----------------------------------------------------------
  function startProgress(total, label) {
    busy = true;
    cancelRequested = false;
    progressSection.hidden = false;
    progressBar.max = Math.max(total, 1);
    progressBar.value = 0;
    progressLabel.textContent = label;
    for (const control of [pasteButton, samplesButton, reindexButton, fileInput, folderInput]) control.disabled = true;
  }

  function setProgress(done, total, label) {
    progressBar.max = Math.max(total, 1);
    progressBar.value = Math.min(done, total);
    progressLabel.textContent = label;
  }

  function endProgress(label) {
    busy = false;
    progressLabel.textContent = label;
    cancelButton.hidden = true;
    for (const control of [pasteButton, samplesButton, reindexButton, fileInput, folderInput]) control.disabled = false;
  }

  function emptyReport() {
    return { imported: [], duplicates: [], failed: [], skipped: [] };
  }

  function mergeReport(into, part) {
    into.imported.push(...(part.imported || []));
    into.duplicates.push(...(part.duplicates || []));
    into.failed.push(...(part.failed || []));
  }

  function showReport(report) {
    const claims = report.imported.reduce((sum, item) => sum + (item.claims || 0), 0);
    const parts = [`Imported ${plural(report.imported.length, 'article')} (${plural(claims, 'claim')})`];
    if (report.duplicates.length) parts.push(plural(report.duplicates.length, 'duplicate'));
    if (report.failed.length) parts.push(`${formatCount(report.failed.length)} failed`);
    if (report.skipped.length) parts.push(`${formatCount(report.skipped.length)} skipped`);
    const list = (title, className, items, render) =>
      items.length
        ? h('div', { class: ['report-group', className] }, h('h3', { text: `${title} (${formatCount(items.length)})` }), h('ul', {}, items.map((item) => h('li', {}, render(item)))))
        : null;
    const groups = [
      h('h2', { id: 'report-heading', tabindex: '-1', text: parts.join(' · ') }),
      list('Imported', 'report-imported', report.imported, (item) => [
        h('a', { href: routeHash('article', item.article_id), text: item.title }),
        h('span', { class: 'muted', text: ` — ${plural(item.claims, 'claim')}${item.item !== item.title ? ` · ${item.item}` : ''}` }),
      ]),
      list('Already in the library', 'report-duplicates', report.duplicates, (item) => [
        h('span', { class: 'report-item', text: item.item }),
        ' — same ',
        item.reason === 'url' ? 'address as ' : 'text as ',
        h('a', { href: routeHash('article', item.existing_id), text: `article ${item.existing_id}` }),
      ]),
      list('Failed', 'report-failed', report.failed, (item) => [
        h('span', { class: 'report-item', text: item.item }),
        h('span', { text: `: ${item.message}` }),
        item.code ? h('code', { class: 'error-code', text: item.code }) : null,
      ]),
      list('Skipped', 'report-skipped', report.skipped, (item) => [
        h('span', { class: 'report-item', text: item.item }),
        h('span', { class: 'muted', text: `: ${item.message}` }),
      ]),
    ];
    reportSection.replaceChildren(...groups.filter(Boolean));
    reportSection.hidden = false;
    return parts.join(', ');
  }

  // --- Imports -----------------------------------------------------------------------
  async function importDocuments(documents, report, { metadata = null, label = 'documents' } = {}) {
    const chunks = chunkDocuments(documents);
    let done = 0;
    cancelButton.hidden = chunks.length < 2;
    for (const chunk of chunks) {
      if (cancelRequested) {
        for (const doc of documents.slice(done)) report.skipped.push({ item: doc.name, message: 'not imported: stopped by you' });
        break;
      }
      setProgress(done, documents.length, `Importing ${label}: ${formatCount(done)} of ${formatCount(documents.length)} done…`);
      try {
        const request = { documents: chunk };
        if (metadata) request.metadata = metadata;
        mergeReport(report, await call('import_documents', request));
      } catch (error) {
        // The whole request failed (server stopped, request too large): every item in it failed.
        for (const doc of chunk) report.failed.push({ item: doc.name, code: error.code, message: error.message });
      }
      done += chunk.length;
      setProgress(done, documents.length, `Importing ${label}: ${formatCount(done)} of ${formatCount(documents.length)} done…`);
    }
  }

  async function importFiles(files) {
    if (busy) {
      announce('An import is already running; drop the files again when it finishes.');
      return;
    }
    const report = emptyReport();
    const readable = [];
    for (const file of files) {
      const name = fileLabel(file);
      const base = name.split('/').pop();
      if (base.startsWith('.')) continue;
      if (!SUPPORTED_EXTENSIONS.includes(extension(base))) {
        report.skipped.push({ item: name, message: 'not a text, Markdown, HTML or JSON Lines file' });
      } else {
        readable.push(file);
      }
    }
    startProgress(readable.length, `Reading ${plural(readable.length, 'file')}…`);
    reportSection.hidden = true;
    const documents = [];
    for (const [index, file] of readable.entries()) {
      try {
        documents.push({ name: fileLabel(file), content: await file.text() });
      } catch (error) {
        report.failed.push({ item: fileLabel(file), code: 'io', message: `could not read the file: ${error.message}` });
      }
      setProgress(index + 1, readable.length, `Reading files: ${formatCount(index + 1)} of ${formatCount(readable.length)}…`);
    }
    await importDocuments(documents, report, { label: 'files' });
    finish(report);
  }

  async function finish(report) {
    const summary = showReport(report);
    endProgress(summary);
    progressSection.hidden = true;
    announce(summary);
    reportSection.querySelector('h2')?.focus();
    try {
      await refreshStats();
    } catch {
      // The header keeps its old counts; the import itself is reported above.
    }
  }

  pasteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const content = pasteText.value;
    if (!content.trim()) {
      pasteText.focus();
      announce('Paste some text first.');
      return;
    }
    const metadata = {};
    for (const [key, input] of [['title', pasteTitle], ['outlet', pasteOutlet], ['author', pasteAuthor], ['url', pasteUrl], ['published', pasteDate]]) {
      if (input.value.trim()) metadata[key] = input.value.trim();
    }
    const name = pasteTitle.value.trim() || 'Pasted text';
    startProgress(1, 'Importing the pasted text…');
    const report = emptyReport();
    await importDocuments([{ name, content, format: pasteFormat.value }], report, { metadata, label: 'pasted text' });
    if (report.imported.length) pasteForm.reset();
    finish(report);
  });

  fileInput.addEventListener('change', () => {
    const files = [...fileInput.files];
    fileInput.value = '';
    if (files.length) importFiles(files);
  });
  folderInput.addEventListener('change', () => {
    const files = [...folderInput.files];
    folderInput.value = '';
    if (files.length) importFiles(files);
  });
  cancelButton.addEventListener('click', () => {
    cancelRequested = true;
    progressLabel.textContent = 'Stopping after the current step…';
  });

  samplesButton.addEventListener('click', async () => {
    startProgress(1, 'Loading the sample articles…');
    const report = emptyReport();
    try {
      mergeReport(report, await loadSamples());
    } catch (error) {
      report.failed.push({ item: 'sample articles', code: error.code, message: error.message });
    }
    setProgress(1, 1, 'Sample articles loaded');
    finish(report);
  });

  reindexButton.addEventListener('click', async () => {
    startProgress(1, 'Rebuilding the search index…');
    try {
      const result = await runJob('reindex', {}, ({ done, total, message }) =>
        setProgress(done, total || 1, message || `Rebuilding the search index: ${formatCount(done)} of ${formatCount(total)} claims…`),
      );
      const summary = `Search index rebuilt: ${plural(result.claims, 'claim')} indexed`;
      setProgress(1, 1, summary);
      endProgress(summary);
      announce(summary);
      refreshStats().catch(() => {});
    } catch (error) {
      endProgress('The index was not rebuilt.');
      announceError('Could not rebuild the search index', error);
    }
  });

  const stopWatchingStats = onStats((fresh) => samplesSection.classList.toggle('first-run', fresh.articles === 0));
  activeImporter = importFiles;
  if (pendingFiles.length) {
    const files = pendingFiles;
    pendingFiles = [];
    importFiles(files);
  }
  return () => {
    activeImporter = null;
    stopWatchingStats();
  };
}
