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
  /** 0–1: how specific the cue was, hand-set per frame (not an input of the confidence model: it did not help). */
  cueStrength: number;
  /** The frame that read the claim (set by frames.ts); a feature of the confidence model. */
  frame?: FrameName;
}

/** The frame modules, as frames.ts names them on the claims they read. */
export type FrameName =
  | 'elliptical'
  | 'correlation'
  | 'variation'
  | 'discrimination'
  | 'treatment'
  | 'comparative'
  | 'directedParts'
  | 'colonMembers'
  | 'difference'
  | 'prevalence'
  | 'riskFactor'
  | 'valueContrast'
  | 'groupChanges'
  | 'changeContrast';

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
  /** The sentence opens with the group it is about ("In male patients, …"): every clause of it speaks of that group. */
  opensWithGroup: boolean;
  /** The sex the sentence names first ("both men and women …, similar in the two sexes"), or null: none named. */
  firstSex: 'female' | 'male' | null;
}
