// Activity: what Entra did, in sentences, with the summary counts on top.
import { api } from './api.js';
import { h, clock, fullTime, relativeTime } from './format.js';
import { badge, empty, failure, field, pager, select, section } from './ui.js';

const TYPES = [
  ['', 'All events'], ['user', 'Users'], ['group', 'Groups'], ['error', 'Errors'], ['read', 'Reads'],
  ['nochange', 'No change'], ['admin', 'Admin'],
];
const SEVERITIES = [['', 'Any severity'], ['info', 'Info'], ['warning', 'Warning'], ['error', 'Error']];
const LABELS = {
  'user.created': ['User created', 'ok'], 'user.updated': ['User updated', 'info'],
  'user.disabled': ['User disabled', 'warn'], 'user.enabled': ['User enabled', 'ok'],
  'user.deleted': ['User deleted', 'bad'], 'group.created': ['Group created', 'ok'],
  'group.renamed': ['Group renamed', 'info'], 'group.updated': ['Group updated', 'info'],
  'group.members': ['Members', 'info'], 'group.deleted': ['Group deleted', 'bad'],
  nochange: ['No change', 'plain'], read: ['Read', 'plain'], keepalive: ['Keepalive', 'plain'],
  error: ['Error', 'bad'], admin: ['Admin', 'plain'],
};

const state = { type: '', severity: '', q: '', hideKeepalives: true, offset: 0, open: new Set() };

export async function render(root, app) {
  const [summary, page] = await Promise.all([
    api.get('/scim/admin/activity/summary').catch(() => null),
    api.get('/scim/admin/activity', { ...state, open: undefined, limit: 50 }),
  ]).catch((error) => { root.replaceChildren(failure(error)); return []; });
  if (!page) return;
  app.sawActivity(page.items);

  const filters = h('div', { class: 'filters' },
    field('Type', select(TYPES, state.type, (v) => update(root, app, { type: v }))),
    field('Severity', select(SEVERITIES, state.severity, (v) => update(root, app, { severity: v }))),
    field('Search', h('input', { type: 'search', value: state.q, placeholder: 'name, id, attribute…',
      onchange: (e) => update(root, app, { q: e.target.value }) })),
    h('label', { class: 'toggle' }, h('input', { type: 'checkbox', checked: state.hideKeepalives,
      onchange: (e) => update(root, app, { hideKeepalives: e.target.checked }) }), 'Hide keepalives'));

  const list = page.items.length === 0
    ? empty('No activity yet', 'Events appear here as soon as Entra (or any SCIM client) calls the service.')
    : h('ol', { class: 'feed', id: 'activity-feed' }, page.items.map((item) => row(item, root, app)));

  root.replaceChildren(
    summary ? cards(summary) : null,
    section('Activity', filters, list, pager(page, (offset) => update(root, app, { offset }, false))));
}

function update(root, app, change, resetOffset = true) {
  Object.assign(state, change, resetOffset ? { offset: 0 } : {});
  render(root, app);
}

function cards(summary) {
  const card = (label, day, week, kind) => h('div', { class: `card ${kind ?? ''}` },
    h('span', { class: 'card-label' }, label), h('strong', {}, day.toLocaleString()),
    h('span', { class: 'muted' }, `${week.toLocaleString()} in 7 days`));
  const count = (s, prefix) => Object.entries(s.byType).filter(([k]) => k.startsWith(prefix)).reduce((n, [, v]) => n + v, 0);
  const d = summary.last24h;
  const w = summary.last7d;
  return h('div', { class: 'cards' },
    card('Requests, 24 h', d.requests, w.requests),
    card('User changes', count(d, 'user.'), count(w, 'user.')),
    card('Group changes', count(d, 'group.'), count(w, 'group.')),
    card('Warnings', d.warnings, w.warnings, d.warnings ? 'warn' : ''),
    card('Errors', d.errors, w.errors, d.errors ? 'bad' : ''),
    card('Keepalives', d.keepalives, w.keepalives));
}

function row(item, root, app) {
  const [label, kind] = LABELS[item.type] ?? [item.type, 'plain'];
  const open = state.open.has(item.id);
  const details = open ? detail(item) : null;
  const expandable = hasDetail(item);
  return h('li', { class: `event sev-${item.severity}${open ? ' open' : ''}`, dataset: { id: item.id, type: item.type } },
    h('time', { datetime: item.time, title: fullTime(item.time) }, clock(item.time),
      h('span', { class: 'muted' }, relativeTime(item.time))),
    badge(label, kind),
    h('div', { class: 'event-main' },
      h('span', { class: 'event-summary' }, item.summary),
      h('span', { class: 'event-meta muted' }, `${item.method} ${item.path}`, ' · ', h('span', { class: `status-text s${String(item.status)[0]}` }, item.status),
        ' · ', h('a', { href: `#logs/${item.id}` }, 'request')),
      details),
    expandable ? h('button', { class: 'icon-button', 'aria-label': 'Details', onclick: () => {
      open ? state.open.delete(item.id) : state.open.add(item.id);
      render(root, app);
    } }, open ? '▾' : '▸') : h('span'));
}

function hasDetail(item) {
  const d = item.details;
  return d && ((d.changes?.length ?? 0) + (d.membersAdded?.length ?? 0) + (d.membersRemoved?.length ?? 0) > 0 || d.detail);
}

function detail(item) {
  const d = item.details ?? {};
  const parts = [];
  if (d.changes?.length) {
    parts.push(h('table', { class: 'changes' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Attribute'), h('th', {}, 'Before'), h('th', {}, 'After'))),
      h('tbody', {}, d.changes.map((c) => h('tr', {},
        h('td', { class: 'mono' }, c.attribute),
        h('td', { class: 'old' }, c.old ?? '—'),
        h('td', { class: 'new' }, c.new ?? '—'))))));
  }
  const members = (title, list, kind) => list?.length ? h('div', { class: 'members' }, h('span', { class: 'muted' }, title),
    list.map((m) => badge(m.name ?? m.id, kind))) : null;
  parts.push(members('Added', d.membersAdded, 'ok'), members('Removed', d.membersRemoved, 'bad'));
  if (d.detail) parts.push(h('p', { class: 'error-detail' }, d.scimType ? `${d.scimType}: ` : '', d.detail));
  return h('div', { class: 'event-detail' }, parts);
}
