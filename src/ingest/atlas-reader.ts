// Reads one atlas page capture (data/atlas/README.md) into the canonical StudyRecord. The page is text copied from
// a browser: badges and tags run together, headings are bare lines, and captures are often cut off mid-sentence.
// The reader keeps everything the capture holds, warns (with line numbers) about what it could not place, and
// throws ReaderError only for input that is not an atlas page at all.
//
// Rules for cut-off captures (a capture "ends in content" when its last line comes before any boilerplate):
// - a last line that is the start of a heading or boilerplate line ("Inferred Con", "Rema", "P") is dropped;
// - a last list item or paragraph of fewer than three words ("Mitochon", "Future r", "- miR-320a lev") is dropped
//   as a half-word: it carries nothing a later, fuller capture will not;
// - a longer last line is kept verbatim although its end may be cut: a fuller capture of the same slug replaces
//   it on merge (a strict prefix gives way to its extension);
// - a last Tags value that is the start of a known value ("Method Flag:P") is dropped; a DOI on the last line of
//   a citation block is not trusted (it may be cut: "https://doi.org/10.").
//
// Compact rendering (no headings): its bare paragraphs are summary, why it matters and does-not-prove, in that
// order (true of every sample); the citation block then supplies the title and DOI when it shows them whole.
// Slug: the URL line's, else the BibTeX key's (`mecfsatlas-<slug>`), else derived by the atlas rule (slug.ts) from
// the title; a page with none of these cannot be named and is rejected.

import {
  BADGE_CATEGORIES,
  BADGES,
  badgeValue,
  longestMatchAt,
  startsAtJoin,
  tagCategory,
  TAG_CATEGORIES,
  type BadgeCategory,
  type BadgeValues,
  type TagCategory,
} from './vocabulary.ts';
import { MAX_ANALYSED_SENTENCE_CHARS } from './extract/limits.ts';
import { deriveAtlasSlug, SLUG_PATTERN, slugPart } from './slug.ts';
import type { StudyRecord, StudyTags } from './record.ts';

/** Something the reader could not place or had to guess; the record is still usable. */
export interface ReaderWarning {
  file?: string;
  line?: number;
  message: string;
}

/** The input is not an atlas page at all (empty, binary, too large, nothing to name the study by). */
export class ReaderError extends Error {
  readonly file: string;
  readonly line?: number;
  constructor(file: string, problem: string, expected: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}; expected ${expected}`);
    this.name = 'ReaderError';
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const DOI_PATTERN = /\b(10\.\d{4,9}\/[^\s"<>{}]+)/;
const YEAR_PATTERN = /^(1[89]\d\d|20\d\d)$/;

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

// Lines that open the page's closing boilerplate; everything from the first of them on is not entry content
// (it is only searched for a DOI, the BibTeX key and the citation title).
const BOILERPLATE_STARTS = [
  'About the PEM badge',
  'The first block is for the primary paper',
  'Primary citation',
  'BibTeX',
  '@article{',
  '@misc{',
  'Contribute',
  'Private, reviewed by a human',
  'Spotted an error in this entry',
  'How the atlas works',
];

interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Authors: the atlas usually prints "Surname, Given, Surname, Given et al.", but hand-made entries print
// "Given Surname, Given Surname" ("C. M. C. van Campen, F. C. Visser") and a few name an organisation. Records
// keep every person as "Surname, Given" so that captures in either form agree.

interface AuthorList {
  /** "Surname, Given" per person (an organisation as shown), in page order. */
  authors: string[];
  /** True when the page cut the list with "et al.". */
  truncated: boolean;
  /** Surname of the first author as shown ("de Vega"), for the slug rule; undefined for no author. */
  firstSurname?: string;
}

// Lower-case surname particles that start a surname in "Given Surname" form.
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'dos', 'la', 'le', 'ten', 'ter', 'bin', 'al']);
// Words that mark an organisation rather than a person ("Institute of Medicine Committee on …").
const ORGANISATION_WORDS = /\b(of|on|for|and|the|committee|group|consortium|institute|association|society|council|network|collaborat\w*|team|investigators)\b/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isOrganisation(name: string): boolean {
  const fullWords = words(name).filter((word) => !/^\p{Lu}\.?$/u.test(word));
  return fullWords.length > 4 || ORGANISATION_WORDS.test(name);
}

/** "Cara Tomas" or "C. M. C. van Campen": two or more words and a last word that is not a bare initial. */
function looksLikeFullName(part: string): boolean {
  const tokens = words(part);
  const last = tokens[tokens.length - 1] ?? '';
  return tokens.length >= 2 && !/^\p{Lu}\.?$/u.test(last);
}

/** "C. M. C. van Campen" → ["van Campen", "C. M. C."]. */
function splitGivenFirst(name: string): { surname: string; given: string } {
  const tokens = words(name);
  let start = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (SURNAME_PARTICLES.has(tokens[i]!)) {
      start = i;
      break;
    }
  }
  return { surname: tokens.slice(start).join(' '), given: tokens.slice(0, start).join(' ') };
}

export function parseAuthorList(text: string): AuthorList {
  let list = text.trim();
  let truncated = false;
  const etAl = /,?\s*et\s+al\.?$/i;
  if (etAl.test(list)) {
    truncated = true;
    list = list.replace(etAl, '').trim();
  }
  if (!list) return { authors: [], truncated };

  if (isOrganisation(list) && !/,/.test(list)) {
    return { authors: [list], truncated, firstSurname: words(list)[0] };
  }

  const parts = list.split(/\s*,\s*/).filter(Boolean);
  // Pairs ("Surname, Given") unless the count is odd or every part is a whole name ("Cara Tomas, Jessica Newton").
  const givenFirst = parts.length % 2 === 1 || parts.every(looksLikeFullName);
  const authors: string[] = [];
  let firstSurname: string | undefined;
  if (givenFirst) {
    for (const part of parts) {
      if (isOrganisation(part) || words(part).length < 2) {
        authors.push(part);
        firstSurname ??= words(part)[0];
        continue;
      }
      const { surname, given } = splitGivenFirst(part);
      authors.push(`${surname}, ${given}`);
      firstSurname ??= surname;
    }
  } else {
    for (let i = 0; i < parts.length; i += 2) {
      authors.push(`${parts[i]}, ${parts[i + 1]}`);
      firstSurname ??= parts[i];
    }
  }
  return { authors, truncated, firstSurname };
}

// ---------------------------------------------------------------------------------------------------------------
// Guards: is this text an atlas page at all?

function rejectNonPage(text: string, file: string): void {
  // Byte size first and alone, so a huge file is rejected before any work proportional to its content.
  // A UTF-16 code unit takes at most 3 UTF-8 bytes, so short strings need no byte count.
  const bytes = text.length * 3 > MAX_PAGE_BYTES ? Buffer.byteLength(text, 'utf8') : text.length;
  if (bytes > MAX_PAGE_BYTES) {
    throw new ReaderError(
      file,
      `file is ${(bytes / 1024 / 1024).toFixed(1)} MB, too large for an atlas page`,
      `a page of at most ${MAX_PAGE_BYTES / 1024 / 1024} MB (real pages are a few kB)`,
    );
  }
  if (text.trim() === '') {
    throw new ReaderError(file, 'file is empty', 'an atlas page: an optional "URL: <url>" line, then badges, title, author line and sections');
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new ReaderError(file, 'binary content (NUL byte)', 'UTF-8 text of an atlas page', lineOf(text, nul));
  }
  let suspicious = 0;
  let firstSuspicious = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    if (isControl || code === 0xfffd) {
      suspicious++;
      if (firstSuspicious < 0) firstSuspicious = i;
    }
  }
  // A few stray characters happen in copied text; more than 1 % (or a run of them in a short file) is not text.
  if (suspicious > 0 && (suspicious / text.length > 0.01 || suspicious >= 16)) {
    throw new ReaderError(
      file,
      `binary or mis-encoded content (${suspicious} control or U+FFFD replacement characters)`,
      'UTF-8 text of an atlas page',
      lineOf(text, firstSuspicious),
    );
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// Header lines

const DOCUMENT_TITLE = /^(.*\S)\s+[—–-]\s+(?:ME\/CFS Atlas|CFSMEATLAS|CFS\/ME Atlas|MECFSATLAS)$/i;
const READING_MODE = /^[\p{L} ]{2,24}\s·\s\d+\s*min(?:ute)?s?\.?$/u;
const URL_LINE = /^URL:\s*(\S+)\s*$/i;

interface BadgeLine {
  values: Partial<BadgeValues>;
  designLabel?: string;
  matched: number;
  unknown: string[];
}

/**
 * Splits a run-together badge line greedily, in the documented badge order: at each place the longest label of
 * the earliest category not yet passed. Text that matches no label is kept as an unknown run up to the next place
 * a later badge matches, so it never swallows the badges after it; in the design slot it becomes design OTHER.
 */
export function parseBadgeLine(text: string): BadgeLine {
  const result: BadgeLine = { values: {}, matched: 0, unknown: [] };
  let position = 0;
  let nextCategory = 0;
  const matchFrom = (at: number): { index: number; text: string; value: unknown } | undefined => {
    if (!startsAtJoin(text, at)) return undefined;
    for (let c = nextCategory; c < BADGE_CATEGORIES.length; c++) {
      const label = longestMatchAt<unknown>(text, at, BADGES[BADGE_CATEGORIES[c]!]);
      if (label) return { index: c, text: label.text, value: label.value };
    }
    return undefined;
  };
  while (position < text.length) {
    if (text[position] === ' ') {
      position++;
      continue;
    }
    const match = matchFrom(position);
    if (match) {
      (result.values as Record<BadgeCategory, unknown>)[BADGE_CATEGORIES[match.index]!] = match.value;
      if (BADGE_CATEGORIES[match.index] === 'design' && match.value === 'OTHER') result.designLabel = match.text;
      result.matched++;
      nextCategory = match.index + 1;
      position += match.text.length;
      continue;
    }
    let end = position + 1;
    let following: ReturnType<typeof matchFrom>;
    for (; end < text.length; end++) {
      following = matchFrom(end);
      if (following) break;
    }
    const unknown = text.slice(position, end).trim();
    result.unknown.push(unknown);
    // The unknown run fills the design slot when design is among the badges it stands between.
    const designIndex = BADGE_CATEGORIES.indexOf('design');
    const upTo = following ? following.index : BADGE_CATEGORIES.length;
    if (nextCategory <= designIndex && designIndex < upTo && result.values.design === undefined) {
      result.values.design = 'OTHER';
      result.designLabel = unknown;
      nextCategory = designIndex + 1;
    }
    position = end;
  }
  return result;
}

function isBadgeLine(badges: BadgeLine): boolean {
  return badges.matched >= 2 || (badges.matched === 1 && badges.unknown.length === 0);
}

interface AuthorLine {
  authors: string[];
  truncated: boolean;
  firstSurname?: string;
  journal: string | null;
  year: number;
}

/** `Authors · journal · year · DOI`; authors and the trailing DOI link text may be absent. */
function parseAuthorLine(text: string): AuthorLine | undefined {
  const segments = text.split(/\s+·\s+/).map((s) => s.trim());
  if (segments.length < 2) return undefined;
  if (/^DOI$/i.test(segments[segments.length - 1]!)) segments.pop();
  let yearIndex = -1;
  for (let i = segments.length - 1; i >= 0; i--) {
    if (YEAR_PATTERN.test(segments[i]!)) {
      yearIndex = i;
      break;
    }
  }
  if (yearIndex < 1) return undefined;
  const journal = segments[yearIndex - 1] || null;
  const authorText = segments.slice(0, yearIndex - 1).join(' · ');
  const list = parseAuthorList(authorText);
  return { ...list, journal, year: Number(segments[yearIndex]) };
}

// ---------------------------------------------------------------------------------------------------------------
// Tags and Metadata

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function stripBullet(text: string): string {
  return text.replace(/^(?:[-•*–]|\d+[.)])\s+/, '').trim();
}

function isStrictPrefixOfAny(fragment: string, candidates: Iterable<string>): boolean {
  for (const candidate of candidates) if (candidate !== fragment && candidate.startsWith(fragment)) return true;
  return false;
}

interface Context {
  file: string;
  warnings: ReaderWarning[];
  /** Line number of the capture's last non-empty line. */
  lastLine: number;
}

function warn(context: Context, line: number | undefined, message: string): void {
  context.warnings.push({ file: context.file, ...(line !== undefined ? { line } : {}), message });
}

/** `Category:Value1Value2…`, split longest match first; unknown runs kept raw, never swallowing known values. */
function parseTagLine(line: Line, tags: StudyTags, context: Context): void {
  const isLast = line.line === context.lastLine;
  const colon = line.text.indexOf(':');
  if (colon < 0) {
    if (isLast && isStrictPrefixOfAny(line.text, TAG_CATEGORIES.map((c) => c.label))) {
      warn(context, line.line, `dropped "${line.text}": the capture ends inside a Tags category name`);
    } else {
      warn(context, line.line, `Tags line "${line.text}" has no "Category:" prefix; ignored`);
    }
    return;
  }
  const label = line.text.slice(0, colon).trim();
  const category = tagCategory(label);
  if (!category) {
    const known = TAG_CATEGORIES.map((c) => c.label).join(', ');
    warn(context, line.line, `unknown Tags category "${label}" (known: ${known}); line ignored: "${line.text}"`);
    return;
  }
  const values: string[] = [];
  // Values normally run together; a rendering that separates them with commas is read the same way.
  const chunks = line.text.slice(colon + 1).split(/\s*[,;|]\s*/);
  chunks.forEach((chunk, i) => {
    const isLastChunk = isLast && i === chunks.length - 1;
    values.push(...splitTagValues(chunk.trim(), category, isLastChunk, line, context));
  });
  for (const value of values) if (!tags[category.field].includes(value)) tags[category.field].push(value);
}

function splitTagValues(text: string, category: TagCategory, endsCapture: boolean, line: Line, context: Context): string[] {
  const values: string[] = [];
  let position = 0;
  let unknownStart = -1;
  const flushUnknown = (end: number): void => {
    if (unknownStart < 0) return;
    const raw = text.slice(unknownStart, end).trim();
    unknownStart = -1;
    if (!raw) return;
    const sameButCase = category.labels.find((label) => label.text.toLowerCase() === raw.toLowerCase());
    if (sameButCase) {
      values.push(sameButCase.value);
      return;
    }
    const isCut = endsCapture && end === text.length && isStrictPrefixOfAny(raw, category.labels.map((l) => l.text));
    if (isCut) {
      warn(context, line.line, `dropped ${category.label} tag fragment "${raw}": the capture ends inside a tag`);
      return;
    }
    values.push(raw);
    warn(context, line.line, `unknown ${category.label} tag "${raw}" kept as shown (add it to data/vocabulary/tags.json)`);
  };
  while (position < text.length) {
    const match = startsAtJoin(text, position) ? longestMatchAt(text, position, category.labels) : undefined;
    if (match) {
      flushUnknown(position);
      values.push(match.value);
      position += match.text.length;
    } else {
      if (unknownStart < 0) unknownStart = position;
      position++;
    }
  }
  flushUnknown(text.length);
  return values;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "8 April 2026", "April 8, 2026" or "2026-04-08" → "2026-04-08". */
export function parseAtlasDate(text: string): string | undefined {
  const t = text.trim();
  let day: number, month: number, year: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t))) {
    [day, month, year] = [Number(m[1]), monthNumber(m[2]!), Number(m[3])];
  } else if ((m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t))) {
    [month, day, year] = [monthNumber(m[1]!), Number(m[2]), Number(m[3])];
  } else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!month || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

const METADATA_LABELS = ['doi', 'pmid', 'sample size', 'control group', 'review status', 'evidence level', 'last updated'] as const;
type MetadataLabel = (typeof METADATA_LABELS)[number];

function metadataLabel(text: string): MetadataLabel | undefined {
  const lower = text.toLowerCase().replace(/:$/, '');
  return METADATA_LABELS.find((label) => label === lower);
}

/** `- Label` / `- value` line pairs (the dash is optional). */
function parseMetadata(lines: Line[], record: StudyRecord, context: Context): void {
  for (let i = 0; i < lines.length; i++) {
    const labelLine = lines[i]!;
    const labelText = stripBullet(labelLine.text);
    const label = metadataLabel(labelText);
    const valueLine = lines[i + 1];
    const valueIsLabel = valueLine !== undefined && metadataLabel(stripBullet(valueLine.text)) !== undefined;
    if (!label) {
      if (valueLine && !valueIsLabel) {
        warn(context, labelLine.line, `unknown Metadata field "${labelText}" = "${stripBullet(valueLine.text)}" ignored`);
        i++;
      } else {
        warn(context, labelLine.line, `unexpected Metadata line "${labelText}" ignored`);
      }
      continue;
    }
    if (!valueLine || valueIsLabel) {
      warn(context, labelLine.line, `Metadata "${labelText}" has no value`);
      continue;
    }
    i++;
    const value = stripBullet(valueLine.text);
    const at = valueLine.line;
    const mayBeCut = at === context.lastLine;
    switch (label) {
      case 'doi': {
        const doi = DOI_PATTERN.exec(value)?.[1];
        if (doi) {
          record.doi = doi;
          if (mayBeCut) warn(context, at, `Metadata DOI "${doi}" is on the capture's last line and may be cut off`);
        } else warn(context, at, `Metadata DOI "${value}" is not a DOI (expected 10.<registrant>/<suffix>)`);
        break;
      }
      case 'pmid':
        if (/^\d{1,9}$/.test(value)) record.pmid = value;
        else warn(context, at, `Metadata PMID "${value}" is not a PubMed id (expected digits)`);
        break;
      case 'sample size': {
        record.sampleSizeText = value;
        const count = /\d[\d,]*/.exec(value)?.[0];
        if (count) record.sampleSize = Number(count.replace(/,/g, ''));
        else warn(context, at, `Metadata sample size "${value}" has no number`);
        break;
      }
      case 'control group':
        if (/^yes$/i.test(value)) record.controlGroup = true;
        else if (/^no$/i.test(value)) record.controlGroup = false;
        else warn(context, at, `Metadata control group "${value}" is neither Yes nor No`);
        break;
      case 'review status': {
        const status = badgeValue('reviewStatus', value);
        if (!status) warn(context, at, `unknown review status "${value}" (add it to data/vocabulary/badges.json)`);
        else {
          if (record.reviewStatus && record.reviewStatus !== status) {
            warn(context, at, `Metadata review status "${value}" disagrees with the badge (${record.reviewStatus}); Metadata kept`);
          }
          record.reviewStatus = status;
        }
        break;
      }
      case 'evidence level':
        record.evidenceLevelText = value;
        break;
      case 'last updated': {
        const date = parseAtlasDate(value);
        if (date) record.lastUpdated = date;
        else warn(context, at, `Metadata last updated "${value}" is not a date (expected e.g. "8 April 2026")`);
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Boilerplate: citation block and BibTeX

interface Citation {
  doi?: string;
  bibtexSlug?: string;
  /** The paper title when the citation shows it whole. */
  title?: string;
  /** As much of the title as the capture holds (only good for the slug rule). */
  titleStart?: string;
}

function readBoilerplate(lines: Line[], journal: string | null | undefined, context: Context): Citation {
  const citation: Citation = {};
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const complete = line !== context.lastLine; // the capture's last line may be cut anywhere
    if (text === 'Primary citation' && lines[i + 1]) {
      const cited = lines[i + 1]!;
      const citedComplete = cited.line !== context.lastLine;
      const afterYear = /\(\d{4}\)\.\s+(.*)$/.exec(cited.text)?.[1];
      if (afterYear) {
        const journalEnd = journal ? afterYear.indexOf(`. ${journal}.`) : -1;
        if (journalEnd > 0) citation.title = afterYear.slice(0, journalEnd);
        // Cut off by the capture: its last word may be half a word.
        else citation.titleStart = citedComplete ? afterYear : afterYear.replace(/\s*\S+$/, '');
      }
      const doi = /https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)/.exec(cited.text)?.[1];
      if (doi && citedComplete) citation.doi ??= doi;
      else if (doi) warn(context, cited.line, `citation DOI "${doi}" ignored: the capture ends on that line, it may be cut`);
    }
    const key = /^@\w+\{mecfsatlas-([a-z0-9-]+),/.exec(text)?.[1];
    if (key) citation.bibtexSlug = key;
    const field = /^(doi|title)\s*=\s*\{(.+)\},?$/i.exec(text);
    if (field && complete) {
      if (field[1]!.toLowerCase() === 'doi') {
        const doi = DOI_PATTERN.exec(field[2]!)?.[1];
        if (doi) citation.doi = doi;
      } else citation.title ??= field[2]!;
    }
  }
  return citation;
}

function slugFromUrl(url: string): string | undefined {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1];
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

// Opening words of a "What this study does not prove" paragraph, for compact pages.
const DOES_NOT_PROVE_OPENING = /^[^.]{0,80}\b(?:does not|do not|did not|cannot|can not|can't)\s+(?:prove|establish|show|demonstrate|determine|provide|evaluate|rule out)\b/i;

// ---------------------------------------------------------------------------------------------------------------
// The page

function emptyRecord(slug: string): StudyRecord {
  return {
    slug,
    title: null,
    authors: [],
    authorsTruncated: null,
    journal: null,
    year: null,
    doi: null,
    pmid: null,
    evidenceLevel: null,
    confidence: null,
    pemCriterion: null,
    design: null,
    designLabel: null,
    peerReviewed: null,
    reviewStatus: null,
    sampleSize: null,
    sampleSizeText: null,
    controlGroup: null,
    summary: null,
    whyItMatters: null,
    doesNotProve: null,
    evidenceLevelText: null,
    observedFindings: [],
    inferredConclusions: [],
    remainingQuestions: [],
    relatedStudies: [],
    topics: [],
    lastUpdated: null,
    retracted: false,
    sourceUrls: [],
    tags: { symptoms: [], biomarkerClasses: [], methodFlags: [] },
    findings: [],
  };
}

function isBoilerplateStart(text: string): boolean {
  return BOILERPLATE_STARTS.some((start) => text.startsWith(start));
}

/** The capture's cut-off last line when it is only the start of a heading or of a boilerplate line. */
function isCutStructuralLine(text: string): boolean {
  return isStrictPrefixOfAny(text, SECTIONS.keys()) || isStrictPrefixOfAny(text, BOILERPLATE_STARTS);
}

export function parseAtlasPage(
  text: string,
  opts: { file?: string } = {},
): { record: StudyRecord; warnings: ReaderWarning[] } {
  const file = opts.file ?? '<page>';
  rejectNonPage(text, file);

  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const trimmed = raw.replace(/\u00a0/g, ' ').trim();
      if (trimmed) lines.push({ text: trimmed, line: i + 1 });
    });
  const context: Context = { file, warnings: [], lastLine: lines[lines.length - 1]!.line };
  const fields: Partial<StudyRecord> & { tags: StudyTags } = {
    tags: { symptoms: [], biomarkerClasses: [], methodFlags: [] },
  };

  // --- header: URL, document title, badges, reading mode, title, author line (any may be missing) ---
  let cursor = 0;
  let url: string | undefined;
  const urlMatch = URL_LINE.exec(lines[0]!.text);
  if (urlMatch) {
    url = urlMatch[1]!;
    cursor = 1;
  }
  let documentTitle: string | undefined;
  let sawBadges = false;
  const isHeading = (i: number): boolean => lines[i] !== undefined && SECTION_BY_LOWER.has(lines[i]!.text.toLowerCase());
  const isStop = (i: number): boolean => lines[i] === undefined || isHeading(i) || isBoilerplateStart(lines[i]!.text);

  for (; cursor < lines.length && !isStop(cursor); cursor++) {
    const { text: lineText, line } = lines[cursor]!;
    const docTitle = DOCUMENT_TITLE.exec(lineText);
    if (docTitle && documentTitle === undefined) {
      documentTitle = docTitle[1]!;
      continue;
    }
    if (READING_MODE.test(lineText)) continue;
    const badges = parseBadgeLine(lineText);
    if (!sawBadges && isBadgeLine(badges)) {
      sawBadges = true;
      const v = badges.values;
      if (v.evidenceLevel) fields.evidenceLevel = v.evidenceLevel;
      if (v.confidence) fields.confidence = v.confidence;
      if (v.pemCriterion) fields.pemCriterion = v.pemCriterion;
      if (v.design) {
        fields.design = v.design;
        if (badges.designLabel) fields.designLabel = badges.designLabel;
      }
      if (v.peerReview !== undefined) fields.peerReviewed = v.peerReview;
      if (v.reviewStatus) fields.reviewStatus = v.reviewStatus;
      for (const unknown of badges.unknown) {
        const where = v.design === 'OTHER' && badges.designLabel === unknown ? ' (taken as design OTHER)' : '';
        warn(context, line, `unknown badge "${unknown}"${where} (add it to data/vocabulary/badges.json)`);
      }
      continue;
    }
    break;
  }

  // The author line is the first line with "· <year>" among the next few, before any heading.
  let authorIndex = -1;
  for (let i = cursor; i < Math.min(lines.length, cursor + 4) && !isStop(i); i++) {
    if (parseAuthorLine(lines[i]!.text)) {
      authorIndex = i;
      break;
    }
  }
  let authorLine: AuthorLine | undefined;
  if (authorIndex >= 0) {
    authorLine = parseAuthorLine(lines[authorIndex]!.text)!;
    if (authorIndex > cursor) fields.title = lines[authorIndex - 1]!.text;
    for (let i = cursor; i < authorIndex - 1; i++) {
      warn(context, lines[i]!.line, `unrecognised line before the title ignored: "${lines[i]!.text}"`);
    }
    cursor = authorIndex + 1;
    fields.authors = authorLine.authors;
    fields.authorsTruncated = authorLine.authors.length > 0 ? authorLine.truncated : null;
    fields.journal = authorLine.journal;
    fields.year = authorLine.year;
  } else if (cursor < lines.length && !isStop(cursor)) {
    // No author line: a lone line is the title only when a badge line precedes it or "Quick Summary" follows it;
    // otherwise it is the summary of a page whose header was not captured.
    const next = lines[cursor + 1];
    if (sawBadges || (next && next.text.toLowerCase() === 'quick summary')) {
      fields.title = lines[cursor]!.text;
      cursor++;
    }
  }
  if (!fields.title && documentTitle) fields.title = documentTitle;

  // --- body: sections, or the compact rendering's bare paragraphs ---
  const lead: Line[] = [];
  const prose: Partial<Record<ProseField, Line[]>> = {};
  const lists: Partial<Record<ListField, string[]>> = {};
  const metadataLines: Line[] = [];
  const tagLines: Line[] = [];
  let section: SectionKind | undefined;
  let sawHeading = false;
  let boilerplateFrom = lines.length;
  for (let i = cursor; i < lines.length; i++) {
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
        warn(context, current.line, `Observed Findings line of ${content.length} characters kept unanalysed (findings are read from lines of up to ${MAX_ANALYSED_SENTENCE_CHARS})`);
      }
      (lists[section.list] ??= []).push(content);
    }
  }

  if (!sawHeading) {
    // Compact rendering: summary, why it matters, does-not-prove, in that order; a does-not-prove paragraph is
    // recognised by its opening even when the capture lacks the one before it.
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
  } else if (lead.length > 0) {
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

  const reachedEnd = boilerplateFrom < lines.length || metadataLines.length > 0;
  if (!reachedEnd) warn(context, context.lastLine, 'capture ends before the page does; its last text may be cut off');

  // --- boilerplate: DOI, BibTeX key and citation title ---
  const citation = readBoilerplate(lines.slice(boilerplateFrom), fields.journal, context);
  if (!fields.doi && citation.doi) fields.doi = citation.doi;
  if (!fields.title && citation.title) fields.title = citation.title;

  // --- slug: the URL's, else the BibTeX key's, else the atlas rule ---
  let slug: string | undefined;
  if (url) {
    const fromUrl = slugFromUrl(url);
    if (fromUrl && SLUG_PATTERN.test(fromUrl)) slug = fromUrl;
    else if (fromUrl && slugPart(fromUrl)) {
      slug = slugPart(fromUrl);
      warn(context, lines[0]!.line, `URL slug "${fromUrl}" is not a lower-case slug; using "${slug}"`);
    } else warn(context, lines[0]!.line, `URL "${url}" has no slug in its path`);
  }
  if (citation.bibtexSlug) {
    if (!slug) slug = citation.bibtexSlug;
    else if (slug !== citation.bibtexSlug) {
      warn(context, undefined, `BibTeX key names slug "${citation.bibtexSlug}" but the URL says "${slug}"; URL kept`);
    }
  }
  if (!slug) {
    const surname = authorLine?.firstSurname;
    if (fields.title) slug = deriveAtlasSlug({ surname, year: fields.year, title: fields.title });
    else if (citation.titleStart) {
      // Only part of the title: usable when it holds both significant words.
      slug = deriveAtlasSlug({ surname, year: fields.year, title: citation.titleStart, minWords: 2 });
    }
    if (slug) warn(context, undefined, `no URL line: slug "${slug}" derived by the atlas rule (older entries may differ)`);
  }
  if (!slug) {
    throw new ReaderError(
      file,
      'not an atlas page: no URL line, no BibTeX key and no title from which a slug can be had',
      'a first line "URL: https://…/evidence/<slug>", or a title line followed by "Surname, Given … · journal · year"',
    );
  }
  const hasContent =
    fields.title || authorLine || sawBadges || lead.length > 0 || sawHeading || Object.keys(prose).length > 0;
  if (!hasContent) {
    throw new ReaderError(file, 'no atlas entry content after the URL line', 'badges, a title, an author line or sections', lines[0]!.line);
  }

  const record: StudyRecord = { ...emptyRecord(slug), ...fields, slug };
  if (url) record.sourceUrls = [url];
  record.retracted = /^retracted\b/i.test(record.title ?? '') || /(^|-)retracted(-|$)/.test(slug);
  return { record, warnings: context.warnings };
}
