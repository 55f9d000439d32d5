// How common a condition or symptom is in groups of a population that are not the study's patients and controls:
// "Gulf War illness was present in 31.4% of deployed and 11.2% of non-deployed veterans", "CFS was found in 0.62% of
// girls and 0.31% of boys", "Long COVID affected 14% of non-admitted, 27% of admitted and 38% of oxygen-treated
// participants". Each group with the larger share ELEVATED_IN against the first group listed (labels: a condition
// counted this way is its prevalence, "prevalence of Gulf War illness", with the group as object; a symptom keeps
// its name).

import type { EntityRef } from '../record.ts';
import type { Claim, ClauseResult } from './claims.ts';
import { cues } from './cues.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { findGroupPhrases } from './groups.ts';
import { entityFromEntry, scanLexicon } from './lexicon.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import { tidy, unsentenceCase } from './text.ts';

/** "31.4% of", "0.9% among", "14% in the": a share of the group that follows. */
const SHARE_OF = /(\d+(?:\.\d+)?)\s*%\s+(?:of|among|in)\s+(?:the\s+)?/gi;

/** People a population group is made of ("deployed veterans", "exposed residents"). */
const PEOPLE =
  /^(?:veterans|participants|residents|adults|children|adolescents|people|individuals|respondents|workers|staff|pupils|students|relatives|twins|pairs|employees|personnel|men|women|girls|boys|males|females|members|cases|subjects|soldiers|infants)$/i;

/** A group named by exposure alone ("the exposed", "the unexposed"). */
const BARE_EXPOSURE = /^(?:un|non-?)?exposed$/i;

/** Shares that say how the study ran, not what it found. */
const STUDY_CONDUCT =
  /\b(?:response|participation|retention|completion|attrition|drop-?out|withdrawal|follow-up|consent)\s+rates?\b/i;

interface ShareGroup {
  share: number;
  name: string;
}

/** Shaped as a group of a population: its people ("deployed veterans"), or "the exposed". */
function namesPeople(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length > 4 || !words.every((w) => /^[\p{L}][\p{L}-]*$/u.test(w))) return false;
  return PEOPLE.test(words.at(-1)!) || (words.length === 1 && BARE_EXPOSURE.test(name));
}

/**
 * A group of a population, never the study's patients or controls (the other prevalence frame's), nor its patients'
 * subgroups ("hospitalised participants") unless what is counted is a condition, which only a population has or lacks.
 */
function isPopulationGroup(name: string, countsCondition: boolean): boolean {
  return (
    namesPeople(name) &&
    findGroupPhrases(name).every((p) => p.kind === 'population' || (countsCondition && p.kind === 'subgroup'))
  );
}

/** Two groups a lone modifier and a group with its people name ("deployed", "non-deployed veterans"). */
function withSharedPeople(first: string, second: string): [string, string] {
  const words = second.split(/\s+/);
  const people = words.length >= 2 && PEOPLE.test(words.at(-1)!) ? words.at(-1)! : null;
  return [!/\s/.test(first) && people && !PEOPLE.test(first) ? `${first} ${people}` : first, second];
}

/**
 * The groups of the clause's share list, each with its share; a lone modifier takes the last group's people. Null
 * unless every group names people.
 */
function shareGroups(clause: string): ShareGroup[] | null {
  const starts = [...clause.matchAll(SHARE_OF)];
  if (starts.length < 2) return null;
  const groups = starts.map((m, i) => {
    const from = m.index + m[0].length;
    const to = i + 1 < starts.length ? starts[i + 1]!.index : clause.length;
    const text = clause
      .slice(from, to)
      .replace(/\s*[(;].*$/s, '')
      .replace(/,\s.*$/s, '')
      .replace(/(?:,|\s+(?:and|or|against|versus|vs\.?|compared\s+with))\s*$/i, '');
    return { share: Number(m[1]), text: tidy(text) };
  });
  const last = groups.at(-1)!.text;
  const named = groups.map(({ share, text }) => ({ share, name: withSharedPeople(text, last)[0] }));
  return named.every(({ name }) => namesPeople(name)) ? named : null;
}

/**
 * The counted state's names: a condition as its prevalence ("prevalence of long COVID at 12 months"), also when a
 * qualifier the vocabulary lacks comes before it ("paediatrician-confirmed CFS" is a prevalence of CFS).
 */
function countedEntity(mention: EntityMention, written: string): EntityRef {
  const hit = scanLexicon(written, ['Condition']).find((h) => h.end === written.length);
  const condition =
    mention.entity.type === 'Condition' ? mention.entity : hit ? entityFromEntry('Condition', hit.entry) : null;
  if (!condition) return mention.entity;
  const forms = [written, ...(hit ? [hit.text] : []), condition.name, ...(condition.synonyms ?? [])].filter(
    (form) => form.split(/\s+/).length <= 6,
  );
  const [name, ...synonyms] = [
    ...new Set(forms.flatMap((form) => [`prevalence of ${form}`, `${form} prevalence`])),
  ] as [string, ...string[]];
  return { type: 'Measure', name, synonyms };
}

/** The one state a subject text names, as counted (a condition as its prevalence), or null. */
function countedSubject(text: string): { mention: EntityMention; isCondition: boolean } | null {
  const written = unsentenceCase(tidy(text.replace(/^\s*(?:the\s+)?/i, '')));
  const [subject, ...others] = entitiesFromChunk(written);
  if (!subject || others.length) return null;
  const entity = countedEntity(subject, written);
  return { mention: { ...subject, entity }, isCondition: entity !== subject.entity };
}

// "CFS-like illness was three times as common in women as in men", "Fibromyalgia was more prevalent among deployed
// than non-deployed veterans".
const COMPARED_PREVALENCE =
  /^(.+?)\s+(?:was|were)\s+(?:(more|less|(?:\w+\s+times|twice)\s+as)\s+)(?:common|prevalent|frequent)\s+(?:in|among)\s+(?:the\s+)?(.+?)\s+(?:than|as)\s+(?:(?:in|among)\s+)?(?:the\s+)?([^,;()]+?)\s*(?:\([^()]*\))?\s*$/i;

/** A condition more or less common in one group of a population than in another. */
function comparedPrevalence(clause: string): ClauseResult | null {
  const m = COMPARED_PREVALENCE.exec(clause.trim());
  if (!m) return null;
  const counted = countedSubject(m[1]!);
  if (!counted?.isCondition) return null;
  const [target, reference] = withSharedPeople(tidy(m[3]!), tidy(m[4]!));
  if (![target, reference].every((group) => isPopulationGroup(group, true))) return null;
  const claim: Claim = {
    subject: counted.mention,
    relation: /^less$/i.test(m[2]!) ? 'REDUCED_IN' : 'ELEVATED_IN',
    sign: null,
    object: { type: 'Condition', name: target },
    objectMention: null,
    comparator: reference,
    cueStrength: 0.75,
  };
  return { claims: [claim], group: null };
}

export function populationPrevalenceFrame(clause: string, masked: string): ClauseResult | null {
  const compared = comparedPrevalence(clause);
  if (compared) return compared;
  const groups = shareGroups(clause);
  if (!groups) return null;
  const verb = cues().verbs.first(masked);
  const firstShare = clause.search(SHARE_OF);
  if (!verb || verb.start >= firstShare) return null;
  // ("Response rates were 58% among deployed and 51% among non-deployed veterans": how the study ran, no finding.)
  const subjectText = clause.slice(0, verb.start).replace(/\s*\([^()]*\)\s*/g, ' ');
  if (STUDY_CONDUCT.test(subjectText)) return null;
  const counted = countedSubject(subjectText);
  if (!counted || !groups.every(({ name }) => isPopulationGroup(name, counted.isCondition))) return null;
  // "(p = 0.64)": shares that differ by chance.
  const ps = parsePValues(clause);
  const byChance = ps.length > 0 && ps.every((p) => significanceOfP(p) === false);
  const [reference, ...targets] = groups as [ShareGroup, ...ShareGroup[]];
  // Of two groups, the one with the larger share against the other; of more, each against the first listed.
  const pairs: [ShareGroup, ShareGroup][] =
    targets.length === 1
      ? [reference.share >= targets[0]!.share ? [reference, targets[0]!] : [targets[0]!, reference]]
      : targets.map((target) => [target, reference]);
  const claims = pairs
    .filter(([target, other]) => byChance || target.share !== other.share)
    .map(([target, other]): Claim => ({
      subject: counted.mention,
      relation: byChance ? 'NOT_DIFFERENT_IN' : target.share > other.share ? 'ELEVATED_IN' : 'REDUCED_IN',
      sign: null,
      object: { type: 'Condition', name: target.name },
      objectMention: null,
      comparator: other.name,
      cueStrength: 0.75,
    }));
  return claims.length ? { claims, group: null } : null;
}
