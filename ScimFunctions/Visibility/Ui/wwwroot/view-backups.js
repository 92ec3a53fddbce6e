// Backups: the header's indicator, the history, run now and restore. The backup routes belong
// to the durability layer; when they are absent the page says so instead of failing.
import { api, NotFoundError } from './api.js';
import { h, bytes, fullTime, relativeTime } from './format.js';
import { badge, empty, failure, keyValues, section, toast } from './ui.js';

const pick = (obj, ...names) => {
  for (const name of names) {
    const value = name.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
};

export function normalizeStats(stats) {
  const warnings = [...(pick(stats, 'warnings') ?? [])].map((w) => (typeof w === 'string' ? w : w.message ?? JSON.stringify(w)));
  if (pick(stats, 'persistent', 'isPersistent') === false && !warnings.some((w) => /persist/i.test(w))) warnings.unshift('not persistent');
  return {
    last: pick(stats, 'lastBackup.time', 'lastBackup.createdAt', 'lastBackup.created', 'lastBackupAt', 'lastBackupTime', 'lastSuccess', 'lastSnapshot.createdAt', 'lastSnapshot.time'),
    size: pick(stats, 'lastBackup.sizeBytes', 'lastBackup.size', 'lastSnapshot.sizeBytes', 'sizeBytes', 'size'),
    store: pick(stats, 'store.kind', 'store.name', 'store', 'storeKind', 'target'),
    lastError: pick(stats, 'lastError', 'lastFailure.message', 'lastFailure'),
    warnings,
  };
}

function normalizeSnapshot(s) {
  return {
    id: pick(s, 'id', 'snapshotId', 'name'),
    time: pick(s, 'createdAt', 'time', 'created', 'timestamp'),
    size: pick(s, 'sizeBytes', 'size', 'compressedBytes'),
    users: pick(s, 'users', 'counts.users', 'userCount'),
    groups: pick(s, 'groups', 'counts.groups', 'groupCount'),
    generation: pick(s, 'generation'),
  };
}

export async function refreshIndicator() {
  const chip = document.getElementById('backup-chip');
  const text = document.getElementById('backup-text');
  try {
    const stats = normalizeStats(await api.get('/scim/admin/backup/stats'));
    const parts = [stats.last ? `Backed up ${relativeTime(stats.last)}` : 'No backup yet'];
    if (stats.size !== undefined) parts.push(bytes(stats.size));
    if (stats.store) parts.push(String(stats.store));
    text.textContent = [parts.join(' · '), ...stats.warnings].join(' · ');
    chip.className = `backup-chip ${stats.warnings.length || stats.lastError ? 'warn' : stats.last ? 'ok' : 'idle'}`;
    chip.title = stats.last ? `Last backup ${fullTime(stats.last)}` : 'No backup has been taken yet';
  } catch (error) {
    text.textContent = error instanceof NotFoundError ? 'Backups not configured' : 'Backup status unavailable';
    chip.className = 'backup-chip idle';
  }
}

export async function render(root) {
  let stats;
  let snapshots;
  try {
    [stats, snapshots] = await Promise.all([api.get('/scim/admin/backup/stats'), api.get('/scim/admin/backup/snapshots')]);
  } catch (error) {
    root.replaceChildren(error instanceof NotFoundError
      ? section('Backups', empty('Backups are not available', 'This service has no backup routes. Configure a backup store to keep data across restarts.'))
      : failure(error));
    return;
  }

  const s = normalizeStats(stats);
  const list = (Array.isArray(snapshots) ? snapshots : snapshots.items ?? snapshots.snapshots ?? []).map(normalizeSnapshot);
  const summary = keyValues([
    ['Last backup', s.last ? `${relativeTime(s.last)} (${fullTime(s.last)})` : 'never'],
    ['Size', bytes(s.size)], ['Store', s.store], ['Last error', s.lastError],
    ['Warnings', s.warnings.length ? h('span', {}, s.warnings.map((w) => badge(w, 'warn'))) : null]]);
  const table = list.length === 0 ? empty('No snapshots yet', 'A snapshot is taken on the schedule, after writes, and on demand.')
    : h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['Taken', 'Size', 'Users', 'Groups', 'Snapshot', ''].map((t) => h('th', {}, t)))),
      h('tbody', {}, list.map((snap) => h('tr', {},
        h('td', { title: fullTime(snap.time) }, snap.time ? `${fullTime(snap.time)} · ${relativeTime(snap.time)}` : ''),
        h('td', { class: 'num' }, bytes(snap.size)), h('td', { class: 'num' }, snap.users ?? ''), h('td', { class: 'num' }, snap.groups ?? ''),
        h('td', { class: 'mono muted ellipsis' }, snap.id),
        h('td', {}, h('button', { class: 'ghost small', onclick: () => restore(root, snap) }, 'Restore'))))));

  root.replaceChildren(section('Backups',
    h('div', { class: 'filters' }, h('div', { class: 'spacer' }), h('button', { class: 'primary', onclick: () => runNow(root) }, 'Back up now')),
    summary, h('h3', {}, 'History'), table));
}

async function runNow(root) {
  try {
    await api.post('/scim/admin/backup/run', {});
    toast('Backup finished');
  } catch (error) {
    toast(`Backup failed: ${error.message}`);
  }
  await Promise.all([render(root), refreshIndicator()]);
}

async function restore(root, snap) {
  const when = snap.time ? fullTime(snap.time) : snap.id;
  if (!confirm(`Restore the snapshot of ${when}? The current data is snapshotted first, then replaced.`)) return;
  try {
    await api.post('/scim/admin/backup/restore', { snapshotId: snap.id });
    toast('Restored');
  } catch (error) {
    toast(`Restore failed: ${error.message}`);
  }
  await Promise.all([render(root), refreshIndicator()]);
}
