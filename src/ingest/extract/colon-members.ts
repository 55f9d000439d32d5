// Members listed after a colon, each pairing a name with a figure ("similar between groups: 60-70% for virus A, 75%
// for virus B"): they stand in for the umbrella subject of the clause before the colon (rule 7).

import { splitList } from './text.ts';

const FIGURE_SPAN = String.raw`\d+(?:\.\d+)?\s*%?(?:\s*(?:[–—-]|to)\s*\d+(?:\.\d+)?\s*%?)?`;

/**
 * "<umbrella> were similar between groups: 60-70% for virus A, 75% for virus B" → the clause
 * before the colon and its members. Every item must pair a figure with a name, either way round
 * ("CMV (74-84%)"), so that a colon introducing anything else is left alone.
 */
export function colonMembers(clause: string, masked: string): { head: string; members: string[] } | null {
  const colon = masked.indexOf(':');
  if (colon <= 0) return null;
  const items = splitList(clause.slice(colon + 1));
  if (items.length < 2) return null;
  const figureFirst = new RegExp(String.raw`^${FIGURE_SPAN}(?:\s*[A-Za-zµμ/]{1,8})?\s+(?:for|in|of)\s+(.+)$`, 'i');
  const figureAfter = new RegExp(String.raw`^(.+?)\s*\(\s*${FIGURE_SPAN}[^()]*\)$`, 'i');
  const members: string[] = [];
  for (const item of items) {
    const m = figureFirst.exec(item) ?? figureAfter.exec(item);
    const name = m?.[1]?.trim();
    if (!name || name.split(/\s+/).length > 5 || /\d\s*%/.test(name)) return null;
    members.push(name);
  }
  return { head: clause.slice(0, colon), members };
}
