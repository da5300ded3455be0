/**
 * @file Saves text the engine produced (an export) as a file the user keeps,
 * through a Blob URL and a temporary `<a download>`, so nothing leaves the
 * machine and no server round-trip is needed. A browser shows the download
 * itself; the desktop app saves it in the Downloads folder and says where
 * through its `download-finished` event, which this module announces.
 */

import { announce, announceError } from './status.js';

/**
 * Offers `content` as a download.
 * @param {string} filename suggested file name
 * @param {string} mime MIME type
 * @param {string} content file content
 */
export function saveFile(filename, mime, content) {
  const blob = new Blob([content], { type: mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.className = 'visually-hidden';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some engines start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * In the desktop app, announces where each download was saved (the window
 * has no download bar). Does nothing in a browser.
 */
export function announceSavedDownloads() {
  const events = globalThis.__TAURI__ && globalThis.__TAURI__.event;
  if (!events || typeof events.listen !== 'function') return;
  events.listen('download-finished', ({ payload }) => {
    if (payload && payload.success) {
      announce(payload.path ? `Saved ${payload.path}` : 'Saved the export');
    } else {
      announceError('Saving the export failed', new Error('the file could not be written'));
    }
  });
}
