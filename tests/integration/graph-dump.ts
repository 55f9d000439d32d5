// A sorted, id-free dump of the whole graph: two dumps are equal exactly when the graphs are (bookkeeping left out:
// the migrations applied, and the data version the ontology was built from, which only migrate records).
import type { Cypher } from '../../src/db/cypher.ts';

export async function dumpGraph(cypher: Cypher): Promise<string> {
  const { records: nodes } = await cypher.driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:OntologyState AND NOT n:EvidenceGraphTestDatabase RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database: cypher.database },
  );
  const { records: edges } = await cypher.driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props,
            coalesce(a.slug, a.id, a.key, a.curie) AS source, coalesce(b.slug, b.id, b.key, b.curie) AS target`,
    {},
    { database: cypher.database },
  );
  const sortKeys = (value: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1))));
  const lines = [
    ...nodes.map((r) => `N ${JSON.stringify([...(r.get('labels') as string[])].sort())} ${sortKeys(r.get('props'))}`),
    ...edges.map((r) => `E ${r.get('source')} -${r.get('type')}-> ${r.get('target')} ${sortKeys(r.get('props'))}`),
  ];
  return lines.sort().join('\n');
}
