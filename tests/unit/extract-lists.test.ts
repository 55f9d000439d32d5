// Lists of members that stand in for an umbrella (GUIDE rule 7), in wordings the frames did not read. Sentences are
// written for these tests.
import { describe, expect, it } from 'vitest';
import { entitiesFromChunk } from '../../src/ingest/extract/entities.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) =>
  extractFindings({ slug: 'lists-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
    (f) => `${f.subject.name} | ${f.relation}${f.sign ? `/${f.sign}` : ''} | ${f.object.name} | ${f.comparator ?? '-'}`,
  );

describe('members between dashes', () => {
  it('"similar X—61% for A and 82% for B—…": each member, not the umbrella; the tail after the dash is its own clause', () => {
    expect(
      extract(
        'Patients and controls had similar latent infection rates—61% for cytomegalovirus and 82% for HHV-7—so past infection was common',
      ),
    ).toEqual([
      'latent CMV infection rate | NOT_DIFFERENT_IN | ME/CFS | controls',
      'latent HHV-7 infection rates | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('a dash pair around words that are not figure–name members still separates clauses as before', () => {
    expect(extract('Lactate rose in patients after exercise—an unexpected result—and stayed high')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | before exercise',
    ]);
  });
});

describe('a virus as a member of a measured quantity', () => {
  it('"infection rates (A, B)": a virus is what the rate is of, not the measure itself', () => {
    expect(extract('Latent infection rates (HHV-6 and Epstein-Barr virus) were similar between the groups')).toEqual([
      'latent HHV-6 infection rate | NOT_DIFFERENT_IN | ME/CFS | -',
      'latent EBV infection rate | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('an analyte member of a quantity stays itself ("cytokine levels (IL-6 and IL-8)")', () => {
    expect(extract('Cytokine levels (IL-6 and IL-8) were higher in patients than in controls')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | controls',
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('members and clauses joined by "but" without a comma', () => {
  it('"higher A and B but lower C than controls": each member the direction of its own cue, one comparator', () => {
    expect(extract('Patients had higher QRX1 and QRX2 but lower QRX3 compared with controls')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | controls',
      'QRX2 | ELEVATED_IN | ME/CFS | controls',
      'QRX3 | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"A rose and B fell but C remained unchanged": three predications', () => {
    expect(extract('QRX1 rose and QRX2 fell but QRX3 remained unchanged in patients')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX2 | REDUCED_IN | ME/CFS | -',
      'QRX3 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('modifiers coordinated before one class noun', () => {
  it('"A and B profiles": a lone word no vocabulary knows shares the class noun of the member after it', () => {
    expect(extract('Patients had distinct sleep and disability profiles compared with healthy controls')).toEqual([
      'sleep profiles | ASSOCIATED_WITH | ME/CFS | healthy controls',
      'disability profiles | ASSOCIATED_WITH | ME/CFS | healthy controls',
    ]);
  });

  it('"antibodies against X env and pol proteins": each member keeps the words before the coordination', () => {
    expect(
      extract('IgM reactivity against HTLV env and pol proteins did not differ between patients and healthy controls'),
    ).toEqual([
      'IgM reactivity against HTLV env | NOT_DIFFERENT_IN | ME/CFS | healthy controls',
      'IgM reactivity against HTLV pol | NOT_DIFFERENT_IN | ME/CFS | healthy controls',
    ]);
  });

  it('a known entity before the coordination stays itself ("IL-6 and TNF receptors")', () => {
    const found = extract('Levels of IL-6 and soluble TNF receptors were higher in patients than in healthy controls');
    expect(found[0]).toMatch(/^IL-6 \| ELEVATED_IN/);
  });
});

describe('places sharing what is measured of them', () => {
  it('"thalamic, caudate and cerebellar connectivity": a lone place takes the measure the last member names', () => {
    expect(extract('Thalamic, caudate and cerebellar connectivity did not differ between the groups')).toEqual([
      'thalamic connectivity | NOT_DIFFERENT_IN | ME/CFS | -',
      'caudate connectivity | NOT_DIFFERENT_IN | ME/CFS | -',
      'cerebellar connectivity | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('"between A and B" inside a name', () => {
  it('the "and" of "between" joins the two ends of one measure, not two members', () => {
    expect(extract('The ratio between IL-6 and IL-10 was higher in patients')).toEqual([
      'ratio between IL-6 and IL-10 | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

const entityNames = (chunk: string) => entitiesFromChunk(chunk).map((m) => m.entity.name);

describe('a lone modifier parallel to the last member', () => {
  it("shares everything after the last member's first word", () => {
    expect(entityNames('Gastrointestinal and secretomotor domain scores')).toEqual([
      'gastrointestinal domain scores',
      'secretomotor domain scores',
    ]);
    expect(entityNames('Anti-QX3 and anti-QX4 muscarinic receptor antibody levels')).toEqual([
      'Anti-QX3 muscarinic receptor antibody levels',
      'anti-QX4 muscarinic receptor antibody levels',
    ]);
    expect(entityNames('The sleep and neurocognitive subscales')).toEqual([
      'sleep subscales',
      'neurocognitive subscales',
    ]);
  });

  it('a member that names itself stays itself ("fatigue and poor sleep quality")', () => {
    expect(entityNames('fatigue and poor sleep quality')).toEqual(['fatigue', 'poor sleep quality']);
  });
});

describe('predications listed with commas alone', () => {
  it('"A were reduced (p), B were expanded (p), and C were unchanged": three clauses, each with its own p', () => {
    const sentence =
      'CD57+ NK cells were reduced (p = 0.004), CD56bright NK cells were expanded (p = 0.02), and total NK cells were unchanged.';
    expect(findingLines(sentence, { p: true })).toEqual([
      'CD57+ NK cells | REDUCED_IN | ME/CFS | - | 0.004',
      'CD56bright NK cells | ELEVATED_IN | ME/CFS | - | 0.02',
      'total NK cells | NOT_DIFFERENT_IN | ME/CFS | - | -',
    ]);
  });

  it('a leading phrase with a cue but no copula is not a clause of its own', () => {
    expect(extract('In patients with reduced NK cells, QRX1 was higher than in controls')).toHaveLength(1);
  });
});

describe('a preserved measure and a closing gerund', () => {
  it('"was preserved in A but lower in B": a null in A and a reduction in B ("deep breathing" is a noun)', () => {
    expect(
      extract('The heart rate response to deep breathing was preserved in CFS but lower in POTS than in controls'),
    ).toEqual([
      'heart rate response to deep breathing | NOT_DIFFERENT_IN | ME/CFS | -',
      'heart rate response to deep breathing | REDUCED_IN | postural orthostatic tachycardia syndrome | controls',
    ]);
  });
});

describe('a gapped clause', () => {
  it('"A was reduced in fibromyalgia, and B in ME/CFS": B takes the predicate left out', () => {
    expect(extract('QRX1 was reduced in fibromyalgia, and QRX2 in ME/CFS')).toEqual([
      'QRX1 | REDUCED_IN | fibromyalgia | -',
      'QRX2 | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"A was higher in patients, B in controls": B is lower in the patients', () => {
    expect(extract('QRX1 was higher in patients with ME/CFS (p = 0.01), QRX2 in controls (p = 0.02)')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | controls',
      'QRX2 | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('a second clause with its own verb is not gapped', () => {
    expect(extract('QRX1 fell in controls, and QRX2 in ME/CFS was lower than on day 1').join('\n')).not.toMatch(
      /QRX2 \| \w+ \| controls/,
    );
  });
});

describe('statistics in parentheses after a name', () => {
  it('"with B (r = 0.52 and r = 0.48)" is one object, not two members named by their r', () => {
    expect(extract('In fibromyalgia, fatigue correlated with QRX1 (r = 0.52 and r = 0.48)')).toEqual([
      'QRX1 | CORRELATES_WITH/UNSPECIFIED | fatigue | -',
    ]);
  });
});

describe('names with commas and diagnoses', () => {
  it('a comma between digits is inside a name ("2,3-DPG"), not between list members', () => {
    expect(extract('Erythrocyte 2,3-DPG and QRX1 were lower in patients')).toEqual([
      'erythrocyte 2,3-DPG | REDUCED_IN | ME/CFS | -',
      'QRX1 | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"were normal" is a null; "normal in all participants" describes one sample and claims nothing', () => {
    expect(extract('QRX1 was raised in patients, but QRX2 and QRX3 were normal')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX3 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('QRX2 and QRX3 were normal in all participants')).toEqual([]);
  });

  it('"a new ME/CFS diagnosis" is the condition', () => {
    expect(extract('Female sex was associated with a new ME/CFS diagnosis')).toEqual([
      'female sex | ASSOCIATED_WITH | ME/CFS | -',
    ]);
  });
});

describe('a list measured in one place', () => {
  it('"A, B and C in the thalamus were unchanged": one finding per member, never the list as one name', () => {
    const lines = extract('QRX1, QRX2 and QRX3 in the thalamus were unchanged in patients');
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['QRX1', 'QRX2', 'QRX3']);
  });
});

describe('a trailing "with more … and less …"', () => {
  it('lists what else differed in the group the clause ends with', () => {
    expect(extract('QRX1 was increased in patients (p = 0.03), with more QRX2 and less QRX3')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX2 | ELEVATED_IN | ME/CFS | -',
      'QRX3 | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('attributes listed after the first', () => {
  it('"headache frequency, severity and duration": each attribute is of the headache', () => {
    expect(extract('Headache frequency, severity and duration were higher in patients')).toEqual([
      'headache frequency | ELEVATED_IN | ME/CFS | -',
      'headache severity | ELEVATED_IN | ME/CFS | -',
      'headache duration | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('an elliptical denial', () => {
  it('"A was elevated but B and C were not": each of B and C denies the claim, with or without a comma', () => {
    expect(extract('In ME/CFS, QRX1 was elevated but QRX2 and QRX3 were not')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX3 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('words of the first member that every member shares', () => {
  const names = (chunk: string) => entitiesFromChunk(chunk).map((m) => m.entity.name);

  it('a stimulus prefix ("LPS-induced IL-6 and TNF-α"): each member is the stimulated response', () => {
    expect(names('LPS-induced IL-10 and IFN-γ')).toEqual(['LPS-induced IL-10', 'LPS-induced IFN-γ']);
  });

  it('a measurement state before two parallel modifiers ("daytime systolic and diastolic pressures")', () => {
    expect(names('Nocturnal systolic and diastolic pressures')).toEqual([
      'nocturnal systolic pressures',
      'nocturnal diastolic pressures',
    ]);
    // Not a noun after the state ("Maximal respiration and …"), nor a member with its own determiner.
    expect(names('Evening melatonin and the morning peak')).toEqual(['evening melatonin', 'morning peak']);
  });

  it('a plural numbered kind ("complexes I and IV") is one kind per number', () => {
    expect(names('complexes II and III')).toEqual(['complex II', 'complex III']);
  });

  it('"EPA-derived 18-HEPE" is also named by the species alone', () => {
    expect(entitiesFromChunk('eicosapentaenoic acid-derived 18-HEPE')[0]!.entity.synonyms).toContain('18-HEPE');
  });
});

describe('lone modifiers before a member of several words', () => {
  it('share that member\'s head, not the last member\'s ("total and HDL cholesterol, triglycerides and …")', () => {
    expect(
      entitiesFromChunk('Total and HDL cholesterol, triglycerides and apolipoprotein B').map((m) => m.entity.name),
    ).toEqual(['total cholesterol', 'HDL cholesterol', 'triglycerides', 'apolipoprotein B']);
  });

  it('a bracket glued to a name is part of it ("25(OH)D", "Lp(a)")', () => {
    expect(entitiesFromChunk('25(OH)D and Lp(a)').map((m) => m.entity.name)).toEqual(['vitamin D', 'lipoprotein(a)']);
  });
});

describe('agents before what was measured of them', () => {
  it('"CMV, HHV-6 and VZV IgG": each agent\'s IgG, not the agent', () => {
    expect(entitiesFromChunk('HSV-1, HHV-7 and VZV IgM').map((m) => m.entity.name)).toEqual([
      'HSV-1 IgM',
      'HHV-7 IgM',
      'VZV IgM',
    ]);
  });
});

describe('substances an ontology names, listed', () => {
  it('a member the tagger alone reads as a verb ("lead") or an adjective ("arsenic") is a member of its own', () => {
    expect(entitiesFromChunk('mercury, lead, arsenic and thallium').map((m) => m.entity.name)).toEqual([
      'mercury',
      'lead',
      'arsenic',
      'thallium',
    ]);
  });

  it('an adjective no ontology names as a substance still shares the last head ("renal and hepatic clearance")', () => {
    expect(entitiesFromChunk('renal and hepatic clearance').map((m) => m.entity.name)).toEqual([
      'renal clearance',
      'hepatic clearance',
    ]);
  });
});

describe('a lone modifier before a member that opens with a modifier', () => {
  it('shares everything after that modifier ("cervical and ocular VEMP amplitudes", "red and white blood cell counts")', () => {
    expect(entitiesFromChunk('cervical and ocular VEMP amplitudes').map((m) => m.entity.name)).toEqual([
      'cervical VEMP amplitudes',
      'ocular VEMP amplitudes',
    ]);
    expect(entitiesFromChunk('red and white blood cell counts').map((m) => m.entity.name)).toEqual([
      'red blood cell counts',
      'white blood cell counts',
    ]);
  });
});

describe('names of tests', () => {
  it('a capitalised name keeps its capitals and its capitalised gerund ("Boston Naming", "Trail Making Test")', () => {
    expect(entitiesFromChunk('Boston Naming and Trail Making Test Part B').map((m) => m.entity.name)).toEqual([
      'Boston Naming',
      'Trail Making Test Part B',
    ]);
  });

  it('a counted plural with its participle is what a test counts ("categories completed")', () => {
    expect(entitiesFromChunk('perseverative errors and categories completed').map((m) => m.entity.name)).toEqual([
      'perseverative errors',
      'categories completed',
    ]);
  });
});

describe('members at the start of a sentence or after an adjunct', () => {
  it('a sentence-initial capital does not stop a lone modifier sharing the head ("Warm and cold detection thresholds")', () => {
    expect(entitiesFromChunk('Warm and cold detection thresholds').map((m) => m.entity.name)).toEqual([
      'warm detection thresholds',
      'cold detection thresholds',
    ]);
  });

  it('"On quantitative sensory testing, A and B": the adjunct before the comma is no member', () => {
    expect(
      entitiesFromChunk('On quantitative sensory testing, warm and cold detection thresholds').map(
        (m) => m.entity.name,
      ),
    ).toEqual(['warm detection thresholds', 'cold detection thresholds']);
  });

  it('adjectives separated by a comma without "and" modify one noun ("a sudden, infection-triggered onset")', () => {
    expect(entitiesFromChunk('a sudden, infection-triggered onset').map((m) => m.entity.name)).toEqual([
      'sudden infection-triggered onset',
    ]);
  });
});

describe('cells a sentence opens with', () => {
  it('"In neutrophils, neither A nor B": each member measured in those cells', () => {
    expect(
      entitiesFromChunk('In neutrophils, neither oxygen consumption nor extracellular acidification').map(
        (m) => m.entity.name,
      ),
    ).toEqual(['neutrophil oxygen consumption', 'neutrophil extracellular acidification']);
  });

  it('a place or a group the sentence opens with is no cell type ("In women, …" leaves the names alone)', () => {
    expect(entitiesFromChunk('In women, oxygen consumption').map((m) => m.entity.name)).toEqual(['oxygen consumption']);
  });
});

describe('an adjunct of time before a list', () => {
  it('"Across stable days, A and B": the adjunct is no member', () => {
    expect(entitiesFromChunk('Across stable days, N-methylhistamine and LTE4').map((m) => m.entity.name)).toEqual([
      'N-methylhistamine',
      'LTE4',
    ]);
  });
});

describe('measures of actigraphy and cognition', () => {
  it('"relative amplitude", "interdaily stability", "one-card learning" are names', () => {
    expect(
      entitiesFromChunk('relative amplitude, interdaily stability and one-card learning').map((m) => m.entity.name),
    ).toEqual(['relative amplitude', 'interdaily stability', 'one-card learning']);
  });

  it('a lone noun formed like the next member\'s first word is its other modifier ("detection and identification …")', () => {
    expect(entitiesFromChunk('detection and identification reaction times').map((m) => m.entity.name)).toEqual([
      'detection reaction times',
      'identification reaction times',
    ]);
    expect(entitiesFromChunk('speed and reaction time variability').map((m) => m.entity.name)).toEqual([
      'speed',
      'reaction time variability',
    ]);
  });
});

describe('a place a sentence opens with', () => {
  it('"At the distal tibia, …" qualifies the measures of every clause', () => {
    expect(
      findingLines(
        'At the distal tibia, trabecular number was lower (p = 0.004) in patients, whereas cortical thickness did not differ.',
      ),
    ).toEqual([
      'distal tibia trabecular number | REDUCED_IN | ME/CFS | -',
      'distal tibia cortical thickness | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a state is no place ("At rest, IL-6" stays IL-6)', () => {
    expect(entitiesFromChunk('At rest, IL-6').map((m) => m.entity.name)).toEqual(['IL-6']);
  });
});

describe('a place alone before a member that opens with another place', () => {
  it('shares what follows that place ("masseter and temporalis pressure pain thresholds")', () => {
    expect(entitiesFromChunk('masseter and temporalis pressure pain thresholds').map((m) => m.entity.name)).toEqual([
      'masseter pressure pain thresholds',
      'temporalis pressure pain thresholds',
    ]);
  });
});

describe('markers coordinated before one cell type', () => {
  it('"CD1c⁺ and CD141⁺ dendritic cells" are two cell populations, each named by its marker', () => {
    expect(entitiesFromChunk('CD1c⁺ and CD141⁺ conventional dendritic cells').map((m) => m.entity.name)).toEqual([
      'CD1c⁺ conventional dendritic cells',
      'CD141⁺ conventional dendritic cells',
    ]);
    expect(extract('Plasmablasts were expanded, whereas CD4+ and CD8+ T cells did not differ from controls.')).toEqual(
      expect.arrayContaining([
        'CD4+ T cells | NOT_DIFFERENT_IN | ME/CFS | controls',
        'CD8+ T cells | NOT_DIFFERENT_IN | ME/CFS | controls',
      ]),
    );
  });
});

describe('an instrument named before a list of its parts', () => {
  it("each part is the instrument's, unless it names something of its own", () => {
    expect(
      entitiesFromChunk('PedsQL emotional, social and school functioning subscale scores').map((m) => m.entity.name),
    ).toEqual([
      'PedsQL emotional functioning subscale scores',
      'PedsQL social functioning subscale scores',
      'PedsQL school functioning subscale scores',
    ]);
    expect(entitiesFromChunk('SF-36 vitality and the orthostatic heart-rate rise').map((m) => m.entity.name)).toEqual([
      'SF-36 vitality',
      'orthostatic heart-rate rise',
    ]);
  });
});

describe('a suspended hyphen and a series of symbols before one head', () => {
  it('"short- and long-chain fatty acids": the first member takes the rest of the hyphenated word and the head', () => {
    expect(entitiesFromChunk('short- and long-chain fatty acids').map((m) => m.entity.name)).toEqual([
      'short-chain fatty acids',
      'long-chain fatty acids',
    ]);
  });

  it('"Tc1 and Tc2 fractions": two symbols of one series share what follows the last', () => {
    expect(entitiesFromChunk('Tc1 and Tc2 fractions').map((m) => m.entity.name)).toEqual([
      'Tc1 fractions',
      'Tc2 fractions',
    ]);
  });
});

describe('a specimen before the first analyte of a list', () => {
  it('"salivary IL-6 and IL-8": every bare analyte was measured in the same fluid', () => {
    expect(entitiesFromChunk('salivary IL-6 and IL-8').map((m) => m.entity.name)).toEqual([
      'salivary IL-6',
      'salivary IL-8',
    ]);
    expect(entitiesFromChunk('CSF glutamate, glycine and serine').map((m) => m.entity.name)).toEqual([
      'CSF glutamate',
      'CSF glycine',
      'CSF serine',
    ]);
  });

  it('a member that is no analyte does not take the specimen ("serum IL-6 and fatigue")', () => {
    expect(entitiesFromChunk('serum IL-6 and fatigue').map((m) => m.entity.name)).toEqual(['IL-6', 'fatigue']);
  });
});

describe('a partitive "Of the …," before the subject', () => {
  it('"Of the amino acids, CSF glutamine was lower": the class the member belongs to is not the subject', () => {
    expect(findingLines('Of the amino acids, CSF taurine was lower in patients (p = 0.02).')).toEqual([
      'CSF taurine | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"Of the cytokines, IL-6, IL-8 and IL-10 were higher": each member, and no finding for the class', () => {
    expect(findingLines('Of the cytokines, IL-6, IL-8 and IL-10 were higher in patients (p < 0.05).')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | -',
      'IL-8 | ELEVATED_IN | ME/CFS | -',
      'IL-10 | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('symbols sharing what was measured of them', () => {
  it('"PER1, BMAL1 and CRY1 amplitudes": each gene its amplitude', () => {
    expect(entityNames('PER3, BMAL1, NR1D1 and CRY2 amplitudes')).toEqual([
      'PER3 amplitudes',
      'BMAL1 amplitudes',
      'NR1D1 amplitudes',
      'CRY2 amplitudes',
    ]);
  });

  it('"Supine MCA and PCA velocities": a symbol after a modifier shares the measure too', () => {
    expect(entityNames('Supine ACA and PCA velocities')).toEqual(['supine ACA velocities', 'PCA velocities']);
  });

  it('a symbol a vocabulary knows stays itself ("IL-6, IL-8 and TNF levels")', () => {
    expect(entityNames('IL-6, IL-8 and IL-10 concentrations').slice(0, 2)).toEqual(['IL-6', 'IL-8']);
  });
});

describe('lone words before a plural measure noun', () => {
  it('"sodium and potassium intakes": each word its own intake, even a word that names something alone', () => {
    expect(entityNames('sodium and potassium intakes')).toEqual(['sodium intakes', 'potassium intakes']);
  });

  it('"the liver, kidney and bone-marrow fractions": every lone word before the last member shares its noun', () => {
    expect(entityNames('the liver, kidney and bone-marrow fractions')).toEqual([
      'liver fractions',
      'kidney fractions',
      'bone-marrow fractions',
    ]);
  });

  it('a plural word is a member of its own ("triglycerides and HDL levels" keeps triglycerides)', () => {
    expect(entityNames('triglycerides and glucose levels')[0]).toBe('triglycerides');
  });

  it('"VLDL and HDL cholesterol": an acronym before another shares what follows it', () => {
    expect(entityNames('VLDL and HDL cholesterol')).toEqual(['VLDL cholesterol', 'HDL cholesterol']);
  });
});

describe('counts of listed members', () => {
  it('"resting counts of A, B and C": each member\'s count, with what qualifies the counts before it', () => {
    expect(
      entitiesFromChunk('Resting counts of neutrophils, monocytes and eosinophils').map((m) => m.entity.name),
    ).toEqual(['resting neutrophil count', 'resting monocyte count', 'resting eosinophil count']);
    expect(extract('Counts of basophils and lymphocytes did not differ between the groups.')).toEqual([
      'basophil count | NOT_DIFFERENT_IN | ME/CFS | -',
      'lymphocyte count | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});
