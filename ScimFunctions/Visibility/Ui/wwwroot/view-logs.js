// Request log: every SCIM request with filters, and one request in full in the drawer.
import { api } from './api.js';
import { h, clock, copy, fullTime, pretty, saveFile, statusClass } from './format.js';
import { badge, empty, failure, field, keyValues, openDrawer, pager, section, select, toast } from './ui.js';

const METHODS = [['', 'Any method'], ...['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => [m, m])];
const STATUSES = [['', 'Any status'], ['2xx', '2xx'], ['4xx', '4xx'], ['5xx', '5xx'], ['401', '401'], ['404', '404'], ['409', '409']];
const state = { method: '', status: '', errors: false, q: '', from: '', to: '', offset: 0 };

function params() {
  const iso = (local) => (local ? new Date(local).toISOString() : '');
  return { ...state, from: iso(state.from), to: iso(state.to), limit: 50 };
}

export async function render(root, app, id) {
  let page;
  try {
    page = await api.get('/scim/admin/logs', params());
  } catch (error) {
    root.replaceChildren(failure(error));
    return;
  }

  const filters = h('div', { class: 'filters' },
    field('Method', select(METHODS, state.method, (v) => update(root, app, { method: v }))),
    field('Status', select(STATUSES, state.status, (v) => update(root, app, { status: v }))),
    field('Search', h('input', { type: 'search', value: state.q, placeholder: 'path, body, name…',
      onchange: (e) => update(root, app, { q: e.target.value }) })),
    field('From', h('input', { type: 'datetime-local', value: state.from, onchange: (e) => update(root, app, { from: e.target.value }) })),
    field('To', h('input', { type: 'datetime-local', value: state.to, onchange: (e) => update(root, app, { to: e.target.value }) })),
    h('label', { class: 'toggle' }, h('input', { type: 'checkbox', checked: state.errors,
      onchange: (e) => update(root, app, { errors: e.target.checked }) }), 'Errors only'),
    h('div', { class: 'spacer' }),
    h('button', { class: 'ghost', onclick: exportLog }, 'Export NDJSON'),
    h('button', { class: 'ghost danger', onclick: () => clearLog(root, app) }, 'Clear log'));

  const table = page.items.length === 0
    ? empty('No requests match', 'Requests to /scim/v2 are recorded here, including rejected ones.')
    : h('table', { class: 'grid', id: 'log-table' },
      h('thead', {}, h('tr', {}, ['Time', 'Method', 'Path', 'Status', 'Duration', 'Resource', 'Client'].map((t) => h('th', {}, t)))),
      h('tbody', {}, page.items.map((item) => h('tr', { class: 'clickable', onclick: () => { location.hash = `#logs/${item.id}`; } },
        h('td', { class: 'nowrap', title: fullTime(item.time) }, clock(item.time)),
        h('td', {}, badge(item.method, `m-${item.method.toLowerCase()}`)),
        h('td', { class: 'mono path' }, item.path, item.query ? h('span', { class: 'muted' }, `?${decodeQuery(item.query)}`) : null),
        h('td', {}, h('span', { class: `status ${statusClass(item.status)}` }, item.status)),
        h('td', { class: 'num' }, `${Math.round(item.durationMs)} ms`),
        h('td', { class: 'ellipsis' }, item.resourceName ?? item.resourceId ?? ''),
        h('td', { class: 'muted mono' }, item.client ?? '')))));

  root.replaceChildren(section('Request log', filters, table, pager(page, (offset) => update(root, app, { offset }, false))));
  if (id) await showEntry(id);
}

function update(root, app, change, resetOffset = true) {
  Object.assign(state, change, resetOffset ? { offset: 0 } : {});
  render(root, app);
}

function decodeQuery(query) {
  try { return decodeURIComponent(query.replace(/\+/g, ' ')); } catch { return query; }
}

export async function showEntry(id) {
  let entry;
  try {
    entry = await api.get(`/scim/admin/logs/${encodeURIComponent(id)}`);
  } catch (error) {
    openDrawer('Request', failure(error));
    return;
  }
  const url = entry.path + (entry.query ? `?${entry.query}` : '');
  const headers = (all) => h('table', { class: 'headers' },
    h('tbody', {}, Object.entries(all).map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', { class: 'mono' }, v)))));
  const body = (title, text) => h('div', { class: 'body-block' },
    h('div', { class: 'body-head' }, h('strong', {}, title),
      text ? h('button', { class: 'ghost small', onclick: () => copy(pretty(text), toast) }, 'Copy') : null),
    text ? h('pre', { class: 'code' }, pretty(text)) : h('p', { class: 'muted' }, 'No body'));

  openDrawer(`${entry.method} ${entry.path}`,
    h('div', { class: 'drawer-actions' },
      h('span', { class: `status ${statusClass(entry.status)}` }, entry.status),
      h('span', { class: 'muted' }, `${Math.round(entry.durationMs)} ms · ${fullTime(entry.time)}`),
      h('div', { class: 'spacer' }),
      h('button', { class: 'ghost small', onclick: () => copy(JSON.stringify(entry, null, 2), toast) }, 'Copy all'),
      h('button', { class: 'ghost small', onclick: () => saveFile(`request-${entry.id}.json`,
        new Blob([JSON.stringify(entry, null, 2)], { type: 'application/json' })) }, 'Download')),
    h('p', { class: 'event-summary' }, entry.summary),
    keyValues([['URL', h('span', { class: 'mono' }, decodeQuery(url))], ['Client', entry.client],
      ['Resource', entry.resourceName ? `${entry.resourceName} (${entry.resourceId})` : entry.resourceId],
      ['Event', entry.keepalive ? `${entry.type} (connection check)` : entry.type]]),
    h('h3', {}, 'Request'), headers(entry.requestHeaders), body('Request body', entry.requestBody),
    h('h3', {}, 'Response'), headers(entry.responseHeaders), body('Response body', entry.responseBody));
}

async function exportLog() {
  try {
    const response = await api.download('/scim/admin/logs/export', params());
    saveFile(`scimtool-requests-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.ndjson`, await response.blob());
  } catch (error) {
    toast(error.message);
  }
}

async function clearLog(root, app) {
  if (!confirm('Remove every entry from the request log? This cannot be undone.')) return;
  try {
    await api.del('/scim/admin/logs');
    toast('The request log was cleared');
    render(root, app);
  } catch (error) {
    toast(error.message);
  }
}
