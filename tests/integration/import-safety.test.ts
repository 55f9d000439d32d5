// Import errors name the field at fault and never show database internals; a dry run meets the same checks as
// the import it previews (it runs the import's own transaction and rolls it back).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUnits } from '../../src/ingest/import.ts';
import { dumpGraph } from './graph-dump.ts';
import { clearGraph, testDatabase } from './helpers.ts';

const db = testDatabase();
beforeAll(async () => {
  await clearGraph(db.cypher);
});
afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

const record = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: `Study ${slug}`,
  tags: { symptoms: ['Fatigue'], biomarkerClasses: [], methodFlags: [] },
  ...extra,
});
const unit = (name: string, ...records: object[]) => ({
  name,
  kind: 'jsonl' as const,
  text: records.map((r) => JSON.stringify(r)).join('\n'),
});

const INTERNALS = /Index\(|element id|Neo4jError|Neo\.\w+Error|at \S+\.(js|ts):\d+|Maximum call stack/;

describe('import errors', () => {
  it('name the field of an oversized tag list or title, and show no database internals', async () => {
    const before = await dumpGraph(db.cypher);
    const manyTags = unit(
      'tags.jsonl',
      record('many-tags', {
        tags: {
          symptoms: Array.from({ length: 10_000 }, (_, i) => `Symptom ${i}`),
          biomarkerClasses: [],
          methodFlags: [],
        },
      }),
    );
    const longTag = unit(
      'long-tag.jsonl',
      record('long-tag', { tags: { symptoms: ['x'.repeat(20_000)], biomarkerClasses: [], methodFlags: [] } }),
    );
    const longTitle = unit('title.jsonl', record('long-title', { title: 't'.repeat(5_000_000) }));
    for (const dryRun of [true, false]) {
      const summary = await importUnits(db.cypher, [manyTags, longTag, longTitle], { dryRun });
      expect(summary.rejected.map((r) => r.file)).toEqual(['tags.jsonl', 'long-tag.jsonl', 'title.jsonl']);
      const [tags, tag, title] = summary.rejected.map((r) => r.message);
      expect(tags).toMatch(/tags\/symptoms/);
      expect(tag).toMatch(/tags\/symptoms\/0/);
      expect(title).toMatch(/title/);
      for (const message of [tags, tag, title]) expect(message).not.toMatch(INTERNALS);
    }
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('a dry run meets the same DOI clash as the import, and writes nothing', async () => {
    await importUnits(db.cypher, [unit('first.jsonl', record('first-study', { doi: '10.1000/same' }))]);
    const before = await dumpGraph(db.cypher);
    const clash = unit('clash.jsonl', record('second-study', { doi: '10.1000/same' }));
    const dry = await importUnits(db.cypher, [clash], { dryRun: true });
    const real = await importUnits(db.cypher, [clash]);
    expect(dry.rejected).toEqual(real.rejected);
    expect(real.rejected[0]?.message).toMatch(/doi 10\.1000\/same already belongs to another study/);
    expect(await dumpGraph(db.cypher)).toBe(before);
    // A dry run of a good file reports what the import then does, and writes nothing itself.
    const good = unit('good.jsonl', record('third-study'));
    const preview = await importUnits(db.cypher, [good], { dryRun: true });
    expect(await dumpGraph(db.cypher)).toBe(before);
    const done = await importUnits(db.cypher, [good]);
    expect(preview.studies).toEqual(done.studies);
    expect(preview.created).toBe(1);
  });
});
