// Findings' entities carry ontology ids from the grounding layer, and an entity no lexicon knows takes its type from
// its grounding or head noun instead of defaulting to Biomarker.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const findings = (sentence: string) =>
  extractFindings({ slug: 'grounding-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings;

describe('grounded entities', () => {
  it('a metabolite the project lexicon lacks gets its ChEBI id and stays a biomarker', () => {
    const [finding] = findings('Plasma taurine was lower in ME/CFS patients than in healthy controls (p=0.01)');
    expect(finding?.subject).toMatchObject({
      type: 'Biomarker',
      xrefs: { CHEBI: expect.stringMatching(/^CHEBI:\d+$/) },
    });
  });

  it('a gene symbol as written is grounded to NCBI Gene', () => {
    const [finding] = findings('TRPM3 expression was reduced in NK cells of ME/CFS patients compared with controls');
    expect(Object.values(finding?.subject.xrefs ?? {})).toContain('NCBIGene:80036');
  });

  it('the condition carries its Mondo id', () => {
    const [finding] = findings('Plasma taurine was lower in ME/CFS patients than in healthy controls (p=0.01)');
    expect(Object.values(finding?.object.xrefs ?? {})).toContain('MONDO:0005404');
  });

  it('an unknown measure named by a score is typed a Measure by its head noun', () => {
    const [finding] = findings('The Chalder fatigability score was higher in ME/CFS patients than in controls');
    expect(finding?.subject.type).toBe('Measure');
  });

  it('a subject that is a meta-statement, not a name, leaves the sentence unstructured', () => {
    expect(
      findings('Within the patient group, differences in thermal tolerance correlated with grip endurance'),
    ).toEqual([]);
  });

  it('a duration ("time to …") is a measure, not a meta-statement', () => {
    const [finding] = findings('Time to exhaustion was shorter in ME/CFS patients than in controls');
    expect(finding?.subject).toMatchObject({ name: 'time to exhaustion', type: 'Measure' });
  });
});
