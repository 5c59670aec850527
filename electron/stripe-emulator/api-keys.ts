import { redactKey, StripeApiError } from './errors';

/** A restricted key's access to one resource (the path's first segment after /v1, e.g. `customers`). */
export type KeyAccess = 'none' | 'read' | 'write';

/**
 * The keys the emulator's account has handed out. Every well-formed test key is accepted unless it
 * was revoked (deleted or rolled in the Dashboard: Stripe then answers as for an unknown key). A
 * restricted key registered with permissions may use only those resources (Stripe: GET needs read,
 * POST and DELETE need write; unlisted resources are None, as a new restricted key starts).
 */
export class ApiKeys {
  private readonly revoked = new Set<string>();
  private readonly restricted = new Map<string, Record<string, KeyAccess>>();

  revoke(key: string): void {
    this.revoked.add(key);
  }

  restrict(key: string, permissions: Record<string, KeyAccess>): void {
    if (!key.startsWith('rk_')) throw new Error('Only restricted keys (rk_…) carry permissions.');
    this.restricted.set(key, { ...permissions });
  }

  isRevoked(key: string): boolean {
    return this.revoked.has(key);
  }

  /** 403 when a restricted key lacks the permission the request needs (after authentication). */
  authorize(key: string, method: string, pathname: string, accountId: string): void {
    const permissions = this.restricted.get(key);
    if (!permissions) return;
    const resource = /^\/v1\/([^/]+)/.exec(pathname)?.[1] ?? '';
    const needed: KeyAccess = method === 'GET' ? 'read' : 'write';
    const granted = permissions[resource] ?? 'none';
    if (granted === 'write' || granted === needed) return;
    throw permissionDenied(key, accountId, permissionName(resource, needed));
  }

  reset(): void {
    this.revoked.clear();
    this.restricted.clear();
  }
}

/** Stripe names the account endpoint's permission after the KYC data it shows (stripe-node issue 2246). */
function permissionName(resource: string, access: KeyAccess): string {
  return resource === 'account' ? 'rak_accounts_kyc_basic_read' : `rak_${resource}_${access}`;
}

/** As Stripe sends it: 403, type `invalid_request_error`, no code; stripe-node raises StripePermissionError. */
function permissionDenied(key: string, accountId: string, permission: string): StripeApiError {
  const message = `The provided key '${redactKey(key)}' does not have the required permissions for this endpoint on account '${accountId}'. Having the '${permission}' permission would allow this request to continue.`;
  return new StripeApiError(403, { type: 'invalid_request_error', message }, false);
}
