// The response cache's settings from the environment: defaults, overrides, 0 turns it off, bad values stop start-up.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RESPONSE_CACHE,
  responseCacheFromEnv,
  responseCachePlugins,
} from '../../src/plugins/response-cache.ts';

describe('response cache options', () => {
  it('defaults when unset, and takes whole numbers from the environment', () => {
    expect(responseCacheFromEnv({})).toEqual(DEFAULT_RESPONSE_CACHE);
    expect(
      responseCacheFromEnv({
        EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS: '5000',
        EVIDENCE_GRAPH_RESPONSE_CACHE_MAX_BYTES: '1024',
      }),
    ).toEqual({
      ttlMs: 5000,
      maxBytes: 1024,
    });
  });

  it('is off (no plugin) with a TTL of 0', () => {
    expect(responseCachePlugins(responseCacheFromEnv({ EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS: '0' }))).toEqual([]);
    expect(responseCachePlugins(DEFAULT_RESPONSE_CACHE).length).toBeGreaterThan(0);
  });

  it('refuses what is not a whole number, naming the variable', () => {
    expect(() => responseCacheFromEnv({ EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS: '-1' })).toThrow(
      'EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS must be a whole number, got "-1"',
    );
    expect(() => responseCacheFromEnv({ EVIDENCE_GRAPH_RESPONSE_CACHE_MAX_BYTES: '1.5' })).toThrow(
      /MAX_BYTES must be a whole number/,
    );
  });
});
