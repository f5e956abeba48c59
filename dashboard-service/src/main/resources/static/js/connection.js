// The one event stream of the page: GET api/stream (server-sent events). EventSource
// reconnects by itself after a dropped connection and sends Last-Event-ID; when it gives
// up (an error response) or the heartbeats stop, a new one is opened with a back-off.
// States: connecting (never live yet), live, reconnecting.

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 15_000;

/**
 * Opens the stream and hands every event's parsed data to `handlers[eventName]`, keeping
 * store.connection up to date.
 */
export function connect(store, handlers) {
  let source = null;
  let everLive = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer = null;
  let heartbeatMs = 15_000;

  const open = () => {
    clearTimeout(retryTimer);
    store.setConnection(everLive ? 'reconnecting' : 'connecting');
    source = new EventSource('api/stream');
    source.onopen = () => {
      everLive = true;
      retryMs = FIRST_RETRY_MS;
      store.heard();
      store.setConnection('live');
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        reopenLater();
      }
      else {
        // the browser retries on its own, resending Last-Event-ID
        store.setConnection(everLive ? 'reconnecting' : 'connecting');
      }
    };
    const received = () => {
      store.heard();
      if (store.connection.state !== 'live') {
        store.setConnection('live');
      }
    };
    for (const [name, handle] of Object.entries(handlers)) {
      source.addEventListener(name, (event) => {
        received();
        let data;
        try {
          data = JSON.parse(event.data);
        }
        catch (error) {
          console.warn(`Skipped a ${name} event that is not JSON`, error);
          return;
        }
        handle(data);
      });
    }
    source.addEventListener('heartbeat', (event) => {
      received();
      try {
        const interval = Number(JSON.parse(event.data).intervalMillis);
        if (Number.isFinite(interval) && interval > 0) {
          heartbeatMs = interval;
        }
      }
      catch (error) {
        // a heartbeat without usable data still says the stream is alive
      }
    });
  };

  const reopenLater = () => {
    if (source !== null) {
      source.close();
      source = null;
    }
    store.setConnection(everLive ? 'reconnecting' : 'connecting');
    clearTimeout(retryTimer);
    retryTimer = setTimeout(open, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  // A stream can die without an error (a sleeping laptop, a dropped proxy): heartbeats tell.
  setInterval(() => {
    const silentFor = Date.now() - store.connection.lastMessageAt;
    if (store.connection.state === 'live' && silentFor > 2 * heartbeatMs + 5_000) {
      reopenLater();
    }
  }, 1_000);

  open();
}
