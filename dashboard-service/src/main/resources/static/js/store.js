// Everything the page knows, in one place: windows by windowStart, ground-truth minutes,
// the pipeline, processor instances, the catalog and the chosen range. Panels read it; the
// connection and main.js write it. Each change is announced with its kind, so that only the
// panels that read that kind render again.

import { MINUTE_MS, array, count, instant, object } from './format.js';

/** Kept per kind: an hour of history with room for a reconnect's overlap. */
const MAX_MINUTES = 180;

export const RANGES = [5, 15, 60];

export class Store {
  constructor() {
    /** windowStart (ms) -> { start, final, rebuilt, updated, raw } with raw the window's JSON. */
    this.windows = new Map();
    /** windowStart (ms) -> { start, final, raw } with raw the generator.truth JSON. */
    this.truth = new Map();
    /** The latest /api/pipeline object, or null. */
    this.pipeline = null;
    /** instanceId -> its latest status record. */
    this.instances = new Map();
    /** game id -> { title, genre } from /api/catalog. */
    this.catalog = new Map();
    this.range = 15;
    this.connection = { state: 'connecting', lastMessageAt: 0 };
    this.listeners = [];
  }

  /** Calls listener(kind) after every change of that kind. */
  subscribe(listener) {
    this.listeners.push(listener);
  }

  changed(kind) {
    for (const listener of this.listeners) {
      listener(kind);
    }
  }

  /**
   * A window as the server holds it. The server alone decides which record of a window
   * counts (docs/dashboard.md) and sends a window only when that changed, in order, so the
   * latest event is the one to show: the page does not repeat the rule.
   */
  applyWindow(json) {
    const start = instant(json.windowStart);
    if (start === null) {
      return;
    }
    this.windows.set(start, { start, final: json.final === true, rebuilt: json.rebuilt === true, updated: instant(json.updatedAt) || 0, raw: json });
    trim(this.windows);
    this.changed('windows');
  }

  /** A minute of ground truth as the server holds it; as with windows, the latest wins. */
  applyTruth(json) {
    const start = instant(json.windowStart);
    if (start === null) {
      return;
    }
    this.truth.set(start, { start, final: json.final === true, raw: json });
    trim(this.truth);
    this.changed('truth');
  }

  /** The whole pipeline: it lists every instance there is, so it replaces them. */
  applyPipeline(json) {
    this.pipeline = object(json);
    this.instances = new Map(array(this.pipeline.instances)
      .filter((status) => typeof object(status).instanceId === 'string')
      .map((status) => [status.instanceId, status]));
    this.changed('pipeline');
    this.changed('instances');
  }

  /** A status event: an instance reported ({status}) or is gone ({removed}). */
  applyStatus(json) {
    const change = object(json);
    if (typeof change.instanceId !== 'string') {
      return;
    }
    if (change.status !== null && typeof change.status === 'object') {
      this.instances.set(change.instanceId, change.status);
    }
    else {
      this.instances.delete(change.instanceId);
    }
    this.changed('instances');
  }

  applyCatalog(json) {
    this.catalog = new Map(array(object(json).games)
      .filter((game) => typeof object(game).id === 'string')
      .map((game) => [game.id, { title: String(game.title ?? game.id), genre: String(game.genre ?? '') }]));
    this.changed('catalog');
  }

  setRange(minutes) {
    this.range = minutes;
    this.changed('range');
  }

  setConnection(state) {
    this.connection.state = state;
    this.changed('connection');
  }

  heard() {
    this.connection.lastMessageAt = Date.now();
  }

  /** The newest window held, or undefined. */
  newest() {
    let newest;
    for (const window of this.windows.values()) {
      if (newest === undefined || window.start > newest.start) {
        newest = window;
      }
    }
    return newest;
  }

  /**
   * The `minutes` minute starts ending at the newest window, oldest first: the x axis of
   * the charts. Empty while there is no window.
   */
  minutes(minutes) {
    const newest = this.newest();
    if (newest === undefined) {
      return [];
    }
    const starts = [];
    for (let i = minutes - 1; i >= 0; i--) {
      starts.push(newest.start - i * MINUTE_MS);
    }
    return starts;
  }

  /** The windows of the chosen range (the last `range` minutes up to the newest window). */
  windowsInRange(minutes = this.range) {
    return this.minutes(minutes).map((start) => this.windows.get(start)).filter((window) => window !== undefined);
  }

  /**
   * Sums a section of the windows in the range: { field: sum } over every numeric field
   * of `raw[section]`. All figures are sums, so they add up across minutes.
   */
  sumSection(section, minutes = this.range) {
    const total = {};
    for (const window of this.windowsInRange(minutes)) {
      for (const [field, value] of Object.entries(object(window.raw[section]))) {
        total[field] = (total[field] || 0) + count(value);
      }
    }
    return total;
  }

  /** Per game id, the sums of its counters over the range. */
  sumGames(minutes = this.range) {
    const games = new Map();
    for (const window of this.windowsInRange(minutes)) {
      for (const [id, counters] of Object.entries(object(window.raw.games))) {
        const sum = games.get(id) || {};
        for (const [field, value] of Object.entries(object(counters))) {
          sum[field] = (sum[field] || 0) + count(value);
        }
        games.set(id, sum);
      }
    }
    return games;
  }

  /** A game's title from the catalog; an id the catalog lacks shows as itself. */
  title(id) {
    const game = this.catalog.get(id);
    return game !== undefined ? game.title : id;
  }
}

function trim(byStart) {
  while (byStart.size > MAX_MINUTES) {
    byStart.delete(Math.min(...byStart.keys()));
  }
}
