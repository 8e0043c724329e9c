// custom-elements.json for @shouwang/components, generated from each element's class header
// (@summary, @event, @slot, @csspart, @cssproperty).

/** Elements register through `defineElement('sw-x', SwX)`; teach the analyzer that call. */
function defineElementPlugin() {
  return {
    name: 'shouwang-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag)) return;
      const className = element.getText();
      const declaration = moduleDoc.declarations?.find((d) => d.name === className);
      if (declaration) {
        declaration.tagName = tag.text;
        declaration.customElement = true;
      }
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: className, module: moduleDoc.path },
      });
    },
  };
}

/**
 * The analyzer also lists each `dispatchEvent(new SwXEvent(…))` as a nameless event beside the
 * documented `@event`, and internal `{ state: true }` properties as attributes: drop both.
 */
function publicApiOnlyPlugin() {
  return {
    name: 'shouwang-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const internal = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !internal.has(attribute.fieldName),
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    '**/*.test.ts',
    '**/*.fixtures.ts',
    '**/*.styles.ts',
    '**/maplibre-loader*.ts',
    '**/map-style.ts',
    '**/geometry.ts',
    '**/events/**',
    '**/i18n/**',
    '**/internal/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [defineElementPlugin(), publicApiOnlyPlugin()],
};
