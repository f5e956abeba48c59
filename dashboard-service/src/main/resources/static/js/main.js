// Wires the page: the store, the event stream, the catalog, and one module per panel. A
// change marks the panels that read it; they render once in the next animation frame.

import { connect } from './connection.js';
import { cartPanel } from './panels/cart.js';
import { controlPanel } from './panels/control.js';
import { eventsPanel } from './panels/events.js';
import { freshnessPanel } from './panels/freshness.js';
import { funnelPanel } from './panels/funnel.js';
import { pipelinePanel } from './panels/pipeline.js';
import { revenuePanel } from './panels/revenue.js';
import { searchPanel } from './panels/search.js';
import { trendingPanel } from './panels/trending.js';
import { truthPanel } from './panels/truth.js';
import { rangeChooser } from './range.js';
import { Store } from './store.js';

const CATALOG_RETRY_MS = 10_000;

const store = new Store();
const panels = [freshnessPanel, revenuePanel, eventsPanel, funnelPanel, cartPanel, trendingPanel, searchPanel,
  pipelinePanel, truthPanel].map((create) => create(store));

const dirty = new Set();
let scheduled = false;
store.subscribe((kind) => {
  dirty.add(kind);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(render);
  }
});

function render() {
  scheduled = false;
  const kinds = new Set(dirty);
  dirty.clear();
  for (const panel of panels) {
    if (panel.uses.some((kind) => kinds.has(kind))) {
      try {
        panel.render();
      }
      catch (error) {
        console.error('A panel failed to render', error);
      }
    }
  }
}

// texts that age ("12 s ago") change without new data
setInterval(() => panels.forEach((panel) => panel.tick?.()), 1_000);

async function loadCatalog() {
  try {
    const response = await fetch('api/catalog');
    if (!response.ok) {
      throw new Error(`${response.status}`);
    }
    store.applyCatalog(await response.json());
  }
  catch (error) {
    console.warn('Catalog not loaded yet, retrying', error);
    setTimeout(loadCatalog, CATALOG_RETRY_MS);
  }
}

rangeChooser(store);
controlPanel();
loadCatalog();
connect(store, {
  metrics: (data) => store.applyWindow(data),
  truth: (data) => store.applyTruth(data),
  pipeline: (data) => store.applyPipeline(data),
  status: (data) => store.applyStatus(data),
});
