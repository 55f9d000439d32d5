// The export filter: which findings an export holds, named the same on the command line (`--relation ELEVATED_IN`)
// and in the HTTP query string (`relation=ELEVATED_IN`). Lists are given by repeating the option or with commas.
// The result is the `$finding` and `$filter` parameters of cypher/export/*.cypher — the same conditions as the
// GraphQL `findings(filter:)` field (FindingFilter with its `study: StudyFilter`).
import { normalizeKey } from '../ingest/entity-key.ts';
import type { EntityType } from '../ingest/record.ts';
import { studyFilterParams, type StudyFilterParams } from '../query/study-filter.ts';
import { EXPORT_FILTERS, ExportFilterError, type Kind } from './options.ts';

export { EXPORT_FILTERS, ExportFilterError };

export interface ExportParams {
  finding: {
    relations: string[] | null;
    sign: string | null;
    significant: boolean | null;
    minConfidence: number | null;
    curated: boolean | null;
    subject: string | null;
    object: string | null;
    subjectTypes: EntityType[] | null;
    objectTypes: EntityType[] | null;
  };
  filter: StudyFilterParams;
}

type Raw = Record<string, string[]>;

const split = (values: string[]) =>
  values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);

/** An enum value given in any case ("elevated_in", "biomarker") as the graph stores it. */
function canonicalValue(name: string, allowed: readonly string[], given: string): string {
  const found = allowed.find((value) => value.toUpperCase() === given.toUpperCase());
  if (!found) throw new ExportFilterError(`${name}: unknown value "${given}" (expected ${allowed.join(', ')})`);
  return found;
}

function parseValue(name: string, kind: Kind, values: string[]): unknown {
  const items = split(values);
  const last = values.at(-1)?.trim() ?? '';
  if (typeof kind === 'object' && 'list' in kind) {
    const canonical = items.map((item) => canonicalValue(name, kind.list, item));
    return canonical.length > 0 ? [...new Set(canonical)] : null;
  }
  if (typeof kind === 'object' && 'one' in kind) return canonicalValue(name, kind.one, last);
  switch (kind) {
    case 'strings':
      return items.length > 0 ? items : null;
    case 'string':
      return last.length > 0 ? last : null;
    case 'boolean': {
      const value = last.toLowerCase();
      if (value === 'true' || value === '' || value === 'yes' || value === '1') return true;
      if (value === 'false' || value === 'no' || value === '0') return false;
      throw new ExportFilterError(`${name}: expected true or false, got "${last}"`);
    }
    case 'year': {
      const value = Number(last);
      if (!Number.isInteger(value) || value < 1000 || value > 9999)
        throw new ExportFilterError(`${name}: expected a year, got "${last}"`);
      return value;
    }
    case 'fraction': {
      const value = Number(last);
      if (last === '' || !Number.isFinite(value) || value < 0 || value > 1) {
        throw new ExportFilterError(`${name}: expected a number between 0 and 1, got "${last}"`);
      }
      return value;
    }
  }
}

const normalName = (name: string | null) => (name == null ? null : normalizeKey(name));

/** Build the statement parameters from raw option values (name → the values given); unknown names are errors. */
export function exportParams(raw: Raw): ExportParams {
  const v: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(raw)) {
    const spec = EXPORT_FILTERS[name];
    if (!spec)
      throw new ExportFilterError(
        `unknown filter "${name}" (expected one of ${Object.keys(EXPORT_FILTERS).join(', ')})`,
      );
    if (values.length > 0) v[name] = parseValue(name, spec.kind, values);
  }
  let filter: StudyFilterParams;
  try {
    filter = studyFilterParams(
      {
        evidenceLevels: (v['evidence-level'] as string[] | undefined) ?? null,
        confidences: (v.confidence as string[] | undefined) ?? null,
        pemCriteria: (v.pem as string[] | undefined) ?? null,
        designs: (v.design as string[] | undefined) ?? null,
        yearFrom: (v['year-from'] as number | undefined) ?? null,
        yearTo: (v['year-to'] as number | undefined) ?? null,
        tags: (v.tag as string[] | undefined) ?? null,
        text: (v.text as string | undefined) ?? null,
        peerReviewed: (v['peer-reviewed'] as boolean | undefined) ?? null,
        reviewStatus: (v['review-status'] as string | undefined) ?? null,
        retracted: (v.retracted as boolean | undefined) ?? null,
      },
      'filter',
    );
  } catch (error) {
    throw new ExportFilterError((error as Error).message.replace(/^filter: /, ''));
  }
  return {
    finding: {
      relations: (v.relation as string[] | undefined) ?? null,
      sign: (v.sign as string | undefined) ?? null,
      significant: (v.significant as boolean | undefined) ?? null,
      minConfidence: (v['min-confidence'] as number | undefined) ?? null,
      curated: (v.curated as boolean | undefined) ?? null,
      subject: normalName((v.subject as string | undefined) ?? null),
      object: normalName((v.object as string | undefined) ?? null),
      subjectTypes: (v['subject-type'] as EntityType[] | undefined) ?? null,
      objectTypes: (v['object-type'] as EntityType[] | undefined) ?? null,
    },
    filter,
  };
}

/** The filter values of a URL query string (everything but `format` and `part`). */
export function rawFromSearchParams(params: URLSearchParams, reserved: readonly string[]): Raw {
  const raw: Raw = {};
  for (const [key, value] of params) {
    if (reserved.includes(key)) continue;
    (raw[key] ??= []).push(value);
  }
  return raw;
}
