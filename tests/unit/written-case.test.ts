// An entity's display name keeps the capital the sentence gives it (a genus, a proper name), while a capital that
// only starts the sentence is dropped; keys stay case-folded.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/ingest/entity-key.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { writtenCase } from '../../src/ingest/extract/written-case.ts';

const findings = (sentence: string) =>
  extractFindings({ slug: 'case-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings;

describe('writtenCase', () => {
  it('keeps a capital written inside the sentence, drops one that only starts it', () => {
    expect(writtenCase('quorbia', 'Abundance of Quorbia was lower in patients')).toBe('Quorbia');
    expect(writtenCase('zorbic flux', 'Zorbic flux was lower in patients')).toBe('zorbic flux');
    // At the start only a word written like a genus keeps it.
    expect(writtenCase('quorbiella plimsii', 'Quorbiella plimsii was lower in patients')).toBe('Quorbiella plimsii');
    expect(writtenCase('quorbibacterium', 'Quorbibacterium was lower in patients')).toBe('Quorbibacterium');
    // Only the first letter is the sentence's: another spelling of the rest is not this name.
    expect(writtenCase('quorbia', 'QUORBIA was lower in patients')).toBe('quorbia');
    expect(writtenCase('quorbia', 'Quorbiaceae and Quorbia were lower')).toBe('Quorbia');
  });

  it('names the genera of a list as the sentence writes them, with case-folded keys', () => {
    const names = findings('Patients had lower abundance of Quorbia and Plimsiella than controls (p=0.01).').map(
      (f) => f.subject.name,
    );
    expect(names).toEqual(['Quorbia', 'Plimsiella']);
    expect(entityKey('Quorbia')).toBe(entityKey('quorbia'));
  });
});
