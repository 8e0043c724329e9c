import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Serialises an element's shadow DOM for a snapshot: lit's comment markers removed, Plot's
 * generated class names made stable, numbers rounded to 2 decimals, one tag per line.
 */
function normalise(root: ShadowRoot | Element): string {
  const html = root instanceof ShadowRoot ? root.innerHTML : root.outerHTML;
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/plot-[0-9a-f]{6}/g, 'plot')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/>\s+</g, '><')
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

/**
 * Compares the normalised shadow DOM of an element with the committed snapshot
 * `__snapshots__/<name>.html` beside the test, failing with the path of the `-changed` file.
 *
 * @example
 * await matchSnapshot('household-card-zh', el);
 */
export async function matchSnapshot(name: string, element: Element): Promise<void> {
  const content = normalise(element.shadowRoot ?? element);
  const result = await executeServerCommand<{ ok: boolean; message?: string }, unknown>(
    'sw-snapshot',
    { name, content },
  );
  if (!result.ok) throw new Error(result.message ?? 'snapshot command failed');
}
