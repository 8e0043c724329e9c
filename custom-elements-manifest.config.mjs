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
  plugins: [defineElementPlugin()],
};
