// Computed vs expected, per minute: the processor's window (analytics.metrics) against the
// generator's ground truth (generator.truth), with each difference explained: the window is
// still open, events came too late and were dropped, poison pills went to the dead-letter
// topic (in neither count), or, if none of these explains it, a mismatch.

import { byId, el, figure, setText } from '../dom.js';
import { count, fmt, object } from '../format.js';

const MINUTES = 15;

export function truthPanel(store) {
  const body = byId('truth-body');
  const figures = byId('truth-figures');
  const agreeing = figure(figures, 'Closed minutes that agree', 'truth-agree');
  const late = figure(figures, 'Dropped as late', 'truth-late');

  return {
    uses: ['windows', 'truth'],
    render() {
      const starts = [...new Set([...store.windows.keys(), ...store.truth.keys()])].sort((a, b) => b - a).slice(0, MINUTES);
      if (starts.length === 0) {
        body.replaceChildren(el('tr', { className: 'empty-row' }, el('td', { attrs: { colspan: 7 }, text: 'no minute yet' })));
        return;
      }
      const rows = starts.map((start) => compare(start, store.windows.get(start), store.truth.get(start)));
      body.replaceChildren(...rows.map(row));
      const closed = rows.filter((r) => r.closed);
      setText(agreeing.value, closed.length === 0 ? '–' : `${closed.filter((r) => r.verdict === 'agree').length} of ${closed.length}`);
      setText(agreeing.detail, `closed minutes among the last ${MINUTES}`);
      const dropped = starts.reduce((sum, start) => sum + count(object(store.windows.get(start)?.raw.late).dropped), 0);
      setText(late.value, fmt.int(dropped));
      setText(late.detail, `events (late.dropped) in the last ${MINUTES} min`);
    },
  };
}

/** One minute compared: the figures and a verdict with its explanation. */
function compare(start, window, truth) {
  const computed = window ? window.raw : null;
  const expected = truth ? truth.raw : null;
  const result = { start, computed, expected, closed: false, rebuilt: window !== undefined && window.rebuilt };
  if (!expected) {
    return { ...result, verdict: 'no-truth', why: 'no ground truth for this minute (was the generator running?)' };
  }
  if (!computed) {
    return { ...result, verdict: 'open', why: truth.final ? 'nothing computed yet: is the processor running?' : 'window still open: not computed yet' };
  }
  const open = !window.final || !truth.final;
  const missing = total(expected) - total(computed);
  const same = missing === 0 && sameFields(expected, computed);
  const notes = [];
  if (count(expected.poisonPills) > 0) {
    notes.push(`${fmt.int(count(expected.poisonPills))} poison pills dead-lettered (in neither count)`);
  }
  if (count(expected.duplicates) > 0) {
    notes.push(`${fmt.int(count(expected.duplicates))} duplicates counted once`);
  }
  const closedResult = { ...result, closed: !open };
  if (same) {
    return { ...closedResult, verdict: open ? 'open' : 'agree', why: [open ? 'agrees so far; still open' : '✓ agrees', ...notes].join(' · ') };
  }
  if (open) {
    return { ...closedResult, verdict: 'open', why: ['window still open: figures still arriving', ...notes].join(' · ') };
  }
  if (missing > 0 && count(expected.late) >= missing) {
    return { ...closedResult, verdict: 'late', why: [`${fmt.int(missing)} events missing: ${fmt.int(count(expected.late))} of this minute were sent late; those past the grace period were dropped (late.dropped of a later window)`, ...notes].join(' · ') };
  }
  return { ...closedResult, verdict: 'mismatch', why: [`unexplained difference of ${fmt.int(missing)} events`, ...notes].join(' · ') };
}

function total(raw) {
  return Object.values(object(raw.events)).reduce((sum, n) => sum + count(n), 0);
}

function sameFields(expected, computed) {
  return count(expected.revenueCents) === count(computed.revenueCents)
    && count(expected.orders) === count(computed.orders)
    && sameCounts(expected.events, computed.events)
    && sameCounts(expected.funnel, computed.funnel);
}

function sameCounts(a, b) {
  const keys = new Set([...Object.keys(object(a)), ...Object.keys(object(b))]);
  return [...keys].every((key) => count(object(a)[key]) === count(object(b)[key]));
}

function row(r) {
  const cell = (text, className = 'num') => el('td', { className, text });
  return el('tr', { dataset: { verdict: r.verdict, minute: new Date(r.start).toISOString() } },
    el('th', { attrs: { scope: 'row' } }, fmt.minuteRange(r.start), r.rebuilt ? rebuiltMark() : null),
    cell(r.computed ? fmt.int(total(r.computed)) : '–'),
    cell(r.expected ? fmt.int(total(r.expected)) : '–'),
    cell(r.computed ? fmt.cents(count(r.computed.revenueCents)) : '–'),
    cell(r.expected ? fmt.cents(count(r.expected.revenueCents)) : '–'),
    cell(`${r.computed ? fmt.int(count(r.computed.orders)) : '–'} / ${r.expected ? fmt.int(count(r.expected.orders)) : '–'}`),
    el('td', { className: `verdict verdict-${r.verdict}`, text: r.why }));
}

// The processor published this minute's final figures again: a replay rebuilt it.
function rebuiltMark() {
  return el('span', { className: 'badge rebuilt', text: 'rebuilt', title: 'final figures published again by a replay of the processor; they replace the earlier ones' });
}
