// Grounds an entity name to an ontology or project id: exact canonical-key match on labels, synonyms and project
// aliases (preferring the caller's type hint), miRNA names folded to miRBase's, gene symbols only when written as
// symbols and only when no other vocabulary has the name (PEM, CSF, ME are gene aliases too).

import type { EntityType } from '../record.ts';
import { canonicalKey } from './canonical-key.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { mirnaKey } from './mirna-name.ts';
import { coreSurface, symbolKeys, symbolShaped, writtenInCapitals } from './surface.ts';
import type { GroundingSource } from './term-files.ts';
import { geneKind, groundingIndex, type Candidate, type GroundingIndex, type MatchVia } from './term-index.ts';

export interface Grounding {
  /** HP:…, MONDO:…, NCBIGene:…, MIRBASE:…, CL:…, UBERON:…, CHEBI:…, or a project id EG:… */
  curie: string;
  /** The term's label (for a project alias, the project's name for it). */
  label: string;
  /** Where the match came from: an ontology, or `alias` (data/ontology/aliases.json). */
  source: GroundingSource;
  entityType: EntityType;
  kind: string;
  /**
   * How: `alias` (project alias), `label`, `synonym`, `weak` (a miRNA arm-less name), `symbol` (a gene symbol as
   * written), `reduced` (after dropping a specimen or summary qualifier: "plasma IL-6", "total cholesterol").
   */
  match: MatchVia | 'symbol' | 'reduced';
}

const VIA_RANK: Record<MatchVia, number> = { alias: 0, label: 1, synonym: 2, weak: 3 };
/** Without a type hint, the vocabulary more likely meant by a name two of them share. */
const SOURCE_RANK: Record<GroundingSource, number> = {
  alias: 0,
  mondo: 1,
  hp: 2,
  cl: 3,
  chebi: 4,
  mirna: 5,
  gene: 6,
  uberon: 7,
};

function better(a: Candidate, b: Candidate, hint: EntityType | undefined): boolean {
  const aAlias = a.via === 'alias' ? 0 : 1;
  const bAlias = b.via === 'alias' ? 0 : 1;
  if (aAlias !== bAlias) return aAlias < bAlias;
  if (hint) {
    const aHint = a.term.entityType === hint ? 0 : 1;
    const bHint = b.term.entityType === hint ? 0 : 1;
    if (aHint !== bHint) return aHint < bHint;
  }
  const aRank = a.rank ?? VIA_RANK[a.via];
  const bRank = b.rank ?? VIA_RANK[b.via];
  if (aRank !== bRank) return aRank < bRank;
  if (SOURCE_RANK[a.term.source] !== SOURCE_RANK[b.term.source])
    return SOURCE_RANK[a.term.source] < SOURCE_RANK[b.term.source];
  return a.term.id < b.term.id;
}

function pick(
  index: GroundingIndex,
  key: string,
  candidates: Candidate[] | undefined,
  surface: string,
  hint: EntityType | undefined,
): Candidate | null {
  if (!candidates) return null;
  let best: Candidate | null = null;
  const weakIds = new Set<string>();
  const capitals = writtenInCapitals(coreSurface(surface));
  for (const candidate of candidates) {
    if (candidate.caseSensitive && !capitals) continue;
    if (index.blocked.has(`${key}\t${candidate.term.id}`)) continue;
    if (candidate.via === 'weak' && candidate.term.source !== 'mirna') weakIds.add(candidate.term.id);
    if (!best || better(candidate, best, hint)) best = candidate;
  }
  // A weak name outside miRBase (ChEBI's related names: "GABA") grounds only when nothing better matched and one term
  // alone holds it. miRBase's arm-less names are handled apart.
  if (best?.via === 'weak' && best.term.source !== 'mirna' && weakIds.size !== 1) return null;
  return best;
}

function grounding(candidate: Candidate, match: Grounding['match']): Grounding {
  const { term } = candidate;
  return {
    curie: term.id,
    label: term.label,
    source: term.source,
    entityType: term.entityType,
    kind: term.kind,
    match,
  };
}

/** A name's match in the name index or, for a microRNA name, the miRNA index. */
function byName(index: GroundingIndex, surface: string, hint: EntityType | undefined): Candidate | null {
  const key = canonicalKey(surface);
  if (!key) return null;
  const named = pick(index, key, index.byKey.get(key), surface, hint);
  if (named) return named;
  const mirna = mirnaKey(key);
  return mirna ? pick(index, key, index.byMirna.get(mirna), surface, hint) : null;
}

function bySymbol(index: GroundingIndex, surface: string): Grounding | null {
  if (!symbolShaped(surface)) return null;
  // A name another vocabulary has is never read as a gene alias, even where that vocabulary's match was refused.
  if (index.byKey.get(canonicalKey(surface))?.some((c) => c.term.source !== 'gene' && c.via !== 'weak')) return null;
  for (const key of symbolKeys(surface)) {
    if (index.notGeneSymbols.has(key)) return null;
    const entry = index.bySymbol.get(key);
    if (!entry) continue;
    const { term } = entry;
    // The kind follows the name written: CD56 is a CD marker even though its gene is NCAM1.
    const kind = /^CD\d/.test(key) ? 'CD marker' : geneKind(term.label, term.fullName ?? '');
    return { curie: term.id, label: term.label, source: 'gene', entityType: 'Biomarker', kind, match: 'symbol' };
  }
  return null;
}

/**
 * The ontology or project term `name` denotes, or null. `typeHint` (the type the extractor expects in that slot)
 * decides between vocabularies that share a name ("depression": Mondo disease or HPO phenotype).
 *   groundName('IL-6 levels') → NCBIGene:3569 IL6 (symbol)
 *   groundName('post-exertional malaise') → HP:0030973 (alias)
 *   groundName('PEM') → HP:0030973, never the MUC1 gene alias
 */
export function groundName(name: string, typeHint?: EntityType): Grounding | null {
  const key = canonicalKey(name);
  // An English function word is never an entity, unless written in capitals as an abbreviation (NO, nitric oxide).
  if (!key || (FUNCTION_WORDS.has(key) && !writtenInCapitals(name)) || /^[\d\s]+$/.test(key)) return null;
  const index = groundingIndex();
  const exact = byName(index, name, typeHint);
  if (exact) return grounding(exact, exact.via);
  // Other vocabularies before gene symbols: "plasma ATP" is ChEBI's ATP, not the gene alias ATP.
  const core = coreSurface(name);
  if (canonicalKey(core) !== key) {
    // A two-letter name is too ambiguous once its context is gone: "EV protein levels" is not Mondo's "EV".
    const reduced = byName(index, core, typeHint);
    if (reduced && !(reduced.caseSensitive && reduced.name.length < 3)) return grounding(reduced, 'reduced');
  }
  return bySymbol(index, core) ?? bySymptomMeasure(index, core);
}

/** Words after a symptom that measure it: "fatigue severity", "pain symptoms", "PEM severity scores". */
const SYMPTOM_MEASURE_WORDS = new Set(['severity', 'symptom', 'symptoms', 'score', 'scores', 'burden', 'intensity']);

/**
 * "<symptom> severity / symptoms / score" grounds to the symptom it measures, and only to a symptom ("disease
 * severity" is not the disease).
 */
function bySymptomMeasure(index: GroundingIndex, core: string): Grounding | null {
  const words = core.split(/\s+/u);
  let end = words.length;
  while (end > 1 && SYMPTOM_MEASURE_WORDS.has(words[end - 1]!.toLowerCase())) end--;
  if (end === words.length) return null;
  const symptom = byName(index, words.slice(0, end).join(' '), 'Symptom');
  return symptom && symptom.term.entityType === 'Symptom' ? grounding(symptom, 'reduced') : null;
}
