// The page header: URL line, document title, badge line, reading mode, title and author line (any may be missing).
import {
  BADGE_CATEGORIES,
  BADGES,
  longestMatchAt,
  startsAtJoin,
  type BadgeCategory,
  type BadgeValues,
} from '../vocabulary.ts';
import type { StudyRecord } from '../record.ts';
import { parseAuthorList } from './authors.ts';
import { isBoilerplateStart } from './boilerplate.ts';
import { warn, type Line, type ReaderContext } from './diagnostics.ts';
import { isSectionHeading } from './sections.ts';

const YEAR_PATTERN = /^(1[89]\d\d|20\d\d)$/;
export const DOCUMENT_TITLE = /^(.*\S)\s+[—–-]\s+(?:ME\/CFS Atlas|CFSMEATLAS|CFS\/ME Atlas|MECFSATLAS)$/i;
export const READING_MODE = /^[\p{L} ]{2,24}\s·\s\d+\s*min(?:ute)?s?\.?$/u;
export const URL_LINE = /^URL:\s*(\S+)\s*$/i;

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

export function isBadgeLine(badges: BadgeLine): boolean {
  return badges.matched >= 2 || (badges.matched === 1 && badges.unknown.length === 0);
}

export interface AuthorLine {
  authors: string[];
  truncated: boolean;
  firstSurname?: string;
  journal: string | null;
  year: number;
}

/** `Authors · journal · year · DOI`; authors and the trailing DOI link text may be absent. */
export function parseAuthorLine(text: string): AuthorLine | undefined {
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

/** What the header held, for the page assembly. */
export interface Header {
  /** Index (into the page's lines) of the first line after the header. */
  end: number;
  url?: string;
  sawBadges: boolean;
  authorLine?: AuthorLine;
}

/** Reads the header at the top of `lines` into `fields` (title, badges, authors, journal, year). */
export function readHeader(lines: Line[], fields: Partial<StudyRecord>, context: ReaderContext): Header {
  let cursor = 0;
  let url: string | undefined;
  const urlMatch = URL_LINE.exec(lines[0]!.text);
  if (urlMatch) {
    url = urlMatch[1]!;
    cursor = 1;
  }
  let documentTitle: string | undefined;
  let sawBadges = false;
  const isStop = (i: number): boolean =>
    lines[i] === undefined || isSectionHeading(lines[i]!.text) || isBoilerplateStart(lines[i]!.text);

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
      applyBadges(badges, fields, line, context);
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
  return { end: cursor, ...(url ? { url } : {}), sawBadges, ...(authorLine ? { authorLine } : {}) };
}

function applyBadges(badges: BadgeLine, fields: Partial<StudyRecord>, line: number, context: ReaderContext): void {
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
}
