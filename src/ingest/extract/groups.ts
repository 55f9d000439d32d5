// Patient groups named in a clause ("ME/CFS patients", "healthy controls", "fibromyalgia patients with comorbid
// insomnia", "the treatment group", "ME serum") and the Condition entities they stand for. A subgroup keeps the
// condition it belongs to and its distinguishing feature in subgroupOf/subgroupFeature, never in synonyms, so that
// "fibromyalgia with comorbid CFS" cannot merge with ME/CFS in the graph.

import type { EntityRef } from '../record.ts';
import { cues } from './cues.ts';
import { entityFromEntry, scanLexicon, type LexiconEntry, type LexiconHit } from './lexicon.ts';
import { escapeRegExp, maskParentheses, splitList, tidy } from './text.ts';
import { predicateVerbSpans } from './pos.ts';
import { controlArmIn } from './trial-arms.ts';

export type GroupKind = 'control' | 'condition' | 'subgroup' | 'treatment' | 'population';

export interface StudyContext {
  /** The study's own population (from title/summary; ME/CFS by default). */
  condition: EntityRef;
  /** Interventions the title or summary names, most specific first. */
  interventions: LexiconEntry[];
  /** The group the previous finding sentence was about, for sentences that only say "patients" or name none. */
  lastGroup: EntityRef | null;
  /** The study's reference group as its summary names it ("sedentary controls"), for "in either group". */
  controlGroup: EntityRef | null;
  /** The patient groups its title or summary names when it names several ("ME/CFS and fibromyalgia"). */
  patientGroups: EntityRef[];
  /** A trial's placebo, sham or usual-care arm, for "in both arms". */
  controlArm?: EntityRef | null;
  /**
   * The patient group an earlier clause of the current sentence named, when the study has several ("raised in
   * fibromyalgia (p = 0.02), whereas β-endorphin was lower": the second clause is about fibromyalgia too).
   */
  sentenceGroup?: EntityRef | null;
  /** The one sex the study's title or summary enrols ("… in women with long COVID"), in whom a sex names no subgroup. */
  sex?: 'female' | 'male' | null;
}

/** What an experiment puts cells into: "cultured in", "exposed to", "incubated with", "and those in". */
const EXPOSED_TO =
  /\b(?:cultured|grown|incubated|exposed|treated|stimulated|supplemented|conditioned|bathed)\s+(?:(?:in|with|to)\s+)?(?:(?:the|pooled|\d+%)\s+)?$|\b(?:cells|myoblasts|myotubes|neurons|cultures)\s+in\s+$|\b(?:from|than|with)\s+(?:those\s+(?:in|exposed\s+to)\s+)$/i;

export interface GroupPhrase {
  text: string;
  start: number;
  end: number;
  kind: GroupKind;
}

// "onset after infection" keeps its "after"; "but not", "and those who …" open the next group.
// (A figure after "and" opens the next group's figure: "6% of patients with CFS and 4% of controls".)
const FEATURE_BOUNDARY =
  /\s(?:was|were|is|are|had|has|have|showed|show|exhibited|demonstrated|displayed|reported|did|compared|than(?=\s+(?:in|among|those|that|for)\b)|(?<!\b(?:less|more|greater|fewer|longer|shorter|older|younger)\s)than|versus|vs\.?|relative|against|whereas|while|significantly|in|at|during|(?<!\bonset\s)after|but|(?:and|or)\s+(?=\d)|(?:and|or)\s+(?:an?|the)\s+(?:group|cohort|sample|panel)\s+of\b|(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:those|patients|participants|controls|subjects|volunteers|veterans|adults|women|men|children|adolescents|individuals|people|peers|donors|twins|siblings))\b|[.;:,]|\s\s/i;

const COMPARISON_AFTER_VERB =
  /^\s+(?:(?:significantly|slightly|markedly|substantially|consistently)\s+)?(?:worse|better|lower|higher|more|less|fewer|greater|poorer|no|not|similarly|comparably)\b/i;

function previousWord(text: string, before: number): { word: string; start: number } | null {
  const match = /(\S+)\s+$/.exec(text.slice(0, before));
  return match ? { word: match[1]!, start: match.index } : null;
}

const ONSET_QUALIFIER =
  /(?:^|\s)(post[-‐]?(?:COVID(?:-19)?|infectious|infective|viral|sepsis|Lyme|EBV)|(?:infection|virus|COVID)[-‐](?:onset|triggered|associated)|(?:sudden|gradual|acute|insidious|infectious|early|late)[-‐]onset)\s*$/i;

/** A severity written before a condition ("severe ME/CFS", "mild-to-moderate long COVID"). */
const SEVERITY_QUALIFIER =
  /(?:^|\s)((?:very\s+)?severe|mild|moderate|mild[- ]to[- ]moderate|moderate[- ]to[- ]severe)\s*$/i;

function isLeftModifier(word: string): boolean {
  const bare = word.toLowerCase().replace(/[,]$/, '');
  if (cues().groupModifiers.has(bare)) return true;
  if (/^\d+(?:\.\d+)?%$/.test(bare)) return true;
  // "non-fatigued controls", "never-infected controls", "age-matched controls", "fatigue-only control group"
  if (/^(?:non-?\p{L}+|never-\p{L}+|\p{L}+-(?:matched|only|free|naive|naïve))$/u.test(bare)) return true;
  // "premenopausal patients", "postmenopausal women", "paediatric patients": a life stage says which patients.
  if (/^(?:pre|post|peri)-?menopausal$|^(?:paediatric|pediatric|adolescent|elderly|older|younger)$/.test(bare))
    return true;
  // "post-COVID ME/CFS", "infection-triggered CFS": what set the illness off says which patients.
  if (ONSET_QUALIFIER.test(bare)) return true;
  // "severe ME/CFS", "mild patients": how ill says which patients.
  if (SEVERITY_QUALIFIER.test(bare)) return true;
  // "sudden-onset patients", "short-duration patients": how or how long ago the illness began says which patients.
  if (/^\p{L}+-(?:onset|duration)$/u.test(bare)) return true;
  return false;
}

/** Extends a phrase start to the left over modifiers ("healthy", "the", "24.1% of", "9 of 10"). */
function extendLeft(masked: string, start: number): number {
  let current = start;
  for (;;) {
    const prev = previousWord(masked, current);
    if (!prev) return current;
    // ("At week 16 the alert arm": a number before an article counts nothing in the phrase.)
    if (isLeftModifier(prev.word) || (/^\d+$/.test(prev.word) && !/^(?:the|a|an)\s/i.test(masked.slice(current)))) {
      current = prev.start;
      continue;
    }
    if (prev.word.toLowerCase() === 'of') {
      const before = previousWord(masked, prev.start);
      if (before && /^\d+(?:\.\d+)?%?$/.test(before.word)) {
        current = before.start;
        continue;
      }
    }
    return current;
  }
}

/** Consumes a subgroup feature after "with"/"without"/"reporting" ("with comorbid insomnia, CFS, and PDD"). */
function extendFeature(masked: string, end: number, introductory = false): number {
  let rest = masked.slice(end);
  // "Among patients with orthostatic intolerance, X and Y were lower": the comma closes an introductory phrase.
  if (introductory && rest.includes(',')) rest = rest.slice(0, rest.indexOf(','));
  const intro =
    /^\s+(with comorbid|with|without|lacking|free of|reporting|who reported|who had been|who had|who (?:also\s+)?met|meeting|fulfilling|who fulfilled|who did not (?:meet|fulfil|fulfill|have|report)|not (?:meeting|fulfilling)|taking|receiving|using|treated with|who (?:took|received|used|were)|managed|aged|ill for|hospitali[sz]ed|who (?:showed|developed|later developed|recovered)|whose)\s+/iu.exec(
      rest,
    );
  if (!intro) return end;
  const after = rest.slice(intro[0].length);
  // "without reaching significance" qualifies the claim, not the group.
  if (/^(?:reaching|attaining|achieving)\b/i.test(after)) return end;
  const isList = intro[1]!.toLowerCase() === 'with comorbid';
  const boundary = isList
    ? /\s(?:compared|than|versus|vs\.?|relative|was|were|is|are|had|has|have|showed|exhibited|displayed|reported|did)\b|[.;:]|\s\s/i
    : FEATURE_BOUNDARY;
  // "hospitalised during the acute phase", "managed at home": the participle's own adjunct opens the feature.
  const ownAdjunct = /^(?:hospitali[sz]ed|managed)$/i.test(intro[1]!) ? /^\S+\s*/.exec(after)![0].length : 0;
  const stop = boundary.exec(' ' + after.slice(ownAdjunct));
  const length = stop ? ownAdjunct + Math.max(0, stop.index - 1) : after.length;
  let feature = after.slice(0, length).replace(/[\s,]+$/, '');
  // "those fulfilling the criteria described more pain": the clause's verb ends the feature.
  const verb = isList ? null : cues().verbs.first(feature);
  if (verb && verb.start > 0) feature = feature.slice(0, verb.start).replace(/[\s,]+$/, '');
  // "patients with long COVID who had been hospitalised": a relative clause the verb cut into is a feature of its own.
  const relative = isList ? null : /\s+(?:who|whose)$/i.exec(feature);
  if (relative) feature = feature.slice(0, relative.index);
  // "people with migraine also had …": an adverb of the clause is not the group's.
  feature = feature.replace(/\s+(?:also|too|likewise|similarly|again|still|alone)$/i, '');
  // "patients with Gulf War illness performed worse": a verb the list lacks, found by the tagger, ends it too when a
  // comparison follows it ("onset triggered by infection" is a participle inside the feature).
  const tagged = isList || !/\s/.test(feature) ? null : predicateVerbSpans(feature).find((span) => span.start > 0);
  if (tagged && COMPARISON_AFTER_VERB.test(feature.slice(tagged.end)))
    feature = feature.slice(0, tagged.start).replace(/[\s,]+$/, '');
  // ("those who recovered": a relative clause may be the whole feature.)
  if (!feature) return /^who\s/i.test(intro[1]!) ? end + intro[0].trimEnd().length : end;
  // "controls with an AUC of 0.9", "with 93% accuracy": a statistic is not what sets a group apart.
  if (
    /^(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:AUC|ROC|accuracy|sensitivity|specificity|[\d.]+\s*%?\s*(?:accuracy|sensitivity|specificity))\b/iu.test(
      feature,
    )
  )
    return end;
  // A feature that runs into a verb or relation cue is not a feature.
  if (cues().verbs.test(feature) && !isList) return end;
  // "… and controls with no significant difference": a null-comparison adjunct, not a subgroup feature.
  if (cues().noDifference.test(feature) || cues().noCorrelation.test(feature)) return end;
  const own = end + intro[0].length + feature.length;
  return relative ? extendFeature(masked, own, introductory) : own;
}

const DEFINING_CLAUSE =
  /\b(aged|ill for|hospitali[sz]ed|managed|taking|receiving|using|who showed|who developed|who later developed|who recovered)\s+(\S.*)$/i;

const INSTRUMENT_AFTER =
  /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Questionnaire|Scale|Index|Inventory|Score|Checklist|Assessment|Survey)\b/u;

const RATED_AFTER = /^\s+(?:scores?|subscales?|severity|ratings?|items?|domains?|symptom\s+scores?)\b/i;

const GROUP_PRONOUN =
  /\b(those)(?=\s+(?:with|without|lacking|free of|reporting|ill for|aged|whose|who (?!(?:was|were|is|are|did|do|does)\b)\p{L}+|who (?:reported|had|met|fulfilled|took|received|used|were|did not (?:meet|fulfil|fulfill|have|report))|meeting|fulfilling|not (?:meeting|fulfilling)|taking|receiving|using|treated with|managed)\s)/giu;

/** A word that cannot be part of a group's name: function words, verbs, direction cues, control words. */
function isNameBoundary(word: string): boolean {
  const c = cues();
  if (
    /^(?:the|a|an|every|each|all|both|either|than|in|of|on|from|with|at|to|for|and|or|between|versus|vs|among|within|across|by|as|two|three|four|five|several|these|those|other|\d+)$/i.test(
      word,
    )
  )
    return true;
  return (
    c.verbs.test(word) ||
    c.increase.test(word) ||
    c.decrease.test(word) ||
    c.noDifference.test(word) ||
    c.undirectedDifference.test(word) ||
    c.adverbs.test(word) ||
    c.controlWords.test(word)
  );
}

/** Group phrases of a clause, found on its parenthesis-masked text so that offsets match the original. */
export function findGroupPhrases(masked: string): GroupPhrase[] {
  const c = cues();
  const anchors: { start: number; end: number }[] = [];
  for (const hit of scanLexicon(masked, ['Condition'])) {
    // "Fibromyalgia Impact Questionnaire", "Gulf War Illness Symptom Scale": a condition opening an instrument's name.
    if (INSTRUMENT_AFTER.test(masked.slice(hit.end))) continue;
    // "HADS depression scores", "anxiety severity": a lower-case condition before what is rated of it is a measure.
    if (!/\p{Lu}/u.test(hit.text) && RATED_AFTER.test(masked.slice(hit.end))) continue;
    // "cells cultured in ME serum", "exposed to CFS plasma": a sample from the group is the group an experiment
    // compares. A sample that holds what was measured ("ME/CFS plasma contained less citrate") is the patients'.
    const exposed = EXPOSED_TO.test(masked.slice(Math.max(0, hit.start - 40), hit.start));
    const sample = exposed ? /^\s+(serum|sera|plasma)\b/i.exec(masked.slice(hit.end)) : null;
    anchors.push({ start: hit.start, end: hit.end + (sample ? sample[0].length : 0) });
  }
  for (const head of c.groupHeads.all(masked)) anchors.push({ start: head.start, end: head.end });
  // "those fulfilling the X definition", "those who did not meet the criteria": a group named by its feature alone.
  for (const m of masked.matchAll(GROUP_PRONOUN)) anchors.push({ start: m.index, end: m.index + m[1]!.length });
  for (const arm of c.treatmentGroupWords.all(masked)) anchors.push({ start: arm.start, end: arm.end });
  // People named by sex or age are a group when a control word or a condition says which ("healthy adolescents",
  // "women with ME/CFS"); alone ("in women") they may be anyone, and are left as before.
  for (const who of c.demographicGroups.all(masked)) {
    const before = previousWord(masked, who.start)?.word ?? '';
    const after = masked.slice(who.end);
    const withWords = /^\s+with\s+(?:\S+\s+){0,2}/i.exec(after)?.[0].length ?? -1;
    const named =
      c.controlWords.is(before.replace(/,$/, '')) ||
      // "affected adolescents", "ill adults": people named by their illness are the study's patients.
      /^(?:affected|ill|sick)$/i.test(before) ||
      // "women with ME/CFS had lower peak VO₂ than men": people right after "than" are the comparison's other group.
      // ("lower in women than in men" names no group by sex alone yet.)
      /\b(?:than|versus|vs\.?)\s+(?:the\s+)?$/i.test(masked.slice(0, who.start)) ||
      scanLexicon(after, ['Condition']).some((h) => h.start <= withWords) ||
      // "In men, …": a leading adjunct naming people by sex or age alone scopes the sentence to the study's.
      (/^\s*(?:in|among|for)\s+(?:the\s+)?$/i.test(masked.slice(0, who.start)) && /^\s*,/.test(after)) ||
      // "Among patients, women had a longer recovery time than men": one sex set against the other, within patients
      // the sentence opens by naming, is the study's patients of that sex.
      // ("Girls reported lower physical functioning than boys with ME/CFS": so does the other sex's condition.)
      // ("Women reported more symptoms than men": with no other group in the sentence, the study's patients are meant.)
      (contrastsSexes(who.text, after) &&
        (amongPatients(masked.slice(0, who.start)) ||
          otherSexHasCondition(after, 'than') ||
          (!scanLexicon(masked, ['Condition']).length &&
            !c.controlWords.test(masked) &&
            !BY_SEX_IN_POPULATION.test(masked)))) ||
      // "48% of women and 27% of men with ME": the condition named with the second sex is the first one's too.
      (SEX_WORD.test(who.text) && otherSexHasCondition(after, 'and'));
    // "adults never infected": a postposed negated participle says which adults, as "never-infected adults" does.
    const never = /^\s+never\s+(?:been\s+)?(?:infected|hospitali[sz]ed|exposed|deployed|ill)\b/i.exec(after);
    // "adolescents ill for more than two years", "women who breastfed for longer": people a defining phrase picks out.
    const defined =
      /^\s+(?:ill\s+for|aged|who\s+(?!(?:was|were|is|are|had|has|have|recovered)\b)\p{L}+|whose)\s/iu.test(after);
    if (never) anchors.push({ start: who.start, end: who.end + never[0].length });
    else if (named || defined) anchors.push({ start: who.start, end: who.end });
  }
  for (const hit of scanLexicon(masked, ['Intervention'])) {
    const after = masked.slice(hit.end);
    // A synonym that already names the regimen ("rituximab treatment", "IA therapy") is the arm itself.
    if (/\s(?:treatment|therapy)$/i.test(hit.text) && !/^(?:-treated|\s+(?:group|arm)\b)/i.test(after)) {
      anchors.push({ start: hit.start, end: hit.end });
      continue;
    }
    // "improved more with naltrexone than with placebo", "between naltrexone and placebo", "fell by 1.4 points with
    // naltrexone and 0.6 points with placebo": a treatment set against placebo or sham is its arm.
    const before = masked.slice(Math.max(0, hit.start - 16), hit.start);
    // ("rose with somatropin (p < 0.001) and did not change with placebo": so is one the control arm parallels later.)
    if (
      /\b(?:with|between|on|receiving|taking)\s+(?:the\s+)?$/i.test(before) &&
      (AGAINST_CONTROL.test(after) || PARALLEL_CONTROL.test(after))
    ) {
      anchors.push({ start: hit.start, end: hit.end });
      continue;
    }
    // "declined after IVIG but not after albumin": a treatment the change is denied after is an arm.
    if (/\bbut\s+not\s+(?:after|on|with)\s+(?:the\s+)?$/i.test(before)) {
      anchors.push({ start: hit.start, end: hit.end });
      continue;
    }
    // "improved more with IVIG": a comparative's treatment, with no other arm named, is its arm.
    if (/\b(?:more|less|further|better|worse|greater|larger|faster)\s+(?:with|on)\s+(?:the\s+)?$/i.test(before)) {
      anchors.push({ start: hit.start, end: hit.end });
      continue;
    }
    // "those on nattokinase", "participants receiving 20 mg", "more common on 20 mg than on 10 mg": people on a
    // treatment, or a bare "on" it, are its arm.
    if (ON_TREATMENT.test(masked.slice(Math.max(0, hit.start - 40), hit.start))) {
      anchors.push({ start: hit.start, end: hit.end });
      continue;
    }
    // ("the 50 mg dose": in a trial of doses, a dose is its arm.)
    if (/^(?:-treated|\s+(?:treatment|group|arm|therapy|dose|regimen)\b)/i.test(after)) {
      const tail =
        /^(?:-treated(?:\s+\S*\s*patients)?|\s+(?:treatment|group|arm|therapy|dose|regimen)(?:\s+(?:group|arm))?)/i.exec(
          after,
        )!;
      anchors.push({ start: hit.start, end: hit.end + tail[0].length });
    }
  }
  anchors.sort((a, b) => a.start - b.start || b.end - a.end);

  // Merge anchors that touch ("ME/CFS" + "patients"), then grow each phrase.
  const merged: { start: number; end: number }[] = [];
  for (const anchor of anchors) {
    const last = merged[merged.length - 1];
    // ("participants on 20 mg": people and the treatment they are on are one group.)
    const between = masked.slice(last?.end ?? 0, anchor.start);
    if (
      last &&
      ((/^(?:[\s-]*|\s+of\s+)$/.test(between) && anchor.start <= last.end + 4) ||
        /^\s+(?:on|receiving|taking|given)\s+(?:the\s+)?$/i.test(between))
    ) {
      last.end = Math.max(last.end, anchor.end);
    } else if (!last || anchor.start >= last.end) {
      merged.push({ ...anchor });
    }
  }

  const phrases: GroupPhrase[] = [];
  for (const span of merged) {
    // Anchors inside an earlier phrase's feature ("…with comorbid insomnia, CFS") belong to that phrase.
    if (phrases.length && span.start < phrases[phrases.length - 1]!.end) continue;
    let start = extendLeft(masked, span.start);
    const end = extendFeature(
      masked,
      span.end,
      // Inside a leading adjunct ("Relative to controls and patients free of X, …"): its comma closes the phrase.
      /^\s*(?:among|in|within|for|compared (?:with|to)|relative to|versus|in comparison (?:with|to))\s+[^,;]*$/i.test(
        masked.slice(0, start),
      ),
    );
    const text = masked.slice(start, end);
    // "Abnormal lactate response patients showed…": a clause-initial modifier of "patients" names a subgroup.
    const leadStart = masked.lastIndexOf(',', start) + 1;
    const lead = masked.slice(leadStart, start);
    if (
      /\b(?:patients|group)$/i.test(text.trim()) &&
      !c.controlWords.test(text) &&
      !c.controlWords.test(lead) &&
      lead.trim() &&
      lead.trim().split(/\s+/).length <= 5 &&
      !c.verbs.test(lead) &&
      !c.increase.test(lead) &&
      !c.decrease.test(lead) &&
      !c.noDifference.test(lead) &&
      !c.undirectedDifference.test(lead) &&
      !c.negations.test(lead) &&
      !/[,;]/.test(lead) &&
      !/\b(?:in|of|on|from|with|at|to|for|between|than)\b/i.test(lead) &&
      !scanLexicon(text, ['Condition']).length &&
      !/^\s*(?:in|among|for|from|of|between|within)\b/i.test(lead)
    ) {
      start = leadStart + lead.search(/\S/);
    }
    // "than the ambulatory group", "blood donors", "the biofeedback arm": the content words right before the head
    // name it.
    if (
      start === span.start &&
      /^(?:group|groups|populations|donors|arm|arms)$/i.test(masked.slice(span.start, span.end))
    ) {
      const tail = /((?:[\p{L}\d][\p{L}\d+/-]*\s+){1,4})$/u.exec(masked.slice(0, start));
      if (tail) {
        const words = tail[1]!.trim().split(/\s+/);
        const taken: string[] = [];
        for (let i = words.length - 1; i >= 0 && !isNameBoundary(words[i]!); i--) taken.unshift(words[i]!);
        if (taken.length) {
          start -= masked.slice(0, start).length - masked.slice(0, start).lastIndexOf(taken.join(' '));
          start = extendLeft(masked, start);
        }
      }
    }
    // A bare "control"/"group" word that is part of a measure ("control levels") is still a group mention.
    const phraseText = masked.slice(start, end);
    phrases.push({ text: phraseText, start, end, kind: classify(phraseText) });
  }
  return phrases.filter((p) => {
    if (/^(?:group|groups|people|individuals|population|populations|arm)$/i.test(p.text.trim())) return false;
    // "subset"/"subgroup" names patients only with a condition ("ME/CFS subgroup", "a subset of ME/CFS
    // patients"); "IgD+ subsets" or "B cell subset percentages" are cell subsets.
    if (
      /\b(?:subsets?|subgroups?)\b/i.test(p.text) &&
      !scanLexicon(p.text, ['Condition']).length &&
      !/\bpatients\b/i.test(p.text) &&
      !qualifiedSubgroup(p.text)
    ) {
      return false;
    }
    return true;
  });
}

/** "the mild subgroup", "the sudden-onset subset": how ill, or how the illness began, says they are patients. */
function qualifiedSubgroup(text: string): boolean {
  const m = /^(?:the\s+)?(\S+)\s+(?:subsets?|subgroups?)$/i.exec(text.trim());
  return !!m && (SEVERITY_QUALIFIER.test(m[1]!) || ONSET_QUALIFIER.test(m[1]!));
}

function classify(text: string): GroupKind {
  const c = cues();
  if (c.treatmentGroupWords.test(text) || /-treated\b/i.test(text) || scanLexicon(text, ['Intervention']).length) {
    return 'treatment';
  }
  // "the biofeedback arm", "the alert arm": a trial's arm named by what it received (not a body part's arm).
  if (
    /\S\s+arms?$/i.test(text) &&
    !/\b(?:left|right|upper|lower|dominant|non-dominant|both|either|each|every|any|neither|two|three|four|all)\s+(?:active\s+)?arms?$/i.test(
      text,
    )
  )
    return 'treatment';
  const conditions = scanLexicon(text, ['Condition']);
  const feature =
    /\b(?:with|without|lacking|free of|reporting|who|meeting|fulfilling|aged|ill for|hospitali[sz]ed|managed|taking|receiving|using)\b/i.test(
      text,
    );
  if (!conditions.length && (c.controlWords.test(text) || /\bnever\s+(?:been\s+)?infected\b/i.test(text)))
    return 'control';
  if (feature || /\b(?:subgroups?|subsets?)\b/i.test(text) || c.sampleWords.test(text)) return 'subgroup';
  // "men", "women" named alone (a leading "In men, …", "48% of women"): the study's patients of that sex.
  if (c.demographicGroups.is(text.trim().replace(/^\d[\d.,]*\s*%\s+of\s+(?:the\s+)?/i, ''))) return 'subgroup';
  if (conditions.length) return 'condition';
  if (
    /^[\s\w%.-]*?\b\w+\s+(?:patients|group|groups|populations)\s*$/i.test(text) &&
    !/^(?:\s*(?:the|all|both|either|each|every|most|affected|patient|two|three|four|these|those|other|\d[\d.%]*|of)\s+)*(?:patients|group|groups|populations)\s*$/i.test(
      text,
    )
  ) {
    return 'subgroup';
  }
  return 'population';
}

/** "healthy control groups" → "healthy controls", "the CFS group" → "CFS"; drops leading determiners. */
export function comparatorText(text: string): string {
  // "sham (p = 0.02)": what the sentence prints after the group is not part of its name.
  const out = groupText(text.replace(/\s*\([^()]*\)\s*$/, ''));
  // A group named by its condition alone is the condition, in the sentence's words (the shortest natural form).
  const conditionGroup = /^(.+?)\s+groups?$/i.exec(out);
  const hit = conditionGroup && scanLexicon(conditionGroup[1]!, ['Condition'])[0];
  if (hit && hit.start === 0 && hit.end === conditionGroup[1]!.length) return conditionGroup[1]!;
  // "differed from control values": "control" before what was measured of them names the controls.
  if (/(?:^|\s)control$/i.test(out)) return `${out}s`;
  return out;
}

/** Control wording that names no one reference group: "controls", "the control group", "control participants". */
const BARE_CONTROLS = /^(?:controls?|control (?:groups?|participants|subjects|individuals))$/i;

/**
 * A control group as the object of its own finding ("rose by 9% in controls (p = 0.22)"): the study's reference group
 * as its title or summary names it ("sedentary controls") when the sentence just says "controls", else as written.
 */
export function controlGroupEntity(written: string, ctx: StudyContext): EntityRef {
  const name = comparatorText(written);
  // "did not change on placebo": in a trial, placebo, sham or usual care is its control arm.
  const bare = name.replace(/^(?:on|with|in|after|under)\s+/i, '');
  if (ctx.controlArm && controlArmIn(bare) && /^\S+(?:[\s-]\S+)?$/.test(bare))
    return { ...ctx.controlArm, synonyms: [...new Set([...(ctx.controlArm.synonyms ?? []), name])] };
  if (ctx.controlGroup && BARE_CONTROLS.test(name) && ctx.controlGroup.name.toLowerCase() !== name.toLowerCase())
    return { ...ctx.controlGroup, synonyms: [...(ctx.controlGroup.synonyms ?? []), name] };
  return { type: 'Condition', name, kind: 'control group' };
}

/** A group phrase without its determiners, its control wording tidied ("the control groups" → "controls"). */
export function groupText(text: string): string {
  return tidy(
    text
      .replace(/^\s*(?:in|from|to|of|with|than|versus|vs\.?|the|either|both|all)\s+/gi, '')
      .replace(/^\s*(?:the|either|both|all)\s+/i, '')
      .replace(/^\s*\d+(?:\.\d+)?%\s+of\s+/i, '')
      .replace(/\bcontrol groups?\b/i, 'controls')
      .replace(/\bhealthy control\b(?!s)/i, 'healthy controls')
      // "patients free of X", "patients lacking X": one wording for a group without a feature, as subgroups are named.
      .replace(/\b(?:free of|lacking)\s+/gi, 'without '),
  );
}

function conditionHit(text: string): LexiconHit | undefined {
  return scanLexicon(text, ['Condition'])[0];
}

// What sets a treatment against the control arm: "than with placebo", "and placebo", ", against 0.3% with sham";
// a time may come first ("with BC007 at week 12 against 0.3% with placebo").
const AGAINST_CONTROL =
  /^\s+(?:(?:at|by)\s+(?:week|month|day)\s+\d+\s+)?(?:than\s+(?:with|on)\s+|(?:,\s*)?(?:and|against|versus|vs\.?|compared\s+(?:with|to))\s+(?:by\s+)?(?:(?:only\s+)?[−-]?\d[\d.,]*\s*(?:%|[\p{L}µ/]+)?\s+)?(?:(?:with|on)\s+)?)(?:the\s+)?(?:placebo|sham|usual care)\b/iu;

// "the prevalence was higher in women than in men", "rates of X by sex": a population's figure by sex, not a subgroup's.
const BY_SEX_IN_POPULATION = /\b(?:prevalen\w*|inciden\w*|risks?|odds|rates?\s+of)\b/i;

const PARALLEL_CONTROL = /^[^;]*?\b(?:with|on)\s+(?:the\s+)?(?:placebo|sham)\b/i;

const ON_TREATMENT =
  /(?:\b(?:those|participants|patients|people|women|men|adults|children|veterans|subjects|individuals)\s+(?:on|receiving|taking|given|with)|(?:^|[^\p{L}])(?:on|receiving|taking))\s+(?:the\s+)?$/iu;

export function treatmentEntity(intervention: LexiconEntry | undefined, written: string | null): EntityRef {
  if (!intervention) {
    return { type: 'Condition', name: tidy(written ?? 'treatment group'), kind: 'treatment group' };
  }
  // The arm under each of the treatment's names, the sentence's own first ("exercise" → "exercise-treated group").
  const names = [...new Set([...(written ? [tidy(written)] : []), intervention.name, ...intervention.synonyms])];
  // The treatment's own name stands for its arm too (rule 9: "rituximab treatment", "after immunoadsorption").
  const armNames = names.flatMap((n) => [
    `${n}-treated patients`,
    `${n}-treated group`,
    `${n} group`,
    `${n} arm`,
    `${n} treatment`,
    n,
  ]);
  const name = `${intervention.name} treatment group`;
  return {
    type: 'Condition',
    name,
    synonyms: [...new Set(armNames)].filter((n) => n.toLowerCase() !== name.toLowerCase()),
    kind: 'treatment group',
    subgroupFeature: intervention.name,
  };
}

export interface ResolveOptions {
  /** The sentence speaks of a treatment's before/after: plain "patients" then means the treated arm. */
  treatmentContext: LexiconEntry | undefined | null;
}

/**
 * The one group phrase a text is, apart from an article, "both", "all" or a preposition ("the arthritis group", "in
 * both cohorts"); null otherwise.
 */
export function wholeGroupPhrase(text: string): GroupPhrase | null {
  const phrases = findGroupPhrases(text);
  if (phrases.length !== 1) return null;
  const [phrase] = phrases as [GroupPhrase];
  const outside = text.slice(0, phrase.start) + text.slice(phrase.end);
  return /^(?:\s|\bthe\b|\bboth\b|\ball\b|\bin\b|\bamong\b)*$/i.test(outside) ? phrase : null;
}

// "either active arm", "both doses", "any regimen": in a trial of several active arms, each of them.
const EVERY_ACTIVE_ARM =
  /^(?:(?:in|with|on|by|between)\s+)?(?:both|either|each|every|any|all)\s+(?:(?:two|three)\s+)?(?:active\s+)?(?:arms?|doses?|regimens?|treatments?)$/i;

/** The Condition entities a group phrase stands for (several for "patients with comorbid A, B, and C"). */
export function resolveGroup(phrase: GroupPhrase, ctx: StudyContext, options: ResolveOptions): EntityRef[] {
  const text = tidy(phrase.text.replace(/^\s*(?:in|from|of|among|within|between)\s+/i, ''));
  const bare = text.replace(
    /^(?:(?:the|a|an|both|either|all|most|affected|\d+(?:\.\d+)?%\s+of|\d+\s+of\s+\d+)\s+)+/i,
    '',
  );
  switch (phrase.kind) {
    case 'control':
      return [];
    case 'treatment': {
      // "in usual care", "the placebo arm": a trial's control arm, not its treatment.
      const control = controlArmIn(text);
      if (control && !scanLexicon(text, ['Intervention']).length) return [ctx.controlArm ?? control];
      if (EVERY_ACTIVE_ARM.test(text) && ctx.interventions.length > 1)
        return ctx.interventions.map((entry) => treatmentEntity(entry, null));
      const named = scanLexicon(text, ['Intervention'])[0]?.entry ?? options.treatmentContext ?? ctx.interventions[0];
      return [treatmentEntity(named, bare)];
    }
    case 'condition': {
      const hit = conditionHit(text)!;
      const base = entityFromEntry('Condition', hit.entry);
      // "post-COVID ME/CFS", "post-infectious ME/CFS": the condition by what set it off, a subgroup of it.
      // ("severe ME/CFS", "mild ME/CFS": the patients of that severity, a subgroup too.)
      const trigger =
        ONSET_QUALIFIER.exec(text.slice(0, hit.start)) ?? SEVERITY_QUALIFIER.exec(text.slice(0, hit.start));
      if (!trigger) return [base];
      return [qualifiedCondition(base, trigger[1]!, `${trigger[1]} ${hit.text}`)];
    }
    case 'subgroup':
      // ("participants receiving NMN" in a trial: its arm, which the population reading finds.)
      if (ctx.interventions.length && /\b(?:taking|receiving|using)\b/i.test(bare))
        return resolveGroup({ ...phrase, kind: 'population' }, ctx, options);
      return resolveSubgroup(bare, ctx);
    case 'population':
      if (options.treatmentContext !== null && options.treatmentContext !== undefined) {
        return [treatmentEntity(options.treatmentContext, null)];
      }
      // A group left unsaid in a trial is the arm last named (its arms stay the subject from sentence to sentence);
      // plain "patients" are the study's, however many subgroups an earlier sentence set apart.
      if (!text && ctx.lastGroup?.kind === 'treatment group') return [ctx.lastGroup];
      return [(!text ? ctx.sentenceGroup : null) ?? ctx.condition];
  }
}

/** A condition narrowed by a qualifier written before it ("post-COVID ME/CFS"): a subgroup of the condition. */
function qualifiedCondition(base: EntityRef, qualifier: string, written: string): EntityRef {
  return {
    type: 'Condition',
    name: `${qualifier} ${base.name}`,
    synonyms: [written],
    subgroupOf: base.name,
    subgroupFeature: qualifier,
  };
}

/** A word naming people by sex: group 1 when female, group 2 when male. */
export const SEX_WORD = /^(?:(women|woman|females?|girls?)|(men|man|males?|boys?))$/i;

/** Whether `word` names one sex and the text after it sets it against the other ("… than men", "… than in boys"). */
function contrastsSexes(word: string, after: string): boolean {
  const sex = SEX_WORD.exec(word.trim());
  if (!sex) return false;
  // Within its own clause: "women shed more hairs than men" (not "…, whereas recovered women … than …").
  // ("skin and mood symptoms than men": an "and" may join what is compared, so it ends no clause here.)
  const clause = after.split(/[;,]|\b(?:whereas|while|but)\b/i)[0]!;
  const other = /\bthan\s+(?:in\s+|among\s+|by\s+|for\s+)?(?:the\s+)?(\S+)/i.exec(clause)?.[1] ?? '';
  const otherSex = SEX_WORD.exec(other.replace(/[,.;:]$/, ''));
  return !!otherSex && !!sex[1] !== !!otherSex[1];
}

const OTHER_SEX_AFTER_THAN = /\bthan\s+(?:in\s+|among\s+)?(?:the\s+)?(?:women|men|girls|boys|females|males)\s+with\s+/i;
const OTHER_SEX_AFTER_AND =
  /^\s+and\s+(?:(?:in|among)\s+)?(?:[\d.]+\s*%\s+of\s+)?(?:the\s+)?(?:women|men|girls|boys|females|males)\s+with\s+/i;

/**
 * Whether the other sex, right after "than" ("… than boys with ME/CFS") or "and" ("… and 27% of men with ME"), is named
 * with a condition.
 */
function otherSexHasCondition(after: string, joiner: 'than' | 'and'): boolean {
  const other = (joiner === 'than' ? OTHER_SEX_AFTER_THAN : OTHER_SEX_AFTER_AND).exec(after);
  return !!other && scanLexicon(after.slice(other.index + other[0].length), ['Condition'])[0]?.start === 0;
}

/** Whether the text opens by scoping to patients: "Among patients, ", "Within ME/CFS, ", "In ill veterans, ". */
function amongPatients(before: string): boolean {
  const scope = /^\s*(?:among|within|in)\s+(?:the\s+)?([^,]+),\s*$/i.exec(before);
  return !!scope && !cues().controlWords.test(scope[1]!);
}

/** The patients of each sex ("in both sexes"): the female subgroup, then the male. */
export function sexSubgroups(base: EntityRef): EntityRef[] {
  return [sexSubgroup(base, 'female', `women with ${base.name}`), sexSubgroup(base, 'male', `men with ${base.name}`)];
}

/**
 * The patients of one sex ("women with long COVID", "female patients", "in men"), named as people of that sex with
 * the condition ("girls with POTS" where the sentence says girls).
 */
function sexSubgroup(base: EntityRef, which: 'female' | 'male', written: string): EntityRef {
  const people = /^(?:women|men|girls|boys)\s+with\s/i.test(written)
    ? written.replace(/^\p{Lu}/u, (ch) => ch.toLowerCase())
    : `${which === 'female' ? 'women' : 'men'} with ${base.name}`;
  // "girls with POTS" as well as "girls with postural orthostatic tachycardia syndrome": the condition's other names.
  const who = people.split(' ')[0]!;
  return {
    type: 'Condition',
    name: people,
    synonyms: [
      ...new Set([
        written,
        ...(base.synonyms ?? []).map((name) => `${who} with ${name}`),
        `${base.name} with ${which}`,
        `${which} patients`,
        `${which} ${base.name} patients`,
      ]),
    ].filter((n) => n.toLowerCase() !== people.toLowerCase()),
    subgroupOf: base.name,
    subgroupFeature: which,
  };
}

/** In a study of one sex, its patients of that sex are its patients. */
function sexSubgroupIn(ctx: StudyContext, base: EntityRef, which: 'female' | 'male', written: string): EntityRef {
  return ctx.sex === which ? base : sexSubgroup(base, which, written);
}

const FEMALE_WORDS =
  /\b(?:women|woman|females?|girls|mothers|pregnan\w*|menstrua\w*|(?:pre|post|peri)-?menopausal|ovarian)\b/i;
const MALE_WORDS = /\b(?:men|man|males?|boys|fathers)\b/i;

/** The one sex a study's title and summary enrol, or null (both, or neither said). */
export function inferStudySex(text: string): 'female' | 'male' | null {
  const female = FEMALE_WORDS.test(text);
  const male = MALE_WORDS.test(text);
  return female && !male ? 'female' : male && !female ? 'male' : null;
}

const SEX_WORD_IN_TEXT = new RegExp(String.raw`\b${SEX_WORD.source.slice(1, -1)}\b`, 'i');

/** The sex a text names first ("reduced in both men and women …" → male), or null when it names none. */
export function firstSexNamed(text: string): 'female' | 'male' | null {
  const sex = SEX_WORD_IN_TEXT.exec(text);
  return sex ? (sex[1] ? 'female' : 'male') : null;
}

const LEADING_SEX_SCOPE = new RegExp(
  String.raw`^\s*(?:in|among)\s+(?:the\s+)?${SEX_WORD.source.slice(1, -1)}\s*,\s*`,
  'i',
);

/**
 * "In men, " when a sentence opens by scoping its claims to one sex, for the clauses after the first that name no
 * group of their own ("In men, none of the five differed, but CXCL10 was raised"); null otherwise.
 */
export function sexScopeFor(sentence: string, clause: string): string | null {
  const scope = LEADING_SEX_SCOPE.exec(sentence);
  if (!scope || SEX_WORD_IN_TEXT.test(clause) || findGroupPhrases(clause).length) return null;
  return scope[0];
}

/** Whether a text speaks of people of the given sex. */
export function namesSex(text: string, which: 'female' | 'male'): boolean {
  return (which === 'female' ? FEMALE_WORDS : MALE_WORDS).test(text);
}

function resolveSubgroup(phrase: string, ctx: StudyContext): EntityRef[] {
  // A non-restrictive relative clause (", who also reported …") describes the group; it does not define it.
  const text = phrase.replace(/,\s*(?:who|whom|whose|which|where|that)\b.*$/is, '');
  const hit = conditionHit(text);
  const base = hit ? entityFromEntry('Condition', hit.entry) : ctx.condition;
  const written = hit ? hit.text : base.name;

  // "patients aged 30–45", "patients hospitalised during the acute infection", "those who later developed ME/CFS":
  // a group its clause defines, named as written.
  const defined = DEFINING_CLAUSE.exec(text);
  // ("adolescents who later developed ME/CFS": those who came to have the condition are its patients.)
  if (defined && hit && /developed$/i.test(defined[1]!) && tidy(defined[2]!).toLowerCase() === hit.text.toLowerCase())
    return [base];
  // "previously hospitalised participants": a participle before the people it defines, named before the condition.
  const attributive =
    defined && /^(?:hospitali[sz]ed|managed)$/i.test(defined[1]!)
      ? /^(?:(\w+ly)\s+)?(\S+)\s+(patients|participants|people|adults|individuals|children|adolescents|veterans|cases)$/i.exec(
          text.trimStart().replace(/^(?:the|all)\s+/i, ''),
        )
      : null;
  if (attributive && attributive[2]!.toLowerCase() === defined![1]!.toLowerCase()) {
    const what = tidy(`${attributive[1] ?? ''} ${attributive[2]!}`).toLowerCase();
    return [
      {
        type: 'Condition',
        name: `${what} ${base.name} ${attributive[3]!.toLowerCase()}`,
        synonyms: [text, `${what} ${base.name} patients`, `${what} patients`],
        subgroupOf: base.name,
        subgroupFeature: what,
      },
    ];
  }
  if (defined) {
    const what = `${defined[1]!.toLowerCase()} ${tidy(defined[2]!)}`;
    return [
      {
        type: 'Condition',
        name: `${base.name} patients ${what}`,
        synonyms: [text, `patients ${what}`],
        subgroupOf: base.name,
        subgroupFeature: what,
      },
    ];
  }
  const comorbid = /\bwith comorbid\s+(.+)$/i.exec(text);
  if (comorbid) {
    // The condition the patients have is named before "with comorbid", or is the study's: a comorbidity is not it.
    const own = conditionHit(text.slice(0, comorbid.index));
    const patients = own ? entityFromEntry('Condition', own.entry) : ctx.condition;
    const ownWritten = own ? own.text : patients.name;
    return splitList(comorbid[1]!).map((item) => ({
      type: 'Condition' as const,
      name: `${patients.name} with comorbid ${item}`,
      synonyms: [`${ownWritten} patients with comorbid ${item}`, `${patients.name} with ${item}`],
      subgroupOf: patients.name,
      subgroupFeature: `comorbid ${item}`,
    }));
  }
  // "patients who met the stricter ME definition", "those not fulfilling the criteria": a subgroup defined by case
  // criteria, named with the sentence's verb and article ("patients fulfilling the X definition").
  const criteria =
    /\b(?:(who did not|not)\s+)?(who met|meet|meeting|fulfilling|fulfil|fulfill|who fulfilled)\s+(?:only\s+)?(.+)$/i.exec(
      text,
    );
  if (criteria) {
    const not = criteria[1] ? 'not ' : '';
    const verb = /fulfil/i.test(criteria[2]!) ? 'fulfilling' : 'meeting';
    const other = verb === 'meeting' ? 'fulfilling' : 'meeting';
    const what = tidy(criteria[3]!);
    const bareWhat = what.replace(/^(?:the|a|an)\s+/i, '');
    return [
      {
        type: 'Condition',
        name: `patients ${not}${verb} ${what}`,
        synonyms: [
          text,
          `patients ${not}${other} ${what}`,
          `patients ${not}${verb} ${bareWhat}`,
          `${base.name} patients ${not}${verb} ${bareWhat}`,
        ],
        subgroupOf: base.name,
        subgroupFeature: `${not ? 'does not meet' : 'meets'} ${bareWhat}`,
      },
    ];
  }
  const feature = /\b(with|without|lacking|free of|reporting|who reported|who had)\s+(.+)$/i.exec(text);
  // "people with ME/CFS" is the condition; "people with post-COVID-19 ME/CFS" a qualified form of it.
  const headHit = scanLexicon(text, ['Condition'])
    .filter((h) => h.end === text.length)
    .pop();
  // ("ME/CFS patients with migraine" is a subgroup of ME/CFS: a condition before "with" is the base.)
  if (
    feature &&
    headHit &&
    feature[1]!.toLowerCase() === 'with' &&
    headHit.start >= feature.index &&
    (!hit || hit.start >= feature.index)
  ) {
    const hit = headHit;
    const base = entityFromEntry('Condition', hit.entry);
    const qualified = tidy(feature[2]!).replace(/^(?:the|a|an)\s+/i, '');
    // "women with long COVID" are its female patients, the subgroup "female patients" names too.
    const sex = SEX_WORD.exec(tidy(text.slice(0, feature.index)));
    if (sex && qualified.toLowerCase() === hit.text.toLowerCase())
      return [sexSubgroupIn(ctx, base, sex[1] ? 'female' : 'male', text)];
    if (qualified.toLowerCase() === hit.text.toLowerCase()) return [base];
    if (qualified.toLowerCase().endsWith(hit.text.toLowerCase())) {
      return [qualifiedCondition(base, tidy(qualified.slice(0, qualified.length - hit.text.length)), qualified)];
    }
  }
  // "patients with long COVID who had been hospitalised": the condition after "with" is the base, the relative clause
  // after it the feature.
  const relative =
    feature && hit && feature[1]!.toLowerCase() === 'with' && hit.start === text.indexOf(feature[2]!, feature.index)
      ? /^\s+((?:who|whose)\s+\S.*)$/i.exec(text.slice(hit.end))
      : null;
  if (relative) {
    const what = tidy(relative[1]!);
    return [
      {
        type: 'Condition',
        name: `${base.name} patients ${what}`,
        synonyms: [text, `patients ${what}`, `${written} patients ${what}`],
        subgroupOf: base.name,
        subgroupFeature: what,
      },
    ];
  }
  if (feature && hit) {
    // "patients who had both ME/CFS and orthostatic intolerance": the base condition is not the feature.
    const both = new RegExp(`^(?:both\\s+)?${escapeRegExp(hit.text)}\\s+and\\s+`, 'i');
    if (both.test(feature[2]!)) feature[2] = feature[2]!.replace(both, '');
  }
  if (feature) {
    const preposition = /^(?:without|lacking|free of)$/i.test(feature[1]!) ? 'without' : 'with';
    // "patients without POTS": a condition inside the feature is not the group's base; the study's patients are.
    const owner = hit && hit.start >= feature.index ? ctx.condition : base;
    const what = tidy(feature[2]!).replace(/^(?:the|a|an)\s+/i, '');
    // "the START phenotype": a feature that is itself a group's name ("phenotype", "subtype") also names the subgroup.
    const selfNamed = preposition === 'with' && /\b(?:phenotype|subtype|endotype|cluster)s?$/i.test(what) ? [what] : [];
    // "those without long COVID" in a study of long COVID: the reference group, not a subgroup of the patients.
    const withoutTheCondition = conditionHit(what);
    // ("veterans without the illness": the condition the study is about, named back.)
    if (
      preposition === 'without' &&
      ((withoutTheCondition && entityFromEntry('Condition', withoutTheCondition.entry).name === ctx.condition.name) ||
        /^(?:(?:the|this)\s+)?(?:illness|condition|disease|syndrome|disorder)$/i.test(what))
    )
      return [{ type: 'Condition', name: comparatorText(text), kind: 'control group' }];
    return [
      {
        type: 'Condition',
        name: `${owner.name} ${preposition} ${what}`,
        synonyms: [
          text,
          `patients ${preposition} ${what}`,
          `${owner.name} patients ${preposition} ${what}`,
          ...selfNamed,
        ],
        subgroupOf: owner.name,
        subgroupFeature: preposition === 'with' ? what : `no ${what}`,
      },
    ];
  }
  const sample = cues().sampleWords.first(text);
  if (sample && hit) {
    const sampleWord = sample.text.toLowerCase() === 'sera' ? 'serum' : sample.text;
    return [
      {
        type: 'Condition',
        name: `${written} ${sampleWord}`,
        synonyms: [`${base.name} ${sampleWord}`, `${base.name} patient ${sampleWord}`],
        subgroupOf: base.name,
        subgroupFeature: sampleWord,
      },
    ];
  }
  const part = /\b(subgroups?|subsets?)\b/i.exec(text);
  if (part && !qualifiedSubgroup(text)) {
    const word = part[1]!.toLowerCase().replace(/s$/, '');
    return [
      {
        type: 'Condition',
        name: `${base.name} ${word}`,
        synonyms: [`${word} of ${base.name} patients`, `${base.name} patient ${word}`],
        subgroupOf: base.name,
        subgroupFeature: word,
      },
    ];
  }
  // "the restrictive research definition group": a group named by what sets it apart; "minority ethnic groups" names
  // groups of that kind.
  const namedGroups = /^(.+?)\s+(groups|populations)$/i.exec(text);
  if (namedGroups && !hit) {
    const what = tidy(namedGroups[1]!).replace(/^\p{Lu}(?=\p{Ll})/u, (ch) => ch.toLowerCase());
    const head = namedGroups[2]!.toLowerCase();
    return [
      {
        type: 'Condition',
        name: `${what} ${head}`,
        synonyms: [`${what} ${head.replace(/s$/, '')}`],
        kind: 'population group',
      },
    ];
  }
  const namedGroup = /^(.+?)\s+group$/i.exec(text);
  if (namedGroup && !hit) {
    const what = tidy(namedGroup[1]!)
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/^\p{Lu}(?=\p{Ll})/u, (ch) => ch.toLowerCase());
    return [
      {
        type: 'Condition',
        name: `${what} group`,
        // "in every post-exercise group" speaks of the groups of that kind as well.
        synonyms: [`${base.name} ${what} group`, `${what} subgroup`, `${what} groups`, `${what} patients`],
        subgroupOf: base.name,
        subgroupFeature: what,
      },
    ];
  }
  // "In men, …": the study's patients of that sex.
  const sexAlone = SEX_WORD.exec(text);
  if (sexAlone) return [sexSubgroupIn(ctx, base, sexAlone[1] ? 'female' : 'male', `${text} with ${base.name}`)];
  // "<feature> patients": a subgroup named by what sets it apart; "1,000 international patients" counts a sample.
  const lead = /^(.+?)\s+patients$/i.exec(text) ?? (qualifiedSubgroup(text) ? /^(.+?)\s+\S+$/.exec(text) : null);
  // "female patients", "male patients": the study's patients of that sex.
  const sexLead = lead && /^(female|male)$/i.exec(tidy(lead[1]!));
  if (sexLead && !hit) return [sexSubgroup(base, /^female$/i.test(sexLead[1]!) ? 'female' : 'male', text)];
  if (lead && !hit && !/^[\d,.]+\s/.test(lead[1]! + ' ')) {
    const what = tidy(lead[1]!).replace(/^\p{Lu}(?=\p{Ll})/u, (ch) => ch.toLowerCase());
    // ("sudden-onset patients": a compound adjective stays before the condition, "sudden-onset ME/CFS", as a grade
    // of severity does, "severe ME/CFS".)
    const compound = /^\p{L}+-\p{L}+$/u.test(what) || SEVERITY_QUALIFIER.exec(what)?.[1] === what;
    return [
      {
        type: 'Condition',
        name: compound ? `${what} ${base.name}` : `${base.name} with ${what}`,
        synonyms: [text, `patients with ${what}`, `${what} group`],
        subgroupOf: base.name,
        subgroupFeature: what,
      },
    ];
  }
  return [base];
}

/** The reference group a study's title or summary names first, as a Condition of kind "control group". */
/** "22 healthy women", "30 pain-free adults": a reference group named by its state and the people it is. */
const REFERENCE_PEOPLE =
  /\b((?:(?:age|sex|age- and sex)-matched\s+)?(?:healthy|pain-free|recovered|never-infected|uninfected|unexposed|sedentary)\s+(?:women|men|adults|children|adolescents|girls|boys))\b/i;

export function inferControlGroup(text: string): EntityRef | null {
  const masked = maskParentheses(text);
  // ("Veterans (112 with Gulf War illness and 76 healthy deployed veterans)": groups may be named only in brackets.)
  const control =
    findGroupPhrases(masked).find((p) => p.kind === 'control')?.text ??
    REFERENCE_PEOPLE.exec(masked)?.[1] ??
    findGroupPhrases(text.replace(/[()]/g, ',')).find((p) => p.kind === 'control')?.text ??
    null;
  // "20 healthy controls": the group, not its size.
  const name = control && comparatorText(control).replace(/^(?:\d[\d,]*|twenty|thirty|forty|fifty)\s+/i, '');
  return name ? { type: 'Condition', name, kind: 'control group' } : referenceByOutcome(masked);
}

/** "48 who recovered within four weeks", "301 women who recovered fully", "18 people fully recovered from COVID-19". */
const RECOVERED_PEOPLE =
  /\b(?:\d[\d,]*\s+(?:(women|men|adults|children|adolescents|girls|boys|veterans)\s+|(?:people|participants|patients)\s+)?|(women|men|adults|children|adolescents|girls|boys|veterans)\s+(?=who\s)|(?:people|participants)\s+(?=who\s))(?:who\s+(?:had\s+)?)?(?:fully\s+)?recovered\b/i;
/** "32 deployed veterans without the illness": the people the study's illness spared. */
const SPARED_PEOPLE =
  /\b\d[\d,]*\s+((?:\p{L}+\s+)?(?:veterans|workers|residents|adults))\s+without\s+the\s+(?:illness|condition)\b/iu;

/** A reference group a summary names by how its people fared rather than as controls. */
function referenceByOutcome(masked: string): EntityRef | null {
  const recovered = RECOVERED_PEOPLE.exec(masked);
  if (recovered) {
    const name = `recovered ${(recovered[1] ?? recovered[2])?.toLowerCase() ?? 'participants'}`;
    return { type: 'Condition', name, kind: 'control group' };
  }
  const spared = SPARED_PEOPLE.exec(masked);
  if (!spared) return null;
  const people = spared[1]!.toLowerCase();
  // ("deployed veterans" are the study's "deployed controls".)
  const modifier = /^(\S+)\s/.exec(people)?.[1];
  return {
    type: 'Condition',
    name: people,
    kind: 'control group',
    ...(modifier ? { synonyms: [`${modifier} controls`] } : {}),
  };
}

function sameGroup(a: EntityRef, b: EntityRef): boolean {
  const names = (e: EntityRef) => [e.name, ...(e.synonyms ?? [])].map((n) => n.toLowerCase());
  const endsWith = (long: string, short: string) => long !== short && long.endsWith(` ${short}`);
  return names(a).some((x) => names(b).some((y) => endsWith(x, y) || endsWith(y, x)));
}

/** The distinct conditions a study's title and summary name, in order ("… in ME/CFS and fibromyalgia"). */
export function inferPatientGroups(text: string): EntityRef[] {
  const seen = new Set<string>();
  const groups: EntityRef[] = [];
  const hits = scanLexicon(text, ['Condition']);
  // "Migraine, irritable bowel syndrome and atopy in adults with ME/CFS or long COVID": conditions the title names
  // before the people it studies "in" are what was measured of them, there and wherever else the text names them.
  const title = /^[^.]*/.exec(text)![0];
  const among = /\s(?:in|among)\s+(?:(?:\p{L}+\s+){0,2}with\s+)?/iu.exec(title);
  const measured = new Set(
    among && hits.some((h) => h.start === among.index + among[0].length)
      ? hits.filter((h) => h.end <= among.index).map((h) => h.entry.name)
      : [],
  );
  for (const hit of hits) {
    if (measured.has(hit.entry.name)) continue;
    // "(PD-1, CTLA-4, TIM-3)": an abbreviation followed by a hyphen and a number is a receptor's name, not a group.
    if (/^[-‐]\d/.test(text.slice(hit.end))) continue;
    // "the Orthostatic Hypotension Questionnaire", "Hospital Anxiety and Depression Scale": an instrument's name.
    if (INSTRUMENT_AFTER.test(text.slice(hit.end))) continue;
    // "18 months after COVID-19": what the patients had before, not a group of the study.
    if (/\b(?:after|following|since)\s+(?:(?:acute|mild|confirmed)\s+)?$/i.test(text.slice(0, hit.start))) continue;
    const entity = entityFromEntry('Condition', hit.entry);
    if (seen.has(entity.name)) continue;
    seen.add(entity.name);
    // "depression" in the title, "major depressive disorder" in the summary: a narrower form of a group already named
    // (one name ends the other's) is that group.
    if (groups.some((g) => sameGroup(g, entity))) continue;
    groups.push(entity);
  }
  return groups;
}
