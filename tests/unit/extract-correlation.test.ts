// Correlation wordings the phrase lists of cues.json do not spell out: a negation or a sign word with other words
// between it and the cue. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) =>
  extractFindings({
    slug: 'correlation-2024-test',
    title: 'A study of ME/CFS',
    observedFindings: [sentence],
  }).findings.map((f) => `${f.subject.name} | ${f.relation}${f.sign ? `/${f.sign}` : ''} | ${f.object.name}`);

describe('negation governing a correlation cue', () => {
  it('"No meaningful correlations emerged between A and B" is an absence, not a correlation', () => {
    expect(extract('No meaningful correlations emerged between salivary cortisol and grip strength')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });

  it('"A was not significantly correlated with B"', () => {
    expect(extract('Salivary cortisol was not significantly correlated with grip strength')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });

  it('a negation inside an earlier phrase does not govern the cue', () => {
    expect(extract('In patients with no comorbidities, salivary cortisol correlated with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength',
    ]);
  });
});

describe('sign words apart from the cue', () => {
  it('"a strong positive linear correlation" is positive, "a weak inverse linear correlation" negative', () => {
    expect(extract('Salivary cortisol showed a strong positive linear correlation with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/POSITIVE | hand grip strength',
    ]);
    expect(extract('Salivary cortisol showed a weak inverse linear correlation with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/NEGATIVE | hand grip strength',
    ]);
  });
});

describe('sign words after the cue, signed associations and coordinated negation', () => {
  it('"correlated positively with", "correlated inversely with"', () => {
    expect(extract('Salivary cortisol correlated positively with grip strength (rho=0.40)')).toEqual([
      'cortisol | CORRELATES_WITH/POSITIVE | hand grip strength',
    ]);
    expect(extract('Salivary cortisol correlated inversely with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/NEGATIVE | hand grip strength',
    ]);
  });

  it('"inversely related to" is a negative correlation; a bare "related to" stays an association', () => {
    expect(extract('Salivary cortisol was inversely related to grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/NEGATIVE | hand grip strength',
    ]);
    expect(extract('Salivary cortisol was related to grip strength')).toEqual([
      'cortisol | ASSOCIATED_WITH | hand grip strength',
    ]);
  });

  it('"Neither A nor B correlated with C": the negation spans both members', () => {
    expect(extract('Neither salivary cortisol nor IL-6 correlated with grip strength')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | hand grip strength',
      'salivary IL-6 | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });
});

describe("a measure's change as the correlating variable", () => {
  it('"the fall in X", "the magnitude of the X reduction" name the change; a list inside "increases in" stays a list', () => {
    expect(extract('The fall in grip strength correlated with fatigue severity')).toEqual([
      'fall in grip strength | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
    expect(extract('The magnitude of the grip strength reduction was associated with fatigue severity')).toEqual([
      'grip strength reduction | ASSOCIATED_WITH | fatigue',
    ]);
    expect(extract('Increases in fatigue and pain were associated with poorer grip strength')).toEqual([
      'fatigue | ASSOCIATED_WITH | hand grip strength',
      'pain | ASSOCIATED_WITH | hand grip strength',
    ]);
  });

  it('"the nocturnal rise in X": a one-word adjective before the change is part of its name', () => {
    expect(
      extract('The nocturnal rise in salivary cortisol correlated with fatigue severity (r = 0.3, p = 0.01)'),
    ).toEqual(['nocturnal rise in salivary cortisol | CORRELATES_WITH/UNSPECIFIED | fatigue']);
  });
});

describe('a measure named with when or from what it was taken', () => {
  it('"X over the preceding two days", "X from a wrist monitor worn …": the measure, the whole kept as a synonym', () => {
    const findings = extractFindings({
      slug: 'corr-2025-window',
      title: 'A study of ME/CFS',
      observedFindings: [
        'Fatigue ratings correlated with skin conductance over the preceding two days (r = 0.3, p = 0.01).',
        'Fatigue ratings correlated with step count from a wrist monitor worn for the same fortnight (r = 0.3, p = 0.01).',
      ],
    }).findings;
    expect(findings.map((f) => f.object.name)).toEqual(['skin conductance', 'step count']);
    expect(findings[0]!.object.synonyms).toContain('skin conductance over the preceding two days');
  });

  it('"X as a percentage of predicted", "X at month 3": the measure, its context kept as a synonym', () => {
    const [percentage] = extractFindings({
      slug: 'corr-2025-predicted',
      title: 'A study of ME/CFS',
      observedFindings: [
        'Handgrip strength as a percentage of predicted was lower in patients than in controls (p = 0.01).',
      ],
    }).findings;
    expect(percentage!.subject.name).toBe('hand grip strength');
    expect(percentage!.subject.synonyms).toContain('handgrip strength as a percentage of predicted');
    const [depth] = extractFindings({
      slug: 'corr-2025-depth',
      title: 'Rituximab in ME/CFS',
      observedFindings: ['The depth of B-cell depletion at month 3 was not associated with fatigue change (p = 0.52).'],
    }).findings;
    expect(depth!.subject.synonyms ?? []).toContain('depth of B-cell depletion');
  });

  it('"X adjusted for age", "X normalised to body weight": the measure, the adjusted form a synonym', () => {
    const [adjusted] = extractFindings({
      slug: 'corr-2025-adjusted',
      title: 'A study of ME/CFS',
      observedFindings: ['Birth length adjusted for gestational age was much the same in the two groups.'],
    }).findings;
    expect(adjusted!.subject.name).toBe('birth length');
    expect(adjusted!.subject.synonyms).toContain('birth length adjusted for gestational age');
  });

  it('"the number of days needed to recover", "time spent above X": counts and times a phrase narrows, as written', () => {
    expect(
      extract('Salivary cortisol correlated with the number of days needed to recover (r = 0.4, p = 0.01)'),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | number of days needed to recover']);
    expect(
      findingLines('Time spent above the anaerobic threshold heart rate was lower in patients than in controls'),
    ).toEqual(['time above the anaerobic threshold heart rate | REDUCED_IN | ME/CFS | controls']);
  });

  it('"Time spent above X correlated with Y": the participle after a time is part of the subject', () => {
    expect(
      extract('Time spent above the anaerobic threshold heart rate correlated with fatigue (r = 0.4, p = 0.01)'),
    ).toEqual(['time above the anaerobic threshold heart rate | CORRELATES_WITH/UNSPECIFIED | fatigue']);
  });

  it('", being highest in the first year": a descriptive participle after the statistics is no object', () => {
    expect(
      extract(
        'Salivary cortisol correlated with the time since infection (r = 0.3, p = 0.03), being highest in the first year.',
      ),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | time since infection']);
  });

  it('"a lower X correlated with a larger Y increment": how large the change was is not part of its name', () => {
    expect(
      extract('A lower CD25 correlated with a larger standing heart rate increment (ρ = −0.49, p = 0.01)'),
    ).toEqual(['CD25 | CORRELATES_WITH/UNSPECIFIED | standing heart rate increment']);
  });

  it('"the fatigue score on the Checklist Individual Strength": a title-case instrument names the score', () => {
    const [finding] = extractFindings({
      slug: 'corr-2025-instrument',
      title: 'A study of ME/CFS',
      observedFindings: [
        'Grip strength correlated with the fatigue score on the Checklist Individual Strength (r = −0.4, p = 0.02)',
      ],
    }).findings;
    expect([finding!.subject.name, finding!.object.name]).toContain(
      'fatigue score on the Checklist Individual Strength',
    );
    const scale = finding!.subject.name.startsWith('fatigue') ? finding!.subject : finding!.object;
    expect(scale.synonyms).toContain('Checklist Individual Strength fatigue score');
  });

  it('"X correlated with A (r …) and was higher in B": the comparison is a clause of its own about X', () => {
    expect(
      extract(
        'Serum IL-6 correlated with fatigue (r = 0.3, p = 0.01) and was higher in patients than in controls (p = 0.02)',
      ),
    ).toEqual(['IL-6 | CORRELATES_WITH/UNSPECIFIED | fatigue', 'IL-6 | ELEVATED_IN | ME/CFS']);
  });

  it('"… (ρ …) and was higher in patients with X": the group the comparison names, not the leading sample', () => {
    expect(
      extract(
        'Within ME/CFS, serum IL-6 correlated with fatigue (ρ = 0.34, p = 0.003) and was higher in patients with non-O blood groups than in those with group O (p = 0.01)',
      ),
    ).toContain('IL-6 | ELEVATED_IN | ME/CFS with non-O blood groups');
  });

  it('"… and moderately with C": how strongly an object correlates is not part of it', () => {
    expect(
      extract(
        'Salivary cortisol correlated strongly with grip strength (r = 0.7, p < 0.001), and moderately with age (r = 0.4, p = 0.01)',
      ),
    ).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength',
      'cortisol | CORRELATES_WITH/UNSPECIFIED | age',
    ]);
  });
});

describe('objects of a correlation set apart by statistics or an adverbial', () => {
  it('"… (r, p) but not with the X increase (r, p)": the denied change is a null, not a clause of its own', () => {
    expect(
      extract(
        'The fall in grip strength correlated with fatigue severity (r=0.44, p=0.01) but not with the pain increase (r=0.08, p=0.6)',
      ),
    ).toEqual([
      'fall in grip strength | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'fall in grip strength | NOT_CORRELATED_WITH | pain increase',
    ]);
  });

  it('"with A (r, p) and, more weakly, with B (r, p)": both objects', () => {
    expect(
      extract(
        'Grip strength correlated with fatigue severity (r=0.52, p=0.001) and, more weakly, with pain (r=0.21, p=0.04)',
      ),
    ).toEqual([
      'hand grip strength | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'hand grip strength | CORRELATES_WITH/UNSPECIFIED | pain',
    ]);
  });
});

describe('correlations across a sample, with symbols and times', () => {
  const lines = (sentence: string) =>
    extractFindings({ slug: 'corr-2025-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`,
    );

  it('"across all participants" is the sample the correlation holds in, not part of the measure', () => {
    expect(lines('Calcium influx correlated with cytotoxic activity across all participants (r = 0.47)')).toEqual([
      'calcium influx | CORRELATES_WITH | cytotoxic activity',
    ]);
  });

  it('a symbol closed by a Greek letter ("IFN-β") and "time since infection" are names', () => {
    expect(lines('HERV-W expression correlated with serum IFN-β (rho = 0.38)')).toEqual([
      'HERV-W expression | CORRELATES_WITH | serum IFN-β',
    ]);
    expect(lines('Peak VO2 was unrelated to time since acute infection (r = 0.06, p = 0.62)')).toEqual([
      'time since acute infection | NOT_CORRELATED_WITH | VO₂ peak',
    ]);
  });
});

describe('a correlation and a second predicate', () => {
  it('"X correlated with A (r, p) and was not related to B": two relations, each with its own statistics', () => {
    expect(
      extractFindings({
        slug: 'corr-2025-test',
        title: 'A study of ME/CFS',
        observedFindings: [
          'Grip strength correlated inversely with the fatigue score (r = −0.40, p = 0.02) and was not related to age.',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.pValue ?? '-'}`),
    ).toEqual([
      'hand grip strength | CORRELATES_WITH | fatigue | 0.02',
      'age | NOT_CORRELATED_WITH | hand grip strength | -',
    ]);
  });

  it('", and C was associated with D" after a correlation is a clause of its own, with its own subject', () => {
    expect(
      extract(
        'Salivary cortisol correlated with grip strength (r = 0.30, p = 0.01), and plasma IL-6 was associated with fatigue (odds ratio 2.1, p = 0.03).',
      ),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength', 'IL-6 | ASSOCIATED_WITH | fatigue']);
  });

  it('", and no C differed between the groups" after a correlation is a null of its own', () => {
    expect(
      extract(
        'Salivary cortisol correlated with grip strength (r = 0.30, p = 0.01), and no plasma cytokine differed between the groups.',
      ),
    ).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength',
      // (No member of the class differed: the class, the specimen read past as for any known analyte.)
      'cytokines | NOT_DIFFERENT_IN | ME/CFS',
    ]);
  });

  it('", and C showed no relationship with D" after a correlation: the second subject is its own', () => {
    expect(
      extract(
        'Salivary cortisol correlated with grip strength (r = 0.30, p = 0.01), and plasma IL-6 showed no relationship with fatigue.',
      ),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength', 'IL-6 | NOT_CORRELATED_WITH | fatigue']);
  });
});

describe('a second predicate after "but" that repeats no subject', () => {
  it('", but showed no relationship with B" and "but did not correlate with B" share the first clause\'s subject', () => {
    expect(
      extract(
        'MPO–DNA levels correlated with the PEM score (rho = 0.36, p = 0.009), but showed no relationship with age',
      ),
    ).toEqual([
      'MPO–DNA levels | CORRELATES_WITH/UNSPECIFIED | post-exertional malaise',
      'MPO–DNA levels | NOT_CORRELATED_WITH | age',
    ]);
    expect(extract('Lactate correlated with fatigue but did not correlate with age')).toEqual([
      'lactate | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'lactate | NOT_CORRELATED_WITH | age',
    ]);
  });

  it('"did not correlate with A but correlated positively with B": a denial, then a correlation of the same subject', () => {
    expect(
      extract(
        'Lactate did not correlate with hearing thresholds but correlated positively with anxiety (ρ = 0.42)',
      ).map((line) => line.split(' | ').sort().join(' | ')),
    ).toEqual(['NOT_CORRELATED_WITH | hearing thresholds | lactate', 'CORRELATES_WITH/POSITIVE | anxiety | lactate']);
  });

  it('a group the correlation holds in ends its object ("with A in TMD (r = …) but not in fibromyalgia")', () => {
    expect(
      extractFindings({
        slug: 'corr-2025-test',
        title: 'Jaw function in fibromyalgia and migraine',
        observedFindings: [
          'Jaw scores correlated with masseter thresholds in migraine (r = −0.41) but not in fibromyalgia.',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.population ?? '-'}`),
    ).toEqual([
      'jaw scores | CORRELATES_WITH | masseter thresholds | migraine',
      'jaw scores | NOT_CORRELATED_WITH | masseter thresholds | fibromyalgia',
    ]);
  });

  it('"in women … but not in men", "among A … but not among the others": people by sex or the rest are groups too', () => {
    const lines = (sentence: string) =>
      extractFindings({
        slug: 'corr-2025-test',
        title: 'Sleep in long COVID',
        observedFindings: [sentence],
      }).findings.map((f) => `${f.relation} | ${f.population ?? '-'}`);
    expect(lines('QRX scores correlated with total sleep time in women (r = 0.38, p = 0.02) but not in men.')).toEqual([
      'CORRELATES_WITH | women',
      'NOT_CORRELATED_WITH | men',
    ]);
    expect(
      lines(
        'QRX scores correlated with total sleep time among hypersomnolent patients (r = 0.38) but not among the others.',
      ),
    ).toContain('NOT_CORRELATED_WITH | others');
  });

  it('"with A in fibromyalgia, but not with B": B, named after the group the relation holds in, is denied it there', () => {
    expect(
      extractFindings({
        slug: 'corr-2025-test',
        title: 'Processing speed in fibromyalgia',
        observedFindings: [
          'Processing speed correlated with recall scores (r = 0.33, p = 0.01) in fibromyalgia, but not with pain thresholds.',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.population ?? '-'}`),
    ).toEqual([
      'processing speed | CORRELATES_WITH | recall scores | fibromyalgia',
      'pain threshold | NOT_CORRELATED_WITH | processing speed | fibromyalgia',
    ]);
  });

  it('", but not with B" stays one clause; a group after the subject scopes the second predicate', () => {
    expect(extract('Lactate correlated with fatigue, but not with age')).toEqual([
      'lactate | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'lactate | NOT_CORRELATED_WITH | age',
    ]);
    expect(
      extractFindings({
        slug: 'corr-2025-test',
        title: 'GFAP in long COVID and ME/CFS',
        observedFindings: [
          'Plasma GFAP in long COVID exceeded the ME/CFS level (p = 0.04) but did not correlate with thalamic binding.',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.population ?? '-'}`),
    ).toEqual([
      'plasma GFAP | ELEVATED_IN | long COVID | -',
      'plasma GFAP | NOT_CORRELATED_WITH | thalamic binding | long COVID',
    ]);
  });
});

describe('tracking as correlation', () => {
  it('"did not track A or B" is no correlation with each', () => {
    expect(extract('Substance P did not track the pain score or illness duration')).toEqual([
      'substance P | NOT_CORRELATED_WITH | pain',
      'substance P | NOT_CORRELATED_WITH | disease duration',
    ]);
  });
});

describe('a leading adjunct naming the sample', () => {
  it('"Across all participants," "Pooling both visits," are not part of the subject', () => {
    expect(
      extract('Across all participants, ferritin correlated positively with hepcidin (r = 0.40, p = 0.01)'),
    ).toEqual(['ferritin | CORRELATES_WITH/POSITIVE | hepcidin']);
    expect(extract('Pooling both visits, lactate correlated negatively with pH (r = −0.50, p = 0.001)')).toEqual([
      'lactate | CORRELATES_WITH/NEGATIVE | pH',
    ]);
  });

  it('"the number of crashes logged during follow-up": how it was recorded is not part of the name', () => {
    expect(
      extract('Cortisol correlated with the number of crashes logged during follow-up (r = 0.3, p = 0.02)'),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | number of crashes']);
  });
});

describe('"bore any relationship to"', () => {
  it('after "Neither A nor B": no correlation for each', () => {
    expect(extract('Neither leptin nor adiponectin bore any relationship to fatigue severity')).toEqual([
      'leptin | NOT_CORRELATED_WITH | fatigue',
      'adiponectin | NOT_CORRELATED_WITH | fatigue',
    ]);
  });

  it('"did not differ from controls and was unrelated to B": a null comparison and a null correlation', () => {
    expect(extract('Carotid stiffness did not differ from controls and was unrelated to step count')).toEqual([
      'carotid stiffness | NOT_DIFFERENT_IN | ME/CFS',
      'carotid stiffness | NOT_CORRELATED_WITH | step count',
    ]);
  });
});

describe('changes named by when or how they were taken', () => {
  it('"the 24-hour rise in X", "the post-exertional rise in X" correlate as changes', () => {
    expect(
      extract(
        'The 48-hour rise in IL-8 correlated positively with the next-day increase in fatigue (r = 0.4, p = 0.01)',
      ),
    ).toEqual(['48-hour rise in IL-8 | CORRELATES_WITH/POSITIVE | next-day increase in fatigue']);
  });

  it('"the gain in X", "X improvement": a gain or an improvement is a change of its measure', () => {
    expect(extract('The gain in NK cytotoxicity showed no association with fatigue improvement (r = 0.09)')).toEqual([
      'gain in NK cytotoxicity | NOT_CORRELATED_WITH | fatigue improvement',
    ]);
  });

  it('"the post-task IL-6 increase": a hyphenated word before the measure stays the measure\'s', () => {
    expect(extract('The post-task IL-6 increase correlated with fatigue (r = 0.4, p = 0.01)')).toEqual([
      'post-task IL-6 increase | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
  });

  it('"the increase in pain on a visual analogue scale" is named without its scale; "reported days" without "reported"', () => {
    expect(extract('Lactate correlated with the increase in muscle pain on a visual analogue scale')).toEqual([
      'lactate | CORRELATES_WITH/UNSPECIFIED | increase in muscle pain',
    ]);
    expect(extract('Lactate correlated with reported days of bed rest (r = 0.3, p = 0.02)')).toEqual([
      'days of bed rest | CORRELATES_WITH/UNSPECIFIED | lactate',
    ]);
  });
});

describe('a demographic factor in an association', () => {
  it('"X was associated with female sex": the factor is the subject, as risk factors are read', () => {
    expect(extract('Chronic pain was associated with female sex (p < 0.001)')).toEqual([
      'female sex | ASSOCIATED_WITH | chronic pain',
    ]);
  });
});

describe('two measures related without "with"', () => {
  it('"A and B were (not) correlated" relates the pair; a later "A and C were not" denies that pair only', () => {
    expect(extract('Ferritin and fatigue severity were not correlated.')).toEqual([
      'ferritin | NOT_CORRELATED_WITH | fatigue',
    ]);
    expect(
      extract(
        'Grip strength and SF-36 physical function were correlated (r = 0.52, p < 0.001); grip strength and age were not.',
      ),
    ).toEqual([
      'hand grip strength | CORRELATES_WITH/UNSPECIFIED | SF-36 physical functioning',
      'age | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });

  it('"an association was found between A and B"; "the correlation between A and B was … not significant" denies it', () => {
    expect(
      extract(
        'A significant association was found between HHV-6 seropositivity and cognitive complaints (OR 2.1, p = 0.02).',
      ),
    ).toEqual(['HHV-6 seropositivity | ASSOCIATED_WITH | cognitive complaints']);
    expect(
      extract('The correlation between RMSSD and pain intensity was weak and not significant (r = 0.09).'),
    ).toEqual(['RMSSD | NOT_CORRELATED_WITH | pain']);
  });

  it('"predicted" takes its object without a preposition', () => {
    expect(extract('Higher baseline CRP predicted poorer recovery at one year (p = 0.01).')).toEqual([
      'CRP | ASSOCIATED_WITH | recovery',
    ]);
  });

  it('a person\'s measure keeps its owner ("the patient\'s hours in bed"); a quantified owner names nothing', () => {
    expect(extract("Carer strain correlated with the patient's hours in bed (r = 0.41, p = 0.002).")).toEqual([
      "carer strain | CORRELATES_WITH/UNSPECIFIED | patient's hours in bed",
    ]);
    expect(extract("Neither gene's burden was associated with onset type.")).toEqual([]);
  });

  it('an antibody after an antigen is raised against it, not one of its members', () => {
    expect(extract('EBV nuclear antigen IgG correlated with fatigue (r = 0.3, p = 0.01).')).toEqual([
      'EBV nuclear antigen IgG | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
  });
});

describe('objects denied after "and not", and gerund signs', () => {
  it('"correlated with A (…) and not with B" denies B', () => {
    expect(
      extract(
        'Within patients, liver volume correlated with plasma soluble CD14 (r = 0.33, p = 0.02) and not with age (r = 0.08).',
      ),
    ).toEqual([
      'plasma soluble CD14 | CORRELATES_WITH/UNSPECIFIED | liver volume',
      'age | NOT_CORRELATED_WITH | liver volume',
    ]);
  });

  it('a gerund an ontology knows as a sign is an entity ("wheezing")', () => {
    expect(extract('Low serum ferritin was associated with wheezing and cough but not with fatigue.')).toEqual([
      'low serum ferritin | ASSOCIATED_WITH | wheezing',
      'low serum ferritin | ASSOCIATED_WITH | cough',
      'low serum ferritin | NOT_CORRELATED_WITH | fatigue',
    ]);
  });
});

describe('correlations written around the claim', () => {
  const lines = (sentence: string) => findingLines(sentence, { sign: true });

  it('"and with how many organ systems were affected": the count is the measure', () => {
    expect(
      lines(
        'Plasma taurine correlated inversely with fatigue (r = −0.3, p = 0.01) and with how many organ systems were affected',
      ),
    ).toEqual([
      'plasma taurine | CORRELATES_WITH/NEGATIVE | fatigue | -',
      // (A correlation reads the same either way round; the pair is written in a canonical order.)
      'number of organ systems affected | CORRELATES_WITH/NEGATIVE | plasma taurine | -',
    ]);
  });

  it('", a relationship not seen among X": the correlation, then its denial', () => {
    expect(
      lines(
        'Plasma taurine correlated with grip strength (r = 0.3, p = 0.01), a relationship not seen among men (r = 0.02)',
      ),
    ).toEqual([
      'plasma taurine | CORRELATES_WITH/UNSPECIFIED | hand grip strength | -',
      'plasma taurine | NOT_CORRELATED_WITH | hand grip strength | -',
    ]);
  });

  it('"X rose in both groups … and bore no relation to Y": the denied relation is a clause of its own', () => {
    expect(
      lines('Plasma taurine rose in both groups to a similar peak and bore no relation to pain ratings'),
    ).toContain('plasma taurine | NOT_CORRELATED_WITH | pain | -');
  });
});

describe('a second predicate that denies the correlation of other objects', () => {
  it('"correlated with B and did not correlate with C", "…, yet showed no correlation with C": C is denied', () => {
    expect(extract('QRX1 correlated with fatigue (r = 0.31, p = 0.01) and did not correlate with age')).toEqual([
      'QRX1 | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'QRX1 | NOT_CORRELATED_WITH | age',
    ]);
    expect(extract('QRX1 correlated with fatigue (r = 0.31, p = 0.01), yet showed no correlation with age')).toEqual([
      'QRX1 | CORRELATES_WITH/UNSPECIFIED | fatigue',
      'QRX1 | NOT_CORRELATED_WITH | age',
    ]);
  });

  it('a null cue that governs the clause stays a null', () => {
    expect(extract('QRX1 did not correlate with fatigue')).toEqual(['QRX1 | NOT_CORRELATED_WITH | fatigue']);
  });
});

describe('a comment after the statistics', () => {
  it('"…, a relation absent in controls": the noun phrase after the comma comments on the claim, it is no object', () => {
    expect(extract('QRX1 correlated with fatigue (r = 0.31, p = 0.01), a relation absent in controls')).toEqual([
      'QRX1 | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
  });
});

describe('a subject that is none of its members', () => {
  it('"None of the smell measures correlated with A or with B": no correlation with either, not a correlation', () => {
    expect(findingLines('None of the smell measures correlated with fatigue or with disease duration.')).toEqual([
      'smell measures | NOT_CORRELATED_WITH | fatigue | -',
      'smell measures | NOT_CORRELATED_WITH | disease duration | -',
    ]);
  });
});

describe('correlations denied in a clause of their own', () => {
  it('"…, and neither A nor B correlated with C": the joining "and" is no part of the subject', () => {
    expect(
      findingLines(
        'IgA was lower in patients, and neither bacterial richness nor lpx abundance correlated with fatigue.',
      ),
    ).toEqual([
      'IgA levels | REDUCED_IN | ME/CFS | -',
      'bacterial richness | NOT_CORRELATED_WITH | fatigue | -',
      'lpx abundance | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });

  it('"X correlated with A; B and C showed no such relation": X is correlated with neither B nor C', () => {
    expect(
      findingLines(
        'Lactulose recovery correlated with abdominal pain score (ρ = 0.35, p = 0.02); fatigue and sleep quality showed no such relation.',
      ),
    ).toEqual([
      'lactulose recovery | CORRELATES_WITH | abdominal pain score | -',
      'lactulose recovery | NOT_CORRELATED_WITH | fatigue | -',
      'lactulose recovery | NOT_CORRELATED_WITH | sleep quality | -',
    ]);
  });
});

describe('changes of measures as the correlated variables', () => {
  it('"Neither the fall in A nor the change in B correlated with C": each change is a subject', () => {
    expect(
      extract(
        'Neither the fall in ferritin nor the change in resting heart rate correlated with the change in fatigue (ρ = 0.11 and ρ = −0.02).',
      ),
    ).toEqual([
      'fall in ferritin | NOT_CORRELATED_WITH | change in fatigue',
      'change in resting heart rate | NOT_CORRELATED_WITH | change in fatigue',
    ]);
  });

  it('the span a change was taken over is not part of its name', () => {
    expect(
      extract(
        'The change in ferritin from baseline to week 12 showed no relationship with the change in fatigue (ρ = 0.06).',
      ),
    ).toEqual(['change in ferritin | NOT_CORRELATED_WITH | change in fatigue']);
  });
});

describe('a leading time without its comma', () => {
  it('"At baseline the X correlated …" reads the clause after the time', () => {
    expect(
      extract(
        'At baseline the fatigue score correlated positively with serum ferritin (r = 0.41, p = 0.003) and negatively with grip strength (r = −0.30, p = 0.03).',
      ),
    ).toEqual([
      'ferritin | CORRELATES_WITH/POSITIVE | fatigue',
      'hand grip strength | CORRELATES_WITH/NEGATIVE | fatigue',
    ]);
  });
});

describe('when a relation held, and a range of coefficients', () => {
  it('"did not change … and was unrelated to B at any visit": a null change, then a null correlation with B', () => {
    expect(
      extract('Resting heart rate did not change over two years and was unrelated to grip strength at any visit.'),
    ).toEqual([
      'resting heart rate | NOT_DIFFERENT_IN | ME/CFS',
      'hand grip strength | NOT_CORRELATED_WITH | resting heart rate',
    ]);
  });

  it('"(r between 0.29 and 0.41)" is a range of coefficients, not a list of members', () => {
    expect(extract('Fatigue correlated with grip strength at each visit (r between 0.29 and 0.41).')).toEqual([
      'hand grip strength | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
  });
});

describe('more ways of writing a correlation or its absence', () => {
  it('"A and SF-36 physical functioning were correlated": a gerund ends the pair, it is no verb', () => {
    expect(extract('Serum ferritin and SF-36 physical functioning were correlated (r = −0.41, p = 0.02).')).toEqual([
      'ferritin | CORRELATES_WITH/UNSPECIFIED | SF-36 physical functioning',
    ]);
  });

  it('"did not relate to" denies the relation', () => {
    expect(extract('Serum ferritin did not relate to fatigue in the patient group.')).toEqual([
      'ferritin | NOT_CORRELATED_WITH | fatigue',
    ]);
  });

  it('"In neither patient group was A correlated with B": no correlation, in no one population', () => {
    expect(extract('In neither patient group was serum ferritin correlated with fatigue.')).toEqual([
      'ferritin | NOT_CORRELATED_WITH | fatigue',
    ]);
  });

  it('"napping time on actigraphy": the device a measure was taken with is not its name', () => {
    expect(extract('Daytime napping time on actigraphy correlated with fatigue (r = 0.33, p = 0.04).')).toEqual([
      'daytime napping time | CORRELATES_WITH/UNSPECIFIED | fatigue',
    ]);
  });
});
