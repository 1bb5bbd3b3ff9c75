// One deployment, live: its phases and log lines arrive from the deployments.eventsStream SSE
// (each event also pulls the new log lines from deployments.logs); a failure shows its phase,
// code and last lines; redeploy, rollback and cancel call their operations; the app's URL is a link.
import { h, clear, crumbs, badge, facts, status, when, describe } from './dom.js';
import { get, post, query, follow, allowed } from './api.js';
import { appUrl, link } from './resources.js';

const PHASES = ['detect', 'plan', 'package', 'deploy', 'verify'];
const DONE = ['succeeded', 'failed', 'canceled', 'rolled-back'];

export async function show(view, [deploymentId]) {
  const [can, first, logs] = await Promise.all([
    allowed(['deployments.redeploy', 'deployments.rollback', 'deployments.cancel']),
    load(deploymentId),
    get(`/deployments/${deploymentId}/logs`),
  ]);
  let detail = first;
  const deployment = detail.deployment;
  const [resource, history] = await Promise.all([
    get(`/resources/${deployment.resourceId}`),
    get('/deployments' + query({ resourceId: deployment.resourceId })),
  ]);
  const openedDone = DONE.includes(detail.status.current);
  const phases = h('ol', { class: 'phases', 'aria-label': 'Phases' },
    PHASES.map((p) => h('li', { 'data-phase': p }, p)));
  const log = h('pre', { class: 'log', id: 'deploy-log', tabindex: '0', 'aria-label': 'Deployment log', 'aria-live': 'polite' });
  const head = h('div', {});
  const buttons = h('div', { class: 'actions' });
  const failure = h('div', { id: 'failure' });
  clear(view,
    crumbs(['Projects', '#/projects'], [resource.resource.name, `#/resources/${deployment.resourceId}`]),
    h('h1', {}, 'Deployment ', h('code', {}, deploymentId)), head, phases, buttons, failure,
    h('h2', {}, 'Log'), log);

  let shownLines = 0;
  const reached = new Set();
  const paint = async () => {
    const current = detail.status.current;
    // the URL is the resource's as it is once this deployment succeeded: fetched again if it finished while shown
    const latest = current === 'succeeded' && !openedDone ? await get(`/resources/${deployment.resourceId}`) : resource;
    clear(head, facts([
      ['Status', h('span', { id: 'deploy-status' }, badge(current))],
      ['Trigger', deployment.triggerKind],
      ['Started', when(detail.status.startedAt || detail.status.createdAt)],
      ['Finished', DONE.includes(current) ? when(detail.status.finishedAt) : ''],
      ['URL', current === 'succeeded' ? link(appUrl(latest)) : ''],
    ]));
    const failed = detail.latestFailure;
    for (const li of phases.children) {
      const p = li.dataset.phase;
      li.className = failed && failed.phase === p ? 'failed' : reached.has(p) ? (DONE.includes(current) ? 'done' : 'current') : '';
    }
    clear(failure, current === 'failed' && failed ? h('div', { class: 'error', role: 'alert' },
      h('strong', {}, `Failed in ${failed.phase || 'an unknown phase'}: ${failed.code || failed.errorCode || ''}`),
      h('p', {}, failed.message || ''),
      h('pre', { class: 'log' }, lastLines(detail))) : null);
    renderButtons(buttons, detail, history.items, can);
  };
  const pullLogs = async (answer) => {
    const logs = (answer || await get(`/deployments/${deploymentId}/logs`)).logs || [];
    for (const line of logs.slice(shownLines)) {
      if (line.phase) reached.add(line.phase);
      log.append(h('span', { class: line.level === 'error' ? 'bad' : '' },
        h('span', { class: 'phase' }, `[${line.phase || '-'}] `), `${line.message}\n`));
    }
    shownLines = Math.max(shownLines, logs.length);
    log.scrollTop = log.scrollHeight;
  };
  await pullLogs(logs);
  await paint();
  if (DONE.includes(detail.status.current)) return null;

  let busy = Promise.resolve();
  const stop = follow(`/deployments/${deploymentId}/events/stream`, (name, data) => {
    busy = busy.then(async () => {
      if (data.kind === 'event' && data.event.phase) reached.add(data.event.phase);
      if (data.kind === 'event' || data.kind === 'closed') {
        await pullLogs();
        detail = await load(deploymentId);
        await paint();
      }
    }).catch((error) => status(describe(error), true));
  }, () => { busy.then(async () => { detail = await load(deploymentId); await pullLogs(); await paint(); }); });
  return stop;
}

function load(deploymentId) {
  return get(`/deployments/${deploymentId}?includeLatestFailure=true&includeRecoverySummary=true`);
}

function lastLines(detail) {
  const logs = (detail.deployment.logs || []).slice(-8);
  return logs.map((l) => `[${l.phase}] ${l.message}`).join('\n');
}

function renderButtons(el, detail, history, can) {
  const deployment = detail.deployment;
  const current = detail.status.current;
  const id = deployment.id;
  const candidate = history.find((d) => d.id !== id && d.status === 'succeeded'
    && new Date(d.createdAt) < new Date(deployment.createdAt));
  const run = (fn) => async (event) => {
    event.target.disabled = true;
    try { await fn(); } catch (error) { status(describe(error), true); event.target.disabled = false; }
  };
  clear(el,
    !DONE.includes(current) ? h('button', { type: 'button', class: 'danger', id: 'cancel', disabled: !can['deployments.cancel'],
      onclick: run(async () => { await post(`/deployments/${id}/cancel`, { confirm: id }); location.reload(); }) }, 'Cancel') : null,
    DONE.includes(current) ? h('button', { type: 'button', id: 'redeploy', disabled: !can['deployments.redeploy'],
      onclick: run(async () => {
        status('Redeploying…');
        const next = await post(`/resources/${deployment.resourceId}/redeploy`, {});
        location.hash = `#/deployments/${next.id}`;
      }) }, 'Redeploy') : null,
    DONE.includes(current) && candidate ? h('button', { type: 'button', class: 'secondary', id: 'rollback',
      disabled: !can['deployments.rollback'], onclick: run(async () => {
        status('Rolling back…');
        const back = await post(`/deployments/${id}/rollback`, { rollbackCandidateDeploymentId: candidate.id });
        location.hash = `#/deployments/${back.id}`;
      }) }, `Roll back to ${candidate.id}`) : null);
}
