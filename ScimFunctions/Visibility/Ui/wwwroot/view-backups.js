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
  if (pick(stats, 'persistent', 'isPersistent') === false) warnings.unshift('not persistent');
  if (pick(stats, 'writer.canWrite') === false) warnings.push('read-only: no writer lease');
  if (pick(stats, 'restore.state') === 'failing') warnings.push('restore failing');
  const last = pick(stats, 'lastBackup');
  const succeeded = last && last.success !== false;
  if (last && last.success === false) warnings.push('last backup failed');
  const restored = pick(stats, 'restore.restoredFrom');
  return {
    last: (succeeded ? pick(last, 'time', 'createdAt') : undefined) ?? pick(restored ?? {}, 'createdAt') ?? pick(stats, 'lastBackupAt'),
    size: (succeeded ? pick(last, 'compressedBytes', 'sizeBytes') : undefined) ?? pick(restored ?? {}, 'compressedBytes'),
    store: pick(stats, 'store.description', 'store'),
    detail: pick(stats, 'warning'),
    lastError: pick(stats, 'lastBackup.error', 'restore.error'),
    schedule: pick(stats, 'schedule'),
    next: pick(stats, 'nextScheduledRun'),
    generation: pick(stats, 'generation'),
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
    reason: pick(s, 'reason'),
  };
}

export async function refreshIndicator() {
  const chip = document.getElementById('backup-chip');
  const text = document.getElementById('backup-text');
  try {
    const stats = normalizeStats(await api.get('/scim/admin/backup/stats'));
    const parts = [stats.last ? `Backed up ${relativeTime(stats.last)}` : 'No backup yet'];
    if (stats.size !== undefined) parts.push(bytes(stats.size));
    if (stats.store && stats.store !== 'none') parts.push(String(stats.store));
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
  try {
    stats = await api.get('/scim/admin/backup/stats');
  } catch (error) {
    root.replaceChildren(error instanceof NotFoundError
      ? section('Backups', empty('Backups are not available', 'This service has no backup routes.'))
      : failure(error));
    return;
  }
  const snapshots = await api.get('/scim/admin/backup/snapshots').catch((error) => ({ error }));

  const s = normalizeStats(stats);
  const list = (Array.isArray(snapshots) ? snapshots : snapshots.snapshots ?? snapshots.items ?? []).map(normalizeSnapshot);
  const summary = keyValues([
    ['Last backup', s.last ? `${relativeTime(s.last)} (${fullTime(s.last)})` : 'never'],
    ['Size', bytes(s.size)], ['Store', s.store], ['Generation', s.generation],
    ['Schedule', s.schedule ? `${s.schedule}${s.next ? ` · next ${fullTime(s.next)}` : ''}` : null],
    ['Last error', s.lastError],
    ['Warnings', s.warnings.length ? h('span', {}, s.warnings.map((w) => badge(w, 'warn')), s.detail ? ` ${s.detail}` : '') : null]]);
  const table = snapshots.error ? h('p', { class: 'muted' }, snapshots.error.message)
    : list.length === 0 ? empty('No snapshots yet', 'A snapshot is taken on the schedule, after writes, and on demand.')
    : h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['Taken', 'Reason', 'Size', 'Users', 'Groups', 'Generation', 'Snapshot', ''].map((t) => h('th', {}, t)))),
      h('tbody', {}, list.map((snap) => h('tr', {},
        h('td', { title: fullTime(snap.time) }, snap.time ? `${fullTime(snap.time)} · ${relativeTime(snap.time)}` : ''),
        h('td', {}, snap.reason ?? ''),
        h('td', { class: 'num' }, bytes(snap.size)), h('td', { class: 'num' }, snap.users ?? ''),
        h('td', { class: 'num' }, snap.groups ?? ''), h('td', { class: 'num' }, snap.generation ?? ''),
        h('td', { class: 'mono muted ellipsis' }, snap.id),
        h('td', {}, h('button', { class: 'ghost small', onclick: () => restore(root, snap) }, 'Restore'))))));

  root.replaceChildren(section('Backups',
    h('div', { class: 'filters' }, h('div', { class: 'spacer' }),
      h('button', { class: 'primary', disabled: stats.persistent === false, onclick: () => runNow(root) }, 'Back up now')),
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
