// A measure reported at anatomical places: one entity per place, each with its own figures, named with the place's
// noun and adjective. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { anatomicalPlaces, figuredPlaces, namesAtPlace, placeAdjectives } from '../../src/ingest/extract/places.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string, title = 'Brain imaging in ME/CFS') => findingLines(sentence, { title, p: true });

describe('which lists are lists of places', () => {
  it('lone adjectives before a last place share its head noun', () => {
    expect(anatomicalPlaces('the parietal, temporal or occipital cortex')).toEqual([
      'parietal cortex',
      'temporal cortex',
      'occipital cortex',
    ]);
    expect(anatomicalPlaces('left and right hippocampus')).toEqual(['left hippocampus', 'right hippocampus']);
    expect(anatomicalPlaces('the thalamus and plasma')).toBeNull();
  });

  it('a place keeps the one p-value printed beside it; the figures do not stop the list being one of places', () => {
    expect(figuredPlaces('the thalamus (p = 0.002), midbrain (p = 0.01) and pons')).toEqual([
      { place: 'thalamus', pValue: expect.objectContaining({ value: 0.002 }) },
      { place: 'midbrain', pValue: expect.objectContaining({ value: 0.01 }) },
      { place: 'pons', pValue: null },
    ]);
    expect(figuredPlaces('patients (p = 0.01) and controls')).toBeNull();
  });
});

describe('names of a measure at a place', () => {
  it('the adjective of a structure, and a region for its cortex or lobe', () => {
    expect(placeAdjectives('left thalamus')).toEqual(['left thalamic']);
    expect(placeAdjectives('frontal lobe')).toEqual(['frontal']);
    expect(placeAdjectives('anterior cingulate cortex')).toEqual(['anterior cingulate']);
    expect(placeAdjectives('putamen')).toEqual([]);
  });

  it('every form of the place with every short name of the measure, the written place first', () => {
    expect(namesAtPlace(['cerebral blood flow', 'CBF'], 'thalamus').slice(0, 4)).toEqual([
      'thalamus cerebral blood flow',
      'thalamus CBF',
      'thalamic cerebral blood flow',
      'thalamic CBF',
    ]);
  });
});

describe('findings at places', () => {
  it('a list of places with a p-value each: one finding per place, with its own p', () => {
    expect(
      extract('Patients showed raised distribution volume ratios in the thalamus (p = 0.002) and pons (p = 0.03).'),
    ).toEqual([
      'thalamus distribution volume ratios | ELEVATED_IN | ME/CFS | - | 0.002',
      'pons distribution volume ratios | ELEVATED_IN | ME/CFS | - | 0.03',
    ]);
  });

  it('places denied after "but not in" are nulls of the same measure, in the same group', () => {
    expect(
      extract(
        'In long COVID, binding was raised in the insula (p = 0.01), but not in the caudate or putamen.',
        'TSPO binding in ME/CFS and long COVID',
      ),
    ).toEqual([
      'insula binding | ELEVATED_IN | long COVID | - | 0.01',
      'caudate binding | NOT_DIFFERENT_IN | long COVID | - | -',
      'putamen binding | NOT_DIFFERENT_IN | long COVID | - | -',
    ]);
  });

  it('an opening adverb does not hide the clause; the adjective form names the place too', () => {
    const [finding] = extractFindings({
      slug: 'places-2025-test',
      title: 'TSPO binding in ME/CFS',
      observedFindings: ['Regionally, binding was raised in the thalamus (p = 0.004).'],
    }).findings;
    expect(finding?.subject.name).toBe('thalamus binding');
    expect(finding?.subject.synonyms).toContain('thalamic binding');
    expect(finding?.relation).toBe('ELEVATED_IN');
  });

  it('a place list ends before ", with …"; a state before the measure stays before the place ("resting hippocampal")', () => {
    const findings = extractFindings({
      slug: 'places-2025-test',
      title: 'Cerebral blood flow in Gulf War illness',
      observedFindings: [
        'Resting flow was lower in ill veterans in the hippocampus (p = 0.004) and the caudate (p = 0.02), with the putamen near control values.',
      ],
    }).findings;
    expect(findings.map((f) => [f.subject.name, f.relation, f.pValue])).toEqual([
      ['hippocampus resting flow', 'REDUCED_IN', 0.004],
      ['caudate resting flow', 'REDUCED_IN', 0.02],
    ]);
    expect(findings[0]!.subject.synonyms).toContain('resting hippocampal blood flow');
  });

  it("a subject read apart from the sentence's opening place is measured there", () => {
    expect(extract('In the anterior insula, patients had 12% less GABA+ than healthy controls (p = 0.004).')).toEqual([
      'anterior insula GABA | REDUCED_IN | ME/CFS | healthy controls | 0.004',
    ]);
  });
});
