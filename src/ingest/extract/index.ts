// Deterministic finding extraction from Observed Findings sentences. Everything it knows is data
// (data/lexicon/*.json); a sentence none of the frames understands stays unstructured and yields no claim.

import type { EntityRef, FindingRecord } from '../record.ts';
import { withAnaphoraResolved } from './anaphora.ts';
import { withCollectiveGroups } from './collective-groups.ts';
import { splitClauses } from './clauses.ts';
import { atOpeningQualifier, leadingQualifier } from './entities.ts';
import { withTitleNames } from './title-names.ts';
import { findingFeatures } from './confidence-features.ts';
import { confidenceModel, probabilityOf, type ConfidenceModel } from './confidence-model.ts';
import { analyseClause, sentenceContext, type Claim, type ClauseResult } from './frames.ts';
import {
  inferControlGroup,
  inferPatientGroups,
  inferStudySex,
  namesSex,
  sexScopeFor,
  type StudyContext,
} from './groups.ts';
import { groundEntity } from './grounding.ts';
import { lexiconEntries, scanLexicon, withStudyEntries, type LexiconEntry } from './lexicon.ts';
import { cohortConditions } from './cohort-conditions.ts';
import { MAX_ANALYSED_SENTENCE_CHARS } from './limits.ts';
import { labelledPValue, parseStatistics, significanceOfP, significanceWording, type PValue } from './statistics.ts';
import { withSharedComparator } from './shared-comparator.ts';
import { inferInterventions, inferStudyCondition } from './study-condition.ts';
import { withTimePoints } from './time-points.ts';
import { leadingTime, reportsChange, withLeadingTimes, type TimedSentence } from './leading-time.ts';
import { namedByDose, trialArms, trialControlArm, withActiveArmNames } from './trial-arms.ts';
import { withWrittenCase } from './written-case.ts';

export const EXTRACTOR = { agent: 'evidence-graph-extractor', version: '0.28.0' } as const;

export { MAX_ANALYSED_SENTENCE_CHARS } from './limits.ts';

export { resolveEntity, lookupLexicon, scanLexicon } from './lexicon.ts';
export { splitClauses } from './clauses.ts';
export { parseStatistics } from './statistics.ts';

export interface ExtractionInput {
  slug: string;
  title?: string | null;
  summary?: string | null;
  design?: string | null;
  observedFindings: string[];
}

export interface ExtractionResult {
  findings: FindingRecord[];
  /** Sentences that yielded no claim, verbatim. */
  unstructured: string[];
}

function allInterventionNames(): string[] {
  return lexiconEntries('Intervention').flatMap((e) => [e.name, ...e.synonyms]);
}

/** Groups resolved as objects (conditions, subgroups, arms) are grounded here; entity mentions already are. */
function withGrounding(entity: EntityRef): EntityRef {
  return groundEntity(entity, true, () => entity.type).entity;
}

function dedupeKey(f: FindingRecord): string {
  return [
    f.subject.name,
    f.relation,
    f.sign ?? '',
    f.object.name,
    f.comparator ?? '',
    f.population ?? '',
    f.timePoint ?? '',
  ]
    .join('|')
    .toLowerCase();
}

const SYMMETRIC_ORDER: Record<string, number> = { Biomarker: 0, Measure: 1, Symptom: 2, Condition: 3 };

/**
 * A correlation (or its absence) reads the same either way round; one canonical order (biomarker before measure
 * before symptom, then by name) makes "A with B" and "B with A" from two studies one pair in the graph.
 */
function symmetricOrder(relation: string, subject: EntityRef, object: EntityRef): [EntityRef, EntityRef] {
  if (relation !== 'CORRELATES_WITH' && relation !== 'NOT_CORRELATED_WITH') return [subject, object];
  const rank = (e: EntityRef) => SYMMETRIC_ORDER[e.type] ?? 4;
  const swap =
    rank(subject) > rank(object) ||
    (rank(subject) === rank(object) && subject.name.toLowerCase() > object.name.toLowerCase());
  return swap ? [object, subject] : [subject, object];
}

/**
 * True when the sentence's one p is printed before the clause ("X correlated with A (p = 0.02) and was not related to
 * B"): it closes an earlier clause. A p printed after a clause ("A fell and B rose (p < 0.01)") may cover it.
 */
function printedBefore(sentence: string, clause: string, p: PValue): boolean {
  // The clause's end as the sentence writes it (its start may be a subject carried from an earlier clause).
  // A clause rewritten by the analysis may hold words the sentence lacks: the longest run of its last (else first)
  // up to three words that the sentence has places it.
  const words = clause.trim().split(/\s+/);
  const runs = [3, 2, 1].filter((n) => n <= words.length);
  const at =
    runs.map((n) => sentence.lastIndexOf(words.slice(-n).join(' '))).find((i) => i >= 0) ??
    runs.map((n) => sentence.indexOf(words.slice(0, n).join(' '))).find((i) => i >= 0) ??
    -1;
  return at > p.start;
}

function isNullRelation(relation: string): boolean {
  return relation === 'NOT_DIFFERENT_IN' || relation === 'NOT_CORRELATED_WITH';
}

/**
 * A p printed outside the claim's clause, or once for a clause of several claims, covers it only when it could: a
 * significant p printed elsewhere is the significant result's ("X did not differ, whereas Y stayed higher
 * (p = 0.01)"), never a null's.
 */
function borrowedP(claim: Claim, p: PValue | null): PValue | null {
  return p && isNullRelation(claim.relation) && significanceOfP(p) ? null : p;
}

function toFinding(
  statement: string,
  clause: string,
  claim: Claim,
  claimsInClause: number,
  sentencePs: PValue[],
  /** The claim's place among the clause's claims, for a series of p-values printed in their order. */
  claimIndex = 0,
  /** The sentence's p at the claim's place, when the sentence prints one p per claim. */
  seriesP: PValue | null = null,
): FindingRecord {
  const stats = parseStatistics(clause);
  // One p per claim when the member carries its own; otherwise a single p printed for the whole clause.
  const ownP = claim.subject.pValue ?? claim.objectMention?.pValue ?? null;
  const clausePs = stats.pValues;
  // A p printed once for a sentence whose clauses each make one claim belongs to all of them.
  const p =
    ownP ??
    (clausePs.length > 1 ? labelledPValue(clause, clausePs, claim.subject.entity.name) : null) ??
    // As many p-values as claims: printed in the claims' order ("p=0.006 and p=0.02, respectively", "in A (p=0.006)
    // and in B (p=0.04)").
    (clausePs.length === claimsInClause && claimsInClause > 1 ? clausePs[claimIndex]! : null) ??
    // One p for a clause of several claims is the directed one's when it is significant ("higher in A (p = 0.03), an
    // excess not seen in B").
    (clausePs.length === 1 ? (claimsInClause > 1 ? borrowedP(claim, clausePs[0]!) : clausePs[0]!) : null) ??
    borrowedP(
      claim,
      clausePs.length === 0 &&
        sentencePs.length === 1 &&
        claimsInClause === 1 &&
        !printedBefore(statement, clause, sentencePs[0]!)
        ? sentencePs[0]!
        : seriesP,
    );
  const wording = significanceWording(clause);
  const negativeRelation = isNullRelation(claim.relation);
  let significant: boolean | null = p ? significanceOfP(p) : null;
  if (wording !== null && significant === null) significant = wording;
  if (significant === null && negativeRelation && wording === false) significant = false;
  const [subject, object] = symmetricOrder(
    claim.relation,
    withGrounding(claim.subject.entity),
    withGrounding(claim.object),
  );
  return {
    statement,
    subject,
    relation: claim.relation,
    ...(claim.relation === 'CORRELATES_WITH' ? { sign: claim.sign ?? 'UNSPECIFIED' } : {}),
    object,
    comparator: claim.comparator,
    ...(claim.population ? { population: claim.population } : {}),
    pValue: p?.value ?? null,
    pComparator: p?.comparator ?? null,
    significant,
    effectSize: stats.effectSize,
    effectType: stats.effectType,
    ci: stats.ci,
    sampleSize: stats.sampleSize,
    groups: stats.groups,
    // Set by the confidence model when the finding passes the gate (gateCandidates).
    extraction: { agent: EXTRACTOR.agent, version: EXTRACTOR.version, confidence: 0, curated: false },
  };
}

/** A finding the frames read, before the precision gate, with its features for the confidence model. */
export interface Candidate {
  /** Its extraction.confidence is not yet set (0). */
  finding: FindingRecord;
  features: number[];
}

/** One Observed Findings line and the candidate findings read from it (none: it stays unstructured). */
export interface SentenceCandidates {
  statement: string;
  candidates: Candidate[];
}

/** Every finding the frames read from each sentence, before the confidence model and its gate. */
export function extractCandidates(input: ExtractionInput): SentenceCandidates[] {
  const arms = studyArms(input);
  // The disorders of the cohorts the summary counts are conditions while the study is read; the study's own condition
  // is one the lexicon knows (a cohort's disorder is a group it is compared with).
  const condition = inferStudyCondition(input);
  return withStudyEntries({ Intervention: arms.unknown, Condition: cohortConditions(input.summary) }, () =>
    extractWithArms(input, condition, arms.all),
  );
}

/**
 * The study's treatment arms: the lexicon's interventions its title or summary names, then the arms a trial names
 * that the lexicon lacks (the entries to scan for while its sentences are read).
 */
function studyArms(input: ExtractionInput): { all: LexiconEntry[]; unknown: LexiconEntry[] } {
  const known = inferInterventions(input);
  const unknown: LexiconEntry[] = [];
  const written: LexiconEntry[] = [];
  for (const arm of trialArms(input.title, input.summary)) {
    const forms = [arm.name, ...arm.synonyms];
    // (An arm named by its dose is the study's own, whatever the lexicon knows of the treatment.)
    if (!namedByDose(arm.name) && forms.some((form) => scanLexicon(form, ['Intervention']).length)) continue;
    // "hyperbaric oxygen" for the lexicon's "hyperbaric oxygen therapy": the study's wording of a known treatment.
    const shortened = known.find((entry) =>
      [entry.name, ...entry.synonyms].some((name) =>
        forms.some((form) => name.toLowerCase().startsWith(`${form.toLowerCase()} `)),
      ),
    );
    if (shortened) written.push({ ...shortened, synonyms: forms });
    else unknown.push(arm);
  }
  // "fludrocortisone 0.1 mg" and "… 0.2 mg": arms by dose replace the lexicon's one entry for their treatment.
  const dosed = unknown.filter((arm) => namedByDose(arm.name)).map((arm) => arm.name.toLowerCase());
  const undosed = known.filter(
    (entry) => !dosed.some((arm) => [entry.name, ...entry.synonyms].some((n) => arm.startsWith(`${n.toLowerCase()} `))),
  );
  return { all: [...undosed, ...unknown], unknown: [...written, ...unknown] };
}

function extractWithArms(
  input: ExtractionInput,
  condition: EntityRef,
  interventions: LexiconEntry[],
): SentenceCandidates[] {
  const interventionNames = allInterventionNames();
  const studyText = `${input.title}. ${input.summary ?? ''}`;
  const study: StudyContext = {
    condition,
    interventions,
    lastGroup: null,
    controlGroup: inferControlGroup(studyText),
    patientGroups: inferPatientGroups(studyText),
    controlArm: trialControlArm(input.title, input.summary),
  };
  const studySex = inferStudySex(studyText);
  const out: SentenceCandidates[] = [];
  const times: Omit<TimedSentence, 'findings'>[] = [];
  for (const statement of input.observedFindings) {
    const sentence = statement.trim();
    if (!sentence) continue;
    if (sentence.length > MAX_ANALYSED_SENTENCE_CHARS) {
      out.push({ statement, candidates: [] });
      times.push({ time: null, changes: [] });
      continue;
    }
    const context = sentenceContext(sentence, study, interventionNames);
    const sentencePs = parseStatistics(sentence).pValues;
    const produced: { finding: FindingRecord; claim: Claim; clause: string; claimsInClause: number }[] = [];
    let previous: ClauseResult | null = null;
    let group: EntityRef | null = null;
    const read: { clause: string; result: ClauseResult }[] = [];
    study.sentenceGroup = null;
    // A sentence of a one-sex study that names the other sex ("whereas men …") compares the sexes after all.
    study.sex = studySex && !namesSex(sentence, studySex === 'female' ? 'male' : 'female') ? studySex : null;
    // "At the distal tibia, A was lower, whereas B did not differ": the place or cells the sentence opens with
    // qualify every clause's measures.
    const qualifier = leadingQualifier(sentence);
    for (const [index, written] of splitClauses(sentence).entries()) {
      // ("In men, none of the five differed, but CXCL10 was raised": so does the sex it opens with.)
      const opening = index > 0 ? [qualifier, sexScopeFor(sentence, written)].filter(Boolean).join('') : '';
      const clause = opening
        ? written.replace(/^(\s*(?:(?:and|but|whereas|while|though|although|yet)\s+)?)/i, `$1${opening}`)
        : written;
      const analysed = analyseClause(clause, study, context, interventionNames, previous);
      if (!analysed) continue;
      const result = qualifier
        ? {
            ...analysed,
            claims: analysed.claims.map((claim) => ({
              ...claim,
              subject: atOpeningQualifier(sentence, claim.subject),
            })),
          }
        : analysed;
      previous = result;
      group ??= result.group;
      if (result.group && study.patientGroups.some((g) => g.name === result.group!.name))
        study.sentenceGroup = result.group;
      read.push({ clause, result });
    }
    study.sentenceGroup = null;
    // "reduced A and a lower B (P=0.01 and P=0.02)": as many p-values in the sentence as claims across its clauses.
    const claimsInSentence = read.reduce((n, { result }) => n + result.claims.length, 0);
    const series = claimsInSentence > 1 && sentencePs.length === claimsInSentence ? sentencePs : null;
    for (const { clause, result } of read) {
      const claimsInClause = result.claims.length;
      for (const [claimIndex, claim] of result.claims.entries()) {
        const seriesP = series?.[produced.length] ?? null;
        const finding = withWrittenCase(
          toFinding(statement, clause, claim, claimsInClause, sentencePs, claimIndex, seriesP),
          sentence,
        );
        produced.push({ finding, claim, clause, claimsInClause });
      }
    }
    const seen = new Set<string>();
    const unique = withSharedComparator(withTimePoints(sentence, sentencePs, produced)).filter(({ finding }) => {
      const key = dedupeKey(finding);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const candidates = unique.map(({ finding, claim, clause, claimsInClause }): Candidate => ({
      finding,
      features: findingFeatures({
        claim,
        clause,
        sentence,
        claimsInClause,
        findingsInSentence: unique.length,
      }),
    }));
    out.push({ statement, candidates });
    // A clause that reports a change ("had lengthened by 62 ms") has its time as comparator, not as time point.
    times.push({
      time: leadingTime(sentence),
      changes: unique.map(({ clause }) => !!context.timeComparator || reportsChange(clause)),
    });
    if (group) study.lastGroup = group;
  }
  // A measure named back by its head alone is its earlier full name; a sentence's opening time is kept on a finding
  // whose subject the entry states at another time too.
  const resolved = withFindings(out, withAnaphoraResolved);
  const timed = withFindings(resolved, (findings) =>
    withLeadingTimes(findings.map((f, i) => ({ ...times[i]!, findings: f }))),
  );
  // "improvement" in an entry about "sustained improvement": the title's fuller name is one of the measure's names.
  const titled = withFindings(timed, (findings) =>
    findings.map((row) => withActiveArmNames(withTitleNames(row, input.title), study)),
  );
  // "similar in all four groups": each subgroup of the patients the entry names.
  return withEachFindingExpanded(titled, (findings) => withCollectiveGroups(findings, study, studyText));
}

/** The sentences with their findings replaced by what `rewrite` makes of the entry's findings, sentence by sentence. */
function withFindings(
  sentences: SentenceCandidates[],
  rewrite: (findings: FindingRecord[][]) => FindingRecord[][],
): SentenceCandidates[] {
  return withEachFindingExpanded(sentences, (findings) => rewrite(findings).map((row) => row.map((f) => [f])));
}

/**
 * The sentences with each finding replaced by the findings `expand` makes of it (the entry's findings, sentence by
 * sentence), each with the candidate's features.
 */
function withEachFindingExpanded(
  sentences: SentenceCandidates[],
  expand: (findings: FindingRecord[][]) => FindingRecord[][][],
): SentenceCandidates[] {
  const expanded = expand(sentences.map(({ candidates }) => candidates.map((c) => c.finding)));
  return sentences.map((sentence, i) => ({
    ...sentence,
    candidates: sentence.candidates.flatMap((candidate, j) =>
      expanded[i]![j]!.map((finding) => ({ ...candidate, finding })),
    ),
  }));
}

/**
 * The precision gate: each candidate's extraction.confidence is the model's probability that it is right, and one
 * below the model's threshold is not emitted; a sentence left with none stays an unstructured observed finding.
 */
export function gateCandidates(
  sentences: readonly SentenceCandidates[],
  model: ConfidenceModel = confidenceModel(),
): ExtractionResult {
  const findings: FindingRecord[] = [];
  const unstructured: string[] = [];
  for (const { statement, candidates } of sentences) {
    const kept = candidates.flatMap(({ finding, features }) => {
      const probability = probabilityOf(model, features);
      if (probability < model.threshold) return [];
      const confidence = Math.round(probability * 1000) / 1000;
      return [{ ...finding, extraction: { ...finding.extraction, confidence } }];
    });
    if (kept.length) findings.push(...kept);
    else unstructured.push(statement);
  }
  return { findings, unstructured };
}

export interface ExtractionOptions {
  /** The confidence model and its gate; defaults to the shipped one (data/model/confidence.json). */
  model?: ConfidenceModel;
}

export function extractFindings(input: ExtractionInput, options: ExtractionOptions = {}): ExtractionResult {
  return gateCandidates(extractCandidates(input), options.model);
}
