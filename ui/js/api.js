/**
 * @file Transport to Dossier's one command list. The same UI files run in the
 * Tauri webview (IPC: a single `rpc` command) and in a browser against
 * `dossier serve` (HTTP: `POST /api/<command>`), so every view calls
 * `call(command, request)` and never cares which host it runs in.
 */

/** An error answered by the engine (`{code, message}`) or by the transport. */
export class ApiError extends Error {
  /**
   * @param {string} code stable machine-readable code, e.g. `not_found`
   * @param {string} message text a user can act on
   */
  constructor(code, message) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Tauri's invoke, present only inside the desktop app's webview. */
function tauriInvoke() {
  const tauri = globalThis.__TAURI__;
  return tauri && tauri.core && typeof tauri.core.invoke === 'function' ? tauri.core.invoke : null;
}

/**
 * Turns whatever a host rejected with into an ApiError; IPC may reject with
 * the `{code, message}` object or, for shell-level failures, a plain string.
 */
function toApiError(reason, fallbackCode) {
  if (reason instanceof ApiError) return reason;
  if (reason && typeof reason === 'object' && typeof reason.message === 'string') {
    return new ApiError(typeof reason.code === 'string' ? reason.code : fallbackCode, reason.message);
  }
  if (typeof reason === 'string') {
    try {
      return toApiError(JSON.parse(reason), fallbackCode);
    } catch {
      return new ApiError(fallbackCode, reason);
    }
  }
  return new ApiError(fallbackCode, String(reason));
}

async function callOverHttp(command, request) {
  let response;
  try {
    response = await fetch('/api/' + encodeURIComponent(command), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (networkError) {
    throw new ApiError(
      'offline',
      'Cannot reach the Dossier server. Check that `dossier serve` is still running, then try again.',
    );
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (body && typeof body.message === 'string') throw toApiError(body, 'http_' + response.status);
    throw new ApiError('http_' + response.status, `The server answered ${response.status} ${response.statusText} to \`${command}\`.`);
  }
  if (body === null && text) {
    throw new ApiError('bad_response', `The server's answer to \`${command}\` is not JSON.`);
  }
  return body;
}

/**
 * Runs one command of the list.
 * @param {string} command wire name, e.g. `search`
 * @param {object} [request] the command's request object
 * @returns {Promise<any>} the command's response
 * @throws {ApiError}
 */
export async function call(command, request = {}) {
  const invoke = tauriInvoke();
  if (invoke) {
    try {
      return await invoke('rpc', { command, request });
    } catch (reason) {
      throw toApiError(reason, 'ipc');
    }
  }
  return callOverHttp(command, request);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a long command in the background (`job_start`) and polls
 * `job_status` until it ends, reporting progress on the way.
 * @param {string} command the long command (`reindex`, `import_documents`, ...)
 * @param {object} request its request
 * @param {(status: {done: number, total: number, message: string}) => void} [onProgress]
 * @returns {Promise<any>} the command's result
 * @throws {ApiError} the job's error when it failed
 */
export async function runJob(command, request, onProgress = () => {}) {
  const { job_id: jobId } = await call('job_start', { command, request });
  let delay = 150;
  for (;;) {
    const status = await call('job_status', { job_id: jobId });
    onProgress({ done: status.done || 0, total: status.total || 0, message: status.message || '' });
    if (status.state === 'done') return status.result;
    if (status.state === 'failed') throw toApiError(status.error || 'the job failed', 'job_failed');
    await sleep(delay);
    delay = Math.min(delay * 1.5, 1000);
  }
}
