import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Serves the renderer's pages and assets. `pageWithToken` puts the bridge token into a page so that
 * only pages this bridge served can call it.
 */
export interface Frontend {
  handle(req: IncomingMessage, res: ServerResponse, pageWithToken: (html: string) => string): Promise<void>;
  close(): Promise<void>;
}

export const TOKEN_META_NAME = 'pos-bridge-token';

export function injectTokenMeta(html: string, token: string): string {
  const meta = `<meta name="${TOKEN_META_NAME}" content="${token}" />`;
  if (!html.includes('</head>')) throw new Error('A renderer page has no </head> to carry the bridge token.');
  return html.replace('</head>', `    ${meta}\n  </head>`);
}
