// What one study believes after an input arrives: the stored record merged with the new one, and its findings
// decided. Pure: the loader reads the stored record, calls this, and writes only what changed.
import { EXTRACTOR, extractFindings } from './extract/index.ts';
import { mergeRecords } from './merge.ts';
import type { FindingRecord, StudyRecord } from './record.ts';
import { stableStringify } from './stable-json.ts';

/** Where a record came from: atlas page text, or a canonical JSON record (a curator's, or another tool's). */
export type RecordSource = 'page' | 'record';

const isOurs = (finding: FindingRecord) => finding.extraction.agent === EXTRACTOR.agent && !finding.extraction.curated;

function findingKey(finding: FindingRecord): string {
  return stableStringify([
    finding.statement,
    finding.subject.type,
    finding.subject.name.toLowerCase(),
    finding.relation,
    finding.sign ?? null,
    finding.object.type,
    finding.object.name.toLowerCase(),
    finding.comparator ?? null,
    finding.population ?? null,
    finding.timePoint ?? null,
  ]);
}

function uniqueFindings(findings: FindingRecord[]): FindingRecord[] {
  const byKey = new Map<string, FindingRecord>();
  // Later entries replace earlier ones of the same claim: a re-stated curated finding corrects the old one.
  for (const finding of findings) byKey.set(findingKey(finding), finding);
  return [...byKey.values()];
}

/**
 * The study's findings: our extractor's claims from the Observed Findings (always re-derived, so an extractor
 * upgrade updates them), plus findings stated by curators or other agents. Curated findings win: a sentence a
 * curator has stated findings for yields no machine finding.
 */
export function decideFindings(record: StudyRecord, stated: FindingRecord[]): FindingRecord[] {
  const kept = uniqueFindings(stated.filter((finding) => !isOurs(finding)));
  const curatedStatements = new Set(kept.filter((f) => f.extraction.curated).map((f) => f.statement));
  const observed = record.observedFindings ?? [];
  // Sentences after the last one a curator has not stated can only yield findings dropped below (a sentence's
  // findings carry it as their statement, and context flows only forward), so they are not analysed: a fully
  // curated study costs no extraction.
  let end = observed.length;
  while (end > 0 && (curatedStatements.has(observed[end - 1]!) || !observed[end - 1]!.trim())) end -= 1;
  const extracted = extractFindings({
    slug: record.slug,
    title: record.title ?? null,
    summary: record.summary ?? null,
    design: record.design ?? null,
    observedFindings: observed.slice(0, end),
  }).findings.filter((finding) => !curatedStatements.has(finding.statement));
  return [...kept, ...extracted];
}

/**
 * Merge an incoming record into the stored one. Page captures never erase what an earlier capture supplied;
 * a canonical record's values win over stored ones where both are given (that is how a curator corrects a field),
 * while lists still only grow.
 */
export function combineRecords(
  stored: StudyRecord | undefined,
  incoming: StudyRecord,
  source: RecordSource,
): StudyRecord {
  const storedFindings = stored?.findings ?? [];
  const incomingFindings = incoming.findings ?? [];
  const strip = (record: StudyRecord): StudyRecord => ({ ...record, findings: [] });
  let merged: StudyRecord;
  // A first record goes through the same merge as later ones (lists deduplicated, texts normalised), so importing
  // it again compares equal and changes nothing.
  if (!stored) merged = mergeRecords(strip(incoming), { slug: incoming.slug });
  else if (source === 'page') merged = mergeRecords(strip(stored), strip(incoming));
  else merged = mergeRecords(strip(incoming), strip(stored));
  merged.findings = decideFindings(merged, [...storedFindings, ...incomingFindings]);
  return merged;
}
