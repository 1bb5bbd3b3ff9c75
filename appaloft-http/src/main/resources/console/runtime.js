// A running app: its runtime logs followed live (resources.logsStream SSE), its health
// (resources.health) and its memory/CPU as a small SVG chart sampled from runtimeUsage.inspect.
import { h, clear, crumbs, badge, facts, status, describe, when } from './dom.js';
import { get, post, follow, allowed } from './api.js';
import { appUrl, link } from './resources.js';

const SVG = 'http://www.w3.org/2000/svg';
const POINTS = 40;

export async function show(view, [resourceId]) {
  const [detail, can] = await Promise.all([get(`/resources/${resourceId}`),
    allowed(['resources.runtime.stop', 'resources.runtime.start', 'resources.runtime.restart'])]);
  const log = h('pre', { class: 'log', id: 'runtime-log', tabindex: '0', 'aria-label': 'Runtime log' },
    h('span', { class: 'phase' }, 'following the app\'s output: new lines appear here\n'));
  const health = h('div', { id: 'health' });
  const chart = svg('svg', { class: 'chart', viewBox: '0 0 200 60', role: 'img', 'aria-label': 'Memory used by the app' });
  const line = svg('polyline', { points: '' });
  const dots = svg('g', {});
  chart.append(line, dots);
  const usage = h('p', { class: 'muted', id: 'usage' }, 'Sampling…');
  const control = (operation) => h('button', { type: 'button', class: 'secondary', disabled: !can[`resources.runtime.${operation}`],
    onclick: async () => {
      try { await post(`/resources/${resourceId}/runtime/${operation}`, {}); status(`${operation} requested`); }
      catch (error) { status(describe(error), true); }
    } }, operation[0].toUpperCase() + operation.slice(1));
  clear(view,
    crumbs(['Projects', '#/projects'], [detail.resource.name, `#/resources/${resourceId}`]),
    h('h1', {}, detail.resource.name, ' — runtime'),
    facts([['URL', link(appUrl(detail))]]),
    h('div', { class: 'actions' }, control('stop'), control('start'), control('restart')),
    h('h2', {}, 'Health'), health,
    h('h2', {}, 'Memory'), chart, usage,
    h('h2', {}, 'Logs (live)'), log);

  const paintHealth = async () => {
    const answer = await get(`/resources/${resourceId}/health?mode=live`);
    clear(health, facts([
      ['Overall', badge(answer.overall)],
      ['Runtime', answer.runtime ? `${answer.runtime.lifecycle} / ${answer.runtime.health}` : '—'],
      ['Observed', when(answer.observedAt || answer.generatedAt)],
    ]), (answer.checks || []).length ? h('ul', {}, answer.checks.map((c) =>
      h('li', {}, badge(c.status), ` ${c.name}: ${c.message || ''}`))) : null);
  };
  const samples = [];
  const paintUsage = async () => {
    const answer = await get(`/runtime-usage/inspect?scope[kind]=resource&scope[resourceId]=${encodeURIComponent(resourceId)}`);
    const memory = answer.totals && answer.totals.memory || {};
    const cpu = answer.totals && answer.totals.cpu || {};
    const used = memory.containerUsedBytes ?? memory.usedBytes;
    if (typeof used === 'number') samples.push(used);
    while (samples.length > POINTS) samples.shift();
    const max = Math.max(1, ...samples);
    const xy = samples.map((v, i) => [(i * 200) / (POINTS - 1), 58 - (v / max) * 54]);
    line.setAttribute('points', xy.map(([x, y]) => `${x},${y}`).join(' '));
    // a dot per sample, so the first one shows before there is a line to draw
    dots.replaceChildren(...xy.map(([x, y]) => svg('circle', { cx: x, cy: y, r: 1.5 })));
    usage.textContent = `${typeof used === 'number' ? (used / 1048576).toFixed(1) + ' MiB' : 'no memory figure'}`
      + (typeof cpu.containerCpuPercent === 'number' ? ` · CPU ${cpu.containerCpuPercent.toFixed(1)} %` : '')
      + ` · ${answer.freshness || ''}`;
  };
  const tick = () => Promise.all([paintHealth(), paintUsage()]).catch((error) => status(describe(error), true));
  await tick();
  const timer = setInterval(tick, 3000);
  const stop = follow(`/resources/${resourceId}/runtime-logs/stream?tailLines=50`, (name, data) => {
    if (data.kind === 'line' && data.line) {
      log.append(h('span', { class: data.line.stream === 'stderr' ? 'bad' : '' }, `${data.line.message}\n`));
      while (log.childNodes.length > 500) log.firstChild.remove();
      log.scrollTop = log.scrollHeight;
    } else if (data.kind === 'closed') {
      log.append(h('span', { class: 'phase' }, '— the log stream ended —\n'));
    }
  });
  return () => { clearInterval(timer); stop(); };
}

function svg(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value);
  return el;
}
