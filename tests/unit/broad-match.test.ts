// Broader ontology terms (SKOS broadMatch) for names no vocabulary has as such: the head of a noun phrase names its
// class, a condition's subgroup belongs to its base condition; the graph links them BROAD_MATCH, apart from exact terms.
import { beforeAll, describe, expect, it } from 'vitest';
import { groundEntity } from '../../src/ingest/extract/grounding.ts';
import { groundBroader, groundingIndex, groundName, namesSameThing } from '../../src/ingest/ground/index.ts';
import { ontologyCatalogue } from '../../src/ontology/catalogue.ts';
import { ontologyRows } from '../../src/ontology/rows.ts';
import type { EntityType } from '../../src/ingest/record.ts';

beforeAll(() => {
  groundingIndex();
}, 120_000);

describe('groundBroader', () => {
  it('grounds a modified head to the class its head names, keeping the match kind apart', () => {
    for (const [name, type, curie] of [
      ['CD19+ CD24hi B cells', 'Biomarker', 'CL:0000236'],
      ['late-onset fibromyalgia', 'Condition', 'MONDO:0005546'],
      ['multiple sclerosis with depressive symptoms', 'Condition', 'MONDO:0005301'],
      ['fibromyalgia patients meeting the 2010 criteria', 'Condition', 'MONDO:0005546'],
    ] as const) {
      expect(groundName(name, type), name).toBeNull();
      expect(groundBroader(name, type), name).toMatchObject({ curie, via: 'head phrase' });
    }
  });

  it("takes the curated class a measured thing's head noun names when no head phrase is known", () => {
    expect(groundBroader('thyroid peroxidase antibodies', 'Biomarker')).toMatchObject({
      curie: 'EG:immunoglobulin',
      via: 'head class',
    });
    expect(groundBroader('circulating exosomal miRNA expression', 'Biomarker')).toMatchObject({ curie: 'EG:microRNA' });
    expect(groundBroader('HHV-8 capsid antigen antibodies', 'Biomarker')).toMatchObject({ curie: 'EG:virus' }); // serology
    expect(groundBroader('circulating immune cell subset percentages', 'Biomarker')).toMatchObject({
      curie: 'CL:0000738',
    });
    expect(groundBroader('thyroid peroxidase antibodies', 'Symptom')).toBeNull();
  });

  it('reads subclasses, subtypes and subsets of a thing as kinds of it, but not its subunits', () => {
    expect(groundBroader('immunoglobulin G subclasses', 'Biomarker')).toMatchObject({ curie: 'EG:IgG' });
    expect(groundBroader('memory B cell subsets', 'Biomarker')).toMatchObject({ curie: 'CL:0000787' });
    // A subset's percentages are still measures of that kind of cell, not of leukocytes in general.
    expect(groundBroader('regulatory T cell subset percentages', 'Biomarker')).toMatchObject({ curie: 'CL:0000815' });
    expect(groundBroader('fibromyalgia subtypes', 'Condition')).toMatchObject({ curie: 'MONDO:0005546' });
    expect(groundBroader('ATP subunits', 'Biomarker')).toBeNull();
  });

  it("falls back on the class a curated lexicon kind names, never on a head-only or a symptom's", () => {
    // No head class: "ratio" and "capacity" say nothing of what is measured; the lexicon's kind does.
    expect(groundBroader('lactate/pyruvate quotient', 'Measure')).toBeNull();
    expect(groundBroader('lactate/pyruvate quotient', 'Measure', 'metabolite')).toMatchObject({
      curie: 'EG:metabolite',
    });
    expect(groundBroader('spare respiratory capacity', 'Biomarker', 'mitochondrial function')).toMatchObject({
      curie: 'EG:mitochondrial-function',
    });
    expect(groundBroader('spare respiratory capacity', 'Biomarker', 'protein')).toBeNull();
    expect(groundBroader('lactate/pyruvate quotient', 'Symptom', 'metabolite')).toBeNull();
  });

  it('reads a set of measures of a thing as that thing, and protein, microbiome and mitochondrial classes', () => {
    // "parameters", "variables", "measures" after a head name measurements of it.
    expect(groundBroader('systolic blood pressure variables', 'Measure')).toMatchObject({ curie: 'EG:SBP' });
    expect(groundBroader('heart rate parameters', 'Measure')).toMatchObject({ curie: 'EG:heart-rate' });
    expect(groundBroader('mitochondrial outer membrane proteins', 'Biomarker')).toMatchObject({
      curie: 'CHEBI:36080',
      via: 'head class',
    });
    expect(groundBroader('ASV 12', 'Biomarker')).toMatchObject({ curie: 'EG:microbiome' });
    expect(groundBroader('faecal alpha-diversity', 'Biomarker')).toMatchObject({ curie: 'EG:microbiome' });
    expect(groundBroader('respiratory chain capacity in platelets', 'Biomarker')).toBeNull(); // a capacity, not a function
    expect(groundBroader('platelet electron transport chain function', 'Biomarker')).toMatchObject({
      curie: 'EG:mitochondrial-function',
    });
    expect(groundBroader('TRPM7', 'Biomarker')).toBeNull(); // written like a symbol: not read as "a protein"
  });

  it('never takes a complement for the head, a lone general head, a short abbreviation or a term of another type', () => {
    // a family history (a project term), never fibromyalgia
    expect(groundBroader('family history of fibromyalgia', 'Measure')?.curie).toBe('EG:family-history');
    expect(groundBroader('social history of fibromyalgia', 'Measure')).toBeNull();
    expect(groundBroader('treatment group', 'Condition')).toBeNull();
    expect(groundBroader('immune activation markers', 'Biomarker')).toBeNull();
    expect(groundBroader('CD8 MFI', 'Biomarker')).toBeNull(); // MFI: a fatigue inventory too
    expect(groundBroader('hippocampal neuroinflammation', 'Condition')).toBeNull(); // HPO's is a phenotype
    expect(groundBroader('hippocampal neuroinflammation', 'Symptom')).toMatchObject({ curie: 'HP:0033429' });
  });

  it('gives up on a clause-length phrase, and still reads the head after one very long word', () => {
    expect(groundBroader('word '.repeat(100_000) + 'B cells', 'Biomarker')).toBeNull();
    expect(groundBroader('x'.repeat(200_000) + ' B cells', 'Biomarker')).toMatchObject({ curie: 'CL:0000236' });
  });
});

describe('namesSameThing', () => {
  it('holds for a spelling, word order or abbreviation, not for a name with words added or missing', () => {
    expect(namesSameThing('quellum zorbic flux', 'zorbic flux in the quellum')).toBe(true);
    expect(namesSameThing('type I plimsy fibres', 'type 1 plimsy fibers')).toBe(true);
    expect(namesSameThing('quellum zorbic flux', 'QZF')).toBe(true);
    expect(namesSameThing('quellum zorbic flux', 'quellum')).toBe(false); // the place, not the flux
    expect(namesSameThing('quellum zorbic flux', 'zorbic flux')).toBe(false); // broader
    expect(namesSameThing('zorbic flux', 'peak zorbic flux')).toBe(false); // narrower
    expect(namesSameThing('zorbic function', 'zorbic system')).toBe(false); // another thing
  });
});

describe('groundEntity', () => {
  it('grounds a known entity by its name or a same-thing synonym, never by a synonym naming a region or system', () => {
    // A lexicon entry (known), with the synonyms it finds mentions by.
    const known = (type: EntityType, name: string, synonyms: string[]) =>
      groundEntity({ type, name, synonyms }, true, () => type).entity;
    const place = known('Biomarker', 'plimsy cortex neuroinflammation', ['cingulate cortex', 'thalamus']);
    expect(place.xrefs ?? {}).toEqual({});
    // A kind of HPO's Neuroinflammation, as a measured thing may be.
    expect(place.broadMatch).toBe('HP:0033429');
    expect(known('Measure', 'plimsy function', ['immune system']).xrefs ?? {}).toEqual({});
    expect(known('Biomarker', 'plimsy-free butyrate', ['butyrate']).xrefs ?? {}).toEqual({});
    const abbreviated = known('Biomarker', 'plimsy interleukin six', ['IL-6']);
    expect(Object.values(abbreviated.xrefs ?? {})).toEqual(['NCBIGene:3569']);
  });

  it("adds to a curated HGNC id the NCBI Gene id the entry's name grounds to, and nothing for another name", () => {
    const curated = (name: string, synonyms: string[]) =>
      groundEntity({ type: 'Biomarker', name, synonyms, xrefs: { HGNC: 'HGNC:99999' } }, true, () => 'Biomarker').entity
        .xrefs;
    expect(curated('plimsy interleukin six', ['IL-6'])).toEqual({ HGNC: 'HGNC:99999', NCBIGene: 'NCBIGene:3569' });
    expect(curated('plimsy zorbic flux', ['zorbic flux'])).toEqual({ HGNC: 'HGNC:99999' });
  });

  it("links a subgroup to its base condition's term and a narrowed name to its head's, never as an xref", () => {
    const subgroup = groundEntity(
      { type: 'Condition', name: 'fibromyalgia with comorbid tinnitus', subgroupOf: 'fibromyalgia' },
      false,
      () => 'Condition',
    ).entity;
    expect(subgroup).toMatchObject({ name: 'fibromyalgia with comorbid tinnitus', broadMatch: 'MONDO:0005546' });
    expect(subgroup.xrefs ?? {}).toEqual({});
    const cells = groundEntity({ type: 'Biomarker', name: 'CD19+ CD24hi B cells' }, false, () => 'Biomarker').entity;
    expect(cells).toMatchObject({ type: 'Biomarker', name: 'CD19+ CD24hi B cells', broadMatch: 'CL:0000236' });
    // An exact term wins: no broader one beside it.
    expect(
      groundEntity({ type: 'Condition', name: 'fibromyalgia' }, false, () => 'Condition').entity.broadMatch,
    ).toBeUndefined();
  });
});

describe('ontologyRows', () => {
  it('links broader terms BROAD_MATCH and brings their ancestors, apart from the exact links', () => {
    const rows = ontologyRows(ontologyCatalogue(), [
      { id: 'Biomarker:cd19+ cd24hi b cells', name: 'CD19+ CD24hi B cells', broadMatch: ['CL:0000236'] },
      { id: 'Symptom:fatigue', name: 'fatigue', xrefs: ['HP:0012378'] },
    ]);
    expect(rows.broadLinks).toEqual([{ entityId: 'Biomarker:cd19+ cd24hi b cells', curie: 'CL:0000236' }]);
    expect(rows.links.map((l) => l.entityId)).toEqual(['Symptom:fatigue']);
    expect(rows.terms.map((t) => t.curie)).toContain('CL:0000236');
    expect(rows.edges.some((e) => e.child === 'CL:0000236')).toBe(true);
  });
});
