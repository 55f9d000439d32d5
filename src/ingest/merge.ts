// Two captures of one atlas entry merge into one record (SPEC §3): a later capture never erases what an earlier
// one supplied. Captures are often cut off mid-sentence, so where one text is the start of the other the fuller
// one is kept; otherwise the earlier value stands.

import type { FindingRecord, StudyRecord, StudyTags } from './record.ts';

/** The fuller of two texts when one starts the other (a cut-off capture), else the earlier; nulls give way. */
function mergeText(earlier: string | null | undefined, later: string | null | undefined): string | null {
  if (earlier == null || earlier === '') return later ?? earlier ?? null;
  if (later == null || later === '') return earlier;
  const a = earlier.trimEnd();
  const b = later.trimEnd();
  return b.length > a.length && b.startsWith(a) ? later : earlier;
}

function mergeScalar<T>(earlier: T | null | undefined, later: T | null | undefined): T | null {
  return earlier ?? later ?? null;
}

/**
 * Union in order of first appearance, without exact duplicates. For sentence lists (`dropCutCopies`), an item
 * that is a strict prefix of another (a copy cut off by the capture) is replaced, in its own place, by the
 * longest item it starts. Names (authors, tags, topics, URLs) are kept exact: "Pain" is not a cut "Pain Scale".
 */
export function mergeList(
  earlier: readonly string[] = [],
  later: readonly string[] = [],
  { dropCutCopies = false }: { dropCutCopies?: boolean } = {},
): string[] {
  const all = [...earlier, ...later];
  const fullest = (item: string): string => {
    if (!dropCutCopies) return item;
    const stem = item.trimEnd();
    let best = item;
    for (const other of all) {
      if (other.length > best.length && other.startsWith(stem)) best = other;
    }
    return best;
  };
  const result: string[] = [];
  const seen = new Set<string>();
  for (const item of all) {
    const kept = fullest(item);
    if (!seen.has(kept)) {
      seen.add(kept);
      result.push(kept);
    }
  }
  return result;
}

function mergeTags(earlier: StudyTags | undefined, later: StudyTags | undefined): StudyTags {
  return {
    symptoms: mergeList(earlier?.symptoms, later?.symptoms),
    biomarkerClasses: mergeList(earlier?.biomarkerClasses, later?.biomarkerClasses),
    methodFlags: mergeList(earlier?.methodFlags, later?.methodFlags),
  };
}

/** Findings of both, without structural duplicates (the same claim extracted from both captures). */
function mergeFindings(earlier: readonly FindingRecord[] = [], later: readonly FindingRecord[] = []): FindingRecord[] {
  const result: FindingRecord[] = [];
  const seen = new Set<string>();
  for (const finding of [...earlier, ...later]) {
    const key = JSON.stringify(finding);
    if (!seen.has(key)) {
      seen.add(key);
      result.push(finding);
    }
  }
  return result;
}

/** The later of two ISO dates ("Last updated" only moves forward); either may be missing. */
function laterDate(earlier: string | null | undefined, later: string | null | undefined): string | null {
  if (!earlier) return later ?? null;
  if (!later) return earlier;
  return later > earlier ? later : earlier;
}

const SENTENCES = { dropCutCopies: true };

export function mergeRecords(earlier: StudyRecord, later: StudyRecord): StudyRecord {
  if (earlier.slug !== later.slug) {
    throw new Error(`mergeRecords: captures of different studies ("${earlier.slug}" and "${later.slug}") cannot merge`);
  }
  // Design and its shown label travel together: the label only explains the design it came with.
  const designFromLater = earlier.design == null && later.design != null;
  return {
    slug: earlier.slug,
    title: mergeText(earlier.title, later.title),
    authors: mergeList(earlier.authors, later.authors),
    authorsTruncated: mergeScalar(earlier.authorsTruncated, later.authorsTruncated),
    journal: mergeText(earlier.journal, later.journal),
    year: mergeScalar(earlier.year, later.year),
    doi: mergeScalar(earlier.doi, later.doi),
    pmid: mergeScalar(earlier.pmid, later.pmid),
    evidenceLevel: mergeScalar(earlier.evidenceLevel, later.evidenceLevel),
    confidence: mergeScalar(earlier.confidence, later.confidence),
    pemCriterion: mergeScalar(earlier.pemCriterion, later.pemCriterion),
    design: designFromLater ? later.design! : (earlier.design ?? null),
    designLabel: designFromLater ? (later.designLabel ?? null) : (earlier.designLabel ?? null),
    peerReviewed: mergeScalar(earlier.peerReviewed, later.peerReviewed),
    reviewStatus: mergeScalar(earlier.reviewStatus, later.reviewStatus),
    sampleSize: mergeScalar(earlier.sampleSize, later.sampleSize),
    sampleSizeText: mergeText(earlier.sampleSizeText, later.sampleSizeText),
    controlGroup: mergeScalar(earlier.controlGroup, later.controlGroup),
    summary: mergeText(earlier.summary, later.summary),
    whyItMatters: mergeText(earlier.whyItMatters, later.whyItMatters),
    doesNotProve: mergeText(earlier.doesNotProve, later.doesNotProve),
    evidenceLevelText: mergeText(earlier.evidenceLevelText, later.evidenceLevelText),
    observedFindings: mergeList(earlier.observedFindings, later.observedFindings, SENTENCES),
    inferredConclusions: mergeList(earlier.inferredConclusions, later.inferredConclusions, SENTENCES),
    remainingQuestions: mergeList(earlier.remainingQuestions, later.remainingQuestions, SENTENCES),
    relatedStudies: mergeList(earlier.relatedStudies, later.relatedStudies),
    topics: mergeList(earlier.topics, later.topics),
    lastUpdated: laterDate(earlier.lastUpdated, later.lastUpdated),
    // A retraction seen in any capture stands.
    retracted: Boolean(earlier.retracted || later.retracted),
    sourceUrls: mergeList(earlier.sourceUrls, later.sourceUrls),
    tags: mergeTags(earlier.tags, later.tags),
    findings: mergeFindings(earlier.findings, later.findings),
  };
}
