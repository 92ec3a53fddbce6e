// Calls to the admin API with the credential kept in this tab's sessionStorage only.
const KEY = 'scimtool.admin';

export class AuthError extends Error {}
export class NotFoundError extends Error {}

export const credential = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  clear: () => sessionStorage.removeItem(KEY),
};

async function request(method, path, { params, body, raw } = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '' && value !== false) url.searchParams.set(name, value);
  }
  const headers = { Authorization: `Bearer ${credential.get() ?? ''}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  if (response.status === 401) throw new AuthError('The admin credential was not accepted.');
  if (response.status === 404) throw new NotFoundError(`${path} was not found.`);
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try { const body = await response.json(); detail = body.detail ?? body.error ?? detail; } catch { /* not JSON */ }
    throw new Error(detail);
  }
  if (raw) return response;
  return response.status === 204 ? null : response.json();
}

export const api = {
  get: (path, params) => request('GET', path, { params }),
  post: (path, body) => request('POST', path, { body }),
  del: (path) => request('DELETE', path),
  download: (path, params) => request('GET', path, { params, raw: true }),
};
