// The admin page: sign-in, views by URL hash, auto-refresh and the new-activity count in the title.
import { api, AuthError, credential } from './api.js';
import { closeDrawer } from './ui.js';
import * as activity from './view-activity.js';
import * as backups from './view-backups.js';
import * as directory from './view-directory.js';
import * as logs from './view-logs.js';

const REFRESH_MS = 10000;
const view = document.getElementById('view');
const app = {
  seenId: 0,
  newCount: 0,
  sawActivity(items) {
    const newest = Math.max(0, ...items.map((item) => item.id));
    if (!document.hidden) this.seenId = Math.max(this.seenId, newest);
    this.newCount = 0;
    updateTitle();
  },
};

function route() {
  const [name, id] = location.hash.replace(/^#/, '').split('/');
  return { name: name || 'activity', id: id ? decodeURIComponent(id) : undefined };
}

async function show({ refresh = false } = {}) {
  const { name, id } = route();
  for (const tab of document.querySelectorAll('#tabs a')) tab.classList.toggle('active', tab.dataset.view === name);
  document.body.dataset.view = name;
  if (!id && !refresh) closeDrawer();
  try {
    const detail = refresh ? undefined : id;
    if (name === 'logs') await logs.render(view, app, detail);
    else if (name === 'users' || name === 'groups') await directory.render(view, app, name, detail);
    else if (name === 'backups') await backups.render(view, app);
    else await activity.render(view, app);
  } catch (error) {
    if (error instanceof AuthError) signIn(error.message);
    else throw error;
  }
}

function updateTitle() {
  document.title = app.newCount > 0 ? `(${app.newCount}) SCIMTool` : 'SCIMTool';
}

async function countNew() {
  if (!app.seenId) return;
  const page = await api.get('/scim/admin/activity', { afterId: app.seenId, hideKeepalives: true, limit: 1 });
  app.newCount = page.total;
  updateTitle();
}

async function tick() {
  if (!credential.get() || !document.getElementById('auto-refresh').checked) return;
  const editing = document.activeElement && ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
  try {
    await backups.refreshIndicator();
    if (document.hidden || route().name !== 'activity') await countNew();
    if (!document.hidden && !editing && document.getElementById('drawer').hidden) await show({ refresh: true });
  } catch (error) {
    if (error instanceof AuthError) signIn(error.message);
  }
}

function signIn(message) {
  credential.clear();
  const dialog = document.getElementById('login');
  const error = document.getElementById('login-error');
  error.hidden = !message;
  error.textContent = message ?? '';
  if (!dialog.open) dialog.showModal();
  document.getElementById('login-secret').focus();
}

async function start() {
  try {
    const version = await api.get('/scim/admin/version');
    document.getElementById('version').textContent = `v${version.version}`;
    document.getElementById('version').title = `${version.host} · ${version.framework}${version.commit ? ` · ${version.commit}` : ''}`;
  } catch (error) {
    if (error instanceof AuthError) { signIn(credential.get() ? error.message : undefined); return; }
  }
  await Promise.all([show(), backups.refreshIndicator()]);
}

function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  localStorage.setItem('scimtool.theme', theme);
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  credential.set(document.getElementById('login-secret').value.trim());
  document.getElementById('login-secret').value = '';
  document.getElementById('login').close();
  await start();
});
document.getElementById('login').addEventListener('cancel', (event) => event.preventDefault());
document.getElementById('sign-out').addEventListener('click', () => { credential.clear(); location.hash = ''; signIn(); });
document.getElementById('drawer-close').addEventListener('click', () => {
  closeDrawer();
  const { name } = route();
  history.replaceState(null, '', `#${name}`);
});
document.addEventListener('keydown', (event) => { if (event.key === 'Escape') document.getElementById('drawer-close').click(); });
document.getElementById('theme-toggle').addEventListener('click', () => {
  const dark = document.documentElement.dataset.theme === 'dark'
    || (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
  applyTheme(dark ? 'light' : 'dark');
});
document.addEventListener('visibilitychange', () => { if (!document.hidden && route().name === 'activity') show({ refresh: true }); });
window.addEventListener('hashchange', () => show());

const savedTheme = localStorage.getItem('scimtool.theme');
if (savedTheme) document.documentElement.dataset.theme = savedTheme;
setInterval(tick, REFRESH_MS);
if (credential.get()) start(); else signIn();
