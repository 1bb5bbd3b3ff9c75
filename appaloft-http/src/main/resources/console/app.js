// The console's shell: who is signed in, the navigation, and a hash router that renders one page
// module at a time into <main>. Each page is a module exporting render(view, params, session).
import { h, clear, status, describe } from './dom.js';
import { get } from './api.js';
import * as signin from './signin.js';

const routes = [
  [/^#\/signin$/, () => signin, 'signIn'],
  [/^#\/bootstrap$/, () => signin, 'bootstrap'],
  [/^#\/projects$/, () => import('./projects.js'), 'list'],
  [/^#\/projects\/([\w-]+)$/, () => import('./projects.js'), 'show'],
  [/^#\/environments\/([\w-]+)$/, () => import('./environments.js'), 'show'],
  [/^#\/resources\/([\w-]+)$/, () => import('./resources.js'), 'show'],
  [/^#\/deployments\/([\w-]+)$/, () => import('./deploy.js'), 'show'],
  [/^#\/resources\/([\w-]+)\/runtime$/, () => import('./runtime.js'), 'show'],
  [/^#\/resources\/([\w-]+)\/more$/, () => import('./extras.js'), 'show'],
  [/^#\/servers$/, () => import('./servers.js'), 'list'],
];

const session = { context: null };
let leave = null; // the current page's clean-up (closes its live streams)

export async function refreshSession() {
  try {
    // auth.session answers 200 null without a session, so a signed-out visit logs no 401
    session.context = (await get('/auth/session')) ? await get('/organizations/current-context') : null;
  } catch {
    session.context = null;
  }
  renderHeader();
  return session.context;
}

function renderHeader() {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const ctx = session.context;
  if (!ctx) {
    clear(nav);
    clear(who);
    return;
  }
  const here = location.hash.split('/')[1] || '';
  clear(nav, [['Projects', '#/projects', 'projects'], ['Servers', '#/servers', 'servers']].map(([text, href, key]) =>
    h('a', { href, 'aria-current': here === key ? 'page' : null }, text)));
  const orgs = ctx.organizations || [];
  const current = ctx.currentOrganization || {};
  clear(who,
    h('span', { class: 'muted' }, `${ctx.user && ctx.user.email || ''} · ${current.role || ''}`),
    orgs.length > 1 ? signin.organizationSwitcher(orgs, current.organizationId) : h('span', {}, current.name || ''),
    h('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: signin.signOut }, 'Sign out'));
}

async function route() {
  if (leave) { try { leave(); } catch { /* a page's clean-up must not stop the next page */ } leave = null; }
  const hash = location.hash || '#/projects';
  const view = document.getElementById('view');
  status('');
  const open = hash === '#/signin' || hash === '#/bootstrap';
  const found = routes.map(([pattern, load, name]) => [hash.match(pattern), load, name]).find(([m]) => m);
  // the page's module loads while the session is checked
  const loading = found ? Promise.resolve(found[1]()) : null;
  if (loading) loading.catch(() => {}); // a failed import is reported when the page is shown
  if (!open && !session.context && !(await refreshSession())) {
    location.hash = (await signin.bootstrapRequired()) ? '#/bootstrap' : '#/signin';
    return;
  }
  renderHeader();
  if (found) {
    const [match, , name] = found;
    clear(view, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const page = await loading;
      leave = (await page[name](view, match.slice(1), session)) || null;
      // a User Timing mark when the page shows its data (bench/console-bench.sh reads it)
      performance.mark('appaloft:page-rendered');
    } catch (error) {
      clear(view, h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, describe(error)));
    }
    view.focus();
    return;
  }
  location.hash = '#/projects';
}

window.addEventListener('hashchange', route);
window.addEventListener('appaloft:signed-out', () => {
  session.context = null;
  renderHeader();
  if (location.hash !== '#/signin' && location.hash !== '#/bootstrap') location.hash = '#/signin';
});
window.addEventListener('appaloft:signed-in', async () => {
  await refreshSession();
  if (location.hash === '#/projects') route(); else location.hash = '#/projects';
});
route();
