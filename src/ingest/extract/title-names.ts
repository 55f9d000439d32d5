// A measure a sentence names short is often the one the entry's title names in full: "improvement" in an entry titled
// "Baseline predictors of sustained improvement …" is sustained improvement. The title's fuller form is kept as one of
// the entity's names (a synonym), so that either finds it; the sentence's own words stay its name.

import type { EntityRef, FindingRecord } from '../record.ts';
import { unsentenceCase } from './text.ts';

/** Words that cannot modify the name that follows them. */
const NOT_MODIFIERS =
  /^(?:and|or|nor|of|in|on|at|by|for|from|to|with|without|after|before|during|over|under|between|among|across|versus|vs|the|a|an|its|their|is|are|was|were|as|than|into|per|via)$/i;

/** The title's forms of `name` with one or two modifying words before it ("sustained improvement"). */
export function titleForms(name: string, title: string): string[] {
  const wanted = name.toLowerCase().split(/\s+/);
  // (Most names are not in the title: looked for before its words are.)
  if (!name || wanted.length > 2 || !title.toLowerCase().includes(name.toLowerCase())) return [];
  const words = title.split(/[\s(),;:]+/).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase());
  const forms: string[] = [];
  for (let at = 1; at + wanted.length <= words.length; at++) {
    if (wanted.some((word, i) => lower[at + i] !== word)) continue;
    // Only the modifiers right before the name, up to the first word that cannot modify it.
    const before: string[] = [];
    for (let i = at - 1; i >= 0 && before.length < 2; i--) {
      if (NOT_MODIFIERS.test(words[i]!) || !/^\p{L}[\p{L}-]*$/u.test(words[i]!)) break;
      before.unshift(words[i]!);
    }
    for (let from = before.length - 1; from >= 0; from--)
      forms.push(unsentenceCase(`${before.slice(from).join(' ')} ${name}`));
  }
  return [...new Set(forms)];
}

function withTitleForms(entity: EntityRef, title: string): EntityRef {
  const known = new Set([entity.name, ...(entity.synonyms ?? [])].map((n) => n.toLowerCase()));
  const added = titleForms(entity.name, title).filter((form) => !known.has(form.toLowerCase()));
  return added.length ? { ...entity, synonyms: [...(entity.synonyms ?? []), ...added] } : entity;
}

/** Each finding with its measures' fuller names from the title as synonyms (groups keep theirs). */
export function withTitleNames(findings: FindingRecord[], title: string | null | undefined): FindingRecord[] {
  if (!title) return findings;
  return findings.map((finding) => ({
    ...finding,
    subject: finding.subject.type === 'Condition' ? finding.subject : withTitleForms(finding.subject, title),
    object: finding.object.type === 'Condition' ? finding.object : withTitleForms(finding.object, title),
  }));
}
