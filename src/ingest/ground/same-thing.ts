// Whether another name an entity carries names that same thing, and so may ground it: a variant spelling or word
// order of its name, or an abbreviation. An entity's synonyms also serve to find its mentions ("thalamus" for
// "thalamus neuroinflammation", "immune system" for "immune function"); grounding by such a name would make the
// entity the region or the system itself.

import { canonicalTokens } from './canonical-key.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { coreSurface } from './surface.ts';

/** The content words of a name's key (qualifiers, measurement words and function words set aside), sorted. */
function contentWords(name: string): string {
  return canonicalTokens(coreSurface(name))
    .map((token) => token.text)
    .filter((word) => !FUNCTION_WORDS.has(word))
    .sort()
    .join(' ');
}

/** One word with a capital letter and no space ("NKCC", "Glx", "β2AR-Ab"): an abbreviation, not a paraphrase. */
const ABBREVIATION = /^(?=\S*\p{Lu})\S{2,12}$/u;

/**
 * True when `other` names exactly what `name` names: the same content words in any order or spelling
 * ("neuroinflammation in thalamus" = "thalamus neuroinflammation", "type I muscle fibers" = "type 1 muscle fibres"),
 * or an abbreviation ("NKCC", "Glx"). A name with words added or missing names something narrower, broader or else.
 *   namesSameThing('thalamus neuroinflammation', 'thalamus') → false
 */
export function namesSameThing(name: string, other: string): boolean {
  if (ABBREVIATION.test(other.trim())) return true;
  const words = contentWords(name);
  return words !== '' && words === contentWords(other);
}
