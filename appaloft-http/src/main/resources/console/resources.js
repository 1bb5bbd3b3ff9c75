// One resource: its source and URL, a deploy form (deployments.create, detached so the page can
// follow it live), its deployments, its variables (masked) and a link to the running app's page.
import { h, clear, field, form, table, crumbs, badge, facts, when } from './dom.js';
import { get, post, query, allowed } from './api.js';
import { variablesSection } from './vars.js';

export function appUrl(detail) {
  const summary = detail.accessSummary || {};
  const route = summary.latestDurableDomainRoute || summary.latestServerAppliedDomainRoute
    || summary.latestGeneratedAccessRoute;
  return route && route.url;
}

export function link(url) {
  // only http(s) URLs become links: a javascript: URL from anywhere would otherwise run on click
  return url && /^https?:\/\//i.test(url) ? h('a', { href: url, id: 'app-url', rel: 'noopener noreferrer', target: '_blank' }, url) : '—';
}

export async function show(view, [resourceId]) {
  const render = async () => {
    const detail = await get(`/resources/${resourceId}`);
    const resource = detail.resource;
    const [project, env, deployments, servers, config, can] = await Promise.all([
      get(`/projects/${resource.projectId}`),
      get(`/environments/${resource.environmentId}`),
      get('/deployments' + query({ resourceId })),
      get('/servers'),
      get(`/resources/${resourceId}/effective-config`),
      allowed(['deployments.create', 'resources.setVariable', 'resources.unsetVariable']),
    ]);
    const source = detail.source || {};
    clear(view,
      crumbs(['Projects', '#/projects'], [project.name, `#/projects/${project.id}`], [env.name, `#/environments/${env.id}`]),
      h('h1', {}, resource.name),
      facts([
        ['Source', `${source.kind || ''} ${source.locator || ''}`.trim()],
        ['Port', detail.networkProfile && detail.networkProfile.internalPort],
        ['URL', link(appUrl(detail))],
        ['Created', when(resource.createdAt)],
      ]),
      h('p', {}, h('a', { href: `#/resources/${resourceId}/runtime`, id: 'runtime-link' }, 'Runtime: logs, health and usage'),
        ' · ', h('a', { href: `#/resources/${resourceId}/more`, id: 'more-link' }, 'Domains, scheduled tasks, dependencies')),
      h('section', {}, h('h2', {}, 'Deploy'), deployForm(resource, servers.items, can['deployments.create'])),
      h('section', {}, h('h2', {}, 'Deployments'),
        table([
          ['Deployment', (d) => h('a', { href: `#/deployments/${d.id}` }, d.id)],
          ['Status', (d) => badge(d.status)],
          ['Trigger', (d) => d.triggerKind],
          ['Created', (d) => when(d.createdAt)],
        ], deployments.items, 'Not deployed yet.')),
      variablesSection(`/resources/${resourceId}`, config.ownedEntries, can['resources.setVariable'],
        can['resources.unsetVariable'], render, { resource: true }));
  };
  await render();
}

function deployForm(resource, servers, canDeploy) {
  if (!canDeploy) return h('p', { class: 'muted' }, 'Your role cannot deploy.');
  if (!servers.length) return h('p', {}, 'No server yet: ', h('a', { href: '#/servers' }, 'add one'), ' first.');
  return form('Deploy', [
    field('Server', 'serverId', { options: servers.map((s) => [s.id, `${s.name} (${s.host})`]) }),
  ], 'Deploy now', async (values) => {
    const created = await post('/deployments', { projectId: resource.projectId, environmentId: resource.environmentId,
      resourceId: resource.id, serverId: values.serverId, executionMode: 'detached' });
    location.hash = `#/deployments/${created.id}`;
  }, { class: 'inline', id: 'deploy-form' });
}
