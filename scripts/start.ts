/**
 * npm start: the Electron app where its binary is installed; otherwise one line saying so, then
 * browser mode from source.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runMain, serveBrowserMode } from './browser-mode';

function electronBinary(): string | null {
  // require('electron') would try to download the binary; read what its installer left instead.
  const pathFile = resolve('node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = resolve('node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function main(): Promise<void> {
  if (electronBinary()) {
    const child = spawn('npx', ['electron-vite', 'dev'], { stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  console.log('Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); starting browser mode instead.');
  await serveBrowserMode();
}

runMain(main);
