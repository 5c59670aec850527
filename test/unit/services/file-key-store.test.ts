import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileKeyStore } from '../../../electron/services/stripe/file-key-store';

const KEY = 'sk_test_51CornerBakeryGoodKey0001';
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pos-key-store-'));
  path = join(dir, 'nested', 'stripe-key');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('browser mode keeps the Stripe key in a file only its user can read', () => {
  it('reads nothing before a key is stored', async () => {
    expect(await fileKeyStore(path).read()).toBeNull();
  });

  it('stores the key with the account it opens, readable and writable by its owner only', async () => {
    const store = fileKeyStore(path);
    await store.write({ secretKey: KEY, account: { id: 'acct_1', name: 'Corner Bakery' } });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await store.read()).toEqual({ secretKey: KEY, account: { id: 'acct_1', name: 'Corner Bakery' } });
  });

  it('narrows a file that existed with wider rights', async () => {
    const store = fileKeyStore(path);
    await store.write({ secretKey: KEY, account: null });
    chmodSync(path, 0o644);
    await store.write({ secretKey: KEY, account: null });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('still reads a bare key, as earlier versions stored it', async () => {
    await fileKeyStore(path).write({ secretKey: 'placeholder', account: null });
    writeFileSync(path, `${KEY}\n`);
    expect(await fileKeyStore(path).read()).toEqual({ secretKey: KEY, account: null });
  });

  it('reports a damaged record instead of sending it to Stripe as a key', async () => {
    await fileKeyStore(path).write({ secretKey: KEY, account: null });
    for (const damaged of ['{"secretKey": 42}', '{"secretKey": "sk_test_cut']) {
      writeFileSync(path, damaged);
      await expect(fileKeyStore(path).read()).rejects.toThrow('The stored Stripe key record is damaged: connect Stripe again in Settings.');
    }
  });

  it('forgets the key on disconnect', async () => {
    const store = fileKeyStore(path);
    await store.write({ secretKey: KEY, account: null });
    await store.clear();
    expect(await store.read()).toBeNull();
    expect(() => readFileSync(path)).toThrow();
  });
});
