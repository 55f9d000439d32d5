// The graph's ontology catalogue (src/ontology): the curated class file checks out against data/ontology, and the
// rows an entity gives are its terms and their ancestors.
import { describe, expect, it } from 'vitest';
import { parseClassFile, readClassFile } from '../../src/ontology/classes.ts';
import { ontologyCatalogue } from '../../src/ontology/catalogue.ts';
import { entityTerms, ontologyRows } from '../../src/ontology/rows.ts';

describe('data/ontology/classes.json', () => {
  const catalogue = ontologyCatalogue();
  it('names members that exist, with the labels their sources give them', () => {
    const mismatches: string[] = [];
    for (const entry of readClassFile()) {
      for (const member of entry.members) {
        const term = catalogue.term(member.id);
        if (!term) mismatches.push(`${entry.id}: ${member.id} is not a term`);
        else if (member.label !== undefined && term.label !== member.label)
          mismatches.push(`${entry.id}: ${member.id} is "${term.label}", not "${member.label}"`);
      }
      for (const parent of entry.parents)
        if (!catalogue.term(parent)) mismatches.push(`${entry.id}: parent ${parent} is not a term`);
      if (!entry.label && !catalogue.term(entry.id)) mismatches.push(`${entry.id}: adds to a term that does not exist`);
    }
    expect(mismatches).toEqual([]);
  });

  it('rejects a bad entry with a located message', () => {
    expect(() => parseClassFile({ classes: [{ id: 'EG:x' }] })).toThrow(/classes\[0\]: new class EG:x needs a label/);
    expect(() => parseClassFile({ classes: [{ id: 'HP:1', label: 'x' }] })).toThrow(
      /classes\[0\]: HP:1 is an ontology term/,
    );
    expect(() => parseClassFile({ classes: [{ id: 'EG:x', label: 'x', memberSources: ['nope'] }] })).toThrow(
      /unknown source "nope"/,
    );
  });
});

describe('ontology rows of entities', () => {
  const catalogue = ontologyCatalogue();
  it('maps cross-references in any prefix case, HGNC ids to their gene, and class names to the class', () => {
    expect(entityTerms(catalogue, { id: 'Biomarker:il-6', name: 'IL-6', xrefs: ['HGNC:6018'] })).toEqual([
      'NCBIGene:3569',
    ]);
    expect(
      entityTerms(catalogue, { id: 'Biomarker:mir-320a', name: 'miR-320a', xrefs: ['miRBase:MIMAT0000510'] }),
    ).toEqual(['MIRBASE:MIMAT0000510']);
    expect(entityTerms(catalogue, { id: 'Biomarker:cytokines', name: 'cytokines' })).toEqual(['EG:cytokine']);
    expect(entityTerms(catalogue, { id: 'Biomarker:x', name: 'x', xrefs: ['HP:9999999', 'FOO:1'] })).toEqual([]);
  });

  it('holds a term, its ancestors and the edges between them, each once', () => {
    const rows = ontologyRows(catalogue, [
      { id: 'Symptom:mental fatigue', name: 'mental fatigue', xrefs: ['HP:0033236'] },
      { id: 'Symptom:fatigue', name: 'fatigue', xrefs: ['HP:0012378'] },
    ]);
    expect(rows.links).toEqual([
      { entityId: 'Symptom:fatigue', curie: 'HP:0012378' },
      { entityId: 'Symptom:mental fatigue', curie: 'HP:0033236' },
    ]);
    expect(rows.terms.map((t) => t.curie)).toEqual(['HP:0012378', 'HP:0025142', 'HP:0033236']);
    expect(rows.edges).toEqual([
      { child: 'HP:0012378', parent: 'HP:0025142', source: 'hp' },
      { child: 'HP:0033236', parent: 'HP:0012378', source: 'eg' },
    ]);
  });

  it('puts every miRBase term under the microRNA class', () => {
    const rows = ontologyRows(catalogue, [{ id: 'Biomarker:mir-21', name: 'miR-21', xrefs: ['MIRBASE:MI0000077'] }]);
    expect(rows.edges).toEqual([{ child: 'MIRBASE:MI0000077', parent: 'EG:microRNA', source: 'eg' }]);
  });
});
