// The Biolink Model mapping of the KGX export (docs/exports.md has the same table for readers): node categories by
// entity type and biomarker kind, and for each finding relation the predicate, its orientation, qualifiers and
// negation. Kept as data so the docs, the writer and the tests agree.
import type { ExportEntity, ExportFindingNode, ExportStudy } from './source.ts';

export const KNOWLEDGE_SOURCE = 'infores:mecfs-atlas';
export const LOCAL_PREFIX = 'MECFSATLAS';
/** The atlas page of a study whose record has no source URL. */
export const ATLAS_STUDY_URL = 'https://www.cfsmeatlas.com/evidence/';

/** Biomarker kinds (data/lexicon/biomarkers.json) → Biolink category; unknown kinds fall back to biolink:NamedThing-ish ClinicalAttribute. */
export const BIOMARKER_CATEGORY: Record<string, string> = {
  microRNA: 'biolink:MicroRNA',
  'gene expression': 'biolink:GeneOrGeneProduct',
  epigenetic: 'biolink:GeneOrGeneProduct',
  cytokine: 'biolink:Protein',
  protein: 'biolink:Protein',
  immunoglobulin: 'biolink:Protein',
  autoantibody: 'biolink:Protein',
  metabolite: 'biolink:SmallMolecule',
  blood: 'biolink:ChemicalEntity',
  'immune cell': 'biolink:Cell',
  'cell function': 'biolink:BiologicalProcess',
  'mitochondrial function': 'biolink:BiologicalProcess',
  microbiome: 'biolink:OrganismTaxon',
  'virus/serology': 'biolink:OrganismTaxon',
  imaging: 'biolink:ClinicalFinding',
  vascular: 'biolink:ClinicalFinding',
  muscle: 'biolink:ClinicalFinding',
  sleep: 'biolink:ClinicalFinding',
  exercise: 'biolink:ClinicalFinding',
  clinical: 'biolink:ClinicalFinding',
  questionnaire: 'biolink:ClinicalAttribute',
};

export const DEFAULT_BIOMARKER_CATEGORY = 'biolink:ClinicalAttribute';

export const TYPE_CATEGORY: Record<ExportEntity['type'], string> = {
  Biomarker: DEFAULT_BIOMARKER_CATEGORY,
  Symptom: 'biolink:PhenotypicFeature',
  Condition: 'biolink:Disease',
  Measure: 'biolink:ClinicalAttribute',
};

/** The Biolink category of a term of each ontology (data/ontology): the node's category when it has such a term. */
export const ONTOLOGY_CATEGORY: Record<string, string> = {
  hp: 'biolink:PhenotypicFeature',
  mondo: 'biolink:Disease',
  gene: 'biolink:Gene',
  mirna: 'biolink:MicroRNA',
  cl: 'biolink:Cell',
  uberon: 'biolink:AnatomicalEntity',
  chebi: 'biolink:ChemicalEntity',
};

/**
 * The ontology term that names an entity in the export: of its linked terms (project EG: ids aside), the one of the
 * source its type expects first (a symptom's HPO term before another), then the first by CURIE. Null: none.
 */
export function primaryTerm(entity: Pick<ExportEntity, 'type' | 'terms'>): { curie: string; source: string } | null {
  const terms = (entity.terms ?? []).filter((t) => t.source in ONTOLOGY_CATEGORY);
  if (terms.length === 0) return null;
  const preferred = { Symptom: 'hp', Condition: 'mondo', Biomarker: '', Measure: '' }[entity.type];
  return [...terms].sort(
    (a, b) =>
      Number(b.source === preferred) - Number(a.source === preferred) ||
      (a.curie < b.curie ? -1 : a.curie > b.curie ? 1 : 0),
  )[0]!;
}

export function entityCategory(entity: ExportEntity): string {
  const term = primaryTerm(entity);
  if (term) return ONTOLOGY_CATEGORY[term.source]!;
  if (entity.type === 'Biomarker')
    return (entity.kind && BIOMARKER_CATEGORY[entity.kind]) || DEFAULT_BIOMARKER_CATEGORY;
  return TYPE_CATEGORY[entity.type];
}

/** The atlas-local CURIE of an entity (its stable key). */
export function localCurie(entity: Pick<ExportEntity, 'id'>): string {
  return `${LOCAL_PREFIX}:${entity.id.replace(/\s+/g, '_')}`;
}

/** A CURIE for an entity: its ontology term's where it has one (primaryTerm), else local to the atlas. */
export function entityCurie(entity: Pick<ExportEntity, 'id' | 'type' | 'terms'>): string {
  return primaryTerm(entity)?.curie ?? localCurie(entity);
}

/** A publication CURIE: PMID, else DOI, else the atlas's own id. */
export function studyCurie(study: Pick<ExportStudy, 'slug' | 'pmid' | 'doi'>): string {
  if (study.pmid) return `PMID:${study.pmid}`;
  if (study.doi) return `doi:${study.doi}`;
  return `${LOCAL_PREFIX}:study/${study.slug}`;
}

/** Every publication identifier of a study (PMID and DOI; the atlas id when it has neither). */
export function publications(study: Pick<ExportStudy, 'slug' | 'pmid' | 'doi'>): string[] {
  const ids = [study.pmid ? `PMID:${study.pmid}` : null, study.doi ? `doi:${study.doi}` : null].filter(
    (id): id is string => id !== null,
  );
  return ids.length > 0 ? ids : [studyCurie(study)];
}

export interface PredicateMapping {
  predicate: string;
  /** True when the KGX subject is the finding's object (has_increased_amount reads condition → analyte). */
  reversed: boolean;
  negated: boolean;
  qualifiers: Record<string, string>;
}

/** A finding's relation (and sign) as a Biolink predicate with qualifiers. */
export function predicateFor(relation: string, sign?: string | null): PredicateMapping {
  switch (relation) {
    case 'ELEVATED_IN':
      return {
        predicate: 'biolink:has_increased_amount',
        reversed: true,
        negated: false,
        qualifiers: { object_direction_qualifier: 'increased' },
      };
    case 'REDUCED_IN':
      return {
        predicate: 'biolink:has_decreased_amount',
        reversed: true,
        negated: false,
        qualifiers: { object_direction_qualifier: 'decreased' },
      };
    case 'NOT_DIFFERENT_IN':
      return { predicate: 'biolink:associated_with', reversed: false, negated: true, qualifiers: {} };
    case 'CORRELATES_WITH':
      if (sign === 'POSITIVE')
        return { predicate: 'biolink:positively_correlated_with', reversed: false, negated: false, qualifiers: {} };
      if (sign === 'NEGATIVE')
        return { predicate: 'biolink:negatively_correlated_with', reversed: false, negated: false, qualifiers: {} };
      return { predicate: 'biolink:correlated_with', reversed: false, negated: false, qualifiers: {} };
    case 'NOT_CORRELATED_WITH':
      return { predicate: 'biolink:correlated_with', reversed: false, negated: true, qualifiers: {} };
    case 'DISCRIMINATES':
      return { predicate: 'biolink:biomarker_for', reversed: false, negated: false, qualifiers: {} };
    default:
      return { predicate: 'biolink:associated_with', reversed: false, negated: false, qualifiers: {} };
  }
}

/** Who made the claim, in Biolink's AgentTypeEnum. */
export function agentType(finding: Pick<ExportFindingNode, 'curated'>): string {
  return finding.curated ? 'manual_agent' : 'text_mining_agent';
}
