// Umbrellas broken into directed parts after the main verb ("showed X dysfunction, such as A and B hypoperfusion"),
// a relative clause that correlates them ("…, which correlated with Y"), and name variants of measured quantities
// ("a smaller share of X"). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { splitClauses } from '../../src/ingest/extract/clauses.ts';
import { findingLines } from '../support/extract-lines.ts';

const findings = (sentence: string) =>
  extractFindings({ slug: 'umbrella-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings;
const extract = (sentence: string) => findingLines(sentence, { sign: true });

describe('a relative clause that correlates its antecedent', () => {
  it('", which correlated with Y" is a clause about the noun phrase after the main verb', () => {
    expect(splitClauses('Patients showed renal hyperfiltration, which correlated with thirst')).toEqual([
      'Patients showed renal hyperfiltration',
      'renal hyperfiltration correlated with thirst',
    ]);
  });

  it('a relative clause whose predicate is not a correlation stays in its clause', () => {
    expect(splitClauses('Patients showed renal hyperfiltration, which was expected')).toEqual([
      'Patients showed renal hyperfiltration, which was expected',
    ]);
  });
});

describe('directed parts after the main verb', () => {
  it('"showed X dysfunction, such as A and B hypoperfusion, which correlated with Y": parts, then their correlation', () => {
    expect(
      extract(
        'Patients have shown circulatory dysfunction, such as renal and hepatic hypoperfusion, which correlated with nausea severity.',
      ),
    ).toEqual([
      'renal perfusion | REDUCED_IN | ME/CFS | -',
      'hepatic perfusion | REDUCED_IN | ME/CFS | -',
      'renal hypoperfusion | CORRELATES_WITH/UNSPECIFIED | nausea severity | -',
      'hepatic hypoperfusion | CORRELATES_WITH/UNSPECIFIED | nausea severity | -',
    ]);
  });

  it('a part read from a hypo- noun keeps the written word as a synonym', () => {
    const [renal] = findings('Patients showed circulatory dysfunction, such as renal hypoperfusion.');
    expect(renal?.subject.name).toBe('renal perfusion');
    expect(renal?.subject.synonyms).toContain('renal hypoperfusion');
  });
});

describe('quantity words before a measured thing', () => {
  it('"a smaller share of X": X is a synonym of the share', () => {
    const [finding] = findings('Patients had a smaller fraction of slow-twitch QRX fibres than controls');
    expect(finding?.subject.synonyms).toContain('slow-twitch QRX fibres');
  });
});

describe('an abbreviation that labels the figures', () => {
  it('"X was lower in patients (ABC: 4.1 versus 6.0)": ABC is a synonym of X', () => {
    const [finding] = findings('Tibial nerve conduction was lower in patients (TNCV: 41 versus 47 m/s for controls)');
    expect(finding?.subject.name).toBe('tibial nerve conduction');
    expect(finding?.subject.synonyms).toContain('TNCV');
  });
});

describe('some members of a class differing', () => {
  it('"Of the 40 bile acids measured, six differed between A and B": the class differs, undirected', () => {
    expect(extract('Of the 40 bile acids measured, six differed between patients and controls (FDR < 0.05).')).toEqual([
      'bile acids | ASSOCIATED_WITH | ME/CFS | controls',
    ]);
  });

  it('"Twelve of the 300 transcripts separated A from B": the class differs, not a classifier\'s result', () => {
    expect(extract('Twelve of the 300 transcripts separated patients from controls after correction.')).toEqual([
      'transcripts | ASSOCIATED_WITH | ME/CFS | controls',
    ]);
  });
});
