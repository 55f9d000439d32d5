// Features of one emitted finding for the confidence model (confidence-model.ts): how it was read (frame, cue
// strength, relation), how well its ends are grounded and what they are (type, head class, length), and the shape of
// its clause and sentence (list size, statistics, negation, hedging). None is a word of a particular sentence, so
// the model learns what kinds of readings are right, not which sentences were.

import { classifyHead } from '../ground/index.ts';
import type { EntityRef, FindingRecord } from '../record.ts';
import { FRAME_NAMES, type Claim, type FrameName } from './claims.ts';
import type { EntityMention } from './entities.ts';
import { parseStatistics } from './statistics.ts';

/** What the extractor knew when it emitted a finding. */
export interface FindingContext {
  claim: Claim;
  finding: FindingRecord;
  clause: string;
  sentence: string;
  /** Claims the clause's frame made (its list members). */
  claimsInClause: number;
  /** Findings the sentence yielded after duplicates were dropped. */
  findingsInSentence: number;
  /** Clauses the sentence was split into. */
  clausesInSentence: number;
  /** The sentence contrasts time points (a change over time, not a difference between groups). */
  timeContrast: boolean;
}

// Frames that read few findings share one feature: too rare to learn a weight of their own.
const FRAME_GROUPS: Record<FrameName, string> = {
  elliptical: 'elliptical',
  correlation: 'correlation',
  variation: 'other',
  discrimination: 'other',
  treatment: 'treatment',
  comparative: 'other',
  directedParts: 'list',
  colonMembers: 'list',
  difference: 'difference',
  prevalence: 'other',
  valueContrast: 'other',
};
const FRAME_FEATURES = [...new Set(FRAME_NAMES.map((name) => FRAME_GROUPS[name]))].filter((g) => g !== 'other');

const RELATIONS = [
  'ELEVATED_IN',
  'REDUCED_IN',
  'NOT_DIFFERENT_IN',
  'CORRELATES_WITH',
  'NOT_CORRELATED_WITH',
  'DISCRIMINATES',
] as const;
const TYPES = ['Biomarker', 'Measure', 'Symptom', 'Condition'] as const;

/** The features' names, in the order `findingFeatures` returns their values. */
export const FEATURE_NAMES: readonly string[] = [
  ...FRAME_FEATURES.map((g) => `frame:${g}`),
  'cueStrength',
  ...RELATIONS.map((r) => `relation:${r}`),
  'subject:known',
  'subject:ontologyId',
  'subject:broaderOnly',
  ...TYPES.map((t) => `subject:type:${t}`),
  'subject:head:pattern',
  'subject:head:noun',
  'subject:head:shape',
  'subject:tokens',
  'subject:ownCue',
  'subject:ownP',
  'object:group',
  'object:known',
  'object:ontologyId',
  'object:tokens',
  'object:inClause',
  'comparator',
  'population',
  'clause:members',
  'clause:statistic',
  'clause:negation',
  'clause:hedge',
  'sentence:tokens',
  'sentence:findings',
  'sentence:clauses',
  'sentence:timeContrast',
];

const NEGATION = /\b(?:not|no|neither|nor|none|without|never)\b|n['’]t\b/i;
const HEDGE = /\b(?:may|might|could|possibly|trend(?:ed|s)?|tended|appeared|suggest(?:s|ed|ing|ive)?|borderline)\b/i;

function tokenCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** log(1 + n): lengths and counts matter most between 1 and a few. */
function logCount(n: number): number {
  return Math.log1p(n);
}

/** Some word of the entity's names (three letters or more) is written in the text: not inferred from the study. */
function writtenIn(entity: EntityRef, text: string): boolean {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  return [entity.name, ...(entity.synonyms ?? [])].some((name) =>
    (name.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).some((word) => words.has(word)),
  );
}

function hasOntologyId(entity: EntityRef): boolean {
  return Object.keys(entity.xrefs ?? {}).length > 0;
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

function oneHot<T extends string>(values: readonly T[], value: string | undefined): number[] {
  return values.map((v) => flag(v === value));
}

function mentionFeatures(mention: EntityMention): number[] {
  const entity = mention.entity;
  const head = mention.known ? null : classifyHead(entity.name);
  return [
    flag(mention.known),
    flag(hasOntologyId(entity)),
    flag(!hasOntologyId(entity) && !!entity.broadMatch),
    ...oneHot(TYPES, entity.type),
    flag(head?.basis === 'pattern'),
    flag(head?.basis === 'head'),
    flag(head?.basis === 'shape'),
    logCount(tokenCount(entity.name)),
    flag(!!mention.leadingCue),
    flag(!!mention.pValue),
  ];
}

/** The feature vector of one finding, in FEATURE_NAMES order. */
export function findingFeatures(context: FindingContext): number[] {
  const { claim, finding, clause, sentence } = context;
  const stats = parseStatistics(clause);
  const object = claim.objectMention;
  const frame = claim.frame ? FRAME_GROUPS[claim.frame] : undefined;
  const values = [
    ...oneHot(FRAME_FEATURES, frame),
    claim.cueStrength,
    ...oneHot(RELATIONS, claim.relation),
    ...mentionFeatures(claim.subject),
    flag(!object),
    flag(!!object?.known),
    flag(hasOntologyId(object?.entity ?? claim.object)),
    logCount(tokenCount(claim.object.name)),
    flag(writtenIn(claim.object, clause)),
    flag(!!finding.comparator),
    flag(!!finding.population),
    logCount(context.claimsInClause),
    flag(stats.pValues.length > 0 || stats.effectSize != null || stats.ci != null),
    flag(NEGATION.test(clause)),
    flag(HEDGE.test(clause)),
    logCount(tokenCount(sentence)),
    logCount(context.findingsInSentence),
    logCount(context.clausesInSentence),
    flag(context.timeContrast),
  ];
  if (values.length !== FEATURE_NAMES.length)
    throw new Error(`confidence features: ${values.length} values for ${FEATURE_NAMES.length} names`);
  return values;
}
