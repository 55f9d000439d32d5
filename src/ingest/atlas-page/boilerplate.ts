// The page's closing boilerplate (citation block, BibTeX, contribution notes): not entry content, only searched for
// a DOI, the BibTeX key and the citation title.
import { warn, type Line, type ReaderContext } from './diagnostics.ts';
import { DOI_PATTERN } from './text.ts';

/** Lines that open the boilerplate; everything from the first of them on is not entry content. */
export const BOILERPLATE_STARTS = [
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

export function isBoilerplateStart(text: string): boolean {
  return BOILERPLATE_STARTS.some((start) => text.startsWith(start));
}

export interface Citation {
  doi?: string;
  bibtexSlug?: string;
  /** The paper title when the citation shows it whole. */
  title?: string;
  /** As much of the title as the capture holds (only good for the slug rule). */
  titleStart?: string;
}

export function readBoilerplate(lines: Line[], journal: string | null | undefined, context: ReaderContext): Citation {
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
      else if (doi)
        warn(context, cited.line, `citation DOI "${doi}" ignored: the capture ends on that line, it may be cut`);
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

export function slugFromUrl(url: string): string | undefined {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const last = segments[segments.length - 1];
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}
