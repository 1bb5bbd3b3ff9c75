// Projects (projects.list/create) and one project's environments (environments.list/create).
import { h, clear, field, form, table, crumbs, badge, when } from './dom.js';
import { get, post, query, allowed } from './api.js';

export async function list(view) {
  const [projects, can] = await Promise.all([get('/projects'), allowed(['projects.create'])]);
  clear(view,
    h('h1', {}, 'Projects'),
    table([
      ['Name', (p) => h('a', { href: `#/projects/${p.id}` }, p.name)],
      ['Status', (p) => badge(p.lifecycleStatus)],
      ['Created', (p) => when(p.createdAt)],
    ], projects.items, 'No projects yet: create the first one below.'),
    can['projects.create'] ? h('section', {}, h('h2', {}, 'New project'),
      form('New project', [
        field('Name', 'name', { required: true }),
        field('Description', 'description'),
      ], 'Create project', async (values) => {
        const body = { name: values.name };
        if (values.description) body.description = values.description;
        const created = await post('/projects', body);
        location.hash = `#/projects/${created.id}`;
      }, { id: 'project-form' })) : null);
}

export const KINDS = ['production', 'staging', 'test', 'development', 'preview', 'local'];

export async function show(view, [projectId]) {
  const [project, environments, can] = await Promise.all([
    get(`/projects/${projectId}`),
    get('/environments' + query({ projectId })),
    allowed(['environments.create']),
  ]);
  clear(view,
    crumbs(['Projects', '#/projects']),
    h('h1', {}, project.name),
    project.description ? h('p', {}, project.description) : null,
    h('h2', {}, 'Environments'),
    table([
      ['Name', (e) => h('a', { href: `#/environments/${e.id}` }, e.name)],
      ['Kind', (e) => e.kind],
      ['Status', (e) => badge(e.lifecycleStatus)],
      ['Variables', (e) => String((e.maskedVariables || []).length)],
    ], environments.items, 'No environments yet.'),
    can['environments.create'] ? h('section', {}, h('h2', {}, 'New environment'),
      form('New environment', [
        field('Name', 'name', { required: true, placeholder: 'production' }),
        field('Kind', 'kind', { options: KINDS }),
      ], 'Create environment', async (values) => {
        const created = await post('/environments', { projectId, name: values.name, kind: values.kind });
        location.hash = `#/environments/${created.id}`;
      }, { id: 'environment-form' })) : null);
}
