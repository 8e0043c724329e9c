import { defineConfig } from 'vite';

// `npm start`: the demo portal page, served on 127.0.0.1. Workspace packages resolve to their
// TypeScript sources through the `development` export condition, so no build is needed first.
export default defineConfig({
  root: 'demo',
  resolve: { conditions: ['development', 'module', 'browser', 'development|production'] },
  // Pre-bundle the lazily loaded map library up front: discovering it on first use would make
  // Vite reload the page mid-session.
  optimizeDeps: { include: ['maplibre-gl', 'lit', 'd3', 'arquero'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
