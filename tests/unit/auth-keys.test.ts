import { describe, expect, it } from 'vitest';
import { bearerToken } from '../../src/auth/authorize.ts';
import {
  generateKey,
  grants,
  hashKey,
  hashMatches,
  isKeyId,
  KeyInputError,
  normaliseKeyInput,
  parseKey,
} from '../../src/auth/keys.ts';

describe('API key format', () => {
  it('reads egk_<16 hex id>_<64 hex secret>, the id visible without the secret', () => {
    const { id, key } = generateKey();
    expect(key).toMatch(/^egk_[0-9a-f]{16}_[0-9a-f]{64}$/);
    expect(key.startsWith(`egk_${id}_`)).toBe(true);
    expect(isKeyId(id)).toBe(true);
    expect(parseKey(key)).toEqual({ id, secret: key.slice(`egk_${id}_`.length) });
  });

  it('is random: no two keys or ids alike', () => {
    const keys = Array.from({ length: 200 }, () => generateKey());
    expect(new Set(keys.map((k) => k.key)).size).toBe(200);
    expect(new Set(keys.map((k) => k.id)).size).toBe(200);
  });

  it('rejects anything else', () => {
    const { key } = generateKey();
    for (const bad of [
      '',
      'egk_',
      key.toUpperCase(),
      `${key}0`,
      key.slice(0, -1),
      ` ${key}`,
      key.replace('egk_', 'egx_'),
      `Bearer ${key}`,
      key.replace(/_(?=[0-9a-f]{64}$)/, '-'),
    ]) {
      expect(parseKey(bad), bad).toBeNull();
    }
  });
});

describe('API key hashing', () => {
  it('stores a SHA-256 hex digest that is not the key and does not contain its secret', () => {
    const { key } = generateKey();
    const hash = hashKey(key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(parseKey(key)!.secret);
    expect(hashKey(key)).toBe(hash);
  });

  it('matches only the key it was made from', () => {
    const a = generateKey().key;
    const b = generateKey().key;
    expect(hashMatches(a, hashKey(a))).toBe(true);
    expect(hashMatches(b, hashKey(a))).toBe(false);
    // One changed digit of the secret is another key.
    const flipped = a.slice(0, -1) + (a.endsWith('0') ? '1' : '0');
    expect(hashMatches(flipped, hashKey(a))).toBe(false);
  });

  it('treats a corrupt stored hash as no match, without throwing', () => {
    const { key } = generateKey();
    expect(hashMatches(key, '')).toBe(false);
    expect(hashMatches(key, 'abc')).toBe(false);
    expect(hashMatches(key, hashKey(key).slice(0, 62))).toBe(false);
  });
});

describe('scopes and key input', () => {
  it('grants exactly the scopes the key holds: admin does not imply import', () => {
    expect(grants(['import'], 'import')).toBe(true);
    expect(grants(['admin', 'import'], 'import')).toBe(true);
    expect(grants(['admin'], 'import')).toBe(false);
    expect(grants([], 'import')).toBe(false);
    expect(grants(['import'], 'admin')).toBe(false);
  });

  it('normalises the name and scopes, and refuses unknown scopes or empty names', () => {
    expect(normaliseKeyInput('  notebook ', ['import', 'admin', 'import'])).toEqual({
      name: 'notebook',
      scopes: ['admin', 'import'],
    });
    expect(() => normaliseKeyInput(' ', ['import'])).toThrow(KeyInputError);
    expect(() => normaliseKeyInput('x'.repeat(101), ['import'])).toThrow(/at most 100/);
    expect(() => normaliseKeyInput('n', [])).toThrow(/at least one scope/);
    expect(() => normaliseKeyInput('n', ['import', 'write'])).toThrow(/unknown scope "write"/);
  });
});

describe('the Authorization header', () => {
  it('yields the bearer token, "" for another scheme, null when absent', () => {
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken('   ')).toBeNull();
    expect(bearerToken('Bearer egk_abc')).toBe('egk_abc');
    expect(bearerToken('bearer   egk_abc ')).toBe('egk_abc');
    expect(bearerToken('Basic dXNlcjpwYXNz')).toBe('');
    expect(bearerToken('Bearer')).toBe('');
    expect(bearerToken('Bearer a b')).toBe('');
  });
});
