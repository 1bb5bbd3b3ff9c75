// Sign-in: the first admin on a fresh instance (auth.bootstrapFirstAdmin), email sign-in and
// sign-out (the Better Auth paths), and switching organization (organizations.switchCurrent).
import { h, clear, field, form, status } from './dom.js';
import { get, post } from './api.js';

export async function bootstrapRequired() {
  try {
    return (await get('/bootstrap/auth/status')).bootstrapRequired === true;
  } catch {
    return false;
  }
}

export async function signIn(view) {
  if (await bootstrapRequired()) { location.hash = '#/bootstrap'; return; }
  clear(view, h('div', { class: 'center' },
    h('h1', {}, 'Sign in'),
    form('Sign in', [
      field('Email', 'email', { type: 'email', required: true, autocomplete: 'username' }),
      field('Password', 'password', { type: 'password', required: true, autocomplete: 'current-password' }),
    ], 'Sign in', async (values) => {
      await post('/auth/sign-in/email', { email: values.email, password: values.password });
      window.dispatchEvent(new CustomEvent('appaloft:signed-in'));
    }, { id: 'sign-in-form' })));
}

export async function bootstrap(view) {
  if (!(await bootstrapRequired())) { location.hash = '#/signin'; return; }
  clear(view, h('div', { class: 'center' },
    h('h1', {}, 'Create the first admin'),
    h('p', { class: 'muted' }, 'This instance has no members yet. The first admin owns its organization.'),
    form('Create the first admin', [
      field('Email', 'email', { type: 'email', required: true, autocomplete: 'username' }),
      field('Your name', 'displayName', { required: true, autocomplete: 'name' }),
      field('Password (12 characters or more)', 'password', { type: 'password', required: true, minlength: 12,
        autocomplete: 'new-password' }),
      field('Organization name', 'organizationName', { placeholder: 'Acme' }),
    ], 'Create admin and sign in', async (values) => {
      const body = { email: values.email, displayName: values.displayName, password: values.password };
      if (values.organizationName) body.organizationName = values.organizationName;
      await post('/bootstrap/auth/first-admin', body);
      await post('/auth/sign-in/email', { email: values.email, password: values.password });
      window.dispatchEvent(new CustomEvent('appaloft:signed-in'));
    }, { id: 'bootstrap-form' })));
}

export async function signOut() {
  try {
    await post('/auth/sign-out');
  } finally {
    window.dispatchEvent(new CustomEvent('appaloft:signed-out'));
    location.hash = '#/signin';
  }
}

export function organizationSwitcher(organizations, currentId) {
  const select = h('select', { id: 'organization', 'aria-label': 'Organization' },
    organizations.map((o) => h('option', { value: o.organizationId, selected: o.organizationId === currentId },
      `${o.name} (${o.role})`)));
  select.addEventListener('change', async () => {
    try {
      await post('/organizations/current-context/switch', { organizationId: select.value });
      window.dispatchEvent(new CustomEvent('appaloft:signed-in'));
    } catch (error) {
      status(error.message, true);
    }
  });
  return select;
}
