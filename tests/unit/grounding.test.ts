import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconEntries } from '../../src/ingest/extract/lexicon.ts';
import { parseAliasFile } from '../../src/ingest/ground/aliases.ts';
import { canonicalKey } from '../../src/ingest/ground/canonical-key.ts';
import {
  classifyHead,
  groundBroader,
  groundName,
  groundingIndex,
  isEntityLike,
  isNameShaped,
} from '../../src/ingest/ground/index.ts';
import { mirnaKey } from '../../src/ingest/ground/mirna-name.ts';
import { coreSurface, symbolKeys } from '../../src/ingest/ground/surface.ts';
import { readTermFile } from '../../src/ingest/ground/term-files.ts';

const sameKey = (...names: string[]) => new Set(names.map(canonicalKey));

describe('canonicalKey', () => {
  it('folds case, dashes and spacing of symbols', () => {
    expect(sameKey('IL-6', 'IL6', 'il 6', 'Il-6')).toEqual(new Set(['il 6']));
    expect(canonicalKey('IL-6')).not.toBe(canonicalKey('IL-16'));
  });

  it('folds Unicode sub- and superscripts to ASCII', () => {
    expect(sameKey('VO₂ peak', 'VO2 peak', 'VO2peak', 'vo 2 peak').size).toBe(1);
    expect(sameKey('Ca²⁺', 'Ca2+', 'Ca 2+').size).toBe(1);
  });

  it('reads Greek letters as their ASCII names', () => {
    expect(sameKey('TNF-α', 'TNF-alpha', 'TNFα', 'TNF alpha').size).toBe(1);
    expect(sameKey('IL-1β', 'IL-1beta', 'IL-1 beta').size).toBe(1);
    expect(sameKey('β2-adrenergic receptor', 'beta-2 adrenergic receptor', 'beta2 adrenergic receptors').size).toBe(1);
    expect(sameKey('IFN-γ', 'IFN-gamma').size).toBe(1);
    expect(sameKey('NF-κB', 'NF-kappa B', 'NF κB').size).toBe(1);
  });

  it('joins prefixes written apart, hyphenated or closed up', () => {
    expect(sameKey('post-exertional malaise', 'Postexertional malaise', 'post exertional malaise').size).toBe(1);
    expect(sameKey('non-restorative sleep', 'nonrestorative sleep').size).toBe(1);
  });

  it('drops measurement words and plural of the head noun, so word-order variants meet', () => {
    expect(
      sameKey('frequency of CD21+ CD38- B cells', 'CD21+ CD38- B cell frequency', 'CD21+ CD38- B cells').size,
    ).toBe(1);
    expect(
      sameKey(
        'IL-6 levels',
        'levels of IL-6',
        'serum IL-6'.replace('serum ', ''),
        'IL-6 concentration',
        'IL-6 expression levels',
      ).size,
    ).toBe(1);
    expect(sameKey('NK cell count', 'NK cells', 'number of NK cells').size).toBe(1);
  });

  it('reads a Roman numeral after a class word as its number, and British spellings as American', () => {
    expect(sameKey('type II muscle fibres', 'type 2 muscle fiber', 'Type II muscle fibers').size).toBe(1);
    expect(sameKey('complex IV activity', 'complex 4 activity').size).toBe(1);
    expect(canonicalKey('vitamin I')).not.toBe(canonicalKey('vitamin 1')); // only after type, class, stage…
    expect(sameKey('haemoglobin', 'hemoglobin').size).toBe(1);
    expect(sameKey('leukaemia', 'leukemia').size).toBe(1);
    expect(sameKey('paediatric oedema', 'pediatric edema').size).toBe(1);
    expect(sameKey('tumour size', 'tumor size').size).toBe(1);
    expect(canonicalKey('hour')).toBe('hour');
  });

  it('reads "functioning" as "function" at the head', () => {
    expect(sameKey('social functioning', 'social function').size).toBe(1);
  });

  it('keeps quantities that are different entities apart', () => {
    expect(canonicalKey('NK cell activity')).not.toBe(canonicalKey('NK cells'));
    expect(canonicalKey('CD38- B cells')).not.toBe(canonicalKey('CD38+ B cells'));
    expect(canonicalKey('CD8-positive T cell')).toBe(canonicalKey('CD8+ T cell'));
    expect(canonicalKey('gene expression')).toBe('gene expression');
    expect(canonicalKey('levels')).toBe('level');
  });

  it('keeps the words of non-plural -s nouns', () => {
    expect(canonicalKey('diabetes')).toBe('diabetes');
    expect(canonicalKey('thalamus')).toBe('thalamus');
    expect(canonicalKey('viruses')).toBe('virus');
    expect(canonicalKey('responses')).toBe('response');
    expect(canonicalKey('antibodies')).toBe('antibody');
    const plurals: [string, string][] = [
      ['headaches', 'headache'],
      ['causes', 'cause'],
      ['devices', 'device'],
      ['indices', 'index'],
      ['branches', 'branch'],
      ['processes', 'process'],
    ];
    for (const [plural, one] of plurals) {
      expect(canonicalKey(plural), plural).toBe(canonicalKey(one));
    }
  });

  it('is empty for a name without letters or digits', () => {
    expect(canonicalKey(' -/ ')).toBe('');
  });

  it('is a fixed point: the key of a key is the key', () => {
    const alphabet = fc.constantFrom(
      ..."aBcD1 2-+/αβ₂²sS'(".split(''),
      ' levels',
      ' of ',
      'cells',
      'post',
      'CD',
      '−',
      'the ',
      'ies',
      'positive',
      ' expression',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }), (parts) => {
        const key = canonicalKey(parts.join(''));
        expect(canonicalKey(key)).toBe(key);
      }),
    );
  });

  it('handles very long input in one pass (no quadratic backtracking)', () => {
    const long = 'IL-6 '.repeat(40_000);
    expect(canonicalKey(long).split(' ')).toHaveLength(80_000);
    const signs = 'CD38-'.repeat(40_000) + 'x';
    expect(canonicalKey(signs).length).toBeGreaterThan(40_000);
    expect(canonicalKey('x' + ' levels'.repeat(100_000))).toBe('x');
    expect(canonicalKey('levels of '.repeat(100_000) + 'x')).toBe('x');
    const punctuation = '-'.repeat(200_000) + 'x';
    expect(canonicalKey(punctuation)).toBe('x');
    expect(coreSurface('!'.repeat(200_000) + 'x levels')).toBe('!'.repeat(200_000) + 'x');
  });
});

describe('surface helpers', () => {
  it('reduces a name to the words that name the analyte', () => {
    expect(coreSurface('plasma IL-6 levels')).toBe('IL-6');
    expect(coreSurface('levels of TNF-α mRNA')).toBe('TNF-α');
    expect(coreSurface('levels')).toBe('levels');
  });

  it('reads Greek letters in symbols as Latin initials and as names', () => {
    expect(symbolKeys('TNF-α')).toEqual(['TNFA', 'TNFalpha']);
    expect(symbolKeys('IL-6')).toEqual(['IL6']);
  });

  it('folds miRNA prefixes', () => {
    expect(mirnaKey(canonicalKey('hsa-miR-21-5p'))).toBe(mirnaKey(canonicalKey('microRNA-21-5p')));
    expect(mirnaKey(canonicalKey('MIRLET7A1'))).toBe(mirnaKey(canonicalKey('let-7a-1')));
    expect(mirnaKey(canonicalKey('mirror'))).toBeNull();
  });
});

describe('groundName', () => {
  beforeAll(() => {
    groundingIndex();
  }, 120_000);

  it('grounds the liver enzymes by their abbreviations, not ALT as a tumour (project aliases)', () => {
    expect(groundName('ALT')?.curie).toBe('EG:ALT');
    expect(groundName('AST')?.curie).toBe('EG:AST');
    expect(groundName('γ-GT')?.curie).toBe('EG:GGT');
  });

  it('grounds gene symbols as written, with their kind', () => {
    for (const name of ['IL-6', 'IL6', 'IL-6 levels', 'plasma IL-6', 'interleukin 6', 'interleukin-6']) {
      expect(groundName(name)?.curie, name).toBe('NCBIGene:3569');
    }
    expect(groundName('IL-6')).toMatchObject({
      source: 'gene',
      entityType: 'Biomarker',
      kind: 'cytokine',
      match: 'symbol',
    });
    expect(groundName('TNF-α')?.curie).toBe('NCBIGene:7124');
    expect(groundName('IFN-γ')?.curie).toBe('NCBIGene:3458');
    expect(groundName('CD56')).toMatchObject({ curie: 'NCBIGene:4684', kind: 'CD marker' });
    expect(groundName('TRPM3')?.curie).toBe('NCBIGene:80036');
  });

  it('never reads an English word or a lower-case spelling as a gene symbol', () => {
    expect(groundName('Impact')).toBeNull();
    expect(groundName('impact')).toBeNull();
    expect(groundName('TNF')?.curie).toBe('NCBIGene:7124');
    expect(groundName('tnf')).toBeNull();
    expect(groundName('catalase')?.curie).toBe('NCBIGene:847');
    expect(groundName('no')).toBeNull();
  });

  it('prefers any other vocabulary over a gene alias (PEM, CSF, ME are gene aliases too)', () => {
    expect(groundName('PEM')).toMatchObject({ curie: 'HP:0030973', entityType: 'Symptom' });
    expect(groundName('CSF')?.curie).toBe('UBERON:0001359');
    expect(groundName('ME')?.curie).toBe('MONDO:0005404');
    expect(groundName('me')).toBeNull();
    expect(groundName('plasma ATP')?.source).toBe('chebi');
    expect(groundName('EV protein levels')).toBeNull(); // Mondo's "EV" only when written alone
  });

  it('grounds every spelling of ME/CFS to Mondo', () => {
    for (const name of [
      'ME/CFS',
      'CFS',
      'chronic fatigue syndrome',
      'myalgic encephalomyelitis',
      'CFS/ME',
      'ME',
      'myalgic encephalomyelitis/chronic fatigue syndrome',
      'Chronic Fatigue Syndrome',
    ]) {
      expect(groundName(name)?.curie, name).toBe('MONDO:0005404');
    }
  });

  it('grounds conditions the ontologies lack or misplace through the project aliases', () => {
    expect(groundName('POTS')).toMatchObject({ curie: 'EG:POTS', entityType: 'Condition', source: 'alias' });
    expect(groundName('postural orthostatic tachycardia syndrome')?.curie).toBe('EG:POTS');
    expect(groundName('Gulf War illness')?.curie).toBe('MONDO:0005907');
    expect(groundName('long COVID')?.curie).toBe('MONDO:0100233');
    expect(groundName('post-COVID condition')?.curie).toBe('MONDO:0100233');
    expect(groundName('post-exertional malaise')?.curie).toBe('HP:0030973');
    expect(groundName('VO₂ peak')).toMatchObject({ curie: 'EG:VO2-peak', entityType: 'Measure' });
    expect(groundName('SF-36 physical functioning')?.entityType).toBe('Measure');
  });

  it('grounds the names of a healthy comparison group to the healthy-control group, but not a narrower one', () => {
    for (const name of [
      'healthy controls',
      'control subjects',
      'healthy people',
      'healthy participants',
      'healthy adults',
    ])
      expect(groundName(name)?.curie, name).toBe('EG:healthy-control');
    expect(groundName('healthy women')).toBeNull();
  });

  it('uses the type hint between vocabularies that share a name', () => {
    expect(groundName('depression', 'Symptom')?.curie).toMatch(/^HP:/);
    expect(groundName('depression', 'Condition')?.curie).toMatch(/^MONDO:/);
  });

  it('folds microRNA names and prefers the mature miRNA a name is exact for', () => {
    expect(groundName('miR-320a')?.curie).toBe('MIRBASE:MIMAT0000510');
    expect(groundName('hsa-miR-21-5p')?.curie).toBe('MIRBASE:MIMAT0000076');
    const stemLoop = groundName('miR-21')?.curie;
    expect(stemLoop).toBe('MIRBASE:MI0000077');
    for (const name of ['microRNA-21', 'miRNA-21', 'hsa-mir-21', 'MIR21', 'CSF miR-21', 'miR-21 levels']) {
      expect(groundName(name)?.curie, name).toBe(stemLoop);
    }
  });

  it('grounds cells, anatomy and metabolites by their exact names, never by a related synonym', () => {
    expect(groundName('NK cells')).toMatchObject({ curie: 'CL:0000623', kind: 'immune cell' });
    expect(groundName('natural killer cell')?.curie).toBe('CL:0000623');
    expect(groundName('NK cell activity')?.curie).not.toBe('CL:0000623');
    expect(groundName('CD8+ T cells')?.curie).toBe('CL:0000625');
    // UBERON has "thalamus" only as a related synonym of "dorsal plus ventral thalamus": not that term.
    expect(groundName('thalamus')).toBeNull();
    expect(groundName('cingulate cortex')).toMatchObject({ curie: 'UBERON:0003027', kind: 'brain region' });
    // ChEBI marks every non-IUPAC name of a substance RELATED: one term alone holding it grounds, as a weak match.
    expect(groundName('GABA')).toMatchObject({ curie: 'CHEBI:16865', match: 'weak' });
    expect(groundName('butyrate')?.curie).toBe('CHEBI:17968');
    expect(groundName('fatigue severity')).toMatchObject({ curie: 'HP:0012378', match: 'reduced' });
    expect(groundName('disease severity')?.curie).not.toMatch(/^MONDO:/);
  });

  it('returns null for names no vocabulary has', () => {
    expect(groundName('previous findings of')).toBeNull();
    expect(groundName('3.4-fold')).toBeNull();
    expect(groundName('')).toBeNull();
  });
});

describe('the shipped data', () => {
  it('grounds every project alias to an id that exists, with ontology ids pointing at real terms', () => {
    const index = groundingIndex();
    for (const alias of index.aliases.terms) {
      const prefix = alias.id.split(':')[0]!;
      if (prefix !== 'EG') expect(index.byId.has(alias.id), alias.id).toBe(true);
      for (const name of alias.names) {
        expect(groundName(name)?.curie, `${name} → ${alias.id}`).toBe(alias.id);
      }
    }
  }, 120_000);

  it('leaves HPO rows as HPO wrote them (labels verbatim; project names only in aliases.json)', () => {
    const fatigue = readTermFile('hp').find((t) => t.id === 'HP:0012378');
    expect(fatigue).toMatchObject({ label: 'Fatigue', names: ['Tired', 'Tiredness'] });
    const pem = readTermFile('hp').find((t) => t.id === 'HP:0030973');
    expect(pem?.names).not.toContain('PEM');
  });

  it('rejects a malformed alias file with a specific error', () => {
    expect(() =>
      parseAliasFile({ terms: [{ id: 'not a curie', label: 'x', entityType: 'Measure', kind: 'k', names: [] }] }),
    ).toThrow(/not a CURIE/);
    expect(() =>
      parseAliasFile({ terms: [{ id: 'EG:x', label: 'x', entityType: 'Gene', kind: 'k', names: [] }] }),
    ).toThrow(/entityType/);
    expect(() =>
      parseAliasFile({
        terms: [
          { id: 'EG:x', label: 'x', entityType: 'Measure', kind: 'k', names: ['a'] },
          { id: 'EG:x', label: 'y', entityType: 'Measure', kind: 'k', names: [] },
        ],
      }),
    ).toThrow(/appears twice/);
    expect(() =>
      parseAliasFile({ terms: [{ id: 'EG:x', label: 'x', entityType: 'Measure', kind: 'k', names: [''] }] }),
    ).toThrow(/non-empty strings/);
  });

  it('never gives an antibody the id of the protein it binds (curated lexicon ids)', () => {
    const antibodies = lexiconEntries('Biomarker').filter((e) => /antibod/i.test(e.name));
    expect(antibodies.length).toBeGreaterThan(2);
    const byTarget = antibodies.filter((e) => Object.values(e.xrefs ?? {}).some((id) => /^(HGNC|NCBIGene):/.test(id)));
    expect(byTarget.map((e) => e.name)).toEqual([]);
  });

  it('rejects an alias naming an abnormality of its term or a narrower quantity', () => {
    const term = (label: string, names: string[]) => ({
      terms: [{ id: 'EG:zorbic', label, entityType: 'Measure', kind: 'k', names }],
    });
    expect(() => parseAliasFile(term('zorbic function', ['zorbic dysfunction']))).toThrow(
      /"zorbic dysfunction" adds "dysfunction" to "zorbic function"/,
    );
    expect(() => parseAliasFile(term('zorbic flow', ['peak zorbic flow']))).toThrow(/adds "peak"/);
    expect(() => parseAliasFile(term('zorbic output', ['zorbic index']))).toThrow(/adds "index"/);
    expect(() => parseAliasFile(term('age', ['age at zorbic onset']))).toThrow(/adds "onset"/);
    // The label's own words may recur in its names.
    expect(parseAliasFile(term('peak zorbic flow', ['zorbic flow peak', 'PZF'])).terms[0]!.names).toHaveLength(2);
  });
});

describe('classifyHead', () => {
  it('returns null for phrases that are not entities', () => {
    for (const phrase of [
      'including',
      'no',
      'point',
      'the',
      'these',
      'significantly',
      '3.4-fold',
      '12%',
      'a 20% decrease',
      'previous findings of',
      'patterns suggestive of',
      'causes substantial reductions in IL-6',
      'changes in IL-6',
      'substantial reductions',
      'was higher',
      // A role in a model, or a meta head ranked by evaluative words only.
      'the strongest contributors',
      'key markers',
    ]) {
      expect(classifyHead(phrase), phrase).toBeNull();
      expect(isEntityLike(phrase), phrase).toBe(false);
      expect(isNameShaped(phrase), phrase).toBe(false);
    }
  });

  it('isNameShaped accepts names no vocabulary types, and durations', () => {
    for (const phrase of [
      'psychosocial wobble',
      'grip endurance',
      'time to exhaustion',
      'time since onset',
      // "point" heads a name when something names the point.
      'tender point count',
      'trigger points',
      // An adjective of the measurement belongs to it; "relative to" alone still opens no name.
      'relative abundance of Faecalibacterium prausnitzii',
    ])
      expect(isNameShaped(phrase), phrase).toBe(true);
    expect(classifyHead('grip endurance')).toBeNull();
    expect(isNameShaped('time')).toBe(false);
    expect(isNameShaped('the point')).toBe(false);
    expect(isNameShaped('point of departure')).toBe(false);
    expect(isNameShaped('relative to controls')).toBe(false);
  });

  it('types names from their head noun and naming patterns', () => {
    const cases: [string, string, string][] = [
      ['miR-4532', 'Biomarker', 'microRNA'],
      ['12 miRNAs', 'Biomarker', 'microRNA'],
      ['IL-37', 'Biomarker', 'cytokine'],
      ['CD24+ B cell frequency', 'Biomarker', 'immune cell'],
      ['TRPM7', 'Biomarker', 'ion channel'],
      ['β2-adrenergic receptor', 'Biomarker', 'receptor'],
      ['M3 acetylcholine receptor autoantibodies', 'Biomarker', 'autoantibody'],
      ['Faecalibacterium prausnitzii', 'Biomarker', 'microbiome'],
      ['posterior cingulate cortex', 'Biomarker', 'brain region'],
      ['glutamate', 'Biomarker', 'metabolite'],
      ['lactate dehydrogenase', 'Biomarker', 'protein'],
      ['mitochondrial respiration', 'Biomarker', 'mitochondrial function'],
      ['N2 sleep', 'Measure', 'sleep'],
      ['working memory', 'Measure', 'cognitive'],
      ['wellness scores', 'Measure', 'questionnaire'],
      ['cerebral blood flow velocity', 'Measure', 'physiological'],
      ['peak oxygen consumption', 'Measure', 'exercise'],
      ['school performance', 'Measure', 'functional'],
      ['quality of life', 'Measure', 'functional'],
      ['physical activity', 'Measure', 'functional'],
      ['daily activity levels', 'Measure', 'functional'],
      ['muscle pain', 'Symptom', 'symptom'],
      ['small intestinal bacterial overgrowth syndrome', 'Condition', 'disease'],
      ['ME/CFS patients', 'Condition', 'group'],
    ];
    for (const [phrase, entityType, kind] of cases) {
      expect(classifyHead(phrase), phrase).toMatchObject({ entityType, kind });
    }
  });

  it('reads a ratio of two taxa as a microbiome measure, and no other ratio', () => {
    expect(classifyHead('Quorbiella:Plimsibacter ratio')).toMatchObject({ kind: 'microbiome', basis: 'pattern' });
    expect(classifyHead('Quorbiella/Plimsibacter ratio')).toMatchObject({ kind: 'microbiome' });
    expect(groundBroader('Quorbiella:Plimsibacter ratio', 'Measure')?.curie).toBe('EG:microbiome');
    expect(classifyHead('zorbate:plimsate ratio')?.kind).not.toBe('microbiome');
  });

  it('keeps "NK cell activity" a cell function, distinct from the cells', () => {
    expect(classifyHead('NK cell activity')).toMatchObject({ kind: 'cell function', head: 'activity' });
    expect(classifyHead('NK cells')).toMatchObject({ kind: 'immune cell', head: 'cell' });
  });

  it('marks a bare symbol shape as the weakest evidence', () => {
    expect(classifyHead('HLA-DQB9')).toMatchObject({ entityType: 'Biomarker', basis: 'shape' });
  });

  it('takes the head phrase before a preposition, and grounds it when it is known', () => {
    expect(classifyHead('ME/CFS with orthostatic intolerance')).toMatchObject({ entityType: 'Condition' });
  });

  it('handles very long input in one pass', () => {
    expect(classifyHead('a'.repeat(200_000))).toBeNull();
    expect(classifyHead('-'.repeat(200_000) + 'x cells')).toMatchObject({ entityType: 'Biomarker' });
    expect(classifyHead('word '.repeat(50_000))).toBeNull();
  });
});
