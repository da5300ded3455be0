/**
 * @file Saves text the engine produced (an export) as a file the user keeps,
 * through a Blob URL and a temporary `<a download>`, so nothing leaves the
 * machine and no server round-trip is needed.
 */

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
