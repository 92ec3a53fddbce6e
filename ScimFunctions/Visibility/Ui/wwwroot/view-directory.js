// Users and Groups: search, and one resource with its memberships or members.
import { api } from './api.js';
import { h, fullTime, pretty, relativeTime } from './format.js';
import { badge, empty, failure, field, keyValues, openDrawer, pager, section } from './ui.js';

const states = { users: { q: '', offset: 0 }, groups: { q: '', offset: 0 } };

export async function render(root, app, kind, id) {
  const state = states[kind];
  let page;
  try {
    page = await api.get(`/scim/admin/${kind}`, { q: state.q, offset: state.offset, limit: 50 });
  } catch (error) {
    root.replaceChildren(failure(error));
    return;
  }

  const users = kind === 'users';
  const search = h('div', { class: 'filters' }, field('Search', h('input', {
    type: 'search', value: state.q, placeholder: users ? 'userName, displayName, externalId' : 'displayName, externalId',
    onchange: (e) => { Object.assign(state, { q: e.target.value, offset: 0 }); render(root, app, kind); },
  })));
  const columns = users ? ['userName', 'Display name', 'External id', 'Status', 'Modified'] : ['Display name', 'External id', 'Modified', 'Id'];
  const cells = (item) => users
    ? [h('td', { class: 'strong' }, item.userName), h('td', {}, item.displayName ?? ''), h('td', { class: 'mono muted' }, item.externalId ?? ''),
      h('td', {}, item.active === false ? badge('disabled', 'warn') : badge('active', 'ok')),
      h('td', { title: fullTime(item.lastModified) }, relativeTime(item.lastModified))]
    : [h('td', { class: 'strong' }, item.displayName), h('td', { class: 'mono muted' }, item.externalId ?? ''),
      h('td', { title: fullTime(item.lastModified) }, relativeTime(item.lastModified)), h('td', { class: 'mono muted' }, item.id)];
  const table = page.items.length === 0
    ? empty(`No ${kind}`, state.q ? 'Nothing matches this search.' : `No ${kind} have been provisioned yet.`)
    : h('table', { class: 'grid' }, h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))),
      h('tbody', {}, page.items.map((item) => h('tr', { class: 'clickable', onclick: () => { location.hash = `#${kind}/${item.id}`; } }, cells(item)))));

  root.replaceChildren(section(users ? 'Users' : 'Groups', search, table,
    pager(page, (offset) => { state.offset = offset; render(root, app, kind); })));
  if (id) await show(kind, id);
}

async function show(kind, id) {
  let item;
  try {
    item = await api.get(`/scim/admin/${kind}/${encodeURIComponent(id)}`);
  } catch (error) {
    openDrawer(kind === 'users' ? 'User' : 'Group', failure(error));
    return;
  }
  const facts = keyValues([['Id', h('span', { class: 'mono' }, item.id)], ['External id', item.externalId],
    ['Created', fullTime(item.created)], ['Modified', fullTime(item.lastModified)], ['Version', item.version]]);
  const json = h('pre', { class: 'code' }, pretty(JSON.stringify(item.resource)));
  if (kind === 'users') {
    const groups = item.groups.length === 0 ? h('p', { class: 'muted' }, 'Not a member of any group')
      : h('ul', { class: 'links' }, item.groups.map((g) => h('li', {}, h('a', { href: `#groups/${g.id}` }, g.name ?? g.id))));
    openDrawer(item.displayName ?? item.userName, facts, h('h3', {}, 'Groups'), groups, h('h3', {}, 'Attributes'), json);
    return;
  }
  const more = item.memberCount > item.members.length ? h('p', { class: 'muted' }, `Showing ${item.members.length} of ${item.memberCount}`) : null;
  const members = item.members.length === 0 ? h('p', { class: 'muted' }, 'No members')
    : h('ul', { class: 'links' }, item.members.map((m) => h('li', {},
      h('a', { href: m.type === 'Group' ? `#groups/${m.id}` : `#users/${m.id}` }, m.name ?? m.id),
      m.name ? h('span', { class: 'muted mono' }, ` ${m.id}`) : null)));
  openDrawer(item.displayName, facts, h('h3', {}, `Members (${item.memberCount})`), more, members, h('h3', {}, 'Attributes'), json);
}
