// Around one resource: its domains and certificates (domainBindings.list, certificates.list), its
// scheduled tasks with "run now" (scheduledTasks.list/runNow), and the environment's dependency
// resources with their backups and "back up now" (dependencyResources.list/listBackups/createBackup).
import { h, clear, table, crumbs, badge, status, describe, when } from './dom.js';
import { get, post, query, allowed } from './api.js';

export async function show(view, [resourceId]) {
  const render = async () => {
    const detail = await get(`/resources/${resourceId}`);
    const resource = detail.resource;
    const [bindings, certificates, tasks, dependencies, can] = await Promise.all([
      get('/domain-bindings' + query({ resourceId })),
      get('/certificates'),
      get('/scheduled-tasks' + query({ resourceId })),
      get('/dependency-resources' + query({ environmentId: resource.environmentId })),
      allowed(['scheduledTasks.runNow', 'dependencyResources.createBackup']),
    ]);
    const bindingIds = new Set(bindings.items.map((b) => b.id));
    const backups = await Promise.all(dependencies.items.map((d) =>
      get(`/dependency-resources/${d.id}/backups`).then((b) => b.items).catch(() => [])));
    const act = (fn, done) => async (event) => {
      event.target.disabled = true;
      try { await fn(); status(done); await render(); } catch (error) { status(describe(error), true); event.target.disabled = false; }
    };
    clear(view,
      crumbs(['Projects', '#/projects'], [resource.name, `#/resources/${resourceId}`]),
      h('h1', {}, resource.name, ' — domains, tasks, dependencies'),
      h('h2', {}, 'Domains'),
      table([
        ['Domain', (b) => b.domainName + (b.pathPrefix && b.pathPrefix !== '/' ? b.pathPrefix : '')],
        ['Status', (b) => badge(b.status)],
        ['TLS', (b) => b.tlsMode || '—'],
      ], bindings.items, 'No custom domain (the generated URL is on the resource page).'),
      h('h2', {}, 'Certificates'),
      table([
        ['Domain', (c) => c.domainName],
        ['Status', (c) => badge(c.status)],
        ['Issuer', (c) => c.issuer || c.source || '—'],
        ['Expires', (c) => when(c.expiresAt)],
      ], certificates.items.filter((c) => bindingIds.has(c.domainBindingId)), 'No certificates.'),
      h('h2', {}, 'Scheduled tasks'),
      table([
        ['Schedule', (t) => h('code', {}, `${t.schedule} (${t.timezone || 'UTC'})`)],
        ['Status', (t) => badge(t.status)],
        ['Last run', (t) => t.latestRun ? badge(t.latestRun.status) : '—'],
        ['', (t) => h('button', { type: 'button', class: 'secondary', disabled: !can['scheduledTasks.runNow'],
          'aria-label': `Run task ${t.taskId} now`,
          onclick: act(() => post(`/scheduled-tasks/${t.taskId}/runs`, { resourceId }), 'Run requested') }, 'Run now')],
      ], tasks.items, 'No scheduled tasks.'),
      h('h2', {}, 'Dependency resources in this environment'),
      dependencies.items.length ? dependencies.items.map((d, i) => h('section', {},
        h('h3', {}, `${d.name} (${d.kind}) `, badge(d.lifecycleStatus)),
        table([
          ['Backup', (b) => b.id],
          ['Status', (b) => badge(b.status)],
          ['Requested', (b) => when(b.requestedAt)],
          ['Failure', (b) => b.failureCode || ''],
        ], backups[i], 'No backups yet.'),
        h('button', { type: 'button', disabled: !can['dependencyResources.createBackup'],
          onclick: act(() => post(`/dependency-resources/${d.id}/backups`, {}), 'Backup requested') }, 'Back up now')))
        : h('p', { class: 'muted' }, 'No dependency resources.'));
  };
  await render();
}
