// `vite` serves the example (API proxied to `npm start` on :8080); `vite build`
// bundles it. CI builds it in the consumer test (test/consumer/run.mjs), copied into a
// project with the packed tarballs installed; here (`npm run examples:build`) the
// workspace packages resolve to their built dist/ (`npm run build` first), not to src/.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    vue({
      template: {
        // <yw-*> are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('yw-') },
      },
    }),
  ],
  resolve: { conditions: ['browser', 'module', 'import', 'default'] },
  build: { outDir: 'dist', emptyOutDir: true, target: ['chrome87', 'safari14', 'firefox90'], reportCompressedSize: false },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
