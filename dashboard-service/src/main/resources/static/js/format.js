// Number, money, rate and time formats shared by every panel.

const integer = new Intl.NumberFormat('en-US');
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const clockSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

export const MINUTE_MS = 60_000;

export const fmt = {
  int: (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : integer.format(n)),
  dec: (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : decimal.format(n)),
  compact: (n) => (n === null || n === undefined ? '–' : compact.format(n)),
  cents: (cents) => (cents === null || cents === undefined ? '–' : money.format(cents / 100)),
  compactCents: (cents) => (cents === null || cents === undefined ? '–' : compactMoney.format(cents / 100)),
  /** A share; '–' when there is nothing to divide by. */
  rate: (part, whole) => (whole > 0 ? percent.format(part / whole) : '–'),
  percent: (fraction) => (fraction === null || fraction === undefined ? '–' : percent.format(fraction)),
  minute: (ms) => clock.format(ms),
  minuteRange: (ms) => `${clock.format(ms)}–${clock.format(ms + MINUTE_MS)}`,
  /** A window's state: 'final', 'final · rebuilt' (a replay published it again), or `open`. */
  finality: (window, open) => (window.final ? (window.rebuilt ? 'final · rebuilt' : 'final') : open),
  time: (ms) => clockSeconds.format(ms),
  /** How long ago, e.g. "12 s" or "3 min". */
  age: (ms) => {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 90) {
      return `${seconds} s`;
    }
    if (seconds < 90 * 60) {
      return `${Math.round(seconds / 60)} min`;
    }
    return `${decimal.format(seconds / 3600)} h`;
  },
};

/** A count from JSON: a finite number at or above zero, else 0. */
export function count(value) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : 0;
}

/** A timestamp from an RFC 3339 string in ms, or null. */
export function instant(value) {
  if (typeof value !== 'string') {
    return null;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** An object from JSON, or {} for anything else. */
export function object(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** An array from JSON, or [] for anything else. */
export function array(value) {
  return Array.isArray(value) ? value : [];
}
