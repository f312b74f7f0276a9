// Building DOM from parts, shared by every custom element: text goes in as text nodes, never parsed as HTML.

/** An element with classes and children; strings become text nodes. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A link with its text; `href` is always built by the site, never taken from a paste or a URL as is. */
export function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  return anchor;
}
