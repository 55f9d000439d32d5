// A trial's treatments, read from its title and summary whether or not the lexicon knows them, and the arms its
// sentences speak of. Titles, summaries and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { trialArms, trialControlArm } from '../../src/ingest/extract/trial-arms.ts';
import { findingLines } from '../support/extract-lines.ts';

const TITLE = 'Oral montelukast for fatigue in long COVID: a randomised placebo-controlled trial';
const SUMMARY =
  'Adults with long COVID were randomised 1:1 to oral montelukast 10 mg daily or matching placebo for 8 weeks.';

const extract = (...sentences: string[]) =>
  extractFindings({
    slug: 'trial-2025-test',
    title: TITLE,
    summary: SUMMARY,
    observedFindings: sentences,
  }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

describe('the arms a trial names', () => {
  it('what patients were randomised to or received, without dose, schedule or route', () => {
    expect(trialArms(TITLE, SUMMARY)).toEqual([{ name: 'oral montelukast', synonyms: ['montelukast'] }]);
    expect(
      trialArms(
        'Two supplements for Gulf War illness: a randomised trial',
        'Veterans received ubiquinol 100 mg, a mitochondrial cofactor blend (carnitine, B vitamins) or placebo for 12 weeks.',
      ).map((arm) => arm.name),
    ).toEqual(['ubiquinol', 'mitochondrial cofactor blend']);
    expect(trialArms('A 10-day course of ketotifen–cetirizine for POTS: a randomised trial', null)).toEqual([
      { name: 'ketotifen–cetirizine', synonyms: ['ketotifen'] },
    ]);
  });

  it('an open-label course in the summary, or the treatment a before/after title names', () => {
    expect(
      trialArms(
        'Brain lactate in ME/CFS',
        'Spectroscopy in 20 patients, then an open-label eight-week course of oral ribose 5,000 mg twice daily in the patients.',
      ),
    ).toEqual([{ name: 'oral ribose', synonyms: ['ribose'] }]);
    expect(trialArms('Muscle carnosine before and after beta-alanine in long COVID', null).map((a) => a.name)).toEqual([
      'beta-alanine',
    ]);
  });

  it('two names before one head noun are one arm, its head a synonym; a genus keeps its capital', () => {
    expect(
      trialArms(
        'A probiotic for fibromyalgia: a randomised trial',
        'Adults were randomised to a Lactobacillus and Streptococcus probiotic or placebo capsules for 8 weeks.',
      ),
    ).toEqual([{ name: 'Lactobacillus and Streptococcus probiotic', synonyms: ['probiotic'] }]);
    expect(
      trialArms(
        'Two supplements in ME/CFS: a randomised trial',
        'Patients received ubiquinol and a cofactor blend or placebo.',
      ).map((arm) => arm.name),
    ).toEqual(['ubiquinol', 'cofactor blend']);
  });

  it('arms by dose: "received, at random, a bioavailable X formulation at 500 mg or 1,000 mg", "a taste-matched placebo"', () => {
    expect(
      trialArms(
        'QRX7 at two doses against placebo: a randomised trial',
        'Veterans received, at random, a bioavailable QRX7 formulation at 500 mg or 1,000 mg daily or placebo for 24 weeks.',
      ).map((arm) => arm.name),
    ).toEqual(['QRX7 500 mg', 'QRX7 1,000 mg']);
    expect(
      trialArms(
        'QRX7 in ME/CFS: a randomised trial',
        'Adults were randomised to QRX7 5 g daily, 15 g daily or a taste-matched placebo powder for 12 weeks.',
      ).map((arm) => arm.name),
    ).toEqual(['QRX7 5 g', 'QRX7 15 g']);
  });

  it('a study that is no trial names no arms', () => {
    expect(trialArms('Montelukast use and fatigue in long COVID', 'A survey of 400 adults.')).toEqual([]);
    expect(trialControlArm('Montelukast use and fatigue in long COVID', 'A survey of 400 adults.')).toBeNull();
  });

  it("one dose on two schedules is two arms named by schedule; a salt is not part of an arm's name", () => {
    expect(
      trialArms(
        'Baricitinib once or twice daily against placebo in long COVID',
        'Adults were randomised to baricitinib 2 mg once daily, 2 mg twice daily or placebo for 12 weeks.',
      ).map((arm) => arm.name),
    ).toEqual(['once-daily baricitinib', 'twice-daily baricitinib']);
    expect(
      trialArms(
        'Pyridostigmine at two doses in POTS: a randomised trial',
        'Adults were randomised to pyridostigmine bromide 30 mg, 60 mg or placebo.',
      ).map((arm) => arm.name),
    ).toEqual(['pyridostigmine 30 mg', 'pyridostigmine 60 mg']);
  });

  it('the form a treatment is given in is left out of one of its names ("with estriol" for "estriol gel")', () => {
    expect(
      trialArms(
        'Taurine monohydrate in fibromyalgia: a randomised trial',
        'Women were randomised to 3 g taurine monohydrate or placebo daily.',
      ),
    ).toEqual([{ name: 'taurine monohydrate', synonyms: ['taurine'] }]);
    const [finding] = extractFindings({
      slug: 'arms-2025-test',
      title: 'Estriol gel in long COVID: a randomised trial',
      summary: 'Women with long COVID were randomised to estriol gel or placebo gel for 12 weeks.',
      observedFindings: ['Grip strength rose by 2.1 kg with estriol and by 0.3 kg with placebo (p = 0.01).'],
    }).findings;
    expect(finding?.object.name).toBe('estriol gel treatment group');
  });

  it('a provocation a before/after title names is no arm; a course of it is one', () => {
    for (const provocation of ['maximal cycling', 'a treadmill test', 'a mental arithmetic task', 'experimental pain'])
      expect(trialArms(`Salivary cortisol before and after ${provocation} in ME/CFS`, null)).toEqual([]);
    expect(trialControlArm('Plasma volume before and after a saline load test in POTS', null)).toBeNull();
    expect(
      trialArms('Muscle oxygenation before and after 10 weeks of aquatic training in fibromyalgia', null).map(
        (a) => a.name,
      ),
    ).toEqual(['aquatic training']);
  });

  it("around a provocation, a result after it is the patients' against the time before it, not an arm's", () => {
    const findings = extractFindings({
      slug: 'provocation-2025-test',
      title: 'Urinary metabolites before and after a treadmill test in ME/CFS',
      observedFindings: [
        'After the treadmill test, urinary citrate was lower in patients than in controls (p = 0.01).',
      ],
    }).findings;
    expect(findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`)).toEqual([
      'urinary citrate | REDUCED_IN | ME/CFS',
    ]);
  });

  it('the control arm is the placebo, sham or usual care the trial names', () => {
    expect(trialControlArm(TITLE, SUMMARY)?.name).toBe('placebo arm');
    expect(trialControlArm('Pacing versus usual care in ME/CFS: a randomised trial', null)?.name).toBe(
      'usual-care arm',
    );
    expect(trialControlArm('Intravenous immunoglobulin in fibromyalgia: a saline-controlled trial', null)?.name).toBe(
      'saline arm',
    );
    // (Saline or a waiting list named after "or" is the control arm the treatment is set against.)
    const againstSaline = 'Adults with ME/CFS were randomised to rituximab (two infusions of 500 mg/m²) or saline.';
    expect(trialArms('Rituximab maintenance in ME/CFS', againstSaline).map((arm) => arm.name)).toEqual(['rituximab']);
    expect(trialControlArm('Rituximab maintenance in ME/CFS', againstSaline)?.name).toBe('saline arm');
    const againstWaiting =
      'Women with fibromyalgia were randomised to twelve weeks of aquatic exercise or a waiting list.';
    expect(trialArms('Aquatic exercise in fibromyalgia', againstWaiting).map((arm) => arm.name)).toEqual([
      'aquatic exercise',
    ]);
    expect(trialControlArm('Aquatic exercise in fibromyalgia', againstWaiting)?.name).toBe('waiting-list arm');
  });
});

describe('two active arms and no control arm', () => {
  const title = 'Two exercise programmes for fibromyalgia: a randomised trial';
  const summary =
    'Sixty women with fibromyalgia were randomised to yoga or aerobic exercise twice weekly for 12 weeks.';
  const findings = (sentence: string) => findingLines(sentence, { slug: 'head-to-head-2025-test', title, summary });

  it('"randomised to A or B": both are arms, and the trial names no control arm', () => {
    expect(trialArms(title, summary).map((arm) => arm.name)).toEqual(['yoga', 'aerobic exercise']);
    expect(trialControlArm(title, summary)).toBeNull();
    expect(trialArms(title, summary.replace('to yoga', 'to receive yoga')).map((arm) => arm.name)).toEqual([
      'yoga',
      'aerobic exercise',
    ]);
  });

  it('"did not differ between arms" is one comparison, the second arm its reference; "in both arms" each arm', () => {
    expect(findings('Pain scores did not differ between arms at week 12 (p = 0.41).')).toEqual([
      'pain | NOT_DIFFERENT_IN | yoga treatment group | aerobic exercise treatment group',
    ]);
    expect(findings('Pain scores fell from baseline in both arms.')).toEqual([
      'pain | REDUCED_IN | yoga treatment group | baseline',
      'pain | REDUCED_IN | aerobic exercise treatment group | baseline',
    ]);
  });

  it('"fell after A but not after B": the change in one arm, and its denial in the other', () => {
    expect(findings('Pain scores fell after yoga (p = 0.01 against baseline) but not after aerobic exercise.')).toEqual(
      [
        'pain | REDUCED_IN | yoga treatment group | pre-treatment',
        'pain | NOT_DIFFERENT_IN | aerobic exercise treatment group | pre-treatment',
      ],
    );
  });
});

describe('a treatment named by its development code', () => {
  const trialOf = (code: string) => ({
    title: `Single ${code} infusion for ME/CFS: a placebo-controlled trial`,
    summary: `Adults with ME/CFS were allocated 1:1 to one intravenous infusion of the monoclonal antibody ${code} or saline.`,
  });
  const findings = (code: string, sentence: string) =>
    findingLines(sentence, { slug: 'code-2025-test', ...trialOf(code) });

  it('"one infusion of the monoclonal antibody XK1234": the code is the arm, its class and dosing describe it', () => {
    const { title, summary } = trialOf('XK1234');
    expect(trialArms(title, summary).map((arm) => arm.name)).toEqual(['XK1234']);
    expect(findings('XK1234', 'Fatigue scores fell more with XK1234 than with saline.')).toEqual([
      'fatigue | REDUCED_IN | XK1234 treatment group | placebo arm',
    ]);
  });

  it('a code the lexicon knows is one arm, not a second one for the digits in its name', () => {
    expect(findings('BC007', 'Fatigue scores fell from baseline in both arms.')).toEqual([
      'fatigue | REDUCED_IN | BC007 treatment group | baseline',
      'fatigue | REDUCED_IN | placebo arm | baseline',
    ]);
  });
});

describe('sentences about an uncontrolled course', () => {
  it('"After eight weeks of ribose, X rose from baseline": the change is the treatment\'s, against baseline', () => {
    const lines = extractFindings({
      slug: 'open-2025-test',
      title: 'Brain lactate in ME/CFS',
      summary: 'Spectroscopy in 20 patients, then an open-label eight-week course of oral ribose in the patients.',
      observedFindings: ['After eight weeks of ribose, ventricular lactate fell from baseline (p = 0.04)'],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);
    expect(lines).toEqual(['ventricular CSF lactate | REDUCED_IN | oral ribose treatment group | baseline']);
  });
});

describe('sentences about the arms', () => {
  it('a treatment the lexicon lacks names its arm ("the montelukast arm", "with montelukast than with placebo")', () => {
    expect(extract('Fatigue scores fell more in the montelukast arm than in the placebo arm (p = 0.03)')).toEqual([
      'fatigue | REDUCED_IN | oral montelukast treatment group | placebo arm',
    ]);
    expect(extract('Sleep quality improved more with montelukast than with placebo')).toEqual([
      'sleep quality | ELEVATED_IN | oral montelukast treatment group | placebo',
    ]);
  });

  it('"fell to 260 with montelukast (p …) and to 400 with placebo": a treatment the control arm parallels later is its arm', () => {
    expect(
      extract('Eosinophil counts fell from 410 to 260 with montelukast (p = 0.01) and to 400 with placebo')[0],
    ).toMatch(/^eosinophil counts \| REDUCED_IN \| oral montelukast treatment group/);
  });

  it('in a trial of one treatment against placebo, its arm is also "the active arm"', () => {
    const [arm] = extractFindings({
      slug: 'trial-2025-test',
      title: TITLE,
      summary: SUMMARY,
      observedFindings: ['Serum tryptase fell more with montelukast than with placebo (p = 0.02)'],
    }).findings.map((f) => f.object);
    expect(arm?.name).toBe('oral montelukast treatment group');
    expect(arm?.synonyms).toContain('active arm');
  });

  it('"relative to placebo" and "between arms" with no arm named compare the active arm', () => {
    expect(extract('Attention improved relative to placebo')).toEqual([
      'attention | ELEVATED_IN | oral montelukast treatment group | placebo',
    ]);
    expect(extract('Headache was similar between arms')).toEqual([
      'headache | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
    ]);
  });

  it('"across arms", "by arm" and "no treatment effect" compare the active arm with the control arm', () => {
    for (const sentence of [
      'Headache did not separate between arms at any visit',
      'Headache was comparable across arms at every visit',
      'Headache did not differ by arm',
      'Headache showed no treatment effect at any visit',
    ])
      expect(extract(sentence)).toEqual([
        'headache | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
      ]);
  });

  it('shares in each arm, then ", and" a null of another measure: two clauses, each about the arms', () => {
    expect(
      extract(
        'The response rate was 31% with montelukast and 34% with placebo (p = 0.78), and headache did not separate between arms.',
      ),
    ).toEqual([
      'response rate | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo',
      'headache | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
    ]);
  });

  it('in a trial of two active arms, "between arms" and "with no between-arm difference" compare each', () => {
    const twoArms = (...sentences: string[]) =>
      extractFindings({
        slug: 'trial-2025-test',
        title: 'Montelukast or ketotifen for fatigue in long COVID: a randomised placebo-controlled trial',
        summary: 'Adults with long COVID were randomised to montelukast 10 mg, ketotifen 1 mg or placebo for 8 weeks.',
        observedFindings: sentences,
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`);
    expect(twoArms('Headache was similar between arms')).toEqual([
      'headache | NOT_DIFFERENT_IN | montelukast treatment group',
      'headache | NOT_DIFFERENT_IN | ketotifen treatment group',
    ]);
    expect(twoArms('Fatigue fell in every arm, with no between-arm differences (p = 0.58)')).toEqual(
      expect.arrayContaining([
        'fatigue | NOT_DIFFERENT_IN | montelukast treatment group',
        'fatigue | NOT_DIFFERENT_IN | ketotifen treatment group',
      ]),
    );
  });

  it('"rose in both arms, with no between-arm difference": each arm\'s change, and no difference between the arms', () => {
    expect(extract('Serum EBNA-1 IgG rose in both arms by week 8, with no between-arm difference (p = 0.61)')).toEqual([
      'serum EBNA-1 IgG | ELEVATED_IN | oral montelukast treatment group | -',
      'serum EBNA-1 IgG | ELEVATED_IN | placebo arm | -',
      'serum EBNA-1 IgG | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
    ]);
  });

  it('"did not improve in any arm", "unaffected by either capsule", "did not change on any tablet": each arm\'s null', () => {
    const eachArm = [
      'serum EBNA-1 IgG | NOT_DIFFERENT_IN | oral montelukast treatment group | -',
      'serum EBNA-1 IgG | NOT_DIFFERENT_IN | placebo arm | -',
    ];
    expect(extract('Serum EBNA-1 IgG did not improve in any arm')).toEqual(eachArm);
    expect(extract('Serum EBNA-1 IgG was unaffected by either capsule')).toEqual(eachArm);
    expect(extract('Serum EBNA-1 IgG did not change on any tablet')).toEqual(eachArm);
  });

  it('"stable in both arms" is each arm\'s null', () => {
    expect(extract('Serum EBNA-1 IgG was stable in both arms')).toEqual([
      'serum EBNA-1 IgG | NOT_DIFFERENT_IN | oral montelukast treatment group | -',
      'serum EBNA-1 IgG | NOT_DIFFERENT_IN | placebo arm | -',
    ]);
  });

  it('"improved more with montelukast", no other arm named: against the control arm', () => {
    expect(extract('Sleep quality improved more with montelukast (p = 0.03)')).toEqual([
      'sleep quality | ELEVATED_IN | oral montelukast treatment group | placebo arm',
    ]);
  });

  it('a change named after its measure is a list member ("the heart-rate rise on standing")', () => {
    expect(extract('Step count and the heart-rate rise on standing did not differ between arms')).toEqual([
      'step count | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
      'heart-rate rise on standing | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
    ]);
  });

  it('"fell from baseline in both arms" is each arm\'s change; "similar in both arms" one comparison', () => {
    expect(extract('Myalgia severity fell from baseline in both arms')).toEqual([
      'myalgia severity | REDUCED_IN | oral montelukast treatment group | baseline',
      'myalgia severity | REDUCED_IN | placebo arm | baseline',
    ]);
    expect(extract('Headache was similar in both arms')).toEqual([
      'headache | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo arm',
    ]);
  });
});

describe('control arms named in sentences', () => {
  const pacing = (sentence: string) =>
    extractFindings({
      slug: 'pacing-2025-test',
      title: 'Heart-rate-guided pacing in ME/CFS: a randomised trial',
      summary: 'Adults were randomised to pacing with heart-rate alerts or usual care for 12 weeks.',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

  it('"improved in the pacing group and was unchanged in usual care": the control arm\'s own null', () => {
    expect(pacing('Step count rose from baseline in the pacing group and was unchanged in usual care')).toEqual([
      'step count | ELEVATED_IN | pacing treatment group | baseline',
      'step count | NOT_DIFFERENT_IN | usual-care arm | baseline',
    ]);
  });

  it('"…and was unchanged with/on usual care": the control arm named after "with" or "on" is its own null too', () => {
    for (const written of ['with usual care', 'on usual care'])
      expect(pacing(`Step count rose from baseline in the pacing group and was unchanged ${written}`)).toEqual([
        'step count | ELEVATED_IN | pacing treatment group | baseline',
        'step count | NOT_DIFFERENT_IN | usual-care arm | baseline',
      ]);
  });

  it('"…, but did not change on placebo": the control arm by its plain name is the trial\'s control arm', () => {
    expect(
      extract('Headache fell from baseline in the montelukast arm (p = 0.01), but did not change on placebo'),
    ).toEqual([
      'headache | REDUCED_IN | oral montelukast treatment group | baseline',
      'headache | NOT_DIFFERENT_IN | placebo arm | baseline',
    ]);
  });

  it('"…, with no change on placebo": the same denial in the control arm; "with no change in X" names a measure', () => {
    expect(extract('Headache fell from baseline in the montelukast arm (p = 0.01), with no change on placebo')).toEqual(
      [
        'headache | REDUCED_IN | oral montelukast treatment group | baseline',
        'headache | NOT_DIFFERENT_IN | placebo arm | baseline',
      ],
    );
    expect(
      extract('Headache fell from baseline in the montelukast arm (p = 0.01), with no change in sleep quality'),
    ).not.toContain('headache | NOT_DIFFERENT_IN | placebo arm | baseline');
  });

  it('"A rose and B fell in the X arm": the first predicate, with no group of its own, is said of the same arm', () => {
    expect(extract('Lactate rose and pyruvate fell in the montelukast arm by week 8 (p = 0.01 and p = 0.02)')).toEqual([
      'lactate | ELEVATED_IN | oral montelukast treatment group | -',
      'pyruvate | REDUCED_IN | oral montelukast treatment group | -',
    ]);
  });

  it('"the change in X did not differ between arms": the change is the measure the arms are compared on', () => {
    expect(pacing('The change in a six-minute walk distance did not differ between arms (p = 0.41)')).toEqual([
      'change in six-minute walk distance | NOT_DIFFERENT_IN | pacing treatment group | usual-care arm',
    ]);
  });

  it('"…, without a between-arm difference": the active arm against the control arm', () => {
    expect(pacing('Grip strength increased in both arms, without a between-arm difference')).toContain(
      'hand grip strength | NOT_DIFFERENT_IN | pacing treatment group | usual-care arm',
    );
  });
});

describe('trial wording', () => {
  const trial = (summary: string, sentence: string, title = 'QRX9 for fatigue in ME/CFS: a randomised trial') =>
    extractFindings({ slug: 'trial-2024-test', title, summary, observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    );

  it('a dose with a thousands comma is not part of the arm ("QRX9 1,000 mg")', () => {
    const lines = trial(
      'Patients were randomised to QRX9 1,000 mg or placebo twice daily.',
      'Fatigue fell on QRX9 relative to placebo (p = 0.03).',
    );
    expect(lines).toEqual(['fatigue | REDUCED_IN | QRX9 treatment group | placebo']);
  });

  it('"The primary outcome, X, did not differ": the measure the role names is the subject', () => {
    const lines = trial('', 'The primary outcome, QRX1 score at week 16, did not differ between arms (p = 0.41).');
    expect(lines.map((l) => l.split(' | ')[0])).toEqual(['QRX1 score at week 16']);
  });

  it('a comparator does not keep the statistics printed after it', () => {
    const lines = trial('', 'QRX1 rose with QRX9 compared with placebo (p = 0.02).');
    expect(lines[0]).toMatch(/\| placebo$/);
  });

  it('a condition after "after" in the title is what came before, not who was studied', () => {
    const lines = trial(
      'Adults with long COVID used QRX9 or a sham device for eight weeks.',
      'QRX1 was unchanged in both groups.',
      'QRX9 for fatigue after COVID-19: a sham-controlled trial',
    );
    expect(lines.join('\n')).not.toMatch(/\| COVID-19 \|/);
  });

  it('"unchanged in both groups" in a trial is each arm\'s own lack of change', () => {
    const lines = trial(
      'Patients were randomised to QRX9 or placebo for 16 weeks.',
      'QRX2 fell in the QRX9 group (p = 0.03), while QRX1 was unchanged in both groups.',
    );
    expect(lines.filter((l) => l.startsWith('QRX1'))).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | QRX9 treatment group | -',
      'QRX1 | NOT_DIFFERENT_IN | placebo arm | -',
    ]);
  });
});

describe('trials of several active arms', () => {
  const DOSES = {
    slug: 'dose-arms-2025-test',
    title: 'Montelukast 10 mg or 20 mg against placebo in long COVID',
    summary: 'Adults with long COVID were randomised to montelukast 10 mg, 20 mg or placebo for 12 weeks.',
  };
  const lines = (sentence: string) =>
    extractFindings({ ...DOSES, observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    );

  it('"neither dose separated from placebo on X", "between any active arm and placebo": each dose against placebo', () => {
    const each = [
      'fatigue | NOT_DIFFERENT_IN | montelukast 10 mg treatment group | placebo',
      'fatigue | NOT_DIFFERENT_IN | montelukast 20 mg treatment group | placebo',
    ];
    expect(lines('Neither dose separated from placebo on fatigue at week 12 (all p > 0.4).')).toEqual(each);
    expect(lines('Fatigue did not differ between any active arm and placebo (all p > 0.3).')).toEqual(each);
    expect(lines('Fatigue did not differ between either dose and placebo (all p > 0.3).')).toEqual(each);
    expect(lines('Fatigue did not separate either dose from placebo.')).toEqual(each);
  });

  it('"the 20 mg dose did not separate from placebo on X", "… did not outperform 10 mg on X": one dose\'s null', () => {
    expect(lines('The 20 mg dose did not separate from placebo on fatigue at either visit (all p > 0.3).')).toEqual([
      'fatigue | NOT_DIFFERENT_IN | montelukast 20 mg treatment group | placebo',
    ]);
    expect(lines('The 20 mg dose did not outperform 10 mg on fatigue.')).toEqual([
      'fatigue | NOT_DIFFERENT_IN | montelukast 20 mg treatment group | 10 mg dose',
    ]);
  });
});

describe('an arm named by what it received', () => {
  const inTrial = (sentence: string) =>
    extractFindings({
      slug: 'arms-2024-test',
      title: 'A sham-controlled randomised trial in long COVID',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

  it('"in the breathing arm" is that arm, not the study\'s patients; a body part\'s arm is no group', () => {
    expect(inTrial('Baroreflex sensitivity rose in the breathing arm (p = 0.001)')).toEqual([
      'baroreflex sensitivity | ELEVATED_IN | breathing arm | -',
    ]);
    expect(inTrial('Skin blood flow was lower in the left arm').map((line) => line.split(' | ')[2])).toEqual([
      'long COVID',
    ]);
  });

  it('"At week 16 the coaching arm had fewer X than the education-alone arm": a number before the article is no count', () => {
    expect(
      inTrial('At week 16 the coaching arm had fewer crash days than the education-alone arm (p = 0.004)'),
    ).toEqual(['crash days | REDUCED_IN | coaching arm | education-alone arm']);
  });
});

describe('a title that names only the design', () => {
  it('"A sham-controlled randomised trial in long COVID" names no arm', () => {
    expect(trialArms('A sham-controlled randomised trial in long COVID', '')).toEqual([]);
  });
});

describe('arms named by dose or by who is on them', () => {
  const DOSES = {
    title: 'Two doses of ketotifen in POTS',
    summary:
      'A double-blind trial randomised 90 adults with POTS to ketotifen 1 mg, ketotifen 2 mg or placebo twice daily for 8 weeks.',
  };
  const lines = (study: { title: string; summary: string }, sentence: string) =>
    extractFindings({ slug: 'dose-2025-test', ...study, observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    );

  it('two arms of one treatment are told apart by dose, after whoever was randomised', () => {
    expect(trialArms(DOSES.title, DOSES.summary).map((arm) => arm.name)).toEqual(['ketotifen 1 mg', 'ketotifen 2 mg']);
    expect(lines(DOSES, 'CRP was lower on 2 mg than on placebo (p = 0.03).')).toEqual([
      'CRP | REDUCED_IN | ketotifen 2 mg treatment group | placebo',
    ]);
  });

  it('a dose list names one treatment once ("X 1 g/day, 2 g/day or placebo"); a decimal dose ends no sentence', () => {
    expect(
      trialArms(
        'Magnesium at two doses for cramps in fibromyalgia',
        'A randomised trial allocated 80 women with fibromyalgia to magnesium citrate 0.3 g/day, 0.6 g/day or placebo.',
      ).map((arm) => arm.name),
    ).toEqual(['magnesium citrate 0.3 g', 'magnesium citrate 0.6 g']);
    expect(
      trialArms(
        'Two supplements in long COVID: a randomised trial',
        'Adults were randomised to ubiquinol 0.2 g/day, 1.5% menthol cream or placebo for 8 weeks.',
      ).map((arm) => arm.name),
    ).toEqual(['ubiquinol', 'menthol cream']);
  });

  it('"did not change in any arm": "any arm" is every arm, not an arm named "any"', () => {
    expect(lines(DOSES, 'Grip strength did not change in any arm.')).toEqual([
      'hand grip strength | NOT_DIFFERENT_IN | ketotifen 1 mg treatment group | -',
      'hand grip strength | NOT_DIFFERENT_IN | ketotifen 2 mg treatment group | -',
      'hand grip strength | NOT_DIFFERENT_IN | placebo arm | -',
    ]);
  });

  it('"in every arm" of a trial with two active arms is each arm, the control arm too', () => {
    expect(lines(DOSES, 'Orthostatic symptom scores fell from baseline in every arm (all p < 0.05).')).toEqual([
      'orthostatic symptom scores | REDUCED_IN | ketotifen 1 mg treatment group | baseline',
      'orthostatic symptom scores | REDUCED_IN | ketotifen 2 mg treatment group | baseline',
      'orthostatic symptom scores | REDUCED_IN | placebo arm | baseline',
    ]);
  });

  it('decimal doses of a treatment the lexicon knows are arms of their own, found where a sentence names the dose', () => {
    const study = {
      title: 'Midodrine 2.5 mg versus 5 mg versus placebo in POTS',
      summary: 'Adults with POTS were randomised to midodrine 2.5 mg, 5 mg or placebo three times daily for 4 weeks.',
    };
    expect(
      lines(study, 'At week 2, standing heart rate was lower than on placebo only in those on 2.5 mg (p = 0.02).'),
    ).toEqual(['standing heart rate | REDUCED_IN | midodrine 2.5 mg treatment group | placebo']);
  });

  it('"in those on X" is the arm', () => {
    const study = {
      title: 'Beta-alanine for fatigue in ME/CFS: a randomised trial',
      summary: 'Seventy patients with ME/CFS were randomised to beta-alanine 3.2 g daily or placebo for 10 weeks.',
    };
    expect(lines(study, 'In those on beta-alanine, muscle carnosine rose by 30% (p < 0.001).')).toEqual([
      'muscle carnosine | ELEVATED_IN | beta-alanine treatment group | -',
    ]);
  });
});

describe('adverse events counted per arm', () => {
  const study = {
    title: 'Ribose against placebo for fatigue in ME/CFS: a randomised trial',
    summary: 'Adults with ME/CFS were randomised to D-ribose 5 g daily or placebo for 8 weeks.',
  };
  const lines = (sentence: string) =>
    extractFindings({ slug: 'events-2025-test', ...study, observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    );

  it('counts in randomised arms compare as their figures do; events counted together are one category', () => {
    expect(lines('Heartburn was reported by 11 participants on D-ribose and 2 on placebo.')).toEqual([
      'heartburn | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
    expect(lines('Dizziness or headache occurred in six women on D-ribose and in none on placebo.')).toEqual([
      'dizziness or headache | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
    expect(lines('Neutropenia developed in four patients on D-ribose and in none on placebo.')).toEqual([
      'neutropenia | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
  });

  it('counts per period of a crossover ("6 of 30 participants during D-ribose and 1 of 30 during placebo")', () => {
    expect(lines('Nausea was reported by 6 of 30 participants during D-ribose and 1 of 30 during placebo.')).toEqual([
      'nausea | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
  });

  it('an arm named by abbreviation or by part of its name is still the arm its count stands for', () => {
    expect(lines('Bloating was reported by 9 participants on ribose and 3 on placebo.')).toEqual([
      'bloating | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
    expect(lines('Palpitations occurred in 5 adults on DR and none on placebo.')).toEqual([
      'palpitations | ELEVATED_IN | D-ribose treatment group | placebo',
    ]);
  });
});

describe('arms in more wordings', () => {
  it('"took X or placebo", "or to matching placebos", a dose range and a course length are read past', () => {
    expect(
      trialArms(
        'Oral ivabradine for POTS',
        'Thirty patients took a single oral dose of ivabradine 5 mg or placebo on two mornings.',
      ).map((a) => a.name),
    ).toEqual(['ivabradine']);
    expect(
      trialArms(
        'Memantine with donepezil for brain fog in long COVID',
        'Adults were randomised to memantine 5–10 mg with donepezil 5 mg daily or to matching placebos for 12 weeks.',
      ).map((a) => a.name),
    ).toEqual(['memantine with donepezil']);
    expect(
      trialArms(
        'Bilevel ventilation for fatigue in ME/CFS: a randomised trial',
        'Patients were randomised to four weeks of therapeutic bilevel PAP or sham PAP.',
      ),
    ).toEqual([{ name: 'therapeutic bilevel PAP', synonyms: ['bilevel PAP', 'PAP'] }]);
  });

  it("a title that sets its treatment against placebo or sham names it; the title's short name wins over a long description", () => {
    expect(
      trialArms(
        'Prefrontal rTMS against sham for fibromyalgia pain: outcomes at 4 and 12 weeks',
        'Women were randomised to 20 sessions over four weeks of high-frequency repetitive transcranial magnetic stimulation over the left dorsolateral prefrontal cortex or to sham stimulation.',
      ),
    ).toEqual([{ name: 'prefrontal rTMS', synonyms: ['rTMS'] }]);
  });
});

describe('figures per arm, each arm named by "with" its treatment', () => {
  it('"fell by 1.4 points with A and 0.6 points with placebo": a change compared between the arms', () => {
    expect(
      extract('Fatigue scores fell by 4.1 points with montelukast and 1.2 points with placebo (p = 0.01).'),
    ).toEqual(['fatigue | REDUCED_IN | oral montelukast treatment group | placebo']);
    expect(
      extract('Fatigue scores rose by 2.4% with montelukast at week 8 against 0.3% with placebo (p = 0.04).'),
    ).toEqual(['fatigue | ELEVATED_IN | oral montelukast treatment group | placebo']);
  });

  it('"was 5.9 with A and 6.1 with placebo": a value per arm', () => {
    expect(extract('Fatigue scores were 5.9 with montelukast and 6.1 with placebo (p = 0.52).')).toEqual([
      'fatigue | NOT_DIFFERENT_IN | oral montelukast treatment group | placebo',
    ]);
  });
});
