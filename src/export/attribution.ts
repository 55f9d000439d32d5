// The export's metadata (KGX part=metadata): who the graph's ontology terms come from, in which versions, under
// which licences, and the statements their licences require (data/ontology/attribution.json, versions from
// data/ontology/manifest.json). Static: it reads no database.
import { readFileSync } from 'node:fs';
import { ONTOLOGY_DIR } from '../ingest/ground/term-files.ts';
import { KNOWLEDGE_SOURCE } from './biolink.ts';

interface AttributionSource {
  source: string;
  infores: string;
  name: string;
  licence: string;
  licenceUrl: string;
  statement?: string;
  citation: string;
}

export interface ExportMetadata {
  name: string;
  knowledge_source: string;
  description: string;
  ontologies: (AttributionSource & { versions: string[] })[];
}

let cached: ExportMetadata | undefined;

export function exportMetadata(): ExportMetadata {
  if (cached) return cached;
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, ONTOLOGY_DIR), 'utf8')) as unknown;
  const { sources } = read('attribution.json') as { sources: AttributionSource[] };
  const manifest = read('manifest.json') as Record<string, { versions: [string, number][] }>;
  cached = {
    name: 'evidence-graph KGX export',
    knowledge_source: KNOWLEDGE_SOURCE,
    description:
      'Findings of ME/CFS Atlas study entries as Biolink associations. Node ids and categories come from the ontology ' +
      'terms entities are grounded to (sources below); nodes without a term keep atlas-local MECFSATLAS ids.',
    ontologies: sources.map((source) => ({
      ...source,
      // The release strings of the source's rows, most rows first.
      versions: [...(manifest[source.source]?.versions ?? [])].sort((a, b) => b[1] - a[1]).map(([version]) => version),
    })),
  };
  return cached;
}
