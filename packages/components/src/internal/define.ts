/**
 * Registers an element unless the page already has one under that tag (a portal may load the
 * IIFE bundle and the ESM build side by side; the second must not throw).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
