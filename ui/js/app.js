/**
 * @file Starts the app: asks the engine for the library's counts (`stats`,
 * always the first command, which the desktop smoke test relies on), then
 * renders the view named by the address, and wires what is global: the
 * header counts, the `/` shortcut, and dropping files anywhere to import.
 */

import { h, isTypingTarget } from './dom.js';
import { currentRoute, lastSearchHash, navigate } from './router.js';
import { describeStats, onStats, refreshStats } from './library.js';
import { loadGazetteer } from './gazetteer.js';
import { hideFlagsUnlessDrawn } from './flags.js';
import { initStatus } from './status.js';
import { announceSavedDownloads } from './download.js';
import { focusQueryOnNextVisit, renderSearch } from './views/search.js';
import { renderArticle } from './views/article.js';
import { renderCountries } from './views/countries.js';
import { renderSpeakers } from './views/speakers.js';
import { renderImport, enqueueImport } from './views/import.js';

const VIEWS = {
  search: renderSearch,
  article: renderArticle,
  countries: renderCountries,
  speakers: renderSpeakers,
  import: renderImport,
};

/** The navigation entry each view belongs to. */
const NAV_SECTION = { search: 'search', article: 'search', countries: 'countries', speakers: 'speakers', import: 'import' };

const main = document.getElementById('main');
let cleanup = null;

function renderRoute() {
  if (cleanup) cleanup();
  cleanup = null;
  const route = currentRoute();
  const render = VIEWS[route.view];
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === NAV_SECTION[route.view]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (!render) {
    main.replaceChildren(
      h('h1', { text: 'Page not found' }),
      h('p', {}, 'There is no such page. ', h('a', { href: '#/search', text: 'Go to the quote search' }), '.'),
    );
    main.focus();
    return;
  }
  document.title = 'Dossier';
  cleanup = render(main, route) || null;
  if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
}

function showStartupError(error) {
  const retry = h('button', { type: 'button', class: 'button button-primary', text: 'Try again', on: { click: start } });
  main.replaceChildren(
    h(
      'div',
      { class: 'empty-state error-state', role: 'alert' },
      h('h1', { text: 'Dossier could not open the library' }),
      h('p', { text: error.message }),
      h('p', {
        text:
          error.code === 'library_busy'
            ? 'Another Dossier process is writing to the library; try again when it finishes.'
            : 'Check that the library folder exists and is readable, then try again.',
      }),
      retry,
    ),
  );
  retry.focus();
}

async function start() {
  hideFlagsUnlessDrawn();
  try {
    await refreshStats();
  } catch (error) {
    showStartupError(error);
    return;
  }
  loadGazetteer().catch(() => null);
  renderRoute();
}

// --- Header counts ----------------------------------------------------------------
const statsLine = document.getElementById('library-stats');
onStats((stats) => {
  statsLine.textContent = describeStats(stats);
  statsLine.title = stats.path;
});

// --- Keyboard: "/" goes to the search box from anywhere -------------------------
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
  event.preventDefault();
  const query = document.getElementById('query');
  if (query) {
    query.focus();
    query.select();
  } else {
    // Back to the last search, with the box focused rather than the last card.
    focusQueryOnNextVisit();
    location.hash = lastSearchHash();
  }
});

// --- Drop files or folders anywhere to import them ------------------------------
const dropOverlay = document.getElementById('drop-overlay');
let dragDepth = 0;

function carriesFiles(event) {
  return event.dataTransfer && [...event.dataTransfer.types].includes('Files');
}

/** Reads every file under a dropped directory entry, keeping relative paths. */
async function filesFromEntry(entry, prefix = '') {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    Object.defineProperty(file, 'relativePath', { value: prefix + file.name });
    return [file];
  }
  if (!entry.isDirectory) return [];
  const reader = entry.createReader();
  const files = [];
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) files.push(...(await filesFromEntry(child, `${prefix}${entry.name}/`)));
  }
  return files;
}

async function droppedFiles(dataTransfer) {
  const entries = [...dataTransfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null));
  if (entries.length && entries.every(Boolean)) {
    const lists = await Promise.all(entries.map((entry) => filesFromEntry(entry)));
    return lists.flat();
  }
  return [...dataTransfer.files];
}

window.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth += 1;
  dropOverlay.hidden = false;
});
window.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('dragleave', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropOverlay.hidden = true;
});
window.addEventListener('drop', async (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  dropOverlay.hidden = true;
  const files = await droppedFiles(event.dataTransfer);
  if (files.length === 0) return;
  if (!enqueueImport(files)) navigate('import');
});

window.addEventListener('hashchange', renderRoute);
initStatus();
announceSavedDownloads();
start();
