// The entity type and kind of a noun phrase no vocabulary knows, from its head noun and surface patterns (gene
// symbols, cytokines, CD markers, receptors, miRNAs, metabolites, microbes, brain regions, sleep stages, cognitive
// domains, scores, physiological measures), and null for phrases that are not entities: determiners, quantifiers,
// adverbs, numbers, fold-changes, meta-statements and verb-phrase fragments. Word-level passes only: linear time.

import type { EntityType } from '../record.ts';
import { MEASUREMENT_WORDS, singular } from './canonical-key.ts';
import { groundName } from './ground-name.ts';
import { DETERMINERS_AND_QUANTIFIERS, FUNCTION_WORDS, PREPOSITIONS } from './function-words.ts';
import { bareWord as bare } from './surface.ts';

export interface HeadClass {
  entityType: EntityType;
  kind: string;
  /** The head noun the class was read from (lower case, singular). */
  head: string;
  /**
   * `pattern`: a naming pattern (miR-…, IL-…, CD8+, a binomial); `head`: the head noun's class; `shape`: only written
   * like a symbol (TRPM3, HLA-DQB1): the weakest evidence.
   */
  basis: 'pattern' | 'head' | 'shape';
}

/** Longest phrase read as one entity name; anything longer is a clause, not a name. */
const MAX_WORDS = 12;

/** A phrase starting with one of these is a clause or a fragment of one, not a name. */
const VERB_STARTS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'may',
  'might',
  'can',
  'could',
  'would',
  'should',
  'will',
  'must',
  'causes',
  'caused',
  'causing',
  'shows',
  'showed',
  'shown',
  'showing',
  'suggests',
  'suggested',
  'suggesting',
  'suggestive',
  'indicates',
  'indicated',
  'indicating',
  'includes',
  'included',
  'including',
  'leads',
  'led',
  'leading',
  'reveals',
  'revealed',
  'demonstrates',
  'demonstrated',
  'found',
  'observed',
  'reported',
  'remained',
  'remains',
  'appears',
  'appeared',
  'seems',
  'tended',
  'tends',
  'differed',
  'differs',
  'correlated',
  'correlates',
  'associated',
  'linked',
  'reflects',
  'reflected',
  'involves',
  'involved',
  'according',
  'consistent',
  'compared',
  'relative',
  'due',
  'because',
  'whereas',
  'while',
  'when',
  'where',
  'although',
  'though',
]);
/** Heads of statements about a result or a change, whatever modifies them ("substantial reductions", "earlier
 * findings"); a change of something ("weight loss") is named by loss/gain, which stay out of this list. */
const REPORT_HEADS = new Set([
  'finding',
  'result',
  'evidence',
  'observation',
  'conclusion',
  'suggestion',
  'trend',
  'difference',
  'change',
  'increase',
  'decrease',
  'reduction',
  'elevation',
  'alteration',
  'rise',
  'drop',
  'decline',
  'shift',
]);
/** Heads of meta-statements about results, not of measured things ("previous findings of", "substantial reductions in"). */
const META_HEADS = new Set([
  ...REPORT_HEADS,
  'pattern',
  // "the point", "a point of": a figure of speech alone; "tender point count", "time point" name things.
  'point',
  // "the strongest contributors", "the best predictors": a role in a model, said of measures named elsewhere.
  'contributor',
  'predictor',
  'way',
  'fact',
  'role',
  'link',
  'study',
  'analysis',
  'data',
  'effect',
  'impact',
  'association',
  'correlation',
  'relationship',
  'comparison',
  'measure',
  'measurement',
  'value',
  'marker',
  'biomarker',
  'parameter',
  'variable',
  'factor',
  'feature',
  'sign',
  'outcome',
  'abnormality',
  'dysregulation',
  'aspect',
  'type',
  'kind',
  'form',
  'part',
  'case',
  'time',
  'degree',
  'extent',
  'magnitude',
  'direction',
  'loss',
  'gain',
  'profile',
  'signature',
  'dimension',
]);

/** A number, percentage, ratio or fold-change: "3.4-fold", "12%", "2x", "1.5 times". */
const NUMERIC = /^[~≈<>≤≥±+−-]?\d[\d.,]*(%|x|×|-?fold|-?times)?$/i;

const HEAD_CLASSES: [EntityType, string, readonly string[]][] = [
  [
    'Biomarker',
    'immune cell',
    [
      'lymphocyte',
      'monocyte',
      'neutrophil',
      'macrophage',
      'granulocyte',
      'eosinophil',
      'basophil',
      'leukocyte',
      'thymocyte',
      'plasmablast',
      'treg',
      'mait',
      'nkt',
      'dendritic',
    ],
  ],
  [
    'Biomarker',
    'cell type',
    ['cell', 'platelet', 'erythrocyte', 'fibroblast', 'myocyte', 'neuron', 'astrocyte', 'microglia'],
  ],
  ['Biomarker', 'receptor', ['receptor', 'adrenoceptor', 'transporter']],
  ['Biomarker', 'ion channel', ['channel']],
  ['Biomarker', 'autoantibody', ['autoantibody']],
  ['Biomarker', 'immunoglobulin', ['antibody', 'immunoglobulin', 'igg', 'igm', 'iga', 'ige']],
  ['Biomarker', 'microRNA', ['mirna', 'microrna', 'mir']],
  ['Biomarker', 'cytokine', ['cytokine', 'chemokine', 'interleukin', 'interferon']],
  [
    'Biomarker',
    'virus/serology',
    ['virus', 'herpesvirus', 'retrovirus', 'serology', 'seropositivity', 'viremia', 'reactivation'],
  ],
  [
    'Biomarker',
    'microbiome',
    [
      'bacterium',
      'bacteria',
      'microbiota',
      'microbiome',
      'taxon',
      'taxa',
      'genus',
      'genera',
      'phylum',
      'flora',
      'diversity',
    ],
  ],
  ['Biomarker', 'imaging', ['neuroinflammation', 'inflammation', 'atrophy', 'lesion', 'hyperintensity']],
  [
    'Biomarker',
    'brain region',
    [
      'cortex',
      'gyrus',
      'sulcus',
      'lobe',
      'thalamus',
      'hypothalamus',
      'hippocampus',
      'amygdala',
      'insula',
      'cerebellum',
      'brainstem',
      'striatum',
      'putamen',
      'caudate',
      'pallidum',
      'pons',
      'medulla',
      'midbrain',
      'precuneus',
      'cingulate',
      'operculum',
      'ventricle',
      'matter',
      'tract',
      'fasciculus',
      'callosum',
      'nucleus',
      'network',
      'hemisphere',
    ],
  ],
  [
    'Biomarker',
    'metabolite',
    [
      'acid',
      'metabolite',
      'lipid',
      'sterol',
      'vitamin',
      'hormone',
      'amine',
      'ester',
      'ketone',
      'sugar',
      'ceramide',
      'sphingolipid',
      'phospholipid',
      'acylcarnitine',
      'carnitine',
      'lipoprotein',
      'triglyceride',
      'electrolyte',
      'ion',
    ],
  ],
  [
    'Biomarker',
    'protein',
    ['protein', 'enzyme', 'kinase', 'peptide', 'antigen', 'ligand', 'hormone', 'albumin', 'globulin'],
  ],
  [
    'Biomarker',
    'cell function',
    [
      'activity',
      'function',
      'cytotoxicity',
      'respiration',
      'metabolism',
      'oxidation',
      'production',
      'signalling',
      'signaling',
      'permeability',
      'phosphorylation',
      'glycolysis',
      'proliferation',
      'apoptosis',
      'degranulation',
      'activation',
      'secretion',
      'uptake',
      'release',
      'clearance',
      'synthesis',
      'transport',
    ],
  ],
  ['Biomarker', 'epigenetic', ['methylation', 'acetylation']],
  ['Measure', 'sleep', ['sleep', 'latency', 'efficiency', 'spindle', 'arousal', 'apnea', 'apnoea']],
  // What a person can do and how they fare (functional outcomes), measured by tests, diaries or records.
  [
    'Measure',
    'functional',
    [
      'performance',
      'fitness',
      'attendance',
      'functioning',
      'impairment',
      'disability',
      'participation',
      'productivity',
      'employment',
      'absenteeism',
      'mobility',
      'independence',
      'wellbeing',
      'well-being',
      'quality',
    ],
  ],
  [
    'Measure',
    'cognitive',
    [
      'memory',
      'attention',
      'fluency',
      'reasoning',
      'learning',
      'recall',
      'cognition',
      'processing',
      'speed',
      'accuracy',
    ],
  ],
  [
    'Measure',
    'questionnaire',
    ['score', 'scale', 'index', 'questionnaire', 'inventory', 'subscale', 'survey', 'rating', 'domain', 'test'],
  ],
  [
    'Measure',
    'physiological',
    [
      'rate',
      'pressure',
      'flow',
      'volume',
      'output',
      'capacity',
      'threshold',
      'saturation',
      'temperature',
      'velocity',
      'resistance',
      'variability',
      'stiffness',
      'thickness',
      'density',
      'conductance',
      'perfusion',
      'oxygenation',
      'consumption',
      'ratio',
      'strength',
      'power',
      'workload',
      'distance',
      'duration',
      'amplitude',
      'connectivity',
      'dilation',
      'dilatation',
      'circumference',
      'weight',
      'height',
      'mass',
      'tone',
      'reactivity',
      'time',
      'peak',
      'pulse',
      'ventilation',
      'expenditure',
      'fraction',
      'hypoperfusion',
      'intensity',
      'mfi',
    ],
  ],
  [
    'Symptom',
    'symptom',
    [
      'pain',
      'fatigue',
      'malaise',
      'fog',
      'dizziness',
      'nausea',
      'headache',
      'insomnia',
      'weakness',
      'intolerance',
      'sensitivity',
      'sleepiness',
      'tenderness',
      'ache',
      'cramp',
      'dyspnea',
      'dyspnoea',
      'palpitation',
      'tinnitus',
      'paresthesia',
      'symptom',
      'exhaustion',
      'tiredness',
      'hypersensitivity',
      'allodynia',
      'hyperalgesia',
      'complaint',
    ],
  ],
  [
    'Condition',
    'disease',
    [
      'disease',
      'syndrome',
      'disorder',
      'illness',
      'infection',
      'deficiency',
      'neuropathy',
      'dysautonomia',
      'comorbidity',
    ],
  ],
  [
    'Condition',
    'group',
    [
      'patient',
      'subject',
      'participant',
      'control',
      'individual',
      'group',
      'cohort',
      'subgroup',
      'phenotype',
      'veteran',
      'women',
      'men',
      'woman',
      'man',
      'adult',
      'child',
      'children',
      'adolescent',
      'twin',
      'volunteer',
      'sufferer',
      'population',
      'subset',
      'people',
    ],
  ],
  ['Condition', 'intervention', ['treatment', 'therapy', 'intervention', 'supplementation', 'placebo']],
];
const CLASS_OF_HEAD = new Map<string, [EntityType, string]>();
for (const [type, kind, heads] of HEAD_CLASSES)
  for (const head of heads) if (!CLASS_OF_HEAD.has(head)) CLASS_OF_HEAD.set(head, [type, kind]);

/** Chemical name endings, with the English words that share them. */
const CHEMICAL_SUFFIX = /(ate|ine|ol|ose|ide|one|in|ene)$/;
const NOT_CHEMICAL = new Set([
  'rate',
  'state',
  'estimate',
  'date',
  'debate',
  'climate',
  'candidate',
  'template',
  'mandate',
  'aggregate',
  'late',
  'baseline',
  'decline',
  'line',
  'medicine',
  'routine',
  'machine',
  'discipline',
  'urine',
  'vaccine',
  'online',
  'guideline',
  'spine',
  'examine',
  'determine',
  'control',
  'protocol',
  'patrol',
  'dose',
  'purpose',
  'close',
  'those',
  'whose',
  'diagnose',
  'nose',
  'side',
  'wide',
  'guide',
  'ride',
  'provide',
  'decide',
  'one',
  'none',
  'done',
  'bone',
  'phone',
  'zone',
  'tone',
  'alone',
  'gone',
  'someone',
  'everyone',
  'within',
  'origin',
  'domain',
  'main',
  'brain',
  'skin',
  'chin',
  'twin',
  'gain',
  'again',
  'pain',
  'plain',
  'chain',
  'begin',
  'margin',
  'scene',
  'gene',
  'hygiene',
  'intervene',
  'cohort',
  'outcome',
  'volume',
  'insulin',
  'site',
  'bite',
  'despite',
  'routine',
  'fine',
  'define',
  'mine',
  'nine',
  'wine',
  'combine',
  'shine',
  'masculine',
  'feminine',
  'famine',
  'sunshine',
]);
const PROTEIN_SUFFIX = /ase$/;
const NOT_PROTEIN = new Set([
  'case',
  'phase',
  'increase',
  'decrease',
  'base',
  'release',
  'disease',
  'phrase',
  'purchase',
  'ease',
  'database',
  'showcase',
]);

/** Genus names of bacteria by their common endings (capitalised): Bacteroides, Faecalibacterium, Prevotella. */
const GENUS =
  /^[A-Z][a-z]{2,}(bacter|bacterium|bacteria|coccus|cocci|bacillus|monas|ella|ales|aceae|idetes|icutes|otella|ides|spira|plasma|myces)$/;
/** Written like a bacterial genus: capitalised, with a genus ending (Bacteroides, Faecalibacterium, Prevotella). */
export function genusShaped(word: string): boolean {
  return GENUS.test(word);
}
/** "Firmicutes:Bacteroidetes ratio", "Prevotella/Bacteroides ratio": a ratio of two taxa is a microbiome measure. */
function taxonRatio(words: readonly string[], start: number, headAt: number): boolean {
  if (headAt !== start + 1 || words[headAt]!.toLowerCase() !== 'ratio') return false;
  const parts = words[start]!.split(/[:/]/u);
  return parts.length === 2 && parts.every((part) => GENUS.test(part));
}
/** A binomial: Genus species, or Genus sp./spp. */
const BINOMIAL = /^[A-Z][a-z]{2,} ([a-z]{3,}|spp?\.?)$/;

const PATTERNS: [RegExp, EntityType, string][] = [
  [/(^|[\s(])(hsa-)?(mir|microrna|mirna)-?\d|(^|[\s(])let-7/i, 'Biomarker', 'microRNA'],
  [
    /(^|[\s(])(il|interleukin)[\s-]?\d|(^|[\s(])(tnf|ifn|tgf)\b|tnf-?[αa]|ifn-?[γg]|(^|[\s(])(cxcl|ccl|cx3cl)\d/i,
    'Biomarker',
    'cytokine',
  ],
  [/(^|[\s(])trp[a-z]\d/i, 'Biomarker', 'ion channel'],
  [/(^|[\s(])(virus|viral|hhv-?\d|ebv|cmv|herv|xmrv|enterovir)/i, 'Biomarker', 'virus/serology'],
  [/(^|[\s(/])cd\d+(\+|-|−|bright|dim|high|low|hi|lo)?(\s|$|\/)/i, 'Biomarker', 'immune cell'],
  [/(^|\s)(rem|nrem|n[123]|slow[- ]wave|stage [1-4]) sleep/i, 'Measure', 'sleep'],
  [/vo[2₂]|oxygen (uptake|consumption)|anaerobic threshold|ventilatory threshold|workload/i, 'Measure', 'exercise'],
  [/^(asv|otu)[\s-]?\d+$/i, 'Biomarker', 'microbiome'],
  // A person's activity, not a cell's or an enzyme's ("NK cell activity" stays a cell function).
  [/(^|\s)(physical|daily|motor|sedentary|leisure|habitual|occupational|everyday) activit/i, 'Measure', 'functional'],
];

/** Where a noun phrase's head sits, once leading quantifiers and a measurement phrase are set aside. */
interface HeadSpan {
  words: string[];
  lower: string[];
  /** First word of the name proper ("12 significantly diminished miRNAs" → "diminished"). */
  start: number;
  /** End (exclusive) of the head phrase: its first preposition, or the end. */
  end: number;
  /** The head noun's position (before trailing measurement words). */
  headAt: number;
  head: string;
}

const QUANTITY_ADJECTIVES = /^(?:relative|absolute|total|mean|median|average|overall)$/;

/**
 * The head of a noun phrase, or null when the phrase cannot name an entity whatever its words mean: a determiner,
 * quantifier, adverb or number alone, a fold-change, a verb-phrase fragment ("causes …", "suggesting …"), a phrase
 * ending in a preposition or conjunction, or a meta-statement ("previous findings of", "changes in IL-6").
 */
// "Trail Making Part A", "Form B": a capital letter after a part or version word is its label, not an article.
const LABELLED_PART = /\s+(?:Part|Form|Type|Block|List|Version|Section|Phase|Set|Subtest|Task|Condition)\s+[A-Z]$/u;

function headSpan(nounPhrase: string): HeadSpan | null {
  const phrase = nounPhrase.trim();
  const words = (LABELLED_PART.test(phrase) ? phrase.slice(0, -2) : phrase).split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const lower = words.map(bare);
  // "relative abundance", "relative amplitude": "relative" before a noun is an adjective ("relative to" is not).
  const quantityAdjective =
    QUANTITY_ADJECTIVES.test(lower[0]!) && lower.length > 1 && lower[1] !== 'to' && lower[1] !== 'with';
  if (VERB_STARTS.has(lower[0]!) && !quantityAdjective) return null;
  if (lower.every((w) => !w || FUNCTION_WORDS.has(w) || NUMERIC.test(w) || /ly$/.test(w))) return null;
  const last = lower.at(-1)!;
  if (PREPOSITIONS.has(last) || DETERMINERS_AND_QUANTIFIERS.has(last) || /^(and|or|but|that|which|who)$/.test(last))
    return null;
  if (words.some((w) => /-?fold$/i.test(w) && /\d/.test(w))) return null;

  // Drop leading determiners, quantifiers, numbers and adverbs ("12 significantly diminished miRNAs"), and a leading
  // measurement phrase ("levels of", "frequency of").
  let start = 0;
  while (
    start < words.length - 1 &&
    (DETERMINERS_AND_QUANTIFIERS.has(lower[start]!) ||
      NUMERIC.test(lower[start]!) ||
      /^\p{L}{3,}ly$/u.test(lower[start]!))
  )
    start++;
  // "relative abundance of", "mean concentration of": an adjective of the measurement belongs to it.
  let probe =
    QUANTITY_ADJECTIVES.test(lower[start]!) && MEASUREMENT_WORDS.has(lower[start + 1] ?? '') ? start + 1 : start;
  const measured = probe;
  while (probe < words.length - 1 && MEASUREMENT_WORDS.has(lower[probe]!)) probe++;
  if (probe > measured && lower[probe] === 'of') start = probe + 1;
  // The head phrase ends before the first preposition: "changes in IL-6" is headed by "changes".
  let end = start;
  // ("relative" is a preposition only before "to": "relative amplitude" is a name.)
  const prepositionAt = (i: number) =>
    PREPOSITIONS.has(lower[i]!) && (lower[i] !== 'relative' || lower[i + 1] === 'to');
  while (end < words.length && !prepositionAt(end)) end++;
  if (end === start) return null;
  // Trailing measurement words do not head the phrase ("B cell frequency" is headed by "cell").
  let headAt = end - 1;
  while (headAt > start && MEASUREMENT_WORDS.has(lower[headAt]!)) headAt--;
  const head = singular(lower[headAt]!);
  if (!head || FUNCTION_WORDS.has(head)) return null;
  // "time to exhaustion", "time since onset" are durations; "changes in IL-6" is about IL-6.
  const duration = head === 'time' && /^(?:from|to|since|until)$/.test(lower[end] ?? '');
  // "the strongest contributors", "key markers": a meta head ranked by evaluative words only names nothing either.
  const ranked = lower
    .slice(start, headAt)
    .every((w) => /^(?:\p{L}+est|most|top|best|main|key|leading|major)$/u.test(w));
  if (META_HEADS.has(head) && !duration && (headAt === start || end < words.length || ranked)) return null;
  if (REPORT_HEADS.has(head)) return null;
  return { words, lower, start, end, headAt, head };
}

/**
 * True when the phrase is shaped like a name (see headSpan): what the extractor requires of a subject or object no
 * vocabulary knows, so "including", "no", "3.4-fold" or "previous findings of" never become entities.
 */
export function isNameShaped(nounPhrase: string): boolean {
  return headSpan(nounPhrase) !== null;
}

/**
 * The entity type and kind of a noun phrase, or null when it is not an entity name.
 *   classifyHead('CD8+ T cells') → Biomarker / immune cell
 *   classifyHead('previous findings of') → null; classifyHead('3.4-fold') → null
 */
export function classifyHead(nounPhrase: string): HeadClass | null {
  const span = headSpan(nounPhrase);
  if (!span) return null;
  const { words, lower, start, end, headAt, head } = span;
  const headWord = lower[headAt]!;
  const phrase = words.slice(start, end).join(' ');

  // With the leading words headSpan set aside: "daily" in "daily activity" says whose activity it is.
  const whole = words.slice(0, end).join(' ');
  for (const [pattern, entityType, kind] of PATTERNS) {
    if (pattern.test(whole)) return { entityType, kind, head, basis: 'pattern' };
  }
  if (NUMERIC.test(head)) return null;
  // "B cell subset", "monocyte population": a subset of cells is a cell type, not a patient group.
  if ((head === 'subset' || head === 'population') && /\b(cell|cyte)s?\b|cytes?\b/i.test(phrase)) {
    return { entityType: 'Biomarker', kind: 'immune cell', head, basis: 'head' };
  }
  if (
    BINOMIAL.test(phrase) ||
    GENUS.test(words[headAt]!.replace(/[^\p{L}]/gu, '')) ||
    taxonRatio(words, start, headAt)
  ) {
    return { entityType: 'Biomarker', kind: 'microbiome', head, basis: 'pattern' };
  }
  // A hyphenated head is headed by its last part: "α-diversity", "stress-response".
  const lastPart = head.includes('-') ? singular(head.slice(head.lastIndexOf('-') + 1)) : head;
  const byHead = CLASS_OF_HEAD.get(head) ?? CLASS_OF_HEAD.get(headWord) ?? CLASS_OF_HEAD.get(lastPart);
  if (byHead) {
    const [entityType, kind] = byHead;
    // The electron transport chain and oxidative ATP production are what mitochondria do.
    if (
      kind === 'cell function' &&
      /mitochondri|electron transport|respiratory chain|ATP (?:production|synthesis)/i.test(phrase)
    )
      return { entityType, kind: 'mitochondrial function', head, basis: 'head' };
    if (
      head === 'cell' &&
      /\b(t|b|nk|nkt|natural killer|immune|dendritic|plasma|memory|naive|effector|helper|regulatory)\b/i.test(phrase)
    ) {
      return { entityType, kind: 'immune cell', head, basis: 'head' };
    }
    return { entityType, kind, head, basis: 'head' };
  }
  if (META_HEADS.has(head)) return null;
  // A head phrase a vocabulary knows ("ME/CFS with orthostatic intolerance" is headed by ME/CFS).
  if (end < words.length || start > 0) {
    const grounded = groundName(phrase);
    if (grounded) return { entityType: grounded.entityType, kind: grounded.kind, head, basis: 'head' };
  }
  if (CHEMICAL_SUFFIX.test(head) && head.length > 5 && !NOT_CHEMICAL.has(head))
    return { entityType: 'Biomarker', kind: 'metabolite', head, basis: 'head' };
  if (PROTEIN_SUFFIX.test(head) && head.length > 5 && !NOT_PROTEIN.has(head))
    return { entityType: 'Biomarker', kind: 'protein', head, basis: 'head' };
  if (/(itis|osis|emia|aemia|pathy|algia)$/.test(head) && head.length > 6)
    return { entityType: 'Condition', kind: 'disease', head, basis: 'head' };
  // A symbol: upper-case letters and digits (TRPM3, HLA-DQB1, NR3C1), one word.
  const symbol = words.length - start === 1 ? words[start]!.replace(/[,;:.]+$/u, '') : '';
  if (/^[A-Z][A-Z0-9]{1,9}(-[A-Z0-9]{1,6})?$/.test(symbol) && (/\d/.test(symbol) || symbol.length >= 3)) {
    return { entityType: 'Biomarker', kind: 'protein', head: symbol.toLowerCase(), basis: 'shape' };
  }
  return null;
}

/**
 * The extractor's precision gate: a noun phrase that names something — grounded in a vocabulary, or of a class its
 * head noun or naming pattern gives.
 */
export function isEntityLike(nounPhrase: string): boolean {
  return groundName(nounPhrase) !== null || classifyHead(nounPhrase) !== null;
}
