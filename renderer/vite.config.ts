import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname);

/** The renderer's Vite config: used by electron-vite and by browser mode alike. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(root, '../out/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: {
      input: { index: resolve(root, 'index.html'), bench: resolve(root, 'bench.html') },
    },
  },
});
