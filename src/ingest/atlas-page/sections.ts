// The page body: the sections under their headings, or a compact rendering's bare paragraphs (no headings: summary,
// why it matters and does-not-prove, in that order, true of every sample). Stops at the closing boilerplate.
import { MAX_ANALYSED_SENTENCE_CHARS } from '../extract/limits.ts';
import type { StudyRecord, StudyTags } from '../record.ts';
import { BOILERPLATE_STARTS, isBoilerplateStart } from './boilerplate.ts';
import { warn, type Line, type ReaderContext } from './diagnostics.ts';
import { parseMetadata } from './metadata.ts';
import { parseTagLine } from './tags.ts';
import { isStrictPrefixOfAny, stripBullet, wordCount } from './text.ts';

type ProseField = 'summary' | 'whyItMatters' | 'doesNotProve';
type ListField = 'observedFindings' | 'inferredConclusions' | 'remainingQuestions' | 'relatedStudies' | 'topics';
type SectionKind = { prose: ProseField } | { list: ListField } | { tags: true } | { metadata: true };

const SECTIONS: ReadonlyMap<string, SectionKind> = new Map<string, SectionKind>([
  ['Quick Summary', { prose: 'summary' }],
  ['Why It Matters', { prose: 'whyItMatters' }],
  ['Observed Findings', { list: 'observedFindings' }],
  ['Inferred Conclusions', { list: 'inferredConclusions' }],
  ['Remaining Questions', { list: 'remainingQuestions' }],
  ['What This Study Does Not Prove', { prose: 'doesNotProve' }],
  ['Related Studies', { list: 'relatedStudies' }],
  ['Topics', { list: 'topics' }],
  ['Tags', { tags: true }],
  ['Metadata', { metadata: true }],
]);
const SECTION_BY_LOWER = new Map([...SECTIONS].map(([heading, kind]) => [heading.toLowerCase(), { heading, kind }]));

// Opening words of a "What this study does not prove" paragraph, for compact pages.
const DOES_NOT_PROVE_OPENING =
  /^[^.]{0,80}\b(?:does not|do not|did not|cannot|can not|can't)\s+(?:prove|establish|show|demonstrate|determine|provide|evaluate|rule out)\b/i;

export function isSectionHeading(text: string): boolean {
  return SECTION_BY_LOWER.has(text.toLowerCase());
}

/** The capture's cut-off last line when it is only the start of a heading or of a boilerplate line. */
function isCutStructuralLine(text: string): boolean {
  return isStrictPrefixOfAny(text, SECTIONS.keys()) || isStrictPrefixOfAny(text, BOILERPLATE_STARTS);
}

/** What the body held, for the page assembly: whether it had any entry content, and where the boilerplate starts. */
export interface Body {
  lead: Line[];
  sawHeading: boolean;
  sawProse: boolean;
  /** Index (into the page's lines) of the first boilerplate line; the number of lines when there is none. */
  boilerplateFrom: number;
  /** The page got as far as its boilerplate or its Metadata section: its text is not cut off. */
  reachedEnd: boolean;
}

/** Reads lines[from…] up to the boilerplate into `fields` (prose, lists, tags, metadata). */
export function readBody(
  lines: Line[],
  from: number,
  fields: Partial<StudyRecord> & { tags: StudyTags },
  context: ReaderContext,
): Body {
  const lead: Line[] = [];
  const prose: Partial<Record<ProseField, Line[]>> = {};
  const lists: Partial<Record<ListField, string[]>> = {};
  const metadataLines: Line[] = [];
  const tagLines: Line[] = [];
  let section: SectionKind | undefined;
  let sawHeading = false;
  let boilerplateFrom = lines.length;
  for (let i = from; i < lines.length; i++) {
    const current = lines[i]!;
    if (isBoilerplateStart(current.text)) {
      boilerplateFrom = i;
      break;
    }
    const heading = SECTION_BY_LOWER.get(current.text.toLowerCase());
    if (heading) {
      section = heading.kind;
      sawHeading = true;
      continue;
    }
    const isLast = current.line === context.lastLine;
    if (isLast && isCutStructuralLine(current.text)) {
      warn(context, current.line, `dropped "${current.text}": the capture ends inside a heading`);
      continue;
    }
    if (section && ('tags' in section || 'metadata' in section)) {
      ('tags' in section ? tagLines : metadataLines).push(current);
      continue;
    }
    const content = section && 'list' in section ? stripBullet(current.text) : current.text;
    if (isLast && wordCount(content) < 3) {
      warn(context, current.line, `dropped "${current.text}": the capture ends mid-word there`);
      continue;
    }
    if (!section) lead.push(current);
    else if ('prose' in section) (prose[section.prose] ??= []).push(current);
    else if ('list' in section) {
      if (section.list === 'observedFindings' && content.length > MAX_ANALYSED_SENTENCE_CHARS) {
        warn(
          context,
          current.line,
          `Observed Findings line of ${content.length} characters kept unanalysed (findings are read from lines of up to ${MAX_ANALYSED_SENTENCE_CHARS})`,
        );
      }
      (lists[section.list] ??= []).push(content);
    }
  }

  if (!sawHeading) placeCompactParagraphs(lead, prose, context);
  else if (lead.length > 0) {
    if (prose.summary) {
      for (const l of lead) warn(context, l.line, `text before the first heading ignored: "${l.text.slice(0, 80)}"`);
    } else {
      prose.summary = lead;
    }
  }
  for (const [field, paragraphs] of Object.entries(prose) as [ProseField, Line[]][]) {
    fields[field] = paragraphs.map((p) => p.text).join('\n');
  }
  for (const [field, items] of Object.entries(lists) as [ListField, string[]][]) fields[field] = items;
  for (const tagLine of tagLines) parseTagLine(tagLine, fields.tags, context);
  parseMetadata(metadataLines, fields as StudyRecord, context);
  return {
    lead,
    sawHeading,
    sawProse: Object.keys(prose).length > 0,
    boilerplateFrom,
    reachedEnd: boilerplateFrom < lines.length || metadataLines.length > 0,
  };
}

/**
 * Compact rendering: summary, why it matters, does-not-prove, in that order; a does-not-prove paragraph is
 * recognised by its opening even when the capture lacks the one before it.
 */
function placeCompactParagraphs(
  lead: Line[],
  prose: Partial<Record<ProseField, Line[]>>,
  context: ReaderContext,
): void {
  const order: ProseField[] = ['summary', 'whyItMatters', 'doesNotProve'];
  let slot = 0;
  for (const paragraph of lead) {
    if (slot === 1 && DOES_NOT_PROVE_OPENING.test(paragraph.text)) slot = 2;
    const field = order[slot];
    if (!field) {
      warn(context, paragraph.line, `extra paragraph in a compact page ignored: "${paragraph.text.slice(0, 80)}…"`);
      continue;
    }
    prose[field] = [paragraph];
    slot++;
  }
}
