/** A child for el(): nodes as they are, strings as text nodes, and null/false for "nothing here". */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute. Event-handler attributes (on…) are refused: handlers go through addEventListener. */
  attrs?: Record<string, string>;
}

/**
 * Creates an element whose content is built only from text nodes and other elements: page data can never become
 * markup. Example: `el(document, 'p', { class: 'summary' }, digest.summary)`.
 */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`el(): refusing event-handler attribute ${name}`);
    node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}
