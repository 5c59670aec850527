import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the Electron shell asked of Electron, captured by a stand-in module. */
const seen = vi.hoisted(() => ({
  windowOptions: [] as { webPreferences: Record<string, unknown> }[],
  headerListener: null as ((details: { responseHeaders: Record<string, string[]> }, done: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | null,
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  opened: [] as string[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {};
    constructor(options: { webPreferences: Record<string, unknown> }) {
      seen.windowOptions.push(options);
    }
    once() {}
    loadFile() {
      return Promise.resolve();
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: { on: (name: string, listener: (...args: unknown[]) => void) => seen.appListeners.set(name, listener) },
    shell: { openExternal: (url: string) => (seen.opened.push(url), Promise.resolve()) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (listener: typeof seen.headerListener) => (seen.headerListener = listener) },
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
      },
    },
  };
});

const { createMainWindow } = await import('../../../electron/main/window');
const { lockDown, trustedUrlCheck } = await import('../../../electron/main/security');

function fakeContents() {
  const handlers = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, handler: (event: { preventDefault: () => void }, url?: string) => void) => handlers.set(name, handler),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    fire(name: string, url?: string): boolean {
      let prevented = false;
      handlers.get(name)!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('Electron’s security checklist, as the shell sets it', () => {
  beforeEach(() => {
    seen.windowOptions.length = 0;
    seen.opened.length = 0;
  });

  it('the window isolates the page: context isolation, sandbox, no Node integration, web security on', () => {
    createMainWindow({ kiosk: false, devServerUrl: undefined });
    expect(seen.windowOptions[0]!.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(seen.windowOptions[0]!.webPreferences).not.toHaveProperty('webviewTag', true);
  });

  it('every response carries the strict content security policy: own scripts only, no eval, no framing, no plugins', () => {
    createMainWindow({ kiosk: false, devServerUrl: undefined });
    let policy = '';
    seen.headerListener!({ responseHeaders: {} }, (r) => (policy = r.responseHeaders['Content-Security-Policy']![0]!));
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*(?!\.device)/);
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
  });

  it('denies navigation away from the app, webviews, and new windows; https links open in the system browser', () => {
    lockDown(trustedUrlCheck('file:///opt/referral-pos/out/renderer'));
    const contents = fakeContents();
    seen.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///opt/referral-pos/out/renderer/index.html#/sync')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open('https://dashboard.stripe.com/')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(seen.opened).toEqual(['https://dashboard.stripe.com/']);
  });
});
