// The precision gate: a candidate subject or object becomes an entity only when it reads as a noun phrase. Each
// case is a class of fragment the frames used to turn into entities (error class 1 of the extraction issue).
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { isModifier, isNounPhrase } from '../../src/ingest/extract/pos.ts';

describe('isNounPhrase', () => {
  it.each([
    'serum ferritin',
    'left ventricular ejection fraction',
    'IL-6',
    'CD8+ T cell frequency',
    'miR-21-5p',
    'stimulated NK cells',
    'the resting heart rate',
    // A hyphenated compound is one word: the model's pieces ("All" DET, "cause" VERB) would reject these.
    'All-cause mortality',
    'exercise-induced fatigue',
    'orexin-A',
    // An adverb elsewhere, an adjective before a noun.
    'fast spindle amplitude',
    // An adjective the tagger reads as an adverb at the phrase's start.
    'heavy menstrual bleeding',
    // A noun the tagger reads as the adjective it also is, at the head.
    'PCr recovery time constant',
    'the cognitive composite',
    'MFI total',
    // "per" counts by a noun; "mean" opening a name summarises it.
    'voided volume per void',
    'Mean voided volume',
    // A gerund closing a phrase after what it is of names a process.
    'K562 killing',
    'nocturnal heart-rate dipping',
    'core temperature minimum',
    // A verb's base form closing a name is the noun it also is.
    'word-list recall',
    'Recall',
  ])('accepts the noun phrase %j', (phrase) => expect(isNounPhrase(phrase)).toBe(true));

  it.each([
    ['a determiner and adjective only', 'a strong'],
    ['an adverb', 'likewise'],
    ['a preposition phrase', 'across all'],
    ['a verb fragment with a magnitude', 'leaned 9%'],
    ['a verb phrase', 'proteins pointed to immune pathways'],
    ['a clause with an auxiliary', 'antidepressants seem effective at'],
    ['a quantifier', 'no statistical'],
    ['a preposition first', 'before completion'],
    ['a hyphenated participle with no noun after it', 'the exercise-induced'],
    ['a degree or focus adverb before a noun', 'only patients'],
    ['an average with its figure', 'mean of 0.1 mm'],
    ['a gerund of change after its subject', 'IL-6 rising'],
    ['a verb before a closing gerund', 'IL-15 priming raised killing'],
    ['a past form after its subject', 'IL-6 rose'],
    ['a present tense after a plural', 'patients improve'],
  ])('rejects %s (%j)', (_, phrase) => expect(isNounPhrase(phrase)).toBe(false));
});

describe('isModifier', () => {
  it('tells a shared-head modifier from a noun member', () => {
    expect(isModifier('mental')).toBe(true);
    expect(isModifier('anxiety')).toBe(false);
  });
});

const extract = (sentence: string) =>
  extractFindings({ slug: 'gate-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
    (f) => `${f.subject.name} ${f.relation} ${f.object.name}`,
  );

describe('the gate and the list rules in sentences', () => {
  it('takes the measure, not the fragment before the cue, as the subject; a trend short of significance is a null', () => {
    expect(
      extract('Resting cortisol in ME/CFS patients leaned 4% higher, a trend that fell short of the threshold.'),
    ).toEqual(['resting cortisol NOT_DIFFERENT_IN ME/CFS']);
  });

  it('claims nothing when the only candidate subject is a fragment', () => {
    expect(extract('In the patients it leaned 4% higher than in controls.')).toEqual([]);
  });

  it('reads a non-significant directed trend as a null', () => {
    // Serum is a specimen, not part of the analyte's name.
    expect(
      extract(
        'Serum ferritin was 12% higher in ME/CFS patients, a difference that did not reach significance (p=0.21).',
      ),
    ).toEqual(['ferritin NOT_DIFFERENT_IN ME/CFS']);
  });

  it('splits "neither A nor B" into two null findings', () => {
    expect(
      extract('Neither serum ferritin nor transferrin saturation differed significantly between the groups.'),
    ).toEqual(['ferritin NOT_DIFFERENT_IN ME/CFS', 'transferrin saturation NOT_DIFFERENT_IN ME/CFS']);
  });

  it('keeps the members of a class umbrella as themselves', () => {
    expect(
      extract('Levels of several bile acids (cholate, deoxycholate) were lower in ME/CFS patients than in controls.'),
    ).toEqual(['cholate REDUCED_IN ME/CFS', 'deoxycholate REDUCED_IN ME/CFS']);
  });

  it("does not give a noun member of a comma list the last member's head", () => {
    const found = extract(
      'Age, anxiety and disease duration showed no statistical association with handgrip strength.',
    );
    // A correlation's two ends are stored in one canonical order (extract/index.ts symmetricOrder).
    expect(found.filter((f) => /^hand ?grip strength NOT_CORRELATED_WITH anxiety$/.test(f))).toHaveLength(1);
    expect(found.some((f) => /^anxiety duration/.test(f))).toBe(false);
  });
});
