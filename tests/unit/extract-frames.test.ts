// Frame rules added for wording the dev sample's unseen-style entries use. Sentences are written for these tests;
// each exercises one class of wording, not one entry.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

// Names are the lexicon's where it knows the entity (a specimen such as "plasma" is not part of the name; "step
// count" is a synonym of physical activity), the sentence's words otherwise.
const extract = (sentence: string) => findingLines(sentence, { sign: true });

describe('reference groups named by their state', () => {
  it('"than deployed veterans without symptoms": veterans are a group, not part of the measure', () => {
    expect(extract('Cases had higher plasma IL-6 than deployed veterans without symptoms')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | deployed veterans without symptoms',
    ]);
  });

  it('"than matched recovered controls": a state word before the group is part of the comparator', () => {
    expect(extract('Patients scored lower than matched recovered controls on processing speed')).toEqual([
      'processing speed | REDUCED_IN | ME/CFS | matched recovered controls',
    ]);
  });
});

describe('hyphenated compounds', () => {
  it('a cue word inside a hyphenated compound is not a cue ("Self-reported exposure")', () => {
    expect(extract('Self-reported exposure to pesticides was associated with poorer visual memory')).toEqual([
      'exposure to pesticides | ASSOCIATED_WITH | visual memory | -',
    ]);
  });
});

describe('the specimen or unit a measure is taken in', () => {
  it('"in morning saliva", "per NK cell", "against K562 targets" are not part of the name', () => {
    expect(extract('Cortisol in morning saliva was lower in patients than in controls')).toEqual([
      'cortisol | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Perforin content per NK cell did not differ from controls')).toEqual([
      'perforin content | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('NK cell cytotoxic activity against K562 targets was lower in patients')).toEqual([
      'NK cell cytotoxicity | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"at peak exercise", "during tilt", "to a breath-hold challenge" say when it was measured, not what', () => {
    expect(extract('QRX1 pressure at peak exercise did not differ between the groups')).toEqual([
      'QRX1 pressure | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('QRX1 reactivity to a breath-hold challenge was blunted in patients')).toEqual([
      'QRX1 reactivity | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('enrichment', () => {
  it('"were enriched" is more of the taxa; "enriched in <pathways>" stays a skipped enrichment statement', () => {
    expect(extract('Bacteroides were depleted in patients, whereas Ruminococcus gnavus was enriched')).toEqual([
      'Bacteroides | REDUCED_IN | ME/CFS | -',
      'Ruminococcus gnavus | ELEVATED_IN | ME/CFS | -',
    ]);
    expect(extract('Differentially expressed genes were enriched in immune pathways')).toEqual([]);
  });
});

describe('a leading time adjunct', () => {
  it('"Before the first test, X did not differ between patients and controls": the adjunct holds no subject', () => {
    expect(extract('Before the first test, resting lactate did not differ between patients and controls')).toEqual([
      'resting lactate | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"By 72 hours," and "Twenty-four hours after exercise," are adjuncts too', () => {
    expect(extract('By 72 hours, IL-8 no longer differed between patients and controls')).toEqual([
      'IL-8 | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('Twenty-four hours after exercise, IL-8 was higher in patients than in controls')).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"At rest," before a list: a list member never carries "at", so the adjunct is not a member', () => {
    expect(extract('At rest, IL-6, IL-8 and IL-10 concentrations were comparable in the two groups')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | -',
      'IL-8 | NOT_DIFFERENT_IN | ME/CFS | -',
      'IL-10 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('a measure in its untreated state', () => {
  it('"Baseline glutathione" is glutathione; the written form stays a synonym', () => {
    const [finding] = extractFindings({
      slug: 'extract-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Baseline glutathione correlated with mental fatigue (r = −0.45, p = 0.02)'],
    }).findings;
    expect(finding?.subject.name).toBe('glutathione');
    expect(finding?.subject.synonyms).toContain('baseline glutathione');
  });
});

describe('groups named by what they take or receive', () => {
  it('"than those receiving usual care" is the comparator, not part of the measure', () => {
    expect(
      extract('Participants using pacing reported fewer crashes than those receiving usual care (p = 0.03)'),
    ).toEqual(['crashes | REDUCED_IN | pacing treatment group | those receiving usual care']);
  });
});

describe('symbols as names', () => {
  it('a symbol with one letter on each side of a digit is a name ("C3a", "H2S")', () => {
    expect(extract('C3a was higher in patients than in controls')).toEqual(['C3a | ELEVATED_IN | ME/CFS | controls']);
  });

  it('lipid nomenclature glued to its class is part of the name; a spaced parenthesis is not', () => {
    expect(extract('Cer(d18:1/24:1) was higher in patients than in controls')).toEqual([
      'Cer(d18:1/24:1) | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('C3a (p=0.01) was higher in patients')).toEqual(['C3a | ELEVATED_IN | ME/CFS | -']);
  });
});

describe('classification', () => {
  it('reads the classifying verb as the predicate, one claim per classifier joined by ", and"', () => {
    expect(
      extract(
        'Plasma lipid panels separated ME/CFS from controls with an AUC of 0.81, and single lipids reached AUC values near 0.70',
      ),
    ).toEqual([
      'plasma lipid panels | DISCRIMINATES | ME/CFS | controls',
      'single lipids | DISCRIMINATES | ME/CFS | controls',
    ]);
  });

  it('takes the condition from a leading purpose phrase and cuts the classifier before its participle clause', () => {
    expect(
      extract('For telling ME/CFS apart from controls, five urine markers selected in a pilot kept an accuracy of 88%'),
    ).toEqual(['urine markers | DISCRIMINATES | ME/CFS | controls']);
  });
});

describe('correlation subjects', () => {
  it('"X showed a strong correlation with Y": X is the subject, not the cue\'s modifier', () => {
    expect(extract('Grip strength showed a strong correlation with step count among ME/CFS patients (r=0.71)')).toEqual(
      ['hand grip strength | CORRELATES_WITH/UNSPECIFIED | step count | -'],
    );
  });

  it('"Only in group A did X correlate with Y": the subject follows the inverted auxiliary', () => {
    expect(extract('Only in the patient group did salivary cortisol correlate with sleep latency')).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | sleep latency | -',
    ]);
  });

  it('a repeated preposition in the object list belongs to the frame', () => {
    expect(
      extract(
        'Among ME/CFS patients, plasma lactate showed associations with exercise intolerance and with disease duration',
      ),
    ).toEqual([
      'lactate | ASSOCIATED_WITH | exercise intolerance | -',
      'lactate | ASSOCIATED_WITH | disease duration | -',
    ]);
  });
});

describe('group differences', () => {
  it('"than in controls": the preposition belongs to the comparator', () => {
    expect(
      extract('In ME/CFS patients, perfusion of the left insula was significantly lower than in controls'),
    ).toEqual(['perfusion of the left insula | REDUCED_IN | ME/CFS | controls']);
  });

  it('a statistic printed after the last group of "between A and B" is not the subject', () => {
    expect(
      extract(
        'Between the ME/CFS group (41%, IQR 30-52%) and the control group (40%, IQR 29-50%), monocyte activation did not differ (p=0.62)',
      ),
    ).toEqual(['monocyte activation | NOT_DIFFERENT_IN | ME/CFS | controls']);
  });

  it('the comma closes an introductory group phrase, so the listed measures are the subjects', () => {
    expect(
      extract(
        'Among ME/CFS patients with orthostatic intolerance, stroke volume and end-diastolic volume were each significantly lower.',
      ),
    ).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS with orthostatic intolerance | -',
      'end-diastolic volume | REDUCED_IN | ME/CFS with orthostatic intolerance | -',
    ]);
  });

  it('"at a higher frequency than" is one cue', () => {
    expect(extract('ME/CFS patients had CD57+ NK cells at a higher frequency than healthy controls')).toEqual([
      'CD57+ NK cells | ELEVATED_IN | ME/CFS | healthy controls',
    ]);
  });

  it('a magnitude before the cue is not the subject', () => {
    expect(extract('Resting stroke volume was 18% lower in ME/CFS patients than in controls (p<0.01)')).toEqual([
      'resting stroke volume | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Resting stroke volume was 9 millilitres per beat lower in ME/CFS patients')).toEqual([
      'resting stroke volume | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('null wording', () => {
  it('"A and B did not differ in their levels of X": the measure follows "in"', () => {
    expect(
      extract('ME/CFS patients and controls did not differ significantly in their levels of serum albumin'),
    ).toEqual(['serum albumin | NOT_DIFFERENT_IN | ME/CFS | controls']);
  });

  it("a comparison null with no group named is about the study's groups; one set against an unread group is not", () => {
    expect(extract('Basal respiration and proton leak were not significantly different')).toEqual([
      'basal respiration | NOT_DIFFERENT_IN | ME/CFS | -',
      'proton leak | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Their grip strength was comparable to that of the usual responders')).toEqual([]);
  });

  it('"similar to controls", "comparable to those of controls": "to" introduces the reference group of a likeness', () => {
    expect(extract('Serum IgG and IgA were comparable to those of controls')).toEqual([
      'IgG levels | NOT_DIFFERENT_IN | ME/CFS | controls',
      'IgA levels | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('a one-group predicate coordinated before the null ("were within the normal range and did not differ")', () => {
    expect(extract('Serum IgG and IgA were within the normal range and did not differ between groups')).toEqual([
      'IgG levels | NOT_DIFFERENT_IN | ME/CFS | -',
      'IgA levels | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"showed no group difference": the group word belongs to the cue, so the study\'s groups are compared', () => {
    expect(extract('Creatinine and taurine showed no group difference')).toEqual([
      'creatinine | NOT_DIFFERENT_IN | ME/CFS | -',
      'taurine | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Creatinine did not differ from controls')).toEqual([
      'creatinine | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('a directed trend that did not reach significance is a null for the measure before it', () => {
    expect(
      extract('Plasma volume in ME/CFS patients leaned 7% lower, a trend that did not reach significance (p=0.09)'),
    ).toEqual(['plasma volume | NOT_DIFFERENT_IN | ME/CFS | -']);
  });
});

describe('population qualifiers', () => {
  const withPopulation = (sentence: string) =>
    extractFindings({
      slug: 'frames-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.population ?? '-'}`);

  it('"raised in A but not in B": the difference in A, and a null for the same measure in B', () => {
    expect(extract('Quinolinic acid was raised in ME/CFS but not in fibromyalgia')).toEqual([
      'quinolinic acid | ELEVATED_IN | ME/CFS | -',
      'quinolinic acid | NOT_DIFFERENT_IN | fibromyalgia | -',
    ]);
  });

  it('"… and not in B": the same denial in other words', () => {
    expect(
      extract('Quinolinic acid was raised in ME/CFS relative to controls (p < 0.001) and not in fibromyalgia'),
    ).toEqual([
      'quinolinic acid | ELEVATED_IN | ME/CFS | controls',
      'quinolinic acid | NOT_DIFFERENT_IN | fibromyalgia | controls',
    ]);
  });

  it("a change over time in patients but not in controls: the controls' null is theirs", () => {
    expect(extract('Grip strength fell from day 1 to day 2 in patients but not in sedentary controls')).toEqual([
      'hand grip strength | REDUCED_IN | ME/CFS | day 1',
      'hand grip strength | NOT_DIFFERENT_IN | sedentary controls | day 1',
    ]);
  });

  it('"in controls but not in patients" is two findings about two populations', () => {
    expect(withPopulation('Plasma lactate correlated with heart rate in controls but not in ME/CFS patients')).toEqual([
      'lactate | CORRELATES_WITH | heart rate | controls',
      'lactate | NOT_CORRELATED_WITH | heart rate | ME/CFS patients',
    ]);
  });

  it('a clause-initial group is the population of its correlation', () => {
    expect(withPopulation('Within the ME/CFS group, hand grip strength correlated with step count')).toEqual([
      'hand grip strength | CORRELATES_WITH | step count | ME/CFS group',
    ]);
  });
});

describe('group comparisons with the group as subject', () => {
  it('"more" is a direction cue; "more than 50%" is a bound, not a direction', () => {
    expect(extract('Patients had more circulating plasmablasts than controls')).toEqual([
      'circulating plasmablasts | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('More than 60% of patients had plasmablasts')).toEqual([]);
  });

  it('a determiner before the cue is not the subject; a condition counted by the subject stays in it', () => {
    expect(extract('Patients showed a higher prevalence of fibromyalgia than controls')).toEqual([
      'prevalence of fibromyalgia | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"less X, yet more Y": each member keeps its own direction', () => {
    expect(extract('Patients had less taurine, yet more glutamate, than controls')).toEqual([
      'taurine | REDUCED_IN | ME/CFS | controls',
      'glutamate | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"than A and control subjects": a bare modifier shares the comparator\'s head', () => {
    expect(extract('Patients had less taurine than sedentary and control subjects')).toEqual([
      'taurine | REDUCED_IN | ME/CFS | sedentary and control subjects',
    ]);
  });

  it('a floating quantifier after the verb ("were all") is not the subject', () => {
    expect(extract('Stroke volume and cardiac output were all smaller in patients than in controls')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | controls',
      'cardiac output | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('groups and subjects in comparisons', () => {
  it('"than did people with <condition>": the inverted auxiliary and the condition\'s carrier words belong to the comparator', () => {
    expect(extract('Healthy controls carried more taurine in their plasma than did people with ME/CFS')).toEqual([
      'taurine | REDUCED_IN | ME/CFS | Healthy controls',
    ]);
  });

  it('a qualified condition after "people with" is a subgroup named by it', () => {
    expect(extract('Controls had more taurine than people with post-infectious ME/CFS')).toEqual([
      'taurine | REDUCED_IN | post-infectious ME/CFS | Controls',
    ]);
  });

  it('a bare condition where the subject stands is the measured thing when another group is introduced by "in"', () => {
    expect(extract('Irritable bowel syndrome was not more common in ME/CFS')).toEqual([
      'irritable bowel syndrome | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"set against" introduces the comparator; hyphenated modifiers extend a group ("non-fatigued controls")', () => {
    expect(extract('Set against non-fatigued controls, tinnitus showed up 5-fold more often among patients')).toEqual([
      'tinnitus | ELEVATED_IN | ME/CFS | non-fatigued controls',
    ]);
  });

  it('an adverbial cue before the verb: the measure follows the verb', () => {
    expect(extract('Patients more often had detectable antibodies to HHV-6 than controls did')).toEqual([
      'antibodies to HHV-6 | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('clauses', () => {
  it('", yet their X showed no change": a new clause about the group the previous clause named', () => {
    expect(
      extract(
        'Patients with orthostatic intolerance showed lower stroke volume, yet their heart rate showed no change',
      ),
    ).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS with orthostatic intolerance | -',
      'heart rate | NOT_DIFFERENT_IN | ME/CFS with orthostatic intolerance | -',
    ]);
  });

  it('a leading concessive clause is its own clause', () => {
    expect(
      extract(
        'Although grip strength was similar between the groups, patients had a smaller share of type 2 fibres than controls',
      ),
    ).toEqual([
      'hand grip strength | NOT_DIFFERENT_IN | ME/CFS | controls',
      'type 2 muscle fibres | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('prevalence and interpretive appositions', () => {
  it('"The serum of A% of patients held X, compared with B% of controls": the thing follows the verb', () => {
    expect(
      extract('The serum of 40% of ME/CFS patients held anti-nuclear antibodies, compared with 10% of controls'),
    ).toEqual(['anti-nuclear antibodies | ELEVATED_IN | ME/CFS | controls']);
  });

  it('an interpretive apposition (", a sign that …") is not part of the finding', () => {
    expect(extract('Lactate was raised in patients after exercise, a sign that glycolysis may dominate')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | before exercise',
    ]);
  });

  it('"lacking X" names the subgroup without X', () => {
    expect(extract('Stroke volume was lower in patients lacking orthostatic intolerance than in controls')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS without orthostatic intolerance | controls',
    ]);
  });
});

describe('lists and ellipsis', () => {
  it('"…, and neither did X": X shares the previous negative claim', () => {
    expect(extract('Age showed no correlation with grip strength, and neither did body mass index')).toEqual([
      'age | NOT_CORRELATED_WITH | hand grip strength | -',
      'body mass index | NOT_CORRELATED_WITH | hand grip strength | -',
    ]);
  });

  it('a parenthesised member list after a participle ("the three measures taken (A, B, C)") gives one finding per member', () => {
    expect(
      extract(
        'In patients, each of the three measures taken (IL-6, IL-8, IL-10) was raised on day two relative to day one',
      ),
    ).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | day one',
      'IL-8 | ELEVATED_IN | ME/CFS | day one',
      'IL-10 | ELEVATED_IN | ME/CFS | day one',
    ]);
  });
});

describe('places and values', () => {
  it('"hypometabolism in both the insula and the thalamus": one finding per place', () => {
    expect(extract('Patients showed hypoperfusion in both the caudate and the thalamus')).toEqual([
      'caudate blood flow | REDUCED_IN | ME/CFS | -',
      'thalamus blood flow | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('two values in one unit, one per group, are a higher/lower finding for the non-reference group', () => {
    expect(extract('Median lactate was 1.1 mmol/L in controls versus 1.9 mmol/L in patients')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Mean stroke volume was 60 ml in patients, against 75 ml in controls')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Mean stroke volume was 60 ml in patients, against 75 % in controls')).toEqual([]);
  });
});

describe('entity gate', () => {
  it('a tool or method is not a measured thing ("a machine learning model")', () => {
    expect(extract('A random forest model separated ME/CFS from controls with 90% accuracy')).toEqual([]);
  });
});

describe('named groups and glosses', () => {
  it('a group named by its defining words ("the homebound group") is a subgroup, not the whole population', () => {
    expect(extract('The homebound group showed more fatigue than the ambulatory group')).toEqual([
      'fatigue | ELEVATED_IN | homebound group | ambulatory group',
    ]);
    expect(extract('In every homebound group, IL-6 fell below the baseline')).toEqual([
      'IL-6 | REDUCED_IN | homebound group | baseline',
    ]);
  });

  it('"plasma levels of A and B": one finding per member', () => {
    expect(extract('In patients, plasma levels of IL-6 and IL-8 were higher than in controls')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | controls',
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a named condition glossed in parentheses is not broken down into the gloss', () => {
    expect(extract('Patients mostly had sinus tachycardia (elevated heart rate)')).toEqual([]);
  });
});

describe('criteria-defined groups and predicative severity', () => {
  it('"patients who met the X definition" is a subgroup defined by case criteria', () => {
    expect(extract('Fatigue was higher in patients who met the Canadian definition than in controls')).toEqual([
      'fatigue | ELEVATED_IN | patients meeting the Canadian definition | controls',
    ]);
  });

  it('"more severe" after the verb is one cue; the subject stands before it', () => {
    expect(extract('Headaches were more severe in patients than in controls')).toEqual([
      'headache | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a leading adjunct before a prevalence contrast is not part of the subject', () => {
    expect(extract('On tilt testing, syncope appeared in 10% of patients versus 25% of controls')).toEqual([
      'syncope | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('symmetric relations', () => {
  it('a correlation is stored in one order whichever way the sentence puts it (biomarker first, then by name)', () => {
    expect(extract('Fatigue severity correlated with IL-6 levels')).toEqual([
      'IL-6 | CORRELATES_WITH/UNSPECIFIED | fatigue | -',
    ]);
    expect(extract('IL-6 levels correlated with fatigue severity')).toEqual([
      'IL-6 | CORRELATES_WITH/UNSPECIFIED | fatigue | -',
    ]);
  });
});

describe('group names', () => {
  it('a relative clause after a comma describes the group; it is not part of its name', () => {
    expect(
      extract(
        'Heart rate variability was lower in patients without orthostatic symptoms, who also slept longer, than in controls',
      ),
    ).toEqual(['heart rate variability | REDUCED_IN | ME/CFS without orthostatic symptoms | controls']);
  });

  it('a count of patients is the sample, not a subgroup named by its number', () => {
    const [finding] = extract('IL-8 was higher in 2,400 outpatient patients than in controls');
    expect(finding).toBe('IL-8 | ELEVATED_IN | ME/CFS | controls');
  });

  it('"than men": people on the other side of a comparison are its comparator, not part of the measure', () => {
    expect(extract('Women with ME/CFS had lower grip strength than men (p = 0.02)')).toEqual([
      'hand grip strength | REDUCED_IN | women with ME/CFS | men',
    ]);
  });
});

describe('treatment effects (rule 9: the treated arm is the object, the outcome the subject)', () => {
  it('a treatment acting on outcomes: "reduced", "did not improve", a comparison before or after', () => {
    expect(extract('Coenzyme Q10 reduced fatigue compared with placebo')).toEqual([
      'fatigue | REDUCED_IN | coenzyme Q10 treatment group | placebo',
    ]);
    expect(extract('Compared with placebo, rituximab did not improve fatigue or physical function')).toEqual([
      'fatigue | NOT_DIFFERENT_IN | rituximab treatment group | placebo',
      'physical function | NOT_DIFFERENT_IN | rituximab treatment group | placebo',
    ]);
  });

  it('"improved" lowers a symptom and raises a function; each coordinated verb keeps its own outcomes', () => {
    expect(extract('Low-dose naltrexone lowered pain scores and improved sleep quality')).toEqual([
      'pain | REDUCED_IN | low-dose naltrexone treatment group | -',
      'sleep quality | ELEVATED_IN | low-dose naltrexone treatment group | -',
    ]);
    // An outcome whose words give no polarity ("sleep") is left out rather than guessed.
    expect(extract('Patients given low-dose naltrexone reported improvements in pain, sleep and cognition')).toEqual([
      'pain | REDUCED_IN | low-dose naltrexone treatment group | -',
      'cognition | ELEVATED_IN | low-dose naltrexone treatment group | -',
    ]);
  });

  it('a treatment the lexicon lacks is named by its treatment noun; an effect noun after a light verb', () => {
    expect(extract('Valganciclovir treatment was followed by improvements in exercise tolerance')).toEqual([
      'exercise tolerance | ELEVATED_IN | valganciclovir treatment group | -',
    ]);
    expect(
      extract('Supplementation with magnesium produced a significant reduction in muscle pain over placebo'),
    ).toEqual(['muscle pain | REDUCED_IN | magnesium treatment group | placebo']);
  });

  it('a drug standing before a group comparison is not a treatment effect', () => {
    expect(extract('Cortisol reduced more in patients than in controls')).not.toContainEqual(
      expect.stringContaining('treatment group'),
    );
  });
});

describe('null wording with plain group words and prediction verbs', () => {
  it('"between patients and controls": plain "patients" set against controls is an explicit comparison', () => {
    expect(extract('Serum IL-6 was not different between patients and controls')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"did not predict", "could not be predicted from A or from B", "bore no relationship to" are no correlation', () => {
    expect(extract('Illness duration did not predict symptom severity')).toEqual([
      'disease duration | NOT_CORRELATED_WITH | symptom severity | -',
    ]);
    expect(extract('Symptom severity could not be predicted from cortisol levels or from illness duration')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | symptom severity | -',
      'disease duration | NOT_CORRELATED_WITH | symptom severity | -',
    ]);
    expect(extract('Fatigue scores bore no relationship to any of the immune markers measured')).toEqual([
      'immune markers | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });
});

describe('a group as the subject of a verb the cue list lacks', () => {
  it('"Patients took fewer steps than controls": the tagger finds the verb after the group', () => {
    expect(extract('Patients spent fewer hours upright per day than controls')).toEqual([
      'hours upright per day | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"performed worse than controls on tests of X": the measure follows "on"', () => {
    expect(extract('Patients performed worse than controls on tests of processing speed')).toEqual([
      'processing speed | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it("a gerund opening the clause is not a group's verb", () => {
    expect(extract('Applying more selective criteria produced a patient sample with less variability')).toEqual([]);
  });
});

describe('places (rule 7: one finding per anatomical place)', () => {
  it('places after the predicate join the subject, each its own entity; a body fluid is a specimen, not a place', () => {
    expect(extract('Microglial activation was elevated in the thalamus, midbrain and hippocampus of patients')).toEqual(
      // Microglial activation is a part of neuroinflammation, not another name for it: it keeps its own name.
      [
        'thalamus microglial activation | ELEVATED_IN | ME/CFS | -',
        'midbrain microglial activation | ELEVATED_IN | ME/CFS | -',
        'hippocampus microglial activation | ELEVATED_IN | ME/CFS | -',
      ],
    );
    expect(extract('Patients had reduced cortical thickness in the occipital lobe and cerebellum')).toEqual([
      'occipital lobe cortical thickness | REDUCED_IN | ME/CFS | -',
      'cerebellum cortical thickness | REDUCED_IN | ME/CFS | -',
    ]);
    expect(extract('Lactate was elevated in the plasma of patients')).toEqual(['lactate | ELEVATED_IN | ME/CFS | -']);
  });

  it('a place whose name holds "of" stays whole; "of patients" ends the places', () => {
    expect(
      extract('Mean diffusivity was higher in the left uncinate fasciculus and the genu of the corpus callosum'),
    ).toEqual([
      'left uncinate fasciculus mean diffusivity | ELEVATED_IN | ME/CFS | -',
      'genu of the corpus callosum mean diffusivity | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('a tracer with its isotope label and a "binding potential" (no hedge) measured in each place', () => {
    expect(extract('[18F]DPA-714 binding potential was elevated in the thalamus and cingulum of patients')).toEqual([
      'thalamus [18F]DPA-714 binding potential | ELEVATED_IN | ME/CFS | -',
      'cingulum [18F]DPA-714 binding potential | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('when the places were measured ("during the task") is not part of the last place', () => {
    expect(
      extract('Patients showed greater BOLD activation in the left insula and the precuneus during the task'),
    ).toEqual([
      'left insula BOLD activation | ELEVATED_IN | ME/CFS | -',
      'precuneus BOLD activation | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('similarity with its measure after "in"', () => {
  it('"Patients and controls were similar in age and sex": one null per measure', () => {
    expect(extract('Patients and controls were similar in age and body mass index')).toEqual([
      'age | NOT_DIFFERENT_IN | ME/CFS | controls',
      'body mass index | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('cue nouns, umbrella members and feature-defined comparators', () => {
  it('a cue noun takes its "in" phrase across the verb ("No differences were observed in X", "An increase in X")', () => {
    expect(extract('No significant differences were observed in ferritin between groups')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('An increase in pyruvate was seen in patients')).toEqual(['pyruvate | ELEVATED_IN | ME/CFS | -']);
  });

  it('"Several metabolites, including A and B, were lower": the members, not the umbrella', () => {
    expect(extract('Several metabolites, including citrate and glutamate, were decreased in patients')).toEqual([
      'citrate | REDUCED_IN | ME/CFS | -',
      'glutamate | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"than those with X" is the comparator; a symbol keeps its capital at the start of a sentence', () => {
    expect(extract('Patients with sudden onset had higher IgG3 levels than those with gradual onset')).toEqual([
      'IgG3 levels | ELEVATED_IN | ME/CFS with sudden onset | those with gradual onset',
    ]);
  });
});

describe('classifiers', () => {
  it('"A classifier based on X … distinguishing patients from controls": the classifier, named with its inputs, discriminates', () => {
    expect(
      extract(
        'A classifier based on ten urine metabolites achieved an AUC of 0.92 in distinguishing patients from controls',
      ),
    ).toEqual(['classifier based on ten urine metabolites | DISCRIMINATES | ME/CFS | controls']);
    expect(extract('A decision tree combining two scores separated patients from controls with 84% accuracy')).toEqual([
      'decision tree combining two scores | DISCRIMINATES | ME/CFS | controls',
    ]);
  });

  it("a participle cue before the group is not part of the group's name; an article is not part of an entity's", () => {
    expect(extract('A panel of five lipids distinguished patients from controls with an AUC of 0.89')).toEqual([
      'panel of five lipids | DISCRIMINATES | ME/CFS | controls',
    ]);
  });
});

describe('denials and leading comparators', () => {
  it('"correlated with A but not with B": a correlation and a null', () => {
    expect(extract('Fatigue correlated with pain but not with sleep quality')).toEqual([
      'fatigue | CORRELATES_WITH/UNSPECIFIED | pain | -',
      'sleep quality | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });

  it('a leading "Compared with patients with X," ends at its comma', () => {
    expect(extract('Compared with patients with depression, ME/CFS patients had lower cortisol')).toEqual([
      'cortisol | REDUCED_IN | ME/CFS | patients with depression',
    ]);
  });
});

describe('change over time (the earlier time point is the comparator)', () => {
  it('"from day 1 to day 2", "on the second test than on the first", "on day 2 … but not in controls"', () => {
    expect(extract('Peak workload decreased from day 1 to day 2 in patients')).toEqual([
      'workload peak | REDUCED_IN | ME/CFS | day 1',
    ]);
    expect(extract('The ME/CFS group reached a lower peak workload on the second test than on the first')).toEqual([
      'workload peak | REDUCED_IN | ME/CFS | first test',
    ]);
    // The controls' own null over the same days is its own finding (see "population qualifiers").
    expect(extract('On day 2, peak workload fell in patients but not in controls')).toEqual([
      'workload peak | REDUCED_IN | ME/CFS | day 1',
      'workload peak | NOT_DIFFERENT_IN | controls | day 1',
    ]);
  });
});

describe('lists whose members carry their own direction (issue class 2)', () => {
  it('"higher A, B and C, lower D, and unchanged E": each member keeps the last cue before it', () => {
    expect(extract('Patients had higher IL-6, TNF-α and IL-1β, lower IL-10, and unchanged IL-8')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | -',
      'TNF-α | ELEVATED_IN | ME/CFS | -',
      'IL-1β | ELEVATED_IN | ME/CFS | -',
      'IL-10 | REDUCED_IN | ME/CFS | -',
      'IL-8 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"increased levels of A and B and decreased levels of C and D" stays one clause with two runs', () => {
    expect(
      extract(
        'Compared with controls, patients showed increased levels of IL-2 and IL-12 and decreased levels of IL-13 and IL-15',
      ),
    ).toEqual([
      'IL-2 | ELEVATED_IN | ME/CFS | controls',
      'IL-12 | ELEVATED_IN | ME/CFS | controls',
      'IL-13 | REDUCED_IN | ME/CFS | controls',
      'IL-15 | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a null clause continuing a comparison', () => {
  it('"X was higher in patients, but Y was unchanged": the second clause compares the same groups', () => {
    expect(extract('Glutamine was increased in patients, but GABA was unchanged')).toEqual([
      'glutamine | ELEVATED_IN | ME/CFS | -',
      'GABA | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"…, while ME/CFS patients (2.5; p = 0.38) were not different": a group alone denied the difference', () => {
    const lines = findingLines(
      'QRX1 was higher in fibromyalgia (3.9) than in controls (2.1; p = 0.003), while ME/CFS patients (2.5; p = 0.38) were not different.',
      { title: 'QRX1 in ME/CFS, fibromyalgia and healthy controls' },
    );
    expect(lines).toEqual([
      'QRX1 | ELEVATED_IN | fibromyalgia | controls',
      'QRX1 | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(
      findingLines(
        'QRX1 was raised in fibromyalgia (p < 0.001), whereas the ME/CFS value (13.1 per hour, p = 0.29) was not significantly raised.',
        { title: 'QRX1 in ME/CFS, fibromyalgia and healthy controls' },
      ),
    ).toContain('QRX1 | NOT_DIFFERENT_IN | ME/CFS | -');
  });

  it('a null clause alone compares the study\'s groups (GUIDE rule 2: "remained unchanged" is a null comparison)', () => {
    expect(extract('GABA was unchanged')).toEqual(['GABA | NOT_DIFFERENT_IN | ME/CFS | -']);
  });
});

describe('a comparative whose verb and groups are left out', () => {
  it('"…, and more B (p) and C (p)": the previous comparison for each measure it names', () => {
    expect(
      findingLines(
        'Patients carried more QRX1 than controls (p < 0.001), and more QRX2 (p = 0.002) and QRX3 (p = 0.01).',
      ),
    ).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | controls',
      'QRX2 | ELEVATED_IN | ME/CFS | controls',
      'QRX3 | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(findingLines('Patients showed a lower QRX1 (p = 0.01) and more QRX2 (p = 0.02).')).toEqual([
      'QRX1 | REDUCED_IN | ME/CFS | -',
      'QRX2 | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('a comparative with a group of its own is no gap ("and more frequent in women")', () => {
    expect(findingLines('QRX1 was higher in patients and more frequent in women.')).not.toContainEqual(
      expect.stringMatching(/^frequent/),
    );
  });
});

describe('the reference groups set against each other', () => {
  const threeGroups = (sentence: string) =>
    findingLines(sentence, { title: 'QRX1 in long COVID against recovered participants and never-infected controls' });

  it('"…, and the two comparison groups did not differ": the first reference group against the second', () => {
    expect(
      threeGroups(
        'QRX1 was higher in long COVID than in recovered participants or never-infected controls (p < 0.001 for both), and the two comparison groups did not differ.',
      ),
    ).toContain('QRX1 | NOT_DIFFERENT_IN | recovered participants | never-infected controls');
  });

  it('"exceeded that of A and of B, while the two comparison groups were indistinguishable"', () => {
    expect(
      threeGroups(
        'QRX1 in long COVID exceeded that of recovered participants (p = 0.004) and of never-infected controls (p = 0.001), while the two comparison groups were indistinguishable (p = 0.58).',
      ),
    ).toEqual([
      'QRX1 | ELEVATED_IN | long COVID | recovered participants',
      'QRX1 | ELEVATED_IN | long COVID | never-infected controls',
      'QRX1 | NOT_DIFFERENT_IN | recovered participants | never-infected controls',
    ]);
  });

  it('"…, the latter two groups being alike": a patient group may be the first reference', () => {
    expect(
      findingLines(
        'QRX1 was higher in POTS than in ME/CFS (p = 0.02) and in healthy volunteers (p = 0.004), the latter two groups being alike.',
        { title: 'QRX1 in POTS, ME/CFS and healthy volunteers' },
      ),
    ).toContain('QRX1 | NOT_DIFFERENT_IN | ME/CFS | healthy volunteers');
  });

  it('"…, with no difference between the two headache groups": the two groups found different, against each other', () => {
    expect(
      findingLines(
        'QRX1 was elevated in long COVID (58 pg/mL) and in migraine (54 pg/mL) relative to recovered adults (39 pg/mL; p = 0.002 and p = 0.008), with no difference between the two headache groups.',
        { title: 'QRX1 in long COVID headache, migraine and recovered adults' },
      ),
    ).toContain('QRX1 | NOT_DIFFERENT_IN | long COVID | migraine');
  });

  it('with one reference group named, there is no pair to set against each other', () => {
    expect(
      threeGroups('QRX1 was higher in long COVID than in recovered participants, and the latter did not differ.'),
    ).toEqual(['QRX1 | ELEVATED_IN | long COVID | recovered participants']);
  });
});

describe('entity gate for readings and generic heads (issue class 1)', () => {
  it('a reading of the data or a generic head is no subject', () => {
    expect(extract('Patterns suggestive of immune activation were more common in patients')).toEqual([]);
    expect(extract('The point estimates were higher in patients than in controls')).toEqual([]);
    expect(extract('Most markers were higher in patients')).toEqual([]);
  });
});

describe('comparisons without a direction cue on the measure', () => {
  it('"more likely than controls to report X", "three times more likely to have X than controls"', () => {
    expect(extract('Patients were more likely than controls to report unrefreshing sleep')).toEqual([
      'unrefreshing sleep | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Patients were three times more likely to have orthostatic intolerance than controls')).toEqual([
      'orthostatic intolerance | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"twice as high in patients as in controls", "half as high"', () => {
    expect(extract('Levels of IL-6 were twice as high in patients as in controls')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Ferritin was half as high in patients as in controls')).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"A greater proportion of patients had X": X is what is counted; a bare quantity is no subject', () => {
    expect(extract('A greater proportion of patients had abnormal tilt tests (60% vs 10%)')).toEqual([
      'abnormal tilt tests | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('clause-scoped statistics (issue class 5)', () => {
  const withP = (sentence: string) =>
    extractFindings({
      slug: 'frames-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.pComparator ?? ''}${f.pValue ?? '-'}`);

  it('labelled p-values go to the member they name', () => {
    expect(withP('Frequency and MFI of CD24 were higher in patients (frequency P<0.01; MFI P=0.03)')).toEqual([
      'frequency of CD24 | ELEVATED_IN | <0.01',
      'MFI of CD24 | ELEVATED_IN | =0.03',
    ]);
  });

  it('the p printed with an object before "but not with" stays with that object', () => {
    expect(withP('Fatigue correlated with IL-6 (r=0.41, p=0.003) but not with CRP (r=0.05, p=0.71)')).toEqual([
      'IL-6 | CORRELATES_WITH | =0.003',
      'CRP | NOT_CORRELATED_WITH | =0.71',
    ]);
  });

  it('as many p-values as claims are taken in order, in one clause or across two', () => {
    expect(
      withP('Serum IL-8 and CXCL9 were higher in patients than in controls (p=0.004 and p=0.03, respectively)'),
    ).toEqual(['IL-8 | ELEVATED_IN | =0.004', 'CXCL9 | ELEVATED_IN | =0.03']);
    expect(withP('Ferritin was lower in ME/CFS (p=0.01) and in fibromyalgia (p=0.2) than in controls')).toEqual([
      'ferritin | REDUCED_IN | =0.01',
      'ferritin | REDUCED_IN | =0.2',
    ]);
    expect(withP('Patients showed reduced peak stroke volume and a lower peak heart rate (P=0.02 and P=0.04)')).toEqual(
      ['peak stroke volume | REDUCED_IN | =0.02', 'peak heart rate | REDUCED_IN | =0.04'],
    );
  });

  it('a p printed with a superscript exponent ("p = 2.1 × 10⁻⁵")', () => {
    expect(withP('Methylation of the CRH promoter was increased in patients (p = 2.1 × 10⁻⁵)')).toEqual([
      'methylation of the CRH promoter | ELEVATED_IN | =0.000021',
    ]);
  });
});

describe('how, when or under what a measure was taken', () => {
  it('a measure followed by its method is that measure', () => {
    expect(extract('Glycolytic reserve measured by extracellular acidification was higher in patients')).toEqual([
      'glycolytic reserve | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('a measure followed by its method or moment is that measure, with the whole as its synonym', () => {
    const findings = extractFindings({
      slug: 'context-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['IL-6 correlated with glycolytic reserve measured by extracellular acidification'],
    }).findings;
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name])).toEqual([
      ['glycolytic reserve', 'CORRELATES_WITH', 'IL-6'],
    ]);
    expect(findings[0]!.subject.synonyms).toContain('glycolytic reserve measured by extracellular acidification');
    expect(extract('Salivary cortisol at waking correlated with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength | -',
    ]);
  });

  it('a sentence-initial capital does not change what the tagger makes of the phrase', () => {
    expect(extract('Right arcuate fractional anisotropy was higher in patients')).toEqual([
      'right arcuate fractional anisotropy | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('when, after what adjustment or where on the body a measure was taken is not its name', () => {
  it('a time point or an adjustment after a condition or exposure', () => {
    expect(extract('Pre-existing asthma was associated with ME/CFS at six months (OR 1.4)')).toEqual([
      'pre-existing asthma | ASSOCIATED_WITH | ME/CFS | -',
    ]);
    expect(extract('Smoking status was not associated with ME/CFS after adjustment for age')).toEqual([
      'smoking status | NOT_CORRELATED_WITH | ME/CFS | -',
    ]);
  });

  it('a body site or a resting state after a measure', () => {
    expect(extract('Nerve fibre density at the distal leg was lower in patients than in controls')).toEqual([
      'nerve fibre density | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Stroke volume at supine rest did not differ between patients and controls')).toEqual([
      'stroke volume | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('a frequency or a posture after a measure ("at 0.10 Hz", "seated")', () => {
    expect(extract('Transfer function gain at 0.10 Hz was higher in patients than in controls')).toEqual([
      'transfer function gain | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Maximal grip force seated did not differ between patients and controls')).toEqual([
      'maximal grip force | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"VO2 at the anaerobic threshold" is a measure of its own (the lexicon\'s, which the name without "the" is)', () => {
    expect(extract('VO2 at the anaerobic threshold was lower in patients than in controls')).toEqual([
      'VO2 at ventilatory threshold | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a class noun or an expansion before a name', () => {
  it('"the chemokine CXCL10", "secondary bile acids deoxycholic acid", "lysophosphatidylcholine LPC(18:2)" name the member', () => {
    expect(extract('The chemokine CXCL10 was higher in patients than in controls')).toEqual([
      'CXCL10 | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Secondary bile acids deoxycholic acid was lower in patients than in controls')).toEqual([
      'deoxycholic acid | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Lysophosphatidylcholine LPC(18:2) was lower in patients than in controls')).toEqual([
      'LPC(18:2) | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('what is measured of a class ("gene methylation") and a numbered class ("factor VIII") stay whole', () => {
    expect(extract('Coagulation factor VIII was higher in patients than in controls')).toEqual([
      'coagulation factor VIII | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('exposures, phenotypes and antibody targets', () => {
  it('"associated with lower odds of X": X is the condition; odds are how the association was measured', () => {
    expect(extract('Vaccination before infection was associated with lower odds of ME/CFS (aOR 0.59)')).toEqual([
      'vaccination before infection | ASSOCIATED_WITH | ME/CFS | -',
    ]);
  });

  it('"T cells co-expressing A and B" is one phenotype in marker notation, not a list', () => {
    expect(
      extract('CD8+ T cells co-expressing PD-1 and LAG-3 were expanded in patients compared with controls'),
    ).toEqual(['PD-1+ LAG-3+ CD8+ T cells | ELEVATED_IN | ME/CFS | controls']);
    expect(extract('B cells lacking CD27 were reduced in patients compared with controls')).toEqual([
      'CD27- B cells | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"autoantibodies to A, B and C": each target with the antibody head', () => {
    expect(extract('Autoantibodies to tau, MBP and GFAP were higher in patients than in controls')).toEqual([
      'autoantibodies to tau | ELEVATED_IN | ME/CFS | controls',
      'autoantibodies to MBP | ELEVATED_IN | ME/CFS | controls',
      'autoantibodies to GFAP | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a member with its own determiner is a noun phrase of its own, not another target of the head', () => {
    expect(extract('The heart rate response to deep breathing and the Valsalva ratio were lower in patients')).toEqual([
      'heart rate response to deep breathing | REDUCED_IN | ME/CFS | -',
      'Valsalva ratio | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"prolonged" and "shortened" are directions', () => {
    expect(extract('Recovery half-time was prolonged in patients compared with controls')).toEqual([
      'recovery half-time | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Sleep latency was shortened in patients compared with controls')).toEqual([
      'sleep latency | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('groups inside measures and comparators', () => {
  it('"polygenic scores for major depression": a condition a score is for is part of the measure, not a group', () => {
    expect(extract('Polygenic scores for major depression were higher in patients than in controls')).toEqual([
      'polygenic scores for major depression | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"than biopsies from healthy controls": the reference group is the donors of the samples', () => {
    expect(extract('Patient biopsies showed lower expression of TFAM than biopsies from healthy controls')).toEqual([
      'expression of TFAM | REDUCED_IN | ME/CFS | healthy controls',
    ]);
  });

  it('"spent less time in N1 sleep": the sleep stage is the measure', () => {
    expect(extract('Patients spent more time in N1 sleep than controls')).toEqual([
      'N1 sleep | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('two figures in two groups with no direction word', () => {
  it('"was 46 ± 11 bpm in A and 18 ± 7 bpm in controls": a spread and "and" still make one contrast', () => {
    expect(
      extract('The heart rate increment was 46 ± 11 bpm in patients and 18 ± 7 bpm in controls (p < 0.001)'),
    ).toEqual(['heart rate increment | ELEVATED_IN | ME/CFS | controls']);
  });

  it('"patients took a median of 3,210 steps per day, compared with 8,940 in controls": the measure after the figure', () => {
    expect(extract('Patients took a median of 3,210 steps per day, compared with 894 in healthy controls')).toEqual([
      'step count | ELEVATED_IN | ME/CFS | healthy controls',
    ]);
  });

  it('three figures are a series: each patient group against the reference; a subject pointing back names nothing', () => {
    expect(
      extract('The corresponding figures were 27% for fibromyalgia, 11% for controls, and 5% for patients'),
    ).toEqual([]);
    expect(extract('Anxiety scores were 27% for fibromyalgia, 11% for controls, and 5% for patients')).toEqual([
      'anxiety | ELEVATED_IN | fibromyalgia | controls',
      'anxiety | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('more null wordings and second predicates', () => {
  it('"intact", "preserved", "unaffected", "within comparable ranges" are nulls', () => {
    expect(extract('Verbal fluency was intact in patients')).toEqual([
      'verbal fluency | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('TSH and free T4 were within comparable ranges')).toEqual([
      'TSH | NOT_DIFFERENT_IN | ME/CFS | -',
      'free T4 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"X was preserved in A but impaired in B": the second predicate keeps the subject and takes its own group', () => {
    expect(extract('Verbal memory was preserved in ME/CFS but impaired in multiple sclerosis')).toEqual([
      'verbal memory | NOT_DIFFERENT_IN | ME/CFS | -',
      'verbal memory | REDUCED_IN | multiple sclerosis | -',
    ]);
  });

  it('", so the X ratio was higher" is a clause of its own', () => {
    expect(
      extract('Low-frequency power was similar between groups, so the LF/HF ratio was higher in patients'),
    ).toEqual(['low-frequency power | NOT_DIFFERENT_IN | ME/CFS | -', 'LF/HF ratio | ELEVATED_IN | ME/CFS | -']);
  });

  it('"Declines were seen for A and B in patients": "for" names the measures', () => {
    expect(extract('Declines were seen for peak heart rate and grip strength in patients')).toEqual([
      'peak heart rate | REDUCED_IN | ME/CFS | -',
      'hand grip strength | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"correlated negatively with A and positively with B": each object its own sign', () => {
    expect(extract('Free T3 correlated negatively with fatigue severity and positively with grip strength')).toEqual([
      'free T3 | CORRELATES_WITH/NEGATIVE | fatigue | -',
      'free T3 | CORRELATES_WITH/POSITIVE | hand grip strength | -',
    ]);
  });
});

describe('a marker pair is no class before a name', () => {
  it('"CD21+ CD38- B cell frequency" keeps both markers', () => {
    expect(extract('CD21+ CD38- B cell frequency was lower in patients than in controls')).toEqual([
      'CD21+ CD38- B cell frequency | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('written symbols the tagger splits', () => {
  it('"α2-antiplasmin" is one symbol, so the list it stands in keeps every member', () => {
    expect(
      extract('Plasma IL-8, α2-antiplasmin and β2-microglobulin were higher in patients than in controls'),
    ).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
      'α2-antiplasmin | ELEVATED_IN | ME/CFS | controls',
      'β2-microglobulin | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('coordinated nulls and reporting participles', () => {
  it('"were within normal limits and did not differ from controls": the later null makes the comparison', () => {
    expect(extract('Ferritin and transferrin were within normal limits and did not differ from controls')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | controls',
      'transferrin | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"the number of symptoms reported": who reported a measure does not name it', () => {
    expect(extract('Lactate did not correlate with the number of sick days reported by patients')).toEqual([
      'lactate | NOT_CORRELATED_WITH | number of sick days | -',
    ]);
  });
});

describe('comparators a sentence names once', () => {
  it('"…than in controls, whereas Z was unchanged": the reference group is shared by the differences about one group', () => {
    expect(
      extract('Ferritin and hepcidin were lower in patients than in controls, whereas transferrin was unchanged'),
    ).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | controls',
      'hepcidin | REDUCED_IN | ME/CFS | controls',
      'transferrin | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('a time contrast implies the earlier day as the sentence numbers it', () => {
    expect(extract('Peak oxygen pulse fell from day 1 to day 2 in patients')).toEqual([
      'peak oxygen pulse | REDUCED_IN | ME/CFS | day 1',
    ]);
    expect(extract('Peak oxygen pulse fell from day one to day two in patients')).toEqual([
      'peak oxygen pulse | REDUCED_IN | ME/CFS | day one',
    ]);
  });
});

describe('compound names and lipid species', () => {
  it('an unspaced en dash joins a compound ("myeloperoxidase–DNA complexes"); a spaced one still ends a clause', () => {
    expect(extract('Plasma elastase–DNA complexes were higher in patients than in controls')).toEqual([
      'plasma elastase–DNA complexes | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('IL-8 was higher in patients – TNF did not differ from controls')).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
      'TNF-α | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"Forty minutes after the test, X rose": a counted time before the adjunct is no subject', () => {
    expect(extract('Forty minutes after the stress test, plasma lactate rose from baseline in patients')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | baseline',
    ]);
  });

  it('a chain notation names a lipid species with its class ("acylcarnitines (C14, C18:2)", "ceramide C18:0 and C20:0")', () => {
    expect(extract('Long-chain acylcarnitines (C14, C18:2) were lower in patients')).toEqual([
      'C14 acylcarnitine | REDUCED_IN | ME/CFS | -',
      'C18:2 acylcarnitine | REDUCED_IN | ME/CFS | -',
    ]);
    expect(extract('Ceramide C18:0 and C20:0 were higher in patients')).toEqual([
      'ceramide C18:0 | ELEVATED_IN | ME/CFS | -',
      'ceramide C20:0 | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('descriptions between a subject and its verb', () => {
  it('", defined as …,", ", a marker of …,", ", which …," are set aside', () => {
    expect(
      extract('Plasma calprotectin, a marker of neutrophil activation, was higher in patients than in controls'),
    ).toEqual(['plasma calprotectin | ELEVATED_IN | ME/CFS | controls']);
    expect(extract('Resting lactate, which depends on glycolytic flux, was raised in patients')).toEqual([
      'resting lactate | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"hyperaemia", "hypokalaemia": a hypo-/hyper- word with no derived measure is no direction', () => {
    expect(extract('Reactive hyperaemia was lower in patients than in controls')).toEqual([
      'reactive hyperaemia | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('coordinated verb phrases of one group', () => {
  it('"patients walked a shorter distance … and had higher lactate": the second phrase has the group as subject', () => {
    expect(
      extract(
        'Patients walked a shorter distance than controls (p = 0.01) and had higher post-walk lactate (p = 0.02)',
      ),
    ).toContain('post-walk lactate | ELEVATED_IN | ME/CFS | controls');
  });

  it('"percentage of predicted" is a noun phrase', () => {
    expect(extract('Peak VO2 percentage of predicted was lower in patients than in controls')).toEqual([
      'peak VO2 percentage of predicted | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a predicate apposed to a list', () => {
  it('"A, B and C were the strongest contributors, all lower in patients": the apposed predicate is theirs', () => {
    expect(extract('Gelsolin, vitronectin and afamin were the strongest contributors, all lower in patients')).toEqual([
      'gelsolin | REDUCED_IN | ME/CFS | -',
      'vitronectin | REDUCED_IN | ME/CFS | -',
      'afamin | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe("the reference group's own course", () => {
  it('"…, with no significant change in controls" and "whereas controls improved": the same measures, over the same time', () => {
    expect(
      extract(
        'Plasma C3a rose threefold compared with pre-exercise levels in patients, with no significant change in controls',
      ),
    ).toEqual([
      'plasma C3a | ELEVATED_IN | ME/CFS | pre-exercise levels',
      'plasma C3a | NOT_DIFFERENT_IN | controls | pre-exercise levels',
    ]);
    expect(
      extract(
        'Peak workload fell by 8% relative to the first test in patients, whereas sedentary controls improved slightly',
      ),
    ).toEqual([
      'workload peak | REDUCED_IN | ME/CFS | first test',
      'workload peak | ELEVATED_IN | sedentary controls | first test',
    ]);
  });

  it('a group difference is no course: "higher in patients than in controls, while controls showed no change" adds nothing', () => {
    expect(extract('IL-8 was higher in patients than in controls, while controls showed no change')).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('shares of a whole', () => {
  it('"X made up a larger share of B cells in patients than in controls": X is higher', () => {
    expect(extract('Naive B cells made up a larger share of B cells in patients than in controls')).toEqual([
      'naive B cells | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('CD56dim NK cells were higher in patients, whereas CD8+ T cells were proportionally fewer')).toEqual(
      ['CD56dim NK cells | ELEVATED_IN | ME/CFS | -', 'CD8+ T cells | REDUCED_IN | ME/CFS | -'],
    );
  });
});

describe('a leading adjunct naming a subsample', () => {
  it('"In the 30 patients who underwent MRI, …" is the part of the sample measured, not a subgroup', () => {
    expect(extract('In the 30 patients who underwent MRI, QRX1 was lower than in controls')).toEqual([
      'QRX1 | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Among participants with available samples, QRX1 did not differ between groups')).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a subgroup named by a feature stays a subgroup', () => {
    expect(extract('In patients who had a viral onset, QRX1 was lower than in controls')[0]).toMatch(/viral onset/);
  });
});

describe('a superlative predicate', () => {
  it('"A and B were the markers most elevated in patients, while C was the most depleted": the directions it ranks', () => {
    expect(
      extract('QRX1 and QRX2 were the markers most elevated in patients, while QRX3 was the most depleted'),
    ).toEqual(['QRX1 | ELEVATED_IN | ME/CFS | -', 'QRX2 | ELEVATED_IN | ME/CFS | -', 'QRX3 | REDUCED_IN | ME/CFS | -']);
    expect(extract('QRX1 was the most strongly elevated cytokine in patients')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('an apposition denying the claim in another condition', () => {
  it('"A was raised in long COVID, a change not seen in ME/CFS": a rise in one, a null in the other', () => {
    expect(extract('QRX1 was raised in long COVID, a change not seen in ME/CFS')).toEqual([
      'QRX1 | ELEVATED_IN | long COVID | -',
      'QRX1 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a change "not seen in controls" makes no claim about the controls', () => {
    expect(extract('QRX1 rose after exercise in ME/CFS, a change not seen in controls').join('\n')).not.toMatch(
      /NOT_DIFFERENT_IN/,
    );
  });
});

describe('a time phrase inside a known name', () => {
  it('"wake after sleep onset" is a sleep measure, not a measure "after sleep"', () => {
    expect(extract('Sleep efficiency was lower and wake after sleep onset longer in patients')).toEqual([
      'sleep efficiency | REDUCED_IN | ME/CFS | -',
      'wake after sleep onset | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('"showed no such change"', () => {
  it('denies the change the clause before asserted, without taking its p', () => {
    expect(
      findingLines('QRX1 rose over 18 months (p = 0.03), whereas QRX2 showed no such change', { p: true }),
    ).toEqual(['QRX1 | ELEVATED_IN | ME/CFS | baseline | 0.03', 'QRX2 | NOT_DIFFERENT_IN | ME/CFS | baseline | -']);
  });
});

describe('a study of several patient groups', () => {
  const lines = (sentence: string) =>
    findingLines(sentence, { title: 'CSF neuropeptides in ME/CFS and fibromyalgia', p: true });

  it('a clause that names no group is about the patient group an earlier clause of the sentence named', () => {
    expect(
      lines('Nerve growth factor was raised in fibromyalgia (p = 0.02), whereas β-endorphin was lower (p = 0.04)'),
    ).toEqual([
      'nerve growth factor | ELEVATED_IN | fibromyalgia | - | 0.02',
      'β-endorphin | REDUCED_IN | fibromyalgia | - | 0.04',
    ]);
  });

  it('"showed no group effect" is no difference in each patient group', () => {
    expect(lines('BDNF showed no group effect')).toEqual([
      'BDNF | NOT_DIFFERENT_IN | ME/CFS | - | -',
      'BDNF | NOT_DIFFERENT_IN | fibromyalgia | - | -',
    ]);
  });

  it('"an excess that was not seen in B" denies the claim for B; the significant p stays the excess\'s', () => {
    expect(lines('Substance P was higher in ME/CFS (p = 0.03), an excess that was not seen in fibromyalgia')).toEqual([
      'substance P | ELEVATED_IN | ME/CFS | - | 0.03',
      'substance P | NOT_DIFFERENT_IN | fibromyalgia | - | -',
    ]);
  });
});

describe('a change within each group', () => {
  const lines = (sentence: string) =>
    extractFindings({
      slug: 'extract-2024-test',
      title: 'Cytokines after a cognitive challenge in ME/CFS',
      summary: 'Twenty patients with ME/CFS and 20 healthy controls completed a 40-minute attention task.',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

  it('"rose above pre-task values in patients but not in controls": each group against its own pre-task values (the controls as the summary names them)', () => {
    expect(
      lines('Immediately after the task, IL-6 rose above pre-task values in patients (p = 0.008) but not in controls'),
    ).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | pre-task values',
      'IL-6 | NOT_DIFFERENT_IN | healthy controls | pre-task values',
    ]);
  });

  it('"in both groups" names the study\'s control group without its size; "over time" is a change from baseline', () => {
    expect(lines('IL-8 rose after exercise in both groups')).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | before exercise',
      'IL-8 | ELEVATED_IN | healthy controls | before exercise',
    ]);
    expect(lines('IL-10 showed no change over time in either group')).toEqual([
      'IL-10 | NOT_DIFFERENT_IN | ME/CFS | baseline',
      'IL-10 | NOT_DIFFERENT_IN | healthy controls | baseline',
    ]);
  });
});

describe('an absolute clause of members with a null predicate', () => {
  it('", with B and C unchanged" is a null for each member, apart from the clause before it', () => {
    expect(
      extract(
        'Intermediate monocytes were more frequent in patients, with non-classical monocytes and NK cells unchanged',
      ),
    ).toEqual([
      'intermediate monocytes | ELEVATED_IN | ME/CFS | -',
      'non-classical monocytes | NOT_DIFFERENT_IN | ME/CFS | -',
      'NK cells | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('a group as the subject of a null', () => {
  it('"…, whereas men with long COVID did not differ from recovered men": the previous clause\'s measures in that group', () => {
    expect(
      findingLines(
        'IL-6 and TNF-α were raised in women with long COVID relative to recovered women (p = 0.003 and p = 0.02), whereas men with long COVID did not differ from recovered men',
        { title: 'Sex differences in long COVID' },
      ),
    ).toEqual([
      'IL-6 | ELEVATED_IN | women with long COVID | recovered women',
      'TNF-α | ELEVATED_IN | women with long COVID | recovered women',
      'IL-6 | NOT_DIFFERENT_IN | men with long COVID | recovered men',
      'TNF-α | NOT_DIFFERENT_IN | men with long COVID | recovered men',
    ]);
  });

  it('with no claim before it to repeat, the clause yields nothing rather than a group as a measure', () => {
    expect(extract('Patients without IBS were not different from controls')).toEqual([]);
  });
});

describe('reference groups each with their own preposition', () => {
  it('"compared with controls (p) and with fibromyalgia (p)": two comparisons, each with its p', () => {
    expect(
      findingLines(
        'Nocturnal dipping was blunted in ME/CFS compared with controls (p < 0.001) and with fibromyalgia (p = 0.01)',
        { title: 'Blood pressure in ME/CFS and fibromyalgia', p: true },
      ),
    ).toEqual([
      'nocturnal dipping | REDUCED_IN | ME/CFS | controls | 0.001',
      'nocturnal dipping | REDUCED_IN | ME/CFS | fibromyalgia | 0.01',
    ]);
  });

  it('"than controls and patients without X" without a repeated preposition stays one joint comparator', () => {
    expect(extract('IL-6 was higher in patients than in controls and patients without fatigue')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | controls and patients without fatigue',
    ]);
  });
});

describe('a change denied in several groups', () => {
  const lines = (sentence: string) =>
    findingLines(sentence, { title: 'Pupillometry in adolescents with ME/CFS and POTS' });

  it('"…, but not in A or B" and "…; neither A nor B showed this change": a null in each, against the same reference', () => {
    const expected = [
      'pupil diameter | ELEVATED_IN | postural orthostatic tachycardia syndrome | supine value',
      'pupil diameter | NOT_DIFFERENT_IN | ME/CFS | supine value',
      'pupil diameter | NOT_DIFFERENT_IN | peers | supine value',
    ];
    expect(
      lines(
        'Pupil diameter increased from the supine value in POTS (p = 0.004), but not in the ME/CFS group or the peers',
      ),
    ).toEqual(expected);
    expect(
      lines(
        'Pupil diameter increased from the supine value in POTS (p = 0.004); neither the ME/CFS group nor the peers showed this change',
      ),
    ).toEqual(expected);
  });

  it('"healthy peers", "classmates" and "co-twins" are reference groups', () => {
    expect(extract('Grip strength was lower in patients than in healthy peers')).toEqual([
      'hand grip strength | REDUCED_IN | ME/CFS | healthy peers',
    ]);
  });
});

describe('a reference to the study itself', () => {
  it('"in this cohort", "in this respect" are not part of a name', () => {
    expect(
      extract('Vaccination before infection was not associated with symptoms at 24 months in this cohort'),
    ).toEqual(['vaccination before infection | NOT_CORRELATED_WITH | symptoms at 24 months | -']);
  });
});

describe('a group ranked first against the groups it exceeds', () => {
  const lines = (sentence: string) =>
    findingLines(sentence, { title: 'PEM in ME/CFS, long COVID and fibromyalgia', p: true });

  it('"highest in A, exceeding those in B (p) and C (p)", "lowest in A, below both B (p) and C (p)": one comparison each', () => {
    expect(
      lines('PEM scores were highest in ME/CFS, exceeding those in long COVID (p < 0.001) and fibromyalgia (p = 0.02)'),
    ).toEqual([
      'post-exertional malaise | ELEVATED_IN | ME/CFS | long COVID | 0.001',
      'post-exertional malaise | ELEVATED_IN | ME/CFS | fibromyalgia | 0.02',
    ]);
    expect(
      lines(
        'Spare respiratory capacity was lowest in long COVID, below both ME/CFS (p = 0.04) and controls (p < 0.001)',
      ),
    ).toEqual([
      'spare respiratory capacity | REDUCED_IN | long COVID | ME/CFS | 0.04',
      'spare respiratory capacity | REDUCED_IN | long COVID | controls | 0.001',
    ]);
  });

  it('"highest in A" alone is higher in A; a p inside a number is not the sentence\'s end', () => {
    expect(lines('IL-6 was highest in ME/CFS (p = 0.01)')).toEqual(['IL-6 | ELEVATED_IN | ME/CFS | - | 0.01']);
  });

  it('"highest in A, intermediate in B and lowest in C": each group above the next', () => {
    expect(
      lines(
        'PEM scores were highest in ME/CFS (median 30), intermediate in long COVID (22) and lowest in fibromyalgia (9)',
      ),
    ).toEqual([
      'post-exertional malaise | ELEVATED_IN | ME/CFS | long COVID | -',
      'post-exertional malaise | ELEVATED_IN | long COVID | fibromyalgia | -',
    ]);
  });

  it('"A had intermediate X values that did not differ from either B or C": X in A, not different from each', () => {
    expect(
      lines(
        'Patients with long COVID had intermediate PEM scores that did not differ from either ME/CFS or fibromyalgia',
      ),
    ).toEqual([
      'post-exertional malaise | NOT_DIFFERENT_IN | long COVID | ME/CFS | -',
      'post-exertional malaise | NOT_DIFFERENT_IN | long COVID | fibromyalgia | -',
    ]);
  });

  it('"highest in A (…), whereas …": the superlative clause ends at the contrast', () => {
    expect(
      lines('IL-6 was highest in ME/CFS (p = 0.01 against controls), whereas fibromyalgia lay near controls'),
    ).toContainEqual('IL-6 | ELEVATED_IN | ME/CFS | controls | 0.01');
  });
});

describe('a magnitude below or above a group', () => {
  it('"was 20% below the MS group (p) and 9% below donors (p)": a comparison with each', () => {
    expect(
      findingLines(
        'Factor XII activity in ME/CFS was 20% below the multiple sclerosis group (p = 0.01) and 9% below blood donors (p = 0.04)',
        {
          p: true,
        },
      ),
    ).toEqual([
      'factor XII activity | REDUCED_IN | ME/CFS | multiple sclerosis | 0.01',
      'factor XII activity | REDUCED_IN | ME/CFS | blood donors | 0.04',
    ]);
  });

  it('"ran 6% lower": a verb of position is the copula; a reference value is not a group', () => {
    expect(extract('Red-cell zinc ran 8% lower in patients than among healthy adults')).toEqual([
      'red-cell zinc | REDUCED_IN | ME/CFS | healthy adults',
    ]);
    expect(extract('Stroke volume was 31% below its supine value in patients')).toEqual([]);
  });
});

describe('covariates of an association', () => {
  it('"after adjustment for age and BMI" names no object', () => {
    expect(extract('Ferritin was not associated with fatigue after adjustment for age and BMI')).toEqual([
      'ferritin | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });
});

describe('an additive adverb after a comparison', () => {
  it('"…, and Y was higher too (p)": the comparison before it, for Y', () => {
    expect(
      findingLines(
        'Ferritin was raised in ME/CFS relative to blood donors (p < 0.001), and hepcidin was higher as well (p = 0.01)',
        {
          p: true,
        },
      ),
    ).toEqual([
      'ferritin | ELEVATED_IN | ME/CFS | blood donors | 0.001',
      'hepcidin | ELEVATED_IN | ME/CFS | blood donors | 0.01',
    ]);
  });
});

describe("below or above another group's value", () => {
  it('"remained below that of healthy peers", after "Even after training,"', () => {
    expect(extract('Even after training, peak workload remained below that of healthy peers (p = 0.02)')).toEqual([
      'workload peak | REDUCED_IN | ME/CFS | healthy peers',
    ]);
  });

  it('a setting before a list that did not tell the groups apart is not a member', () => {
    expect(extract('In the seated position, SDNN and RMSSD did not distinguish the groups')).toEqual([
      'SDNN | NOT_DIFFERENT_IN | ME/CFS | -',
      'RMSSD | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('wordings that hid a plain comparison', () => {
  it('a multiple in words ("roughly threefold higher") is a magnitude, never the measure', () => {
    expect(extract('Leptin was roughly threefold higher in patients than in controls')).toEqual([
      'leptin | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"had higher X but similar Y": a null member after "but"', () => {
    expect(extract('Patients had higher ferritin (p = 0.01) but similar transferrin')).toEqual([
      'ferritin | ELEVATED_IN | ME/CFS | -',
      'transferrin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"At 10 minutes the X was …": a leading time without its comma is not part of the subject', () => {
    expect(extract('At 5 minutes the stroke volume was lower in patients than in controls')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"After adjusting for age, sex and BMI, …": the covariates are not measures the sentence compares', () => {
    expect(extract('After adjusting for age, sex and BMI, peak VO2 was lower in patients than in controls')).toEqual([
      'VO₂ peak | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Peak VO2, after adjustment for age and sex, remained lower in patients than in controls')).toEqual([
      'VO₂ peak | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"In fibromyalgia the X …": a leading group without its comma is not part of the subject', () => {
    expect(extract('In the ME/CFS group the stroke volume was lower than in controls')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('In fibromyalgia the ferritin level correlated neither with pain nor with fatigue')).toEqual([
      'ferritin | NOT_CORRELATED_WITH | pain | -',
      'ferritin | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });
});

describe('changes and their absence over time', () => {
  const inStudy = (sentence: string) => findingLines(sentence, { title: 'A study of long COVID', p: true });

  it('"stayed lower", "no longer distinguishable from" read as the comparisons they are', () => {
    expect(inStudy('Sphingosine stayed lower in long COVID at every visit (p < 0.01)')).toEqual([
      'sphingosine | REDUCED_IN | long COVID | - | 0.01',
    ]);
    expect(
      inStudy('By 12 months, troponin in long COVID was no longer distinguishable from that of recovered participants'),
    ).toEqual(['troponin | NOT_DIFFERENT_IN | long COVID | recovered participants | -']);
  });

  it('"Between the first and the last visit," is a time, not the subject; "remained stable in <reference>" is its null', () => {
    expect(
      inStudy(
        'Between the first and the last visit, kynurenine fell in long COVID (p = 0.01), while it remained stable in recovered participants',
      ),
    ).toEqual([
      'kynurenine | REDUCED_IN | long COVID | - | 0.01',
      'kynurenine | NOT_DIFFERENT_IN | recovered participants | - | -',
    ]);
  });

  it('"but not in <group> (p = 0.52)": the parenthesis is not part of the denied group', () => {
    expect(
      inStudy(
        'EBV DNA fell in those whose symptoms resolved (p = 0.004) but not in those with persistent long COVID (p = 0.52)',
      ),
    ).toEqual([
      'active EBV DNA | REDUCED_IN | long COVID | - | 0.004',
      'active EBV DNA | NOT_DIFFERENT_IN | persistent long COVID | - | 0.52',
    ]);
  });
});

describe('group comparisons in wordings read since 0.12.0', () => {
  it('a unit after a number is a noun ("volume in one second"); a null word describing a group is no cue', () => {
    expect(
      extract('Forced vital capacity and forced expiratory volume in one second did not differ between groups.'),
    ).toEqual([
      'forced vital capacity | NOT_DIFFERENT_IN | ME/CFS | -',
      'forced expiratory volume in one second | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Affected siblings had higher CRP than unaffected siblings (p = 0.01).')).toEqual([
      'CRP | ELEVATED_IN | ME/CFS | unaffected siblings',
    ]);
  });

  it('a change compared between groups is a measure, named with when it was taken', () => {
    expect(extract('Patients had a greater lactate rise during cycling than controls (p = 0.004).')).toEqual([
      'lactate rise during cycling | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a denied comparative, "overlapped" and "no group differences emerged for" are nulls', () => {
    expect(extract('Raynaud phenomenon and dry eyes were no more frequent in patients.')).toHaveLength(2);
    expect(extract('IL-8 was higher in patients (p = 0.01), while IL-1β and IL-17 overlapped.')).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | -',
      'IL-1β | NOT_DIFFERENT_IN | ME/CFS | -',
      'IL-17A | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('No group differences emerged for prolactin or growth hormone.')).toEqual([
      'prolactin | NOT_DIFFERENT_IN | ME/CFS | -',
      'growth hormone | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a verb after a group that follows a comparison set off by a comma; a magnitude after the measure', () => {
    expect(extract('Relative to controls, patients climbed fewer stairs per day (p = 0.003).')).toEqual([
      'stairs per day | REDUCED_IN | ME/CFS | controls',
    ]);
    expect(extract('Patients reached a peak heart rate 12% below that of controls (p < 0.001).')).toEqual([
      'peak heart rate | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('reference groups with figures of their own', () => {
  it('"than in A (…; p) and B (…; p)": one comparison per group, each with its own p', () => {
    expect(
      findingLines(
        'Spleen volume was larger in long COVID (median 210 mL) than in recovered (180 mL; p = 0.01) and never-infected adults (170 mL; p = 0.003).',
        { p: true },
      ),
    ).toEqual([
      'spleen volume | ELEVATED_IN | long COVID | recovered adults | 0.01',
      'spleen volume | ELEVATED_IN | long COVID | never-infected adults | 0.003',
    ]);
    expect(
      findingLines(
        'Galectin-3 was higher in patients than in healthy donors (p = 0.02) and multiple sclerosis patients (p = 0.04).',
        {
          p: true,
        },
      ),
    ).toEqual([
      'Galectin-3 | ELEVATED_IN | ME/CFS | healthy donors | 0.02',
      'Galectin-3 | ELEVATED_IN | ME/CFS | multiple sclerosis patients | 0.04',
    ]);
  });

  it('shared-head groups without figures stay one joint comparison', () => {
    expect(extract('IL-6 was higher in patients than in recovered and never-infected controls (p = 0.01).')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | recovered and never-infected controls',
    ]);
  });
});

describe('clauses carried by a preposition or an ellipsis', () => {
  it('"despite similar Y", ", without a difference in Y" and ", as did Y"', () => {
    expect(
      extract('Urine osmolality was lower in patients (p = 0.002) despite similar plasma sodium (p = 0.41).'),
    ).toEqual(['urine osmolality | REDUCED_IN | ME/CFS | -', 'plasma sodium | NOT_DIFFERENT_IN | ME/CFS | -']);
    expect(extract('Ferritin was lower in patients (p = 0.01), without a difference in transferrin.')).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | -',
      'transferrin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Urinary KIM-1 was higher in patients (p = 0.003), as was urinary NGAL (p = 0.02).')).toEqual([
      'urinary KIM-1 | ELEVATED_IN | ME/CFS | -',
      'urinary NGAL | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"showed no correlation with A but correlated with B" is two clauses with one subject', () => {
    expect(
      extract(
        'The memory T-cell fraction showed no correlation with age (r = 0.04) but correlated with CMV titre (r = 0.33, p = 0.01).',
      ),
    ).toHaveLength(2);
  });
});

describe('multiples and self-reports', () => {
  it('"was detected twice as often in A as in B", "three times as frequent": a multiple is a difference', () => {
    expect(
      extract('Oral thrush was detected twice as often in long COVID as in recovered adults (30% vs 15%, p = 0.02).'),
    ).toEqual(['oral thrush | ELEVATED_IN | long COVID | recovered adults']);
  });

  it('"self-reported" is how a measure was obtained; "reactions to drugs" ends in a noun', () => {
    expect(
      extract('Self-reported reactions to drugs were three times as frequent in patients as in controls.'),
    ).toEqual(['reactions to drugs | ELEVATED_IN | ME/CFS | controls']);
  });
});

describe('names that are no names', () => {
  it('a possessive\'s stray apostrophe, "the score" and "the two active arms" name nothing', () => {
    expect(extract("After the walk test, patients' lactate rose (p = 0.02).").map((l) => l.split(' | ')[0])).toEqual([
      'lactate',
    ]);
    expect(extract('The score was lower in patients (p = 0.01).')).toEqual([]);
    expect(extract('The two active arms did not differ from each other.')).toEqual([]);
  });

  it('"than saliva from B": the specimen introduces the reference group', () => {
    expect(extract('Patients had lower salivary lysozyme than saliva from controls (p = 0.01).')).toEqual([
      'salivary lysozyme | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('predications listed with commas', () => {
  // (The lexicon names alpha diversity "bacterial diversity".)
  it('"X was higher (p), Y did not differ, and Z was similar": three clauses, a null verb phrase among them', () => {
    expect(
      extract(
        'Streptococcus was more abundant in patients (p = 0.02), Rothia did not differ, and alpha diversity was similar.',
      ),
    ).toEqual([
      'Streptococcus | ELEVATED_IN | ME/CFS | -',
      'Rothia | NOT_DIFFERENT_IN | ME/CFS | -',
      'bacterial diversity | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('a participle set off between a subject and its verb', () => {
  it('", reflecting clot strength," describes the measure and cuts nothing; a trailing one is still a tail', () => {
    expect(extract('Maximum amplitude, reflecting clot strength, was higher in patients (p = 0.01).')).toEqual([
      'maximum amplitude | ELEVATED_IN | ME/CFS | -',
    ]);
    expect(extract('IL-6 was higher in patients, reflecting inflammation, and TNF was not.')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe('a result clause after ", so that"', () => {
  it('"…, so that post-task cortisol was higher in ME/CFS (p)": the consequence is a finding of its own', () => {
    expect(
      findingLines(
        'Salivary cortisol fell across the session in controls but not in patients, so that post-task cortisol was higher in ME/CFS (p = 0.01).',
      ),
    ).toContain('post-task cortisol | ELEVATED_IN | ME/CFS | -');
  });
});

describe('measures named at length or with a leading "predicted"', () => {
  it('"Predicted X was lower": a clause opening with "predicted" opens with its measure', () => {
    expect(findingLines('Predicted propionate synthesis capacity was lower in patients than in controls.')).toEqual([
      'predicted propionate synthesis capacity | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"connectivity between A and B" is one measure, however long its places', () => {
    expect(
      findingLines(
        'Functional connectivity between the posterior cingulate cortex and the medial prefrontal cortex was lower in patients.',
      ),
    ).toEqual([
      'functional connectivity between the posterior cingulate cortex and the medial prefrontal cortex | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('a claim denied in another group by ellipsis', () => {
  const lines = (sentence: string) =>
    findingLines(sentence, { title: 'Endothelial function in ME/CFS, multiple sclerosis and depression', sign: true });

  it('"…; in multiple sclerosis it did not": the previous difference is a null in the group named', () => {
    expect(
      lines(
        'In ME/CFS the reactive hyperaemia index fell below that of controls (p = 0.008); in multiple sclerosis it did not.',
      ),
    ).toEqual([
      'reactive hyperaemia index | REDUCED_IN | ME/CFS | controls',
      'reactive hyperaemia index | NOT_DIFFERENT_IN | multiple sclerosis | controls',
    ]);
  });

  it('"…, whereas in ME/CFS it did not", "…; in ME/CFS no such correlation was found": the correlation is denied there', () => {
    const denied = ['IL-6 | NOT_CORRELATED_WITH | anhedonia | -'];
    expect(
      lines('In depression, IL-6 correlated with anhedonia (r = 0.38), whereas in ME/CFS it did not (r = 0.05).'),
    ).toEqual(['IL-6 | CORRELATES_WITH/UNSPECIFIED | anhedonia | -', ...denied]);
    expect(
      lines('In depression, IL-6 correlated with anhedonia (r = 0.38); in ME/CFS no such correlation was found.'),
    ).toEqual(['IL-6 | CORRELATES_WITH/UNSPECIFIED | anhedonia | -', ...denied]);
  });

  it('a group the previous claims already hold in is not denied them (a clause between went unread)', () => {
    expect(
      lines(
        'Jaw pain was higher in ME/CFS and in depression than in controls; in depression it tracked mood, whereas in ME/CFS it did not.',
      ),
    ).not.toContainEqual(expect.stringContaining('NOT_DIFFERENT_IN | ME/CFS'));
  });
});

describe('a composite and a duration as the subject of a comparison', () => {
  it('"the score built from A, B and C was higher": the composite, not each of its parts', () => {
    expect(
      extract(
        'The interferon score built from IFI27, IFI44L and ISG15 was higher in ME/CFS than in controls (p < 0.001).',
      ),
    ).toEqual(['interferon score | ELEVATED_IN | ME/CFS | controls']);
  });

  it('"X took longer in A than in B" is a longer X; "took longer to clear" names no comparison', () => {
    expect(extract('Flow-mediated redilation took longer in ME/CFS than in controls (p = 0.03).')).toEqual([
      'flow-mediated redilation | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Muscle acidosis took longer to clear in ME/CFS.')).toEqual([]);
  });
});
