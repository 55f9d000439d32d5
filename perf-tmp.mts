import { jsonl } from './bench/generate.ts';
const which = process.argv[2];
const { synthesizePair } = await import(which === 'old' ? '/tmp/old/src/evidence/index.ts' : './src/evidence/index.ts');
const records = jsonl(600, 7, 0).split('\n').filter(Boolean).map((l) => JSON.parse(l));
const byPair = new Map<string, any[]>();
let id = 0;
for (const r of records) {
  if (r.retracted) continue;
  for (const f of r.findings ?? []) {
    const key = `${f.subject.name}|${f.object.name}`;
    const input = { findingId: String(id++), studySlug: r.slug, relation: f.relation, sign: f.sign ?? null, comparator: f.comparator ?? null,
      pValue: f.pValue ?? null, pComparator: f.pComparator ?? null, significant: f.significant ?? null, effectSize: f.effectSize ?? null,
      effectType: f.effectType ?? null, ci: f.ci ?? null, sampleSize: f.sampleSize ?? null, groups: f.groups ?? null,
      study: { evidenceLevel: r.evidenceLevel, pemCriterion: r.pemCriterion, design: r.design, sampleSize: r.sampleSize, methodFlags: r.tags?.methodFlags ?? [] } };
    (byPair.get(key) ?? byPair.set(key, []).get(key)!).push(input);
  }
}
for (let round = 0; round < 2; round++) {
  let pooled = 0;
  const t = performance.now();
  for (const findings of byPair.values()) if (synthesizePair(findings).pooled) pooled++;
  console.log(which, byPair.size, 'pairs', pooled, 'pooled', (performance.now() - t).toFixed(0), 'ms');
}
