import { describe, expect, it } from 'vitest';
import { permissionAllowed } from '../../../electron/main/permissions';

const ours = (url: string) => url.startsWith('file:///opt/referral-pos/renderer/');
const page = 'file:///opt/referral-pos/renderer/index.html';

describe('permissions the app grants without asking', () => {
  it('lets our own page use the camera and reach smart card readers on the shop’s network', () => {
    for (const permission of ['media', 'local-network-access', 'local-network']) expect(permissionAllowed(permission, page, ours)).toBe(true);
  });

  it('denies them to any other page', () => {
    expect(permissionAllowed('local-network-access', 'https://evil.example/', ours)).toBe(false);
    expect(permissionAllowed('media', 'https://js.stripe.com/terminal/v1', ours)).toBe(false);
  });

  it('denies everything else, loopback included, even to our page', () => {
    for (const permission of ['loopback-network', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(permissionAllowed(permission, page, ours)).toBe(false);
  });
});
