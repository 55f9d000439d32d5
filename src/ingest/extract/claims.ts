// What a clause frame yields: claims (subject, relation, object, comparator) and the group the clause is about.
// Shared by the frame modules (correlation.ts, difference.ts, …) and their dispatcher (frames.ts).

import type { EntityRef, Relation, Sign } from '../record.ts';
import type { EntityMention } from './entities.ts';
import type { LexiconEntry } from './lexicon.ts';

export interface Claim {
  subject: EntityMention;
  relation: Relation;
  sign: Sign | null;
  object: EntityRef;
  /** Set when the object is a measure rather than a group (correlations, associations). */
  objectMention: EntityMention | null;
  comparator: string | null;
  /** The group the claim holds in when the clause names one apart from the comparison (correlations). */
  population?: string | null;
  /** 0–1 before entity adjustments: how specific the cue was. */
  cueStrength: number;
  /** The frame that read the claim (set by frames.ts); a feature of the confidence model. */
  frame?: FrameName;
}

export const FRAME_NAMES = [
  'elliptical',
  'correlation',
  'variation',
  'discrimination',
  'treatment',
  'comparative',
  'directedParts',
  'colonMembers',
  'difference',
  'prevalence',
  'valueContrast',
] as const;

export type FrameName = (typeof FRAME_NAMES)[number];

export interface ClauseResult {
  claims: Claim[];
  /** The group the clause is about, to carry to later sentences that name none. */
  group: EntityRef | null;
}

export interface SentenceContext {
  /** The sentence speaks of a treatment's before/after ("post-treatment", "after 4 IA cycles"). */
  treatment: LexiconEntry | null;
  /** Comparator implied by a time contrast ("over 18 months" → baseline). */
  timeComparator: string | null;
}
