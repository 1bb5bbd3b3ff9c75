// Servers: the list (servers.list), adding one (servers.create), its SSH credential
// (servers.configureCredential) and a connectivity test with each step (servers.testConnectivity).
import { h, clear, field, form, table, badge, status, describe } from './dom.js';
import { get, post, allowed } from './api.js';

export async function list(view) {
  const render = async () => {
    const [servers, can] = await Promise.all([get('/servers'),
      allowed(['servers.create', 'servers.testConnectivity', 'servers.configureCredential'])]);
    const result = h('div', { id: 'connectivity', 'aria-live': 'polite' });
    clear(view,
      h('h1', {}, 'Servers'),
      table([
        ['Name', (s) => s.name],
        ['Host', (s) => `${s.host}${s.port ? ':' + s.port : ''}`],
        ['Provider', (s) => s.providerKey],
        ['Edge proxy', (s) => s.edgeProxy ? badge(s.edgeProxy.status) : '—'],
        ['Credential', (s) => s.credential ? s.credential.kind : '—'],
        ['', (s) => h('button', { type: 'button', class: 'secondary', disabled: !can['servers.testConnectivity'],
          'aria-label': `Test connectivity of ${s.name}`, onclick: async () => {
            clear(result, h('p', { class: 'muted' }, `Testing ${s.name}…`));
            try {
              const answer = await post(`/servers/${s.id}/connectivity-tests`, {});
              clear(result, h('h2', {}, `Connectivity of ${s.name}: `, badge(answer.status)),
                table([['Step', (c) => c.name], ['Result', (c) => badge(c.status)], ['Message', (c) => c.message],
                  ['ms', (c) => String(Math.round(c.durationMs))]], answer.checks));
            } catch (error) { clear(result, h('p', { class: 'error' }, describe(error))); }
          } }, 'Test')],
      ], servers.items, 'No servers yet.'),
      result,
      can['servers.create'] ? h('section', {}, h('h2', {}, 'Add a server'), form('Add a server', [
        field('Name', 'name', { required: true, placeholder: 'this host' }),
        field('Host', 'host', { required: true, value: 'localhost' }),
        field('Provider', 'providerKey', { options: [['local-shell', 'This host (local Docker)'], ['generic-ssh', 'Over SSH']] }),
        field('SSH port', 'port', { type: 'number', placeholder: '22' }),
      ], 'Add server', async (values) => {
        const body = { name: values.name, host: values.host, providerKey: values.providerKey };
        if (values.port) body.port = Number(values.port);
        await post('/servers', body);
        status(`Server ${values.name} added`);
        await render();
      }, { id: 'server-form' })) : null,
      can['servers.configureCredential'] && servers.items.length ? h('section', {}, h('h2', {}, 'SSH credential'),
        form('Set a server credential', [
          field('Server', 'serverId', { options: servers.items.map((s) => [s.id, s.name]) }),
          field('User', 'username', { required: true, value: 'root' }),
          field('Private key (PEM)', 'privateKey', { multiline: true, required: true }),
        ], 'Save credential', async (values) => {
          await post(`/servers/${values.serverId}/credentials`, { credential: { kind: 'ssh-private-key',
            username: values.username, privateKey: values.privateKey } });
          status('Credential saved');
          await render();
        }, { id: 'credential-form' })) : null);
  };
  await render();
}
