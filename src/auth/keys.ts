// API keys for the GraphQL mutations (SPEC §4) and `evidence-graph keys` (SPEC §5).
//
// A key reads `egk_<id>_<secret>`: 16 hex digits of id (public: it names the key in `keys list`, logs and
// `keys revoke`) and 64 hex digits (256 bits) of secret from crypto.randomBytes. Neo4j stores only
// (:ApiKey {id, hash, name, scopes, createdAt, revokedAt, lastUsedAt}); the key itself is shown once, at creation.
//
// The hash is a plain SHA-256 of the whole key. Slow, salted password hashes (bcrypt, scrypt, Argon2) exist to make
// guessing low-entropy, human-chosen passwords expensive; a 256-bit random secret cannot be guessed or looked up in
// a table whatever the hash costs, and each key is unique, so salt adds nothing. A fast hash also keeps every
// authenticated request cheap. The comparison with the stored hash is constant-time all the same.
//
// No cache: every request looks its key up, so a revocation holds from the next request on.
import crypto from 'node:crypto';
import type { Cypher } from '../db/cypher.ts';

/**
 * What a key may do; each scope stands alone (least privilege: `admin` does not imply `import`, give a key both
 * with `--scope import --scope admin`). `import`: importEntries. `admin`: reserved for administrative mutations
 * (none yet); `keys` itself is a command line tool and needs database access, not a key.
 */
export const SCOPES = ['import', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const KEY_PREFIX = 'egk_';
const ID_BYTES = 8;
const SECRET_BYTES = 32;
const KEY_PATTERN = /^egk_([0-9a-f]{16})_([0-9a-f]{64})$/;
const ID_PATTERN = /^[0-9a-f]{16}$/;
export const MAX_NAME_LENGTH = 100;
/** lastUsedAt is written at most this often per key: one write per request would be pure overhead. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ParsedKey {
  id: string;
  secret: string;
}

/** A key as listed: never its hash, never its secret. Times are ISO 8601 strings. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

export function isKeyId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** Whether a key holding `scopes` may act where `scope` is required. */
export function grants(scopes: readonly string[], scope: Scope): boolean {
  return scopes.includes(scope);
}

/** A new random key. */
export function generateKey(): { id: string; key: string } {
  const id = crypto.randomBytes(ID_BYTES).toString('hex');
  const secret = crypto.randomBytes(SECRET_BYTES).toString('hex');
  return { id, key: `${KEY_PREFIX}${id}_${secret}` };
}

/** The id and secret of a well-formed key, or null. */
export function parseKey(text: string): ParsedKey | null {
  const match = KEY_PATTERN.exec(text);
  return match ? { id: match[1]!, secret: match[2]! } : null;
}

/** The stored form of a key: SHA-256 of the whole key (id included), hex. See the comment at the top. */
export function hashKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function hashMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  // Both are SHA-256 digests; a stored value of another length is corrupt and matches nothing.
  if (expected.length !== actual.length) return false;
  return crypto.timingSafeEqual(actual, expected);
}

export class KeyInputError extends Error {
  override name = 'KeyInputError';
}

/** Trimmed name and de-duplicated, known scopes; throws KeyInputError otherwise. */
export function normaliseKeyInput(name: string, scopes: readonly string[]): { name: string; scopes: Scope[] } {
  const trimmed = name.trim();
  if (!trimmed) throw new KeyInputError('a key needs a name (who or what uses it)');
  if (trimmed.length > MAX_NAME_LENGTH) throw new KeyInputError(`a key name has at most ${MAX_NAME_LENGTH} characters`);
  if (scopes.length === 0) throw new KeyInputError(`a key needs at least one scope (${SCOPES.join(', ')})`);
  const unknown = scopes.filter((scope) => !isScope(scope));
  if (unknown.length)
    throw new KeyInputError(`unknown scope ${unknown.map((s) => `"${s}"`).join(', ')} (expected ${SCOPES.join(', ')})`);
  return { name: trimmed, scopes: [...new Set(scopes as Scope[])].sort() };
}

interface StoredKey extends ApiKeyInfo {
  hash: string;
}

function info(row: Partial<ApiKeyInfo> & { id: string }): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name ?? '',
    scopes: row.scopes ?? [],
    createdAt: row.createdAt ?? '',
    revokedAt: row.revokedAt ?? null,
    lastUsedAt: row.lastUsedAt ?? null,
  };
}

/** Create and store a key; the returned `key` is the only copy there will ever be. */
export async function createApiKey(
  cypher: Cypher,
  input: { name: string; scopes: readonly string[] },
): Promise<{ key: string; info: ApiKeyInfo }> {
  const { name, scopes } = normaliseKeyInput(input.name, input.scopes);
  const { id, key } = generateKey();
  const [row] = await cypher.write<{ key: ApiKeyInfo }>('auth/create-key', {
    id,
    hash: hashKey(key),
    name,
    scopes,
    now: new Date().toISOString(),
  });
  return { key, info: info(row!.key) };
}

export async function listApiKeys(cypher: Cypher): Promise<ApiKeyInfo[]> {
  const rows = await cypher.read<{ key: ApiKeyInfo }>('auth/list-keys');
  return rows.map((row) => info(row.key));
}

export type RevokeOutcome = 'revoked' | 'already-revoked' | 'not-found';

export async function revokeApiKey(cypher: Cypher, id: string): Promise<RevokeOutcome> {
  if (!isKeyId(id)) return 'not-found';
  const [row] = await cypher.write<{ alreadyRevoked: boolean }>('auth/revoke-key', {
    id,
    now: new Date().toISOString(),
  });
  if (!row) return 'not-found';
  return row.alreadyRevoked ? 'already-revoked' : 'revoked';
}

export type Verification = { ok: true; key: ApiKeyInfo } | { ok: false; reason: 'malformed' | 'invalid' | 'revoked' };

/**
 * Check a presented key: well-formed, known, hash equal (constant time), not revoked. A revoked key is told apart
 * from an unknown one only when its secret matches, so that answer reveals nothing to someone guessing.
 */
export async function verifyApiKey(cypher: Cypher, presented: string): Promise<Verification> {
  const parsed = parseKey(presented);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const [row] = await cypher.read<{ key: StoredKey }>('auth/key-by-id', { id: parsed.id });
  if (!row || typeof row.key.hash !== 'string' || !hashMatches(presented, row.key.hash))
    return { ok: false, reason: 'invalid' };
  const key = info(row.key);
  if (key.revokedAt) return { ok: false, reason: 'revoked' };
  const now = Date.now();
  if (!key.lastUsedAt || now - Date.parse(key.lastUsedAt) >= TOUCH_INTERVAL_MS) {
    await cypher.write('auth/touch-key', {
      id: key.id,
      now: new Date(now).toISOString(),
      since: new Date(now - TOUCH_INTERVAL_MS).toISOString(),
    });
  }
  return { ok: true, key };
}
