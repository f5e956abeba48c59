// The control panel: the event generator's API (docs/generator.md), reached through the
// dashboard at api/generator/** so the page stays on its own origin. Every change answers
// with the generator's status; a refusal (400) or an unreachable generator (502) shows the
// problem detail's text.

import { byId, el, setText } from '../dom.js';
import { fmt, object } from '../format.js';

const API = 'api/generator';
const STATUS_EVERY_MS = 5_000;

export function controlPanel() {
  const status = byId('control-status');
  const error = byId('control-error');
  const scenarioSelect = byId('scenario-name');
  const scenarioHelp = byId('scenario-help');
  let scenarios = [];
  let edited = new Set(); // inputs the user is typing into are not overwritten by the status

  const showError = (text) => {
    error.hidden = text === null;
    setText(error, text ?? '');
  };

  const showStatus = (json) => {
    const s = object(json);
    status.dataset.scenario = String(s.scenario ?? '');
    status.dataset.running = String(s.running === true);
    setText(status, `${s.running ? 'Producing' : 'Paused'} · scenario ${s.scenario} · target ${fmt.dec(s.targetEventsPerSecond)} events/s, achieved ${fmt.dec(s.achievedEventsPerSecond)} · simulated time ${object(s.clock).simulatedTime ?? '?'} at ×${fmt.dec(object(s.clock).speed)} · ${fmt.int(s.activeSessions)} sessions`);
    fill('scenario-name', s.scenario);
    fill('rate-value', s.baseEventsPerSecond);
    fill('clock-speed', object(s.clock).speed);
    const faults = object(s.faults);
    fill('fault-late', faults.lateFraction);
    fill('fault-delay', seconds(faults.lateDelay));
    fill('fault-poison', faults.poisonFraction);
    fill('fault-duplicate', faults.duplicateFraction);
  };

  const fill = (id, value) => {
    const input = byId(id);
    if (!edited.has(id) && value !== undefined && value !== null && document.activeElement !== input) {
      input.value = String(value);
    }
  };

  const call = async (method, path, body) => {
    const response = await fetch(`${API}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    }
    catch (ex) {
      // not JSON: shown as it is below
    }
    if (!response.ok) {
      throw new Error(object(json).detail ?? `${response.status} ${text}`);
    }
    return json;
  };

  const change = async (method, path, body) => {
    try {
      showStatus(await call(method, path, body));
      showError(null);
      edited = new Set();
    }
    catch (ex) {
      showError(ex.message);
    }
  };

  const refresh = async () => {
    try {
      if (scenarios.length === 0) {
        scenarios = await call('GET', '/scenarios');
        scenarioSelect.replaceChildren(...scenarios.map((s) => el('option', { text: s.name, attrs: { value: s.name } })));
      }
      showStatus(await call('GET', ''));
      showError(null);
    }
    catch (ex) {
      setText(status, 'generator status unknown');
      showError(ex.message);
    }
    const chosen = scenarios.find((s) => s.name === scenarioSelect.value);
    setText(scenarioHelp, chosen ? `${chosen.description} (rate ×${chosen.rateMultiplier})` : '');
  };

  const onSubmit = (id, build) => byId(id).addEventListener('submit', (event) => {
    event.preventDefault();
    const [method, path, body] = build();
    change(method, path, body);
  });
  onSubmit('control-scenario', () => ['PUT', '/scenario', { name: scenarioSelect.value }]);
  onSubmit('control-rate', () => ['PUT', '/rate', { eventsPerSecond: Number(byId('rate-value').value) }]);
  onSubmit('control-clock', () => ['PUT', '/clock', { speed: Number(byId('clock-speed').value) }]);
  onSubmit('control-faults', () => ['PUT', '/faults', {
    lateFraction: Number(byId('fault-late').value),
    lateDelay: `PT${Number(byId('fault-delay').value)}S`,
    poisonFraction: Number(byId('fault-poison').value),
    duplicateFraction: Number(byId('fault-duplicate').value),
  }]);
  byId('control-pause').addEventListener('click', () => change('POST', '/pause'));
  byId('control-resume').addEventListener('click', () => change('POST', '/resume'));
  byId('control-panel').addEventListener('input', (event) => edited.add(event.target.id));
  scenarioSelect.addEventListener('change', () => {
    const chosen = scenarios.find((s) => s.name === scenarioSelect.value);
    setText(scenarioHelp, chosen ? `${chosen.description} (rate ×${chosen.rateMultiplier})` : '');
  });

  refresh();
  setInterval(() => {
    if (!document.hidden) {
      refresh();
    }
  }, STATUS_EVERY_MS);
}

/** "PT45S" or "PT1M30S" as seconds; undefined for anything else. */
function seconds(isoDuration) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(String(isoDuration ?? ''));
  return match ? Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0) : undefined;
}
