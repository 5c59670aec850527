import { app, session, shell, type WebContents } from 'electron';
import { permissionAllowed } from './permissions';

/** Our pages only: under the renderer's base URL (the built folder, or the dev server). */
export function trustedUrlCheck(rendererBaseUrl: string): (url: string) => boolean {
  const base = rendererBaseUrl.endsWith('/') ? rendererBaseUrl : `${rendererBaseUrl}/`;
  return (url) => url.startsWith(base);
}

/**
 * No navigation away from the app, no new windows, and only the permissions permissions.ts lists
 * (camera, smart readers on the shop's network), for our own pages. External links open in the
 * system browser.
 */
export function lockDown(isTrustedUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl, isTrustedUrl));
  });
  session.defaultSession.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
    permissionAllowed(permission, contents?.getURL() ?? requestingOrigin, isTrustedUrl),
  );
  app.on('web-contents-created', (_event, contents) => guard(contents, isTrustedUrl));
}

function guard(contents: WebContents, isTrustedUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
