// One environment: variables (masked), lock/unlock, promote, diff against another environment,
// and its resources with a form to create one from a local folder, a git repository or an image.
import { h, clear, field, form, table, crumbs, badge, facts, status, when } from './dom.js';
import { get, post, query, allowed } from './api.js';
import { variablesSection } from './vars.js';
import { KINDS } from './projects.js';

const ACTIONS = ['environments.setVariable', 'environments.unsetVariable', 'environments.lock', 'environments.unlock',
  'environments.promote', 'resources.create'];

export async function show(view, [environmentId]) {
  const render = async () => {
    const env = await get(`/environments/${environmentId}`);
    const [project, precedence, siblings, resources, can] = await Promise.all([
      get(`/projects/${env.projectId}`),
      get(`/environments/${environmentId}/effective-precedence`),
      get('/environments' + query({ projectId: env.projectId })),
      get('/resources' + query({ projectId: env.projectId, environmentId })),
      allowed(ACTIONS),
    ]);
    const locked = env.lifecycleStatus === 'locked';
    const others = siblings.items.filter((e) => e.id !== environmentId);
    const diffOut = h('div', { id: 'diff-result' });
    clear(view,
      crumbs(['Projects', '#/projects'], [project.name, `#/projects/${project.id}`]),
      h('h1', {}, env.name, ' ', badge(env.lifecycleStatus)),
      facts([['Kind', env.kind], ['Created', when(env.createdAt)], ['Lock reason', locked ? env.lockReason : '']]),
      h('div', { class: 'actions' },
        locked
          ? h('button', { type: 'button', id: 'unlock', disabled: !can['environments.unlock'], onclick: () =>
            act(() => post(`/environments/${environmentId}/unlock`), render) }, 'Unlock')
          : h('button', { type: 'button', class: 'secondary', id: 'lock', disabled: !can['environments.lock'], onclick: () =>
            act(() => post(`/environments/${environmentId}/lock`, { reason: 'locked from the console' }), render) }, 'Lock')),
      h('h2', {}, 'Resources'),
      table([
        ['Name', (r) => h('a', { href: `#/resources/${r.id}` }, r.name)],
        ['Kind', (r) => r.kind],
        ['Last deployment', (r) => r.lastDeploymentId
          ? h('a', { href: `#/deployments/${r.lastDeploymentId}` }, badge(r.lastDeploymentStatus)) : '—'],
      ], resources.items, 'No resources yet.'),
      can['resources.create'] ? resourceForm(env) : null,
      variablesSection(`/environments/${environmentId}`, precedence.ownedEntries,
        can['environments.setVariable'] && !locked, can['environments.unsetVariable'] && !locked, render),
      h('section', {}, h('h2', {}, 'Promote'),
        can['environments.promote'] ? form('Promote this configuration', [
          field('Target name', 'targetName', { required: true, placeholder: 'staging' }),
          field('Target kind', 'targetKind', { options: KINDS, value: 'staging' }),
        ], 'Promote', async (values) => {
          const promoted = await post(`/environments/${environmentId}/promote`, values);
          location.hash = `#/environments/${promoted.id}`;
        }, { class: 'inline', id: 'promote-form' }) : h('p', { class: 'muted' }, 'Your role cannot promote.')),
      h('section', {}, h('h2', {}, 'Compare'),
        others.length ? form('Compare with another environment', [
          field('Other environment', 'other', { options: others.map((e) => [e.id, e.name]) }),
        ], 'Show differences', async (values) => {
          const diff = await get(`/environments/${environmentId}/diff/${values.other}`);
          clear(diffOut, table([
            ['Key', (d) => h('code', {}, d.key)],
            ['Exposure', (d) => d.exposure],
            ['Change', (d) => badge(d.change)],
            ['Here', (d) => shown(d.left)],
            ['There', (d) => shown(d.right)],
          ], diff, 'The two environments have the same configuration.'));
        }, { class: 'inline', id: 'diff-form' }) : h('p', { class: 'muted' }, 'No other environment in this project.'),
        diffOut));
  };
  await render();
}

function shown(entry) {
  if (!entry) return '—';
  return entry.isSecret ? '•••••• (secret)' : entry.value;
}

async function act(call, then) {
  try {
    await call();
    await then();
  } catch (error) {
    status(error.message, true);
  }
}

const SOURCES = [['local-folder', 'A folder on the server'], ['remote-git', 'A git repository'],
  ['docker-image', 'A container image']];

function resourceForm(env) {
  return h('section', {}, h('h2', {}, 'New resource'),
    form('New resource', [
      field('Name', 'name', { required: true, placeholder: 'web' }),
      field('Source', 'sourceKind', { options: SOURCES }),
      field('Folder, repository URL or image', 'locator', { required: true, placeholder: '/srv/apps/web' }),
      field('Git ref (repositories only)', 'gitRef', { placeholder: 'main' }),
      field('Port the app listens on', 'internalPort', { type: 'number', value: '8080' }),
    ], 'Create resource', async (values) => {
      const source = { kind: values.sourceKind, locator: values.locator };
      if (values.sourceKind === 'remote-git' && values.gitRef) source.gitRef = values.gitRef;
      const body = { projectId: env.projectId, environmentId: env.id, name: values.name, source };
      if (values.internalPort) body.networkProfile = { internalPort: Number(values.internalPort) };
      const created = await post('/resources', body);
      location.hash = `#/resources/${created.id}`;
    }, { id: 'resource-form' }));
}
