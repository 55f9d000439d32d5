// CURIE prefixes as the graph writes them (HP, MONDO, NCBIGene, MIRBASE, CL, UBERON, CHEBI, EG, HGNC): a CURIE given
// with its prefix in another case (hp:0012378, miRBase:MIMAT0000510) is read as the graph's.
const CANONICAL_PREFIX: Record<string, string> = {
  HP: 'HP',
  MONDO: 'MONDO',
  NCBIGENE: 'NCBIGene',
  MIRBASE: 'MIRBASE',
  CL: 'CL',
  UBERON: 'UBERON',
  CHEBI: 'CHEBI',
  EG: 'EG',
  HGNC: 'HGNC',
};

/** The CURIE with its prefix as the graph writes it; an unknown prefix is kept as given. */
export function canonicalCurie(curie: string): string {
  const colon = curie.indexOf(':');
  const prefix = curie.slice(0, colon);
  return `${CANONICAL_PREFIX[prefix.toUpperCase()] ?? prefix}:${curie.slice(colon + 1)}`;
}

/** Whether the prefix is one the graph's ontology uses (so "title:x" is text, not a CURIE). */
export const isKnownPrefix = (prefix: string): boolean => prefix.toUpperCase() in CANONICAL_PREFIX;
