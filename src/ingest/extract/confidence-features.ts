// Features of one emitted finding for the confidence model (confidence-model.ts): which frame read it, how well its
// ends are grounded, whether its comparison group is written in its clause or inferred from the study, and the shape
// of its clause and sentence (list size, negation, length, findings). None is a word of a particular sentence, so the
// model learns what kinds of readings are right, not which sentences were. The set is small on purpose: the dev
// labels give ~110 findings read as if unseen, ~20 of them wrong, and by-study cross-validation on the tuning studies
// scored a 40-feature set (relations, entity types, head classes, cue strength, statistics, hedges, …) no better
// than a constant, and this 10-feature set best (docs/extraction.md, "Confidence").

import type { EntityRef } from '../record.ts';
import type { Claim } from './claims.ts';

/** What the extractor knew when it emitted a finding. */
export interface FindingContext {
  claim: Claim;
  clause: string;
  sentence: string;
  /** Claims the clause's frame made (its list members). */
  claimsInClause: number;
  /** Findings the sentence yielded after duplicates were dropped. */
  findingsInSentence: number;
}

/** The features' names, in the order `findingFeatures` returns their values. */
export const FEATURE_NAMES: readonly string[] = [
  'frame:difference',
  'frame:correlation',
  'subject:known',
  'subject:ontologyId',
  'object:group',
  'object:inClause',
  'clause:members',
  'clause:negation',
  'sentence:tokens',
  'sentence:findings',
];

const NEGATION = /\b(?:not|no|neither|nor|none|without|never)\b|n['’]t\b/i;
const WORD = /[\p{L}\p{N}]+/gu;
const LONG_WORD = /[\p{L}\p{N}]{3,}/gu;

/** log(1 + n): lengths and counts matter most between 1 and a few. */
function logCount(n: number): number {
  return Math.log1p(n);
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

function hasOntologyId(entity: EntityRef): boolean {
  return Object.keys(entity.xrefs ?? {}).length > 0;
}

/** Some word of the entity's names (three letters or more) is written in the text: not inferred from the study. */
function writtenIn(entity: EntityRef, text: string): boolean {
  const words = new Set(text.toLowerCase().match(LONG_WORD) ?? []);
  return [entity.name, ...(entity.synonyms ?? [])].some((name) =>
    (name.toLowerCase().match(LONG_WORD) ?? []).some((word) => words.has(word)),
  );
}

/** The feature vector of one finding, in FEATURE_NAMES order. */
export function findingFeatures(context: FindingContext): number[] {
  const { claim, clause, sentence } = context;
  return [
    flag(claim.frame === 'difference'),
    flag(claim.frame === 'correlation'),
    flag(claim.subject.known),
    flag(hasOntologyId(claim.subject.entity)),
    flag(!claim.objectMention),
    flag(writtenIn(claim.object, clause)),
    logCount(context.claimsInClause),
    flag(NEGATION.test(clause)),
    logCount(sentence.match(WORD)?.length ?? 0),
    logCount(context.findingsInSentence),
  ];
}
