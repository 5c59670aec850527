import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's Vite config, used by electron-vite, by browser mode's dev server and by plain
 * `vite`. A factory because bundled config files do not keep their own directory.
 */
export function rendererConfig(rendererRoot: string): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(rendererRoot, '../out/renderer'),
      emptyOutDir: true,
      minify: true,
      target: 'chrome130',
      rollupOptions: {
        input: { index: resolve(rendererRoot, 'index.html'), bench: resolve(rendererRoot, 'bench.html'), 'terminal-harness': resolve(rendererRoot, 'terminal-harness.html') },
      },
    },
  };
}

export default defineConfig(rendererConfig(import.meta.dirname));
