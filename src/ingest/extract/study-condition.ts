// The study's own population and interventions, read from its title, summary and slug through the lexicons.
// Sentences that only say "patients" are about this population; the atlas is about ME/CFS, so that is the default.

import type { EntityRef } from '../record.ts';
import { entityFromEntry, lookupLexicon, scanLexicon, type LexiconEntry } from './lexicon.ts';

export interface StudyText {
  slug: string;
  title?: string | null;
  summary?: string | null;
}

const DEFAULT_CONDITION = 'ME/CFS';

const POPULATION_INTRO =
  /\b(?:in|among|with|of)\s+(?:(?:the|adults?|adolescents?|children|women|men|people|patients|individuals|veterans|subjects|participants)\s+(?:with\s+)?)?$/i;

export function inferStudyCondition(study: StudyText): EntityRef {
  for (const text of [study.title, study.summary, study.slug.replace(/-/g, ' ')]) {
    if (!text) continue;
    // "Fatigue after COVID-19", "symptoms following Q fever", "a year on from SARS-CoV-2 infection": a condition after
    // "after" is the illness the studied one followed, not the population; the summary names who was studied.
    const hits = scanLexicon(text, ['Condition']).filter(
      (h) =>
        !/\b(?:after|following|from|since)\s+(?:(?:acute|mild|a|an|confirmed)\s+)?$/i.test(
          text.slice(Math.max(0, h.start - 20), h.start),
        ),
    );
    // "Small fibre neuropathy … in ME/CFS": the condition a preposition introduces is the population studied; one
    // before it is what was looked for in that population.
    const population = hits.find((h) => POPULATION_INTRO.test(text.slice(Math.max(0, h.start - 40), h.start)));
    const hit = population ?? hits[0];
    if (hit) return entityFromEntry('Condition', hit.entry);
  }
  const fallback = lookupLexicon('Condition', DEFAULT_CONDITION);
  return fallback ? entityFromEntry('Condition', fallback) : { type: 'Condition', name: DEFAULT_CONDITION };
}

/** Interventions named in the title (else the summary): the treatment arm of "post-treatment" sentences. */
export function inferInterventions(study: StudyText): LexiconEntry[] {
  for (const text of [study.title, study.summary]) {
    if (!text) continue;
    const hits = scanLexicon(text, ['Intervention']);
    if (hits.length) return hits.map((h) => h.entry);
  }
  return [];
}
