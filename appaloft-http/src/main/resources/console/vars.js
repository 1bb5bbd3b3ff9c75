// Variables, shared by environments and resources: a masked table (the server masks secrets; the
// console never asks for a value back) and a form to set one. base is '/environments/ID' or '/resources/ID'.
import { h, field, form, table, status } from './dom.js';
import { post, del } from './api.js';

export function variablesSection(base, entries, canSet, canUnset, refresh, { resource = false } = {}) {
  const rows = (entries || []).map((v) => ({ ...v }));
  return h('section', { 'aria-labelledby': 'vars-h' },
    h('h2', { id: 'vars-h' }, 'Variables'),
    table([
      ['Key', (v) => h('code', {}, v.key)],
      ['Value', (v) => v.isSecret ? h('span', { class: 'muted', title: 'secret' }, '•••••• (secret)') : v.value],
      ['Exposure', (v) => v.exposure],
      ['Scope', (v) => v.scope || ''],
      ['', (v) => canUnset ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${v.key}`,
        onclick: async () => {
          try {
            await del(`${base}/variables/${encodeURIComponent(v.key)}`, { exposure: v.exposure });
            await refresh();
          } catch (error) { status(error.message, true); }
        } }, 'Remove') : ''],
    ], rows, 'No variables.'),
    canSet ? form('Set a variable', [
      field('Key', 'key', { required: true, placeholder: 'DATABASE_URL' }),
      field('Value', 'value', { required: true }),
      field('Exposure', 'exposure', { options: ['runtime', 'build-time'] }),
      h('label', { for: 'f-isSecret' }, h('span', {}, 'Secret (masked everywhere)'),
        h('input', { type: 'checkbox', name: 'isSecret', id: 'f-isSecret', value: 'true' })),
    ], 'Set variable', async (values, el) => {
      const secret = values.isSecret === 'true';
      const body = { key: values.key, value: values.value, exposure: values.exposure,
        kind: secret ? 'secret' : 'plain-config', isSecret: secret };
      await post(`${base}/variables`, body);
      el.reset();
      await refresh();
    }, { id: resource ? 'resource-variable-form' : 'variable-form', class: 'inline' }) : null);
}
