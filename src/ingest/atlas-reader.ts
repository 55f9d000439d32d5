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
//
// The reader's parts live in src/ingest/atlas-page/: guards (is it a page at all), header, sections (the body),
// tags, metadata, authors, boilerplate (citation and BibTeX), diagnostics (warnings and ReaderError). This module
// assembles the record from them and names the study.
import { readBoilerplate, slugFromUrl, type Citation } from './atlas-page/boilerplate.ts';
import { ReaderError, warn, type Line, type ReaderContext, type ReaderWarning } from './atlas-page/diagnostics.ts';
import { rejectNonPage } from './atlas-page/guards.ts';
import { readHeader, type Header } from './atlas-page/header.ts';
import { readBody } from './atlas-page/sections.ts';
import { deriveAtlasSlug, SLUG_PATTERN, slugPart } from './slug.ts';
import type { StudyRecord, StudyTags } from './record.ts';

export { parseAuthorList } from './atlas-page/authors.ts';
export { ReaderError, type ReaderWarning } from './atlas-page/diagnostics.ts';
export { MAX_PAGE_BYTES } from './atlas-page/guards.ts';
export { parseBadgeLine } from './atlas-page/header.ts';
export { parseAtlasDate } from './atlas-page/metadata.ts';

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

/** The capture's non-empty lines, trimmed, with their 1-based numbers in the file. */
function pageLines(text: string): Line[] {
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const trimmed = raw.replace(/\u00a0/g, ' ').trim();
      if (trimmed) lines.push({ text: trimmed, line: i + 1 });
    });
  return lines;
}

/** The slug: the URL's, else the BibTeX key's, else the atlas rule's from the title; undefined when none can be had. */
function pageSlug(
  header: Header,
  citation: Citation,
  fields: Partial<StudyRecord>,
  firstLine: number,
  context: ReaderContext,
): string | undefined {
  let slug: string | undefined;
  const { url } = header;
  if (url) {
    const fromUrl = slugFromUrl(url);
    if (fromUrl && SLUG_PATTERN.test(fromUrl)) slug = fromUrl;
    else if (fromUrl && slugPart(fromUrl)) {
      slug = slugPart(fromUrl);
      warn(context, firstLine, `URL slug "${fromUrl}" is not a lower-case slug; using "${slug}"`);
    } else warn(context, firstLine, `URL "${url}" has no slug in its path`);
  }
  if (citation.bibtexSlug) {
    if (!slug) slug = citation.bibtexSlug;
    else if (slug !== citation.bibtexSlug) {
      warn(context, undefined, `BibTeX key names slug "${citation.bibtexSlug}" but the URL says "${slug}"; URL kept`);
    }
  }
  if (!slug) {
    const surname = header.authorLine?.firstSurname;
    if (fields.title) slug = deriveAtlasSlug({ surname, year: fields.year, title: fields.title });
    else if (citation.titleStart) {
      // Only part of the title: usable when it holds both significant words.
      slug = deriveAtlasSlug({ surname, year: fields.year, title: citation.titleStart, minWords: 2 });
    }
    if (slug)
      warn(context, undefined, `no URL line: slug "${slug}" derived by the atlas rule (older entries may differ)`);
  }
  return slug;
}

export function parseAtlasPage(
  text: string,
  opts: { file?: string } = {},
): { record: StudyRecord; warnings: ReaderWarning[] } {
  const file = opts.file ?? '<page>';
  rejectNonPage(text, file);
  const lines = pageLines(text);
  const context: ReaderContext = { file, warnings: [], lastLine: lines[lines.length - 1]!.line };
  const fields: Partial<StudyRecord> & { tags: StudyTags } = {
    tags: { symptoms: [], biomarkerClasses: [], methodFlags: [] },
  };

  const header = readHeader(lines, fields, context);
  const body = readBody(lines, header.end, fields, context);
  if (!body.reachedEnd)
    warn(context, context.lastLine, 'capture ends before the page does; its last text may be cut off');
  const citation = readBoilerplate(lines.slice(body.boilerplateFrom), fields.journal, context);
  if (!fields.doi && citation.doi) fields.doi = citation.doi;
  if (!fields.title && citation.title) fields.title = citation.title;

  const slug = pageSlug(header, citation, fields, lines[0]!.line, context);
  if (!slug) {
    throw new ReaderError(
      file,
      'not an atlas page: no URL line, no BibTeX key and no title from which a slug can be had',
      'a first line "URL: https://…/evidence/<slug>", or a title line followed by "Surname, Given … · journal · year"',
    );
  }
  const hasContent =
    fields.title || header.authorLine || header.sawBadges || body.lead.length > 0 || body.sawHeading || body.sawProse;
  if (!hasContent) {
    throw new ReaderError(
      file,
      'no atlas entry content after the URL line',
      'badges, a title, an author line or sections',
      lines[0]!.line,
    );
  }

  const record: StudyRecord = { ...emptyRecord(slug), ...fields, slug };
  if (header.url) record.sourceUrls = [header.url];
  record.retracted = /^retracted\b/i.test(record.title ?? '') || /(^|-)retracted(-|$)/.test(slug);
  return { record, warnings: context.warnings };
}
