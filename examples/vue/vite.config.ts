// `vite` serves the example (API proxied to `npm start` on :8080); `vite build`
// bundles it (CI). The workspace packages resolve to their built dist/ (`npm run build`
// first), as the installed packages would, not to their TypeScript sources.
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
