// Small text helpers the parts of the page reader share.

export const DOI_PATTERN = /\b(10\.\d{4,9}\/[^\s"<>{}]+)/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function stripBullet(text: string): string {
  return text.replace(/^(?:[-•*–]|\d+[.)])\s+/, '').trim();
}

/** True when `fragment` is the start of one of `candidates` but not the whole of it (a capture cut mid-line). */
export function isStrictPrefixOfAny(fragment: string, candidates: Iterable<string>): boolean {
  for (const candidate of candidates) if (candidate !== fragment && candidate.startsWith(fragment)) return true;
  return false;
}
