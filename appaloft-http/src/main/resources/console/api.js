// The console's only way to the server: the documented /api operations, as any client calls them.
// The session is the HttpOnly cookie set at sign-in; unsafe calls add the CSRF header the server asks for.

export class ApiError extends Error {
  constructor(status, body) {
    const data = body && body.data || {};
    super(body && body.message || `HTTP ${status}`);
    this.status = status;
    this.code = data.domainCode || `http_${status}`;
    const issue = data.issues && data.issues[0];
    this.field = issue && issue.path ? [].concat(issue.path).join('.') : undefined;
  }
}

export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers['X-Appaloft-Csrf'] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/api' + path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { message: text }; }
  if (!response.ok) {
    const error = new ApiError(response.status, data);
    if (response.status === 401) window.dispatchEvent(new CustomEvent('appaloft:signed-out'));
    throw error;
  }
  return data;
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}) => api('POST', path, body);
export const del = (path, body) => api('DELETE', path, body);

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? '?' + text : '';
}

/** Follows an SSE stream (GET, cookie-authenticated); onEvent(name, data, id). Returns a close function. */
export function follow(path, onEvent, onEnd) {
  const source = new EventSource('/api' + path, { withCredentials: true });
  let closed = false;
  const handle = (event) => {
    let data = null;
    try { data = JSON.parse(event.data); } catch { data = { raw: event.data }; }
    onEvent(event.type, data, event.lastEventId);
  };
  source.onmessage = handle;
  for (const name of ['event', 'heartbeat', 'closed', 'gap', 'line', 'done', 'error-event']) source.addEventListener(name, handle);
  source.onerror = () => {
    // the server ends a finished stream by closing it; EventSource would reconnect, we stop instead
    if (!closed) { closed = true; source.close(); if (onEnd) onEnd(); }
  };
  return () => { closed = true; source.close(); };
}

/** Which of these operation keys the signed-in member may call (the access table, via capabilities.query). */
export async function allowed(keys) {
  const answer = await post('/capabilities/query', { queries: keys.map((operationKey) => ({ operationKey })) });
  const result = {};
  (answer.capabilities || []).forEach((c, i) => { result[c.operationKey || keys[i]] = c.allowed; });
  return result;
}
