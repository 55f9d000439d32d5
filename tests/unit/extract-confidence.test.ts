import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/ingest/extract/confidence-features.ts';
import {
  checkConfidenceModel,
  confidenceModel,
  probabilityOf,
  type ConfidenceModel,
} from '../../src/ingest/extract/confidence-model.ts';
import {
  chooseThreshold,
  fitWeights,
  reliabilityTable,
  thresholdCurve,
  trainConfidenceModel,
  trainingSet,
  type TrainingRow,
} from '../../src/ingest/extract/confidence-training.ts';
import type { EvalStudy } from '../../src/ingest/extract/eval-corpus.ts';
import { heldOutCandidates, kFold } from '../../src/ingest/extract/eval-folds.ts';
import type { LabelledTriple } from '../../src/ingest/extract/evaluate.ts';
import {
  extractCandidates,
  gateCandidates,
  type Candidate,
  type SentenceCandidates,
} from '../../src/ingest/extract/index.ts';
import { fitLogistic, sigmoid } from '../../src/ingest/extract/logistic.ts';

const feature = (candidate: Candidate, name: string) => candidate.features[FEATURE_NAMES.indexOf(name)]!;

function candidatesOf(...sentences: string[]): Candidate[] {
  return extractCandidates({ slug: 'invented', observedFindings: sentences }).flatMap((s) => s.candidates);
}

describe('confidence features of a finding', () => {
  it('one value per feature name, for every candidate', () => {
    const found = candidatesOf(
      'Serum IL-6 was higher in patients than in controls (p = 0.01).',
      'Fatigue severity correlated with IL-8.',
    );
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const c of found) expect(c.features).toHaveLength(FEATURE_NAMES.length);
  });

  it('record the frame, a comparison group written in the clause, and the sentence length', () => {
    const [c] = candidatesOf('Serum IL-6 was higher in ME/CFS patients than in controls.');
    expect(c!.finding.relation).toBe('ELEVATED_IN');
    expect(feature(c!, 'frame:difference')).toBe(1);
    expect(feature(c!, 'frame:correlation')).toBe(0);
    expect(feature(c!, 'clause:negation')).toBe(0);
    expect(feature(c!, 'object:group')).toBe(1);
    expect(feature(c!, 'object:inClause')).toBe(1);
    expect(feature(c!, 'sentence:tokens')).toBeCloseTo(Math.log1p(12));
  });

  it('tell a comparison group inferred from the study ("patients" → the study condition) from one the clause names', () => {
    const study = { slug: 'invented', title: 'Cytokines in chronic fatigue syndrome', observedFindings: [] };
    const read = (sentence: string) =>
      extractCandidates({ ...study, observedFindings: [sentence] }).flatMap((s) => s.candidates)[0]!;
    for (const sentence of ['IL-6 was elevated.', 'IL-6 was higher in patients than in controls.']) {
      expect(read(sentence).finding.object.name).toBe('ME/CFS');
      expect(feature(read(sentence), 'object:inClause'), sentence).toBe(0);
    }
    expect(feature(read('IL-6 was higher in CFS patients than in controls.'), 'object:inClause')).toBe(1);
  });

  it('read a correlation between two measures, and a negated clause', () => {
    const [correlation] = candidatesOf('Fatigue severity correlated with IL-8.');
    expect(feature(correlation!, 'frame:correlation')).toBe(1);
    expect(feature(correlation!, 'frame:difference')).toBe(0);
    expect(feature(correlation!, 'object:group')).toBe(0);
    const [none] = candidatesOf('IL-6 did not differ between patients and controls.');
    expect(none!.finding.relation).toBe('NOT_DIFFERENT_IN');
    expect(feature(none!, 'clause:negation')).toBe(1);
  });

  it('count the list members of a clause and the findings of a sentence', () => {
    const single = candidatesOf('Patients had higher IL-6 than controls.');
    const listed = candidatesOf('Patients had higher IL-6, IL-8 and TNF-alpha than controls.');
    expect(single).toHaveLength(1);
    expect(listed).toHaveLength(3);
    expect(feature(listed[0]!, 'clause:members')).toBeCloseTo(Math.log1p(3));
    expect(feature(listed[0]!, 'sentence:findings')).toBeCloseTo(Math.log1p(3));
    expect(feature(single[0]!, 'clause:members')).toBeCloseTo(Math.log1p(1));
  });

  it('tell a lexicon entity from a name-shaped phrase no vocabulary knows', () => {
    const [known] = candidatesOf('Patients had higher IL-6 than controls.');
    const [unknown] = candidatesOf('Patients had higher zorblat flux than controls.');
    expect(feature(known!, 'subject:known')).toBe(1);
    expect(unknown!.finding.subject.name.toLowerCase()).toContain('zorblat');
    expect(feature(unknown!, 'subject:known')).toBe(0);
    expect(feature(unknown!, 'subject:ontologyId')).toBe(0);
  });
});

describe('the confidence model', () => {
  const model = confidenceModel();

  it('ships weights for exactly the features the extractor computes, with its training set and date', () => {
    expect(model.features.map((f) => f.name)).toEqual(FEATURE_NAMES);
    expect(model.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(model.trainedOn.studyCount).toBeGreaterThan(1);
    expect(model.trainedOn.correct).toBeLessThanOrEqual(model.trainedOn.findings);
    expect(model.threshold).toBeGreaterThanOrEqual(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('rejects a model whose features are not the extractor’s, or whose numbers are not finite', () => {
    expect(() => checkConfidenceModel({ ...model, features: model.features.slice(1) }, 'm.json')).toThrow(
      /m\.json: the model's features .* retrain/,
    );
    const broken = { ...model, features: model.features.map((f, i) => (i ? f : { ...f, weight: NaN })) };
    expect(() => checkConfidenceModel(broken, 'm.json')).toThrow(/not a finite number/);
  });

  it('moves the probability with the sign of each trained weight', () => {
    const [c] = candidatesOf('Patients had higher IL-6 than controls.');
    const base = c!.features;
    const p0 = probabilityOf(model, base);
    model.features.forEach((f, i) => {
      const raised = base.map((v, j) => (j === i ? v + 1 : v));
      const p1 = probabilityOf(model, raised);
      if (f.weight > 0) expect(p1, f.name).toBeGreaterThan(p0);
      else if (f.weight < 0) expect(p1, f.name).toBeLessThan(p0);
      else expect(p1, f.name).toBe(p0);
    });
  });

  it('scores an ungrounded subject below a lexicon one in the same frame when the weights favour grounding', () => {
    const [known] = candidatesOf('Patients had higher IL-6 than controls.');
    const [unknown] = candidatesOf('Patients had higher zorblat flux than controls.');
    const weight = (name: string) => model.features.find((f) => f.name === name)!.weight;
    const groundingWeights = ['subject:known', 'subject:ontologyId'].map(weight);
    // The two differ in their subject only; when every grounding weight is positive, grounding must raise p.
    if (groundingWeights.every((w) => w > 0)) {
      const grounded = [...unknown!.features];
      for (const name of ['subject:known', 'subject:ontologyId'])
        grounded[FEATURE_NAMES.indexOf(name)] = feature(known!, name);
      expect(probabilityOf(model, grounded)).toBeGreaterThan(probabilityOf(model, unknown!.features));
    }
  });
});

describe('the precision gate', () => {
  const sentences: SentenceCandidates[] = extractCandidates({
    slug: 'invented',
    observedFindings: ['Patients had higher IL-6 than controls.', 'Fatigue severity correlated with IL-8.'],
  });
  const shipped = confidenceModel();
  const probabilities = sentences.map((s) => s.candidates.map((c) => probabilityOf(shipped, c.features)));

  it('keeps a finding at or above the threshold, with its probability as extraction.confidence', () => {
    const result = gateCandidates(sentences, { ...shipped, threshold: 0 });
    expect(result.unstructured).toEqual([]);
    expect(result.findings.map((f) => f.extraction.confidence)).toEqual(
      probabilities.flat().map((p) => Math.round(p * 1000) / 1000),
    );
  });

  it('leaves a sentence unstructured when all its findings fall below the threshold', () => {
    const [first, second] = probabilities.map((ps) => Math.max(...ps));
    // A threshold between the two sentences' probabilities gates exactly the lower one.
    const threshold = (first! + second!) / 2;
    expect(first).not.toBe(second);
    const result = gateCandidates(sentences, { ...shipped, threshold });
    const low = first! < second! ? 0 : 1;
    expect(result.unstructured).toEqual([sentences[low]!.statement]);
    expect(result.findings.every((f) => f.statement === sentences[1 - low]!.statement)).toBe(true);
    expect(gateCandidates(sentences, { ...shipped, threshold: 1.01 })).toMatchObject({
      findings: [],
      unstructured: sentences.map((s) => s.statement),
    });
  });
});

describe('logistic regression', () => {
  // Invented data: y depends on the first column, not on the second.
  const x = Array.from({ length: 40 }, (_, i) => [(i % 10) - 4.5, ((i * 7) % 5) - 2]);
  const y = x.map(([a], i) => (a! + (i % 3 === 0 ? 3 : 0) > 0 ? 1 : 0));

  it('reaches the minimum of the penalised log-loss (its gradient vanishes)', () => {
    const lambda = 2;
    const fit = fitLogistic(x, y, lambda);
    const p = x.map((row) => sigmoid(fit.intercept + row.reduce((s, v, j) => s + v * fit.weights[j]!, 0)));
    const gradIntercept = p.reduce((s, pi, i) => s + pi - y[i]!, 0);
    expect(Math.abs(gradIntercept)).toBeLessThan(1e-8);
    fit.weights.forEach((w, j) => {
      const grad = p.reduce((s, pi, i) => s + (pi - y[i]!) * x[i]![j]!, 0) + lambda * w;
      expect(Math.abs(grad)).toBeLessThan(1e-8);
    });
    expect(fit.weights[0]).toBeGreaterThan(0);
  });

  it('shrinks the weights as lambda grows', () => {
    const norm = (lambda: number) => Math.hypot(...fitLogistic(x, y, lambda).weights);
    expect(norm(100)).toBeLessThan(norm(1));
  });

  it('refuses bad input with a specific error', () => {
    expect(() => fitLogistic(x, y.slice(1), 1)).toThrow(/40 rows but 39 labels/);
    expect(() => fitLogistic(x, y, 0)).toThrow(/lambda must be > 0/);
    expect(() => fitLogistic([[1], [2]], [0, 2], 1)).toThrow(/labels must be 0 or 1/);
  });
});

describe('training the confidence model', () => {
  // Invented rows: eight studies; findings with feature 'subject:known' set are mostly right.
  const known = FEATURE_NAMES.indexOf('subject:known');
  const rows: TrainingRow[] = Array.from({ length: 80 }, (_, i) => {
    const features = FEATURE_NAMES.map((_, j) => ((i * (j + 3)) % 7) / 7);
    features[known] = i % 2;
    return { slug: `s${i % 8}`, features, correct: i % 2 === 1 ? (i % 10 === 1 ? 0 : 1) : i % 3 === 0 ? 1 : 0 };
  });
  const labelled = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`s${i}`, 12]));
  const meta = { labels: 'invented', studies: 'invented', extractor: 'test', date: '2026-01-01' };

  it('gives the same model for the same data (reproducible)', () => {
    const a = trainConfidenceModel({ rows, labelled }, meta);
    const b = trainConfidenceModel({ rows: rows.map((r) => ({ ...r, features: [...r.features] })), labelled }, meta);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.features.find((f) => f.name === 'subject:known')!.weight).toBeGreaterThan(0);
    expect(a.trainedOn).toMatchObject({ studyCount: 8, findings: 80, labelled: 96 });
  });

  it('gives the same model file from the same studies and labels, extraction included', () => {
    const sentences = [
      'Patients had higher IL-6 than controls.',
      'Fatigue severity correlated with IL-8.',
      'IL-10 did not differ between patients and controls.',
      'Patients had lower NK cell cytotoxicity and higher TNF-alpha than controls.',
    ];
    const studies: EvalStudy[] = Array.from({ length: 8 }, (_, i) => ({
      slug: `study-${i}`,
      title: 'Cytokines in chronic fatigue syndrome',
      summary: null,
      observedFindings: [sentences[i % 4]!, sentences[(i + 1) % 4]!],
    }));
    // Each study labels one of its findings: the others are wrong.
    const studyLabels = Object.fromEntries(
      studies.map((st, i) => [
        st.slug,
        [
          {
            sentence: 's',
            subject: [['IL-6', 'IL-8', 'IL-10', 'TNF-alpha'][i % 4]!],
            relation: 'ELEVATED_IN',
            object: ['ME/CFS'],
          },
        ],
      ]),
    );
    const train = () =>
      JSON.stringify(
        trainConfidenceModel(
          trainingSet(
            heldOutCandidates(studies, 4, 1),
            studyLabels,
            studies.map((st) => st.slug),
          ),
          meta,
        ),
      );
    const first = train();
    expect(JSON.parse(first).trainedOn.findings).toBeGreaterThan(8);
    expect(train()).toBe(first);
  });

  it('chooses the threshold of highest F0.5 on the curve, counting every label in recall', () => {
    const probabilities = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const correct = [1, 1, 0, 1, 0, 0];
    const curve = thresholdCurve(probabilities, correct, 5);
    expect(curve.map((p) => p.kept)).toEqual([6, 5, 4, 3, 2, 1]);
    const at06 = curve.find((p) => p.threshold === 0.6)!;
    expect(at06).toMatchObject({ precision: 0.75, recall: 0.6 });
    const best = curve.reduce((a, b) => (b.fBeta > a.fBeta ? b : a));
    expect(chooseThreshold(curve)).toBe(best.threshold);
    // Nothing to gain by gating (every finding right): no gate.
    expect(chooseThreshold(thresholdCurve([0.9, 0.5], [1, 1], 2))).toBe(0);
  });

  it('labels a candidate by the evaluator’s matcher', () => {
    const sentences = extractCandidates({
      slug: 'x',
      observedFindings: ['Patients had higher IL-6 and IL-8 than controls.'],
    });
    const label: LabelledTriple = {
      sentence: 's',
      subject: ['IL-6'],
      relation: 'ELEVATED_IN',
      object: ['patients', 'ME/CFS'],
    };
    const set = trainingSet({ x: sentences }, { x: [label] }, ['x']);
    expect(set.labelled).toEqual({ x: 1 });
    const names = sentences[0]!.candidates.map((c) => c.finding.subject.name);
    expect(set.rows.map((r) => r.correct)).toEqual(names.map((n) => (n === 'IL-6' ? 1 : 0)));
  });

  it('bins predicted against observed precision', () => {
    const table = reliabilityTable([0.1, 0.15, 0.9, 0.95, 1], [0, 1, 1, 1, 0], 5);
    expect(table).toEqual([
      { from: 0, to: 0.2, findings: 2, predicted: 0.125, observed: 0.5 },
      { from: 0.8, to: 1, findings: 3, predicted: (0.9 + 0.95 + 1) / 3, observed: 2 / 3 },
    ]);
  });

  it('fits standardised weights: a constant feature keeps weight 0', () => {
    const fitted = fitWeights(rows, 1);
    const constant = rows.map((r) => ({ ...r, features: r.features.map((v, j) => (j === 0 ? 0.5 : v)) }));
    expect(fitWeights(constant, 1).features[0]).toMatchObject({ weight: 0, scale: 1, mean: 0.5 });
    expect(fitted.features).toHaveLength(FEATURE_NAMES.length);
  });
});

describe('the k-fold with a retrained confidence model', () => {
  const studies: EvalStudy[] = ['a', 'b', 'c'].map((slug) => ({
    slug,
    title: null,
    summary: null,
    observedFindings: ['Patients had higher IL-6 than controls.'],
  }));
  const labels = Object.fromEntries(
    studies.map((s) => [s.slug, [{ sentence: 's', subject: ['IL-6'], relation: 'ELEVATED_IN', object: ['ME/CFS'] }]]),
  );

  it("trains each fold's model without that fold's studies, and gates the fold with it", () => {
    const seen: string[][] = [];
    const scored: string[][] = [];
    const report = kFold(studies, labels, {
      k: 3,
      seed: 1,
      trainModel: (candidates, foldLabels): ConfidenceModel => {
        seen.push(Object.keys(candidates).sort());
        expect(Object.keys(foldLabels).sort()).toEqual(Object.keys(candidates).sort());
        // A model that gates everything: the fold then emits nothing.
        return { ...confidenceModel(), threshold: 1.01 };
      },
      onFold: (candidates, model) => {
        scored.push(Object.keys(candidates).sort());
        expect(model.threshold).toBe(1.01);
      },
    });
    // Each fold's own candidates reach the reliability table, with the model that gated them.
    expect(scored).toEqual(report.folds.map((f) => f.slugs));
    expect(seen).toEqual(report.folds.map((f) => ['a', 'b', 'c'].filter((s) => !f.slugs.includes(s))));
    expect(report.predicted).toBe(0);
  });
});
