// Directions carried by a morpheme of an adjective (GUIDE rule 1: "hypo-" is REDUCED_IN, "hyper-" ELEVATED_IN,
// "dysfunctional" is less function): the adjective names the quantity it measures of its subject. Sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { morphemeMeasure } from '../../src/ingest/extract/directions.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) => findingLines(sentence);

describe('morphemeMeasure', () => {
  it('derives the measured noun of an adjective by regular suffixes', () => {
    expect(morphemeMeasure('hypoacetylated')).toEqual({ noun: 'acetylation', adjective: true });
    expect(morphemeMeasure('hyperperfused')).toEqual({ noun: 'perfusion', adjective: true });
    expect(morphemeMeasure('hypometabolic')).toEqual({ noun: 'metabolism', adjective: true });
    expect(morphemeMeasure('hyperreactive')).toEqual({ noun: 'reactivity', adjective: true });
    expect(morphemeMeasure('dysfunctional')).toEqual({ noun: 'function', adjective: true });
  });

  it('a noun names its measure itself; a word with no regular derivation gives none', () => {
    expect(morphemeMeasure('hypoperfusion')).toEqual({ noun: 'perfusion', adjective: false });
    expect(morphemeMeasure('hypertonic')).toBeNull();
    expect(morphemeMeasure('lower')).toBeNull();
  });
});

describe('a direction adjective predicated of a subject', () => {
  it('"X were hypoacetylated": X acetylation, a plural modifier in the singular', () => {
    expect(extract('Histone tails were hypoacetylated in patients compared with controls')).toEqual([
      'histone tail acetylation | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"X was dysfunctional": X function is reduced', () => {
    expect(extract('Calcium signalling showed that the P2X7 receptor was dysfunctional in patients')).toEqual([
      'P2X7 receptor function | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('a list of subjects: each member its own measure', () => {
    expect(extract('The QRX1 and QRX2 genes were hypermethylated in patients')).toEqual([
      'QRX1 gene methylation | ELEVATED_IN | ME/CFS | -',
      'QRX2 gene methylation | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"X within Y": the place moves before the thing ("site within enhancers" → "enhancer site …")', () => {
    expect(extract('CpG sites within enhancers were hypomethylated in patients')).toEqual([
      'enhancer CpG site methylation | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"the <N> regions of X": the region word only locates N', () => {
    expect(extract('The enhancer regions of stress response genes were hypermethylated in patients')).toEqual([
      'stress response gene enhancer methylation | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('before a noun it measures that noun', () => {
    expect(extract('Patients had hyperacetylated histones compared with controls')).toEqual([
      'histone acetylation | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a hypo- noun still names its measure with its modifiers', () => {
    expect(extract('Patients showed frontal and parietal hypoperfusion')).toEqual([
      'frontal perfusion | REDUCED_IN | ME/CFS | -',
      'parietal perfusion | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('comparative and change words', () => {
  it('"briefer", "thinner", "less prevalent" lower; "thicker", "doubled" raise', () => {
    expect(extract('Patients had briefer naps than controls')).toEqual(['naps | REDUCED_IN | ME/CFS | controls']);
    expect(extract('Retinal nerve fibre layers were thinner in patients than in controls')).toEqual([
      'retinal nerve fibre layers | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Migraine was less prevalent in patients than in controls')).toEqual([
      'migraine | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Carotid intima was thicker in patients than in controls')).toEqual([
      'carotid intima | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Serum QRX9 doubled in patients after exercise')).toEqual([
      'serum QRX9 | ELEVATED_IN | ME/CFS | before exercise',
    ]);
  });
});

describe('direction prefixes on regulation stems', () => {
  it('"down-modulated", "under-expressed", "upregulation": up/down/over/under before a regulation stem', () => {
    expect(extract('Toll-like receptor QRX4 was down-modulated in patients compared with controls')).toEqual([
      // The receptor class before the symbol is no part of its name.
      'QRX4 | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('QRX7 was under-expressed in patients relative to controls')).toEqual([
      'QRX7 | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('other words with the same letters are not cues ("understand", "overall", "uptake")', () => {
    expect(extract('Overall glucose uptake was measured in patients')).toEqual([]);
  });
});

describe('members of a class of genomic units', () => {
  it('"X patterns were altered in genes for A and B": one measure per member, without the generic head', () => {
    expect(extract('Acetylation patterns were altered in genes for lipid transport and axon guidance')).toEqual([
      'lipid transport gene acetylation | ASSOCIATED_WITH | ME/CFS | -',
      'axon guidance gene acetylation | ASSOCIATED_WITH | ME/CFS | -',
    ]);
  });

  it('the member list ends before a group phrase', () => {
    expect(extract('Expression was lower in pathways of heme transport and axon guidance in patients')).toEqual([
      'heme transport pathway expression | REDUCED_IN | ME/CFS | -',
      'axon guidance pathway expression | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('verbs made from comparative cues', () => {
  it('"lowered", "shortened", "weakened" take the direction of "lower", "shorter", "weaker"', () => {
    expect(extract('Stride length shortened in patients compared with controls')).toEqual([
      'stride length | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('In patients, QRX5 activity is lowered to about half of the level in controls')).toEqual([
      'QRX5 activity | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('a verb in -ed whose stem is no cue is not one ("ordered", "covered")', () => {
    expect(extract('Patients ordered more tests than controls')).not.toContainEqual(expect.stringContaining('ordered'));
  });
});

describe('a comparative whose measure follows "on"', () => {
  it('"Patients scored lower on X than controls": X inside the cue\'s own chunk', () => {
    expect(extract('Patients scored lower on verbal fluency than controls')).toEqual([
      'verbal fluency | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a share or multiple of the reference group', () => {
  it('"X in patients was less than half that of controls": lower', () => {
    expect(extract('Bile acid clearance in patients was less than half that of controls')).toEqual([
      'bile acid clearance | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"In patients, X stood at 60% of the level seen in healthy controls": lower; "roughly twice that of": higher', () => {
    expect(extract('In patients, QRX8 uptake stood at 60% of the level seen in healthy controls')).toEqual([
      'QRX8 uptake | REDUCED_IN | ME/CFS | healthy controls',
    ]);
    expect(extract('Urate output in patients was roughly twice that of controls')).toEqual([
      'urate output | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('100% of the reference is no direction', () => {
    expect(extract('In patients, grip endurance was 100% of that in controls')).toEqual([]);
  });
});

describe('"slower" of a time and of a speed', () => {
  it('a slower reaction time is a longer one (ELEVATED_IN); a slower processing speed is a lower one', () => {
    expect(extract('Reaction time was slower in patients than in controls')).toEqual([
      'reaction time | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Processing speed was slower in patients than in controls')).toEqual([
      'processing speed | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('hypo-/hyper- words that name molecules', () => {
  it('"hypoxanthine" is a metabolite, not "less xanthine"', () => {
    expect(extract('Hypoxanthine was lower in patients than in controls')).toEqual([
      'hypoxanthine | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('verbs of change in their other forms', () => {
  it('"had fallen", "eased", "subsided" are decreases; "grew" an increase', () => {
    expect(extract('By month 6, plasma IL-6 had fallen in patients (p = 0.01 against baseline).')).toEqual([
      'IL-6 | REDUCED_IN | ME/CFS | baseline',
    ]);
    expect(extract('Headache severity eased in patients after treatment (p = 0.02).')[0]).toMatch(/\| REDUCED_IN \|/);
    expect(extract('Plasma lactate grew in patients during the task (p = 0.03).')[0]).toMatch(/\| ELEVATED_IN \|/);
  });
});

describe('enrichment and slopes', () => {
  it('"enriched in <group>" is more of it there, "depleted in <group>" less; "enriched in pathways" is no finding', () => {
    expect(
      findingLines('Veillonella atypica was enriched in patients, and Rothia dentocariosa was depleted in patients.'),
    ).toEqual(['Veillonella atypica | ELEVATED_IN | ME/CFS | -', 'Rothia dentocariosa | REDUCED_IN | ME/CFS | -']);
    expect(findingLines('Differentially methylated genes were enriched in interferon signalling pathways.')).toEqual(
      [],
    );
  });

  it('"steeper" is a larger slope, "flatter" a smaller one, "trailed that of controls" lower', () => {
    expect(findingLines('The ventilatory slope was steeper in patients (p < 0.01).')).toEqual([
      'ventilatory slope | ELEVATED_IN | ME/CFS | -',
    ]);
    expect(findingLines('The diurnal melatonin slope was flatter in patients (p = 0.04).')).toEqual([
      'diurnal melatonin slope | REDUCED_IN | ME/CFS | -',
    ]);
    expect(findingLines('Word-reading speed trailed that of controls in patients (p < 0.01).')).toEqual([
      'word-reading speed | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});
