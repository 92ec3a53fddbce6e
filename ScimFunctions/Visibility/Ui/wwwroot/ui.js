// Shared page pieces: the side drawer, toasts, pagers, empty and error states.
import { h } from './format.js';

export function toast(message) {
  const box = document.getElementById('toast');
  box.textContent = message;
  box.hidden = false;
  clearTimeout(box.timer);
  box.timer = setTimeout(() => { box.hidden = true; }, 2200);
}

export function openDrawer(title, ...content) {
  document.getElementById('drawer-title').textContent = title;
  document.getElementById('drawer-body').replaceChildren(...content);
  document.getElementById('drawer').hidden = false;
}

export function closeDrawer() {
  document.getElementById('drawer').hidden = true;
}

export function pager(page, onMove) {
  const first = page.total === 0 ? 0 : page.offset + 1;
  const last = Math.min(page.offset + page.items.length, page.total);
  return h('div', { class: 'pager' },
    h('span', { class: 'muted' }, `${first}–${last} of ${page.total.toLocaleString()}`),
    h('button', { class: 'ghost', disabled: page.offset === 0, onclick: () => onMove(Math.max(0, page.offset - page.limit)) }, '‹ Newer'),
    h('button', { class: 'ghost', disabled: last >= page.total, onclick: () => onMove(page.offset + page.limit) }, 'Older ›'));
}

export function empty(title, text) {
  return h('div', { class: 'empty' }, h('strong', {}, title), text ? h('p', { class: 'muted' }, text) : null);
}

export function failure(error) {
  return h('div', { class: 'empty error' }, h('strong', {}, 'Could not load'), h('p', {}, error.message));
}

export function field(label, control) {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

export function select(options, value, onchange) {
  return h('select', { onchange: (e) => onchange(e.target.value) },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
}

export function section(title, ...content) {
  return h('section', { class: 'block' }, h('h3', {}, title), ...content);
}

export function keyValues(rows) {
  return h('dl', { class: 'kv' }, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function badge(text, kind) {
  return h('span', { class: `badge ${kind ?? ''}` }, text);
}
