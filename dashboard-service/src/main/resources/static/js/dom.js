// DOM helpers. Data reaches the page only as text nodes (textContent), never as HTML, so a
// title or an id holding markup shows as the literal characters it is.

/** The element with this id; throws if the page lacks it (a mistake in index.html). */
export function byId(id) {
  const element = document.getElementById(id);
  if (element === null) {
    throw new Error(`index.html has no #${id}`);
  }
  return element;
}

/**
 * A new element. `props` may hold className, text (set as textContent), title, dataset
 * (object) and attrs (object of attributes); children are nodes or strings (as text).
 */
export function el(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  if (props.className) {
    element.className = props.className;
  }
  if (props.text !== undefined && props.text !== null) {
    element.textContent = String(props.text);
  }
  if (props.title) {
    element.title = String(props.title);
  }
  for (const [key, value] of Object.entries(props.dataset || {})) {
    element.dataset[key] = String(value);
  }
  for (const [key, value] of Object.entries(props.attrs || {})) {
    element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child !== null && child !== undefined) {
      element.append(child); // append(string) adds a text node
    }
  }
  return element;
}

/** Sets an element's text only when it changed (no needless layout). */
export function setText(element, text) {
  const value = String(text);
  if (element.textContent !== value) {
    element.textContent = value;
  }
}

/** A figure card: label, big value, detail line; returns the nodes to update. */
export function figure(container, label, key) {
  const value = el('p', { className: 'figure-value', text: '–' });
  const detail = el('p', { className: 'figure-detail' });
  const card = el('div', { className: 'figure', dataset: { figure: key } }, el('p', { className: 'figure-label', text: label }), value, detail);
  container.append(card);
  return { card, value, detail };
}
