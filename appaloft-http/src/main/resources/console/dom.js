// DOM helpers: every value reaches the page through textContent or an attribute, never as markup.

/** h('a', {href: '#/x', class: 'c', onclick: fn}, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled form control; opts.options makes a select. */
export function field(label, name, opts = {}) {
  let control;
  if (opts.options) {
    control = h('select', { name, id: 'f-' + name, required: opts.required });
    for (const option of opts.options) {
      const [value, text] = Array.isArray(option) ? option : [option, option];
      control.append(h('option', { value, selected: value === opts.value }, text));
    }
  } else if (opts.multiline) {
    control = h('textarea', { name, id: 'f-' + name, rows: 4, required: opts.required, placeholder: opts.placeholder });
  } else {
    control = h('input', { name, id: 'f-' + name, type: opts.type || 'text', required: opts.required,
      value: opts.value, placeholder: opts.placeholder, autocomplete: opts.autocomplete || 'off', minlength: opts.minlength });
  }
  return h('label', { for: 'f-' + name }, label, control);
}

/** A form whose submit calls action(values); errors show inside the form, the button is busy meanwhile. */
export function form(title, fields, submitText, action, attrs = {}) {
  const message = h('p', { class: 'error', role: 'alert', hidden: true });
  const button = h('button', { type: 'submit' }, submitText);
  const el = h('form', { 'aria-label': title, ...attrs }, fields, button, message);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(el).entries());
    button.disabled = true;
    message.hidden = true;
    try {
      await action(values, el);
    } catch (error) {
      message.textContent = describe(error);
      message.hidden = false;
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

export function describe(error) {
  if (error && error.code) return `${error.message} (${error.code}${error.field ? ', ' + error.field : ''})`;
  return String(error && error.message || error);
}

export function badge(text) {
  return h('span', { class: 'badge ' + String(text || '').replace(/[^a-z-]/g, '') }, text || '—');
}

/** A table: columns are [heading, row => cell]; cells may be nodes or text. */
export function table(columns, rows, empty = 'Nothing yet.') {
  if (!rows || rows.length === 0) return h('p', { class: 'muted' }, empty);
  return h('table', { class: 'wide' },
    h('thead', {}, h('tr', {}, columns.map(([heading]) => h('th', { scope: 'col' }, heading)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map(([heading, cell]) =>
      h('td', { 'data-label': heading }, cell(row)))))));
}

export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== undefined && v !== null && v !== '')
    .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function crumbs(...links) {
  return h('p', { class: 'crumbs' }, links.map(([text, href]) => href ? h('a', { href }, text) : h('span', {}, text)));
}

export function status(text, isError = false) {
  const el = document.getElementById('status');
  clear(el, text ? h('p', { class: isError ? 'error' : 'ok' }, text) : null);
}

export function when(value) {
  return value ? new Date(value).toLocaleString() : '—';
}
