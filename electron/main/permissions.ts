/**
 * Which browser permissions the app's own pages get without a prompt, and nobody else:
 * - media: the camera, for scanning QR codes;
 * - local network access (Chromium's `local-network-access`, split in newer builds into
 *   `local-network`): Stripe Terminal's smart readers sit on the shop's network and the SDK reaches
 *   them at a private address, which Chromium blocks for a file:// page unless this is granted.
 * Loopback and everything else stays denied: the Electron host talks to main over IPC, not HTTP.
 */
const GRANTED = new Set(['media', 'local-network-access', 'local-network']);

export function permissionAllowed(permission: string, requestingUrl: string, isTrustedUrl: (url: string) => boolean): boolean {
  return GRANTED.has(permission) && isTrustedUrl(requestingUrl);
}
