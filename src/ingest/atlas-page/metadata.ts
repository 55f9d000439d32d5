// The Metadata section: `- Label` / `- value` line pairs (DOI, PMID, sample size, review status, dates…).
import { badgeValue } from '../vocabulary.ts';
import type { StudyRecord } from '../record.ts';
import { warn, type Line, type ReaderContext } from './diagnostics.ts';
import { DOI_PATTERN, stripBullet } from './text.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

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

const METADATA_LABELS = [
  'doi',
  'pmid',
  'sample size',
  'control group',
  'review status',
  'evidence level',
  'last updated',
] as const;
type MetadataLabel = (typeof METADATA_LABELS)[number];

function metadataLabel(text: string): MetadataLabel | undefined {
  const lower = text.toLowerCase().replace(/:$/, '');
  return METADATA_LABELS.find((label) => label === lower);
}

/** `- Label` / `- value` line pairs (the dash is optional). */
export function parseMetadata(lines: Line[], record: StudyRecord, context: ReaderContext): void {
  for (let i = 0; i < lines.length; i++) {
    const labelLine = lines[i]!;
    const labelText = stripBullet(labelLine.text);
    const label = metadataLabel(labelText);
    const valueLine = lines[i + 1];
    const valueIsLabel = valueLine !== undefined && metadataLabel(stripBullet(valueLine.text)) !== undefined;
    if (!label) {
      if (valueLine && !valueIsLabel) {
        warn(
          context,
          labelLine.line,
          `unknown Metadata field "${labelText}" = "${stripBullet(valueLine.text)}" ignored`,
        );
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
            warn(
              context,
              at,
              `Metadata review status "${value}" disagrees with the badge (${record.reviewStatus}); Metadata kept`,
            );
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
