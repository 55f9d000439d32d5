// /readyz: 200 once `ready` says so, 503 otherwise (and when it throws). Yoga's useReadinessCheck does the same but
// tests every other request's URL against a URLPattern polyfill: ~10 µs of CPU on each request (bench Q0's profile);
// here the path is compared.
import type { Plugin } from 'graphql-yoga';

export function useReadiness(path: string, ready: () => Promise<boolean>): Plugin {
  return {
    onRequest: async ({ url, endResponse, fetchAPI }) => {
      if (url.pathname !== path) return;
      const ok = await ready().catch(() => false);
      endResponse(new fetchAPI.Response(null, { status: ok ? 200 : 503 }));
    },
  };
}
