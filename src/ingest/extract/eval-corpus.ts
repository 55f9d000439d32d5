// EVAL-ONLY: reads the labelled atlas sample (data/atlas) the way labels/GUIDE.md describes, for the extraction
// evaluation script and its test. It is deliberately not the project's page reader: it only finds the title,
// the Quick Summary and the pooled Observed Findings lines of each slug.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface EvalStudy {
  slug: string;
  title: string | null;
  summary: string | null;
  observedFindings: string[];
}

const HEADINGS = new Set([
  'Quick Summary',
  'Why It Matters',
  'Observed Findings',
  'Inferred Conclusions',
  'Remaining Questions',
  'What This Study Does Not Prove',
  'Related Studies',
  'Topics',
  'Tags',
  'Metadata',
]);

export const DEFAULT_ATLAS_DIR = fileURLToPath(new URL('../../../data/atlas/', import.meta.url));

function sectionLines(lines: string[], heading: string): string[] | null {
  const at = lines.findIndex((l) => l.trim() === heading);
  if (at < 0) return null;
  const out: string[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (HEADINGS.has(line)) break;
    // A heading cut off at the end of a capture ("Inferred Con") ends the section too.
    if (i === lines.length - 1 && [...HEADINGS].some((h) => h.startsWith(line) && line.length < h.length)) break;
    if (line) out.push(line);
  }
  return out;
}

function titleOf(lines: string[]): string | null {
  const authorLine = lines.findIndex((l) => / · \d{4} · /.test(l) || / · DOI\s*$/.test(l));
  if (authorLine <= 0) return null;
  const candidate = lines[authorLine - 1]!.trim();
  return candidate.startsWith('URL:') ? null : candidate;
}

export function readEvalCorpus(atlasDir: string = DEFAULT_ATLAS_DIR): EvalStudy[] {
  const captures: { slug: string; text: string }[] = [];
  const pagesDir = join(atlasDir, 'pages');
  if (!existsSync(pagesDir))
    throw new Error(
      `${atlasDir}: expected an atlas folder holding pages/ (and seed-entry.txt); for a set kept as sentences use --corpus FILE.json`,
    );
  for (const file of readdirSync(pagesDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    captures.push({
      slug: file.replace(/--\d+\.txt$/, '').replace(/\.txt$/, ''),
      text: readFileSync(join(pagesDir, file), 'utf8'),
    });
  }
  const seed = readFileSync(join(atlasDir, 'seed-entry.txt'), 'utf8');
  captures.unshift({ slug: 'hussein-2022-impact-micro', text: seed });

  const bySlug = new Map<string, EvalStudy>();
  for (const { slug, text } of captures) {
    const lines = text.split(/\r?\n/);
    const study = bySlug.get(slug) ?? { slug, title: null, summary: null, observedFindings: [] };
    study.title ??= titleOf(lines);
    study.summary ??= sectionLines(lines, 'Quick Summary')?.join(' ') || null;
    const findings = sectionLines(lines, 'Observed Findings');
    if (findings) {
      for (const line of findings) {
        const sentence = line.replace(/^(?:- |•\s?)/, '');
        if (!study.observedFindings.includes(sentence)) study.observedFindings.push(sentence);
      }
      bySlug.set(slug, study);
    } else if (bySlug.has(slug)) {
      bySlug.set(slug, study);
    } else {
      bySlug.set(slug, study);
    }
  }
  return [...bySlug.values()].filter((s) => s.observedFindings.length > 0);
}

export interface LabelTriple {
  sentence: string;
  subject: string[];
  relation: string;
  sign?: string;
  object: string[];
  comparator?: string;
  p?: string;
}

/** Kept beside the sample, not in it, so `import data/atlas` sees only study entries. */
export const DEFAULT_LABELS_FILE = fileURLToPath(new URL('../../../data/labels/findings.json', import.meta.url));

export function readLabels(labelsFile: string = DEFAULT_LABELS_FILE): Record<string, LabelTriple[]> {
  return JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, LabelTriple[]>;
}

/**
 * A corpus kept as JSON ({ slug: { title, summary, observedFindings } }), for evaluation sets written as sentences
 * rather than atlas pages (data/labels/independent/).
 */
export function readJsonCorpus(file: string): EvalStudy[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<EvalStudy>>;
  return Object.entries(parsed).map(([slug, study]) => {
    if (!Array.isArray(study.observedFindings) || study.observedFindings.some((s) => typeof s !== 'string'))
      throw new Error(`${file}: study "${slug}" needs "observedFindings", a list of sentences`);
    return {
      slug,
      title: study.title ?? null,
      summary: study.summary ?? null,
      observedFindings: study.observedFindings,
    };
  });
}
