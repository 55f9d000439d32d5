// Bring the graph's ontology up to date at migrate: a cheap read when it was built from the data this code ships;
// otherwise (data imported before the ontology existed, or new ontology data or curated classes) it is rebuilt from
// every entity's cross-references in one write transaction: all or nothing.
import type { Cypher } from '../db/cypher.ts';
import { ontologyRowsOffThread } from '../ingest/off-thread/pool.ts';
import { dataVersion } from './catalogue.ts';
import type { OntologyEntityInput, OntologyRows } from './rows.ts';

export interface OntologyRefresh {
  rebuilt: boolean;
  terms: number;
  links: number;
}

export async function refreshOntology(cypher: Cypher, { force = false } = {}): Promise<OntologyRefresh> {
  const version = dataVersion();
  const [state] = await cypher.read<{ version: string | null; entities: number }>('ontology/state');
  if (!force && state?.version === version) return { rebuilt: false, terms: 0, links: 0 };
  return cypher.writeTx(async (tx) => {
    await cypher.run(tx, 'ontology/clear');
    let rows: OntologyRows = { terms: [], edges: [], links: [], broadLinks: [] };
    // An empty graph needs no catalogue (loading it costs the grounding index): only the version is recorded.
    if ((state?.entities ?? 0) > 0) {
      const entities = await cypher.run<OntologyEntityInput & Record<string, unknown>>(tx, 'ontology/entities');
      // Built in the import worker, like an import's: the catalogue never stays in the server's heap.
      rows = await ontologyRowsOffThread(entities);
      await cypher.run(tx, 'ontology/merge', { ...rows });
    }
    await cypher.run(tx, 'ontology/set-state', { version });
    return { rebuilt: true, terms: rows.terms.length, links: rows.links.length };
  });
}
