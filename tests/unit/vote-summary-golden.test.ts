// The pair answers of the materialized view, held to a recorded fingerprint per pair: work on the speed of
// summarizeVotes (issue 19) must not change a single number or word of any answer. The data is the benchmark's
// synthetic corpus (bench/generate.ts, fixed seed), whose frequent pairs have hundreds of studies, pooled effects,
// secondary studies and moderators; the constructed scenarios of issue 17 (tests/unit/evidence-scenarios.ts) add
// several comparator classes per pair. A deliberate change of the synthesis, or of the generator,
// updates the fingerprints with `npx vitest run tests/unit/vote-summary-golden.test.ts -u` (review the diff).
import { describe, expect, it } from 'vitest';
import { generateStudies } from '../../bench/generate.ts';
import {
  defaultEvidenceWeights,
  summarizeVotes,
  synthesizePair,
  type EvidenceFindingInput,
  type StudyVote,
} from '../../src/evidence/index.ts';
import { batchRows } from '../../src/ingest/graph-rows.ts';
import { pairVotes, studyEvidenceFromRows } from '../../src/ingest/pair-votes.ts';
import { hashText, stableStringify } from '../../src/ingest/stable-json.ts';
import * as scenarios from './evidence-scenarios.ts';

const STUDIES = 1500;

function corpusVotes() {
  const rows = batchRows([...generateStudies(STUDIES, 42)]);
  const flags = new Map<string, string[]>();
  for (const { slug, name } of rows.methodFlags) flags.set(slug, [...(flags.get(slug) ?? []), name]);
  return pairVotes(studyEvidenceFromRows(rows.studies, rows.findings, flags)).map((pair) => ({
    pair: `${pair.subjectId} → ${pair.objectId}`,
    // As the query side reads them: the stored JSON parsed back.
    votes: pair.votes.map((v) => JSON.parse(v.vote) as StudyVote),
  }));
}

describe('summarizeVotes on the benchmark corpus', () => {
  const weights = defaultEvidenceWeights();
  // Pairs of one study are left out (the scenarios cover them): 1,500 studies make some 2,500 of them.
  const pairs = corpusVotes()
    .filter((p) => p.votes.length > 1)
    .sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
  const summaries = [
    ...pairs.map(({ pair, votes }) => ({ pair, summary: summarizeVotes(votes, weights) })),
    ...Object.entries(scenarios)
      .filter((entry): entry is [string, EvidenceFindingInput[]] => Array.isArray(entry[1]))
      .map(([name, findings]) => {
        const { studies: _s, weightsUsed: _w, ...summary } = synthesizePair(findings, weights);
        return { pair: `scenario ${name}`, summary };
      }),
  ];

  it('covers what the fingerprints are meant to guard: large pairs, pooling, several classes, secondary studies', () => {
    expect(Math.max(...pairs.map((p) => p.votes.length))).toBeGreaterThan(300);
    const classes = summaries.flatMap((s) => s.summary.comparators);
    expect(classes.some((c) => c.method === 'POOLED' && c.pooled!.k >= 3)).toBe(true);
    expect(classes.some((c) => c.method === 'VOTES')).toBe(true);
    expect(summaries.some((s) => s.summary.comparators.length > 1)).toBe(true);
    expect(summaries.some((s) => s.summary.secondaryStudies.length > 0)).toBe(true);
    expect(classes.some((c) => c.moderators.some((m) => m.explainedShare !== null))).toBe(true);
    expect(classes.some((c) => c.certainty.downgrades.length > 0)).toBe(true);
  });

  it('survives JSON unchanged, as the view keeps it beside the votes (src/ingest/pair-votes.ts)', () => {
    for (const { summary } of summaries) expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(summary);
  });

  it('gives every pair the answer recorded before the speed work, to the last bit', async () => {
    const fingerprints = Object.fromEntries(
      summaries.map(({ pair, summary }) => [pair, hashText(stableStringify(summary)).slice(0, 16)]),
    );
    await expect(`${JSON.stringify(fingerprints, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/vote-summaries.json');
  });
});
