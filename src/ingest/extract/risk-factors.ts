// Risk-factor sentences ("Odds of long COVID were higher in women (aOR 1.52) and in people aged 40–59 years",
// "Women and those with more than five acute symptoms had higher odds of symptoms at 24 months"): each group the odds
// are compared in names a factor (female sex, age 40–59 years, more than five acute symptoms), ASSOCIATED_WITH the
// outcome without a direction, as the labelling guide reads odds ratios.

import { entitiesFromChunk, resolveEntityPhrase, type EntityMention } from './entities.ts';
import type { StudyContext } from './groups.ts';
import type { Claim } from './claims.ts';
import { parsePValues } from './statistics.ts';
import { splitList, tidy } from './text.ts';

const CHANCE = String.raw`(?:(?:adjusted\s+)?(?:odds|risk|likelihood|hazard|probability|chance))`;
const MORE_OR_LESS = String.raw`(?:\w+ly\s+)?(?:higher|lower|greater|increased|reduced|raised|elevated|decreased)`;

/** "(The) odds of <outcome> were higher in <groups> (than in <reference>)"; the outcome may go unsaid ("Odds were …"). */
const ODDS_IN = new RegExp(
  String.raw`^\s*(?:the\s+)?${CHANCE}(?:\s+of\s+(?<outcome>[^,;]+?))?\s+(?:was|were|is|are)\s+${MORE_OR_LESS}\s+(?:in|among|for)\s+(?<groups>.+?)(?:\s+than\s+(?:in\s+|among\s+)?.*)?$`,
  'id',
);

/** "<groups> had higher odds of <outcome>". */
const HAD_ODDS = new RegExp(
  String.raw`^\s*(?<groups>.+?)\s+(?:had|showed|carried|faced)\s+(?:a\s+|an\s+)?${MORE_OR_LESS}\s+${CHANCE}\s+of\s+(?<outcome>[^,;]+?)\s*$`,
  'id',
);

const PEOPLE = String.raw`(?:people|persons|participants|patients|individuals|those|adults|children|adolescents|staff|workers|veterans|respondents|subjects|cases)`;

const AGED = new RegExp(String.raw`^(?:${PEOPLE}\s+)?aged\s+(.+)$`, 'i');
const HAVING = new RegExp(String.raw`^${PEOPLE}\s+(?:with|reporting|having)\s+(?:an?\s+)?(.+)$`, 'i');
// "people vaccinated with two doses" → vaccination with two doses; "those hospitalised for COVID-19" → hospitalisation.
const DONE_TO = new RegExp(String.raw`^${PEOPLE}\s+(?:who\s+were\s+)?(\p{L}+?)(at|is|iz)ed\b(.*)$`, 'iu');
/** A word of chance, without which neither odds pattern can match (most clauses). */
const CHANCE_WORD = /\b(?:odds|risks?|likelihood|hazards?|probability|chance)\b/i;

/** The factor a group stands for: women → female sex; people aged 40–59 years → age 40–59 years; those with X → X. */
export function factorOfGroup(text: string): EntityMention | null {
  const group = tidy(text.replace(/^\s*(?:and\s+|in\s+|among\s+)+/i, '').replace(/^(?:the|all)\s+/i, ''));
  if (/^(?:women|females|female\s+\S+|girls)$/i.test(group)) return resolveEntityPhrase('female sex');
  if (/^(?:men|males|male\s+\S+|boys)$/i.test(group)) return resolveEntityPhrase('male sex');
  const aged = AGED.exec(group);
  if (aged) return resolveEntityPhrase(`age ${aged[1]}`);
  const having = HAVING.exec(group);
  if (having) return factorNamed(having[1]!);
  const done = DONE_TO.exec(group);
  if (done) return factorNamed(`${done[1]}${done[2] === 'at' ? '' : done[2]}ation${done[3]}`);
  return null;
}

/**
 * A factor's name: an entity the vocabulary knows, or the exposure as written ("more than five acute symptoms",
 * "vaccination with at least two doses"), which the sentence's shape delimits where a free phrase would need the gate.
 */
function factorNamed(text: string): EntityMention | null {
  const known = resolveEntityPhrase(text);
  if (known) return known;
  const name = tidy(text);
  if (!name || name.split(/\s+/).length > 10 || /[;:]/.test(name)) return null;
  return { entity: { type: 'Measure', name, kind: 'exposure' }, known: false, pValue: null, leadingCue: null };
}

/** The groups of "in women (aOR 1.52), in people aged 40–59 years and in those with …", each a factor. */
function factorsOf(groups: string): EntityMention[] | null {
  // "Among infected staff, women … and those with …": the adjunct names the population, not a factor.
  const listed = groups.replace(/^\s*(?:among|in|within|of)\s+[^,]+,\s*/i, '');
  const factors = splitList(listed).map((item) => {
    const factor = factorOfGroup(item.replace(/\([^()]*\)/g, ' '));
    // "women (aOR 2.1, p = 0.004)": the item's own p.
    const ps = parsePValues(item);
    return factor && ps.length === 1 ? { ...factor, pValue: ps[0]! } : factor;
  });
  // Every group must name a factor: a list we only partly read would say less than the sentence.
  return factors.length && factors.every((f): f is EntityMention => f !== null) ? factors : null;
}

export function riskFactorFrame(clause: string, masked: string, study: StudyContext): Claim[] | null {
  if (!CHANCE_WORD.test(masked)) return null;
  // Matched on the masked clause (parentheses blanked), read on the clause at the same offsets.
  const match = ODDS_IN.exec(masked) ?? HAD_ODDS.exec(masked);
  if (!match) return null;
  const [groupsStart, groupsEnd] = match.indices!.groups!.groups!;
  const factors = factorsOf(clause.slice(groupsStart, groupsEnd));
  // Odds compared in groups we could not all read: no other frame should read "odds" as the thing measured.
  if (!factors) return [];
  const outcomeAt = match.indices!.groups!.outcome;
  const outcomeText = outcomeAt && clause.slice(outcomeAt[0], outcomeAt[1]);
  const outcomes = outcomeText ? entitiesFromChunk(outcomeText) : [];
  const objects = outcomes.length
    ? outcomes.map((o) => ({ entity: o.entity, mention: o as EntityMention | null }))
    : outcomeText
      ? []
      : [{ entity: study.condition, mention: null }];
  if (!objects.length) return [];
  return factors.flatMap((subject) =>
    objects.map((object): Claim => ({
      subject,
      relation: 'ASSOCIATED_WITH',
      sign: null,
      object: object.entity,
      objectMention: object.mention,
      comparator: null,
      cueStrength: 0.8,
    })),
  );
}
