// Findings of one Observed Findings sentence as "subject | relation | object | comparator [| p]" lines: how the
// extraction tests state what a sentence must yield.
import { extractFindings } from '../../src/ingest/extract/index.ts';

export function findingLines(
  sentence: string,
  {
    slug = 'extract-2024-test',
    title = 'A study of ME/CFS',
    summary = undefined as string | undefined,
    sign = false,
    p = false,
  } = {},
): string[] {
  return extractFindings({ slug, title, summary, observedFindings: [sentence] }).findings.map(
    (f) =>
      `${f.subject.name} | ${f.relation}${sign && f.sign ? `/${f.sign}` : ''} | ${f.object.name} | ${f.comparator ?? '-'}` +
      (p ? ` | ${f.pValue ?? '-'}` : ''),
  );
}
