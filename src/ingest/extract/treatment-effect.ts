// Treatment effects: "Coenzyme Q10 reduced fatigue compared with placebo", "Patients given LDN reported improvements
// in pain and sleep", "Rituximab did not improve fatigue". The treatment is the agent and the outcomes are what its
// verb acts on. Rule 9 of the labelling guide makes the treated arm the finding's object and the outcome its subject,
// with placebo (or whatever the sentence sets the arm against) as comparator. Without this frame the difference frame
// read the drug as the measured thing ("rituximab ELEVATED_IN ME/CFS").

import type { Relation } from '../record.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { cues, type PhraseMatch, type TreatmentEffect } from './cues.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { comparatorText, findGroupPhrases, treatmentEntity, type StudyContext } from './groups.ts';
import { scanLexicon, type LexiconEntry } from './lexicon.ts';
import { isNounPhrase } from './pos.ts';
import { escapeRegExp, maskParentheses, tidy } from './text.ts';

const LEADING_COMPARISON =
  /^\s*(?:compared (?:with|to)|relative to|versus|vs\.?|in comparison (?:with|to)|over)\s+([^,]+),\s*/i;
// "At 12 weeks, …", "After three months of treatment, …": a time or setting before the agent.
const LEADING_SETTING = /^\s*(?:at|after|by|over|during|in|within|following)\s+[^,]{1,50},\s*/i;
const TRAILING_COMPARISON =
  /\s+(?:(?:significantly\s+|much\s+)?more\s+than|compared (?:with|to)|relative to|versus|vs\.?|than(?:\s+did)?|over|in comparison (?:with|to))\s+(.+?)\s*[.;]?\s*$/i;
// A verb that carries an effect noun: "led to improvements in", "reported reductions in", "was followed by gains in".
const LIGHT_VERB =
  /\s+(?:led to|lead to|leads to|resulted in|results in|produced|produces|brought about|yielded|(?:was|were) followed by|showed|reported|experienced|had|saw|gave|achieved|caused)\s+(?:(?:a|an|the|some|significant|significantly|greater|larger|bigger|marked|modest|meaningful|clinically|substantial|small|large|sustained|rapid|more|further|overall|general|dramatic|notable|moderate|slight)\s+)*$/i;
const TREATED_PEOPLE =
  /^(?:the\s+)?(?:patients|participants|subjects|those|people|individuals|children|adults|women|men)\s+(?:who\s+(?:were\s+)?)?(?:given|receiving|received|treated with|taking|took|on|randomi[sz]ed to|allocated to|assigned to)\s+(.+)$/i;
// Words that may stand around an intervention's name in an agent ("the oral low-dose naltrexone regimen").
const AGENT_FILLER =
  /^(?:the|a|an|oral|daily|weekly|intravenous|iv|subcutaneous|combined|active|high-dose|low-dose|short-term|long-term|\d[\w.-]*|mg|mg\/day|weeks?|months?|of|with|plus|and)$/i;

interface Agent {
  intervention: LexiconEntry | undefined;
  /** The agent's own name for an intervention the lexicon lacks. */
  written: string | null;
}

export function treatmentEffectFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  let masked = maskParentheses(clause);
  let offset = 0;
  let leadingReference: string | null = null;
  const leadingComparison = LEADING_COMPARISON.exec(masked);
  if (leadingComparison) {
    leadingReference = leadingComparison[1]!;
    offset = leadingComparison[0].length;
  } else {
    const setting = LEADING_SETTING.exec(masked);
    if (setting) offset = setting[0].length;
  }
  masked = masked.slice(offset);
  const text = clause.slice(offset);

  const effect = firstEffect(masked);
  if (!effect) return null;
  let agentEnd = effect.match.start;
  if (effect.noun) {
    const light = LIGHT_VERB.exec(masked.slice(0, effect.match.start));
    if (!light) return null;
    agentEnd = light.index;
  }
  const agent = readAgent(stripTrailingAdverbs(masked.slice(0, agentEnd)), study, sentence);
  if (!agent) return null;

  // The outcomes run from the effect to the comparison, if any.
  let outcomeStart = effect.match.end;
  if (effect.noun) {
    const preposition = /^\s*(?:in|of|on)\s+/i.exec(masked.slice(outcomeStart));
    if (!preposition) return null;
    outcomeStart += preposition[0].length;
  }
  let outcomeEnd = masked.length;
  let reference = leadingReference;
  const trailing = TRAILING_COMPARISON.exec(masked.slice(outcomeStart));
  if (trailing) {
    outcomeEnd = outcomeStart + trailing.index;
    reference ??= trailing[1]!;
  }
  // A clause that names patient groups around its outcomes compares groups; the difference frame reads it.
  if (findGroupPhrases(masked.slice(outcomeStart, outcomeEnd)).some((g) => g.kind !== 'treatment')) return null;

  const object = treatmentEntity(agent.intervention, agent.written);
  const comparator = reference ? comparatorText(tidy(reference)) || null : sentence.timeComparator;
  const claims: Claim[] = [];
  // "lowered pain scores and improved sleep quality": each coordinated verb acts on its own outcomes.
  for (const part of coordinatedEffects(masked, effect.effect, outcomeStart, outcomeEnd)) {
    const outcomeText = trimOutcome(text.slice(part.start, part.end));
    for (const subject of outcomeText ? entitiesFromChunk(outcomeText) : []) {
      const relation = relationFor(part.effect, subject);
      if (!relation) continue;
      claims.push({ subject, relation, sign: null, object, objectMention: null, comparator, cueStrength: 0.85 });
    }
  }
  return claims.length ? { claims, group: object } : null;
}

/** The outcome spans of "<verb> A and <verb> B", each with its own effect. */
function coordinatedEffects(
  masked: string,
  first: TreatmentEffect,
  start: number,
  end: number,
): { effect: TreatmentEffect; start: number; end: number }[] {
  const parts = [{ effect: first, start, end }];
  const t = cues().treatmentEffects;
  for (;;) {
    const current = parts[parts.length - 1]!;
    const span = masked.slice(current.start, current.end);
    let next: { effect: TreatmentEffect; at: number; after: number } | null = null;
    for (const effect of ['none', 'reduce', 'raise', 'improve', 'worsen'] as const) {
      for (const verb of t.verbs[effect].all(span)) {
        const joined = /(?:,\s*|\s+)(?:and|but|while|yet)\s+(?:(?:also|further|significantly|markedly)\s+)?$/i.exec(
          span.slice(0, verb.start),
        );
        if (!joined || (next && next.at <= joined.index)) continue;
        next = { effect, at: joined.index, after: verb.end };
      }
    }
    if (!next) return parts;
    parts[parts.length - 1] = { ...current, end: current.start + next.at };
    parts.push({ effect: next.effect, start: current.start + next.after, end: current.end });
  }
}

interface EffectMatch {
  match: PhraseMatch;
  effect: TreatmentEffect;
  noun: boolean;
}

/** The earliest effect verb or noun; a null form ("did not improve") wins over the verb inside it. */
function firstEffect(masked: string): EffectMatch | null {
  const t = cues().treatmentEffects;
  const found: EffectMatch[] = [];
  for (const effect of ['none', 'reduce', 'raise', 'improve', 'worsen'] as const) {
    const verb = t.verbs[effect].first(masked);
    if (verb) found.push({ match: verb, effect, noun: false });
    if (effect === 'none') continue;
    const noun = t.nouns[effect].first(masked);
    if (noun) found.push({ match: noun, effect, noun: true });
  }
  found.sort((a, b) => a.match.start - b.match.start || b.match.text.length - a.match.text.length);
  return found[0] ?? null;
}

function stripTrailingAdverbs(text: string): string {
  let rest = text.trimEnd();
  for (;;) {
    const last = /(\S+)$/.exec(rest)?.[1];
    if (!last || !cues().adverbs.is(last)) return rest;
    rest = rest.slice(0, rest.length - last.length).trimEnd();
  }
}

/** The treatment an agent phrase names, or null when the phrase is not a treatment. */
function readAgent(raw: string, study: StudyContext, sentence: SentenceContext): Agent | null {
  const agent = tidy(raw);
  if (!agent || agent.split(/\s+/).length > 10) return null;
  const heads = cues().treatmentEffects.agentHeads;
  const treated = TREATED_PEOPLE.exec(agent);
  if (treated) return namedTreatment(treated[1]!);
  const withDrug = /^(?:the\s+)?(\S+)\s+with\s+(.+)$/i.exec(agent);
  if (withDrug && heads.has(withDrug[1]!.toLowerCase())) return namedTreatment(withDrug[2]!);
  const words = agent.split(/\s+/);
  // "The treatment", "the intervention": the study's own treatment.
  if (words.every((w) => heads.has(w.toLowerCase()) || /^(?:the|this|a)$/i.test(w))) {
    const intervention = sentence.treatment ?? study.interventions[0];
    return intervention ? { intervention, written: null } : null;
  }
  const hit = scanLexicon(agent, ['Intervention'])[0];
  if (hit) {
    const leftover = (agent.slice(0, hit.start) + ' ' + agent.slice(hit.end)).split(/\s+/).filter(Boolean);
    if (leftover.every((w) => heads.has(w.toLowerCase()) || AGENT_FILLER.test(w)))
      return { intervention: hit.entry, written: null };
    return null;
  }
  // "valganciclovir treatment", "B12 injections": a name before a treatment noun.
  const headed = /^(?:the\s+)?(.+?)\s+(\S+)$/i.exec(agent);
  if (headed && heads.has(headed[2]!.toLowerCase())) return namedTreatment(headed[1]!);
  // "exercise" in a trial of graded exercise therapy: a short form of the study's own treatment.
  const short = agent.replace(/^(?:the|a|an)\s+/i, '');
  const own = study.interventions.find((entry) =>
    [entry.name, ...entry.synonyms].some((name) => new RegExp(`\\b${escapeRegExp(short)}\\b`, 'i').test(name)),
  );
  if (own && short.split(/\s+/).length <= 3 && isNounPhrase(short)) return { intervention: own, written: short };
  return null;
}

function namedTreatment(raw: string): Agent | null {
  const name = tidy(raw.replace(/^(?:the|a|an)\s+/i, ''));
  const hit = scanLexicon(name, ['Intervention'])[0];
  if (hit && hit.text.length >= name.length - 2) return { intervention: hit.entry, written: null };
  if (!name || name.split(/\s+/).length > 4 || findGroupPhrases(name).length || !isNounPhrase(name)) return null;
  return { intervention: { name, synonyms: [] }, written: null };
}

/** Drops what follows the outcomes but is not one: a trailing time or setting ("at 12 weeks", "in the trial"). */
function trimOutcome(text: string): string {
  return tidy(
    text
      .replace(/[.;]\s*$/, '')
      .replace(
        /\s+(?:at|after|by|over|within|during)\s+(?:the\s+)?(?:\d+|one|two|three|four|six|eight|twelve)[- ](?:days?|weeks?|months?|years?)\b.*$/i,
        '',
      )
      .replace(/\s+(?:in|during|throughout)\s+(?:the\s+)?(?:trial|study|treatment period|follow-up)\b.*$/i, ''),
  );
}

/** What an effect does to one outcome: "improved" lowers a symptom and raises a function. */
function relationFor(effect: TreatmentEffect, outcome: EntityMention): Relation | null {
  switch (effect) {
    case 'none':
      return 'NOT_DIFFERENT_IN';
    case 'reduce':
      return 'REDUCED_IN';
    case 'raise':
      return 'ELEVATED_IN';
    case 'improve':
    case 'worsen': {
      const lowerIsBetter = polarity(outcome);
      if (lowerIsBetter === null) return null;
      return lowerIsBetter === (effect === 'improve') ? 'REDUCED_IN' : 'ELEVATED_IN';
    }
  }
}

/** True when less of the outcome is better, false when more is, null when the words do not say. */
function polarity(outcome: EntityMention): boolean | null {
  const t = cues().treatmentEffects;
  const name = outcome.entity.name;
  const lower = t.lowerIsBetter.all(name).pop();
  const higher = t.higherIsBetter.all(name).pop();
  // The word nearer the head decides ("fatigue impact" lower, "quality of sleep" higher).
  if (lower && higher) return lower.end > higher.end;
  if (lower) return true;
  if (higher) return false;
  return outcome.entity.type === 'Symptom' ? true : null;
}
