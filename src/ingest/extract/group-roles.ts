// The roles of the groups a difference clause names: the groups a finding is about (objects), the comparators
// ("than controls", "between A and B"), and the spans to remove before the subject is looked for.

import { cues } from './cues.ts';
import { comparatorText, findGroupPhrases, type GroupPhrase } from './groups.ts';
import { maskParentheses, tidy } from './text.ts';

export interface GroupRoles {
  objects: GroupPhrase[];
  /** Alternatives give one claim each; a joint comparator is one string. */
  comparators: string[];
  /** Spans to remove before looking for the subject. */
  spans: { start: number; end: number }[];
  /** Object groups with the comparator each gets ("between CFS, MDD, and controls"). */
  perObjectComparator: Map<GroupPhrase, string>;
  /** Groups read as comparators after an intro ("than ME/CFS patients"). */
  consumed: Set<GroupPhrase>;
  /** Control groups named where an object would stand ("higher in controls than …"). */
  controls: GroupPhrase[];
  /** Two reference groups set against each other ("between recovered adults and pre-pandemic donors"). */
  betweenReferences: [GroupPhrase, GroupPhrase] | null;
}

export function assignGroupRoles(clause: string, masked: string, cueText: string): GroupRoles {
  const phrases = findGroupPhrases(masked);
  const roles: GroupRoles = {
    objects: [],
    comparators: [],
    spans: [],
    perObjectComparator: new Map(),
    consumed: new Set(),
    controls: [],
    betweenReferences: null,
  };
  const consumed = roles.consumed;
  const controlObjects = roles.controls;
  const isDiffer = /\bdiffer/i.test(cueText);
  // "similar to controls", "comparable to those of controls": "to" introduces the reference group of a likeness.
  const isLikeness = /\b(?:similar|comparable|identical|equivalent|close|alike)\b/i.test(cueText);

  // "between A and B" / "between A, B, and C"
  // "across the MDD, CFS, and control groups" names the compared groups as "between" does.
  const between = /\b(?:between|across)\s+/i.exec(masked);
  if (between) {
    const inside = phrases.filter((p) => p.start >= between.index);
    if (inside.length >= 2) {
      // The span takes a statistic printed after the last group ("…and the control group (33.6%, IQR …),").
      const lastEnd = inside[inside.length - 1]!.end;
      const trailing = /^\s*\([^()]*\)/.exec(clause.slice(lastEnd))?.[0].length ?? 0;
      roles.spans.push({ start: between.index, end: lastEnd + trailing });
      let groups = inside.filter((p) => p.kind !== 'control');
      const controls = inside.filter((p) => p.kind === 'control');
      // "between POTS and ME/CFS": one comparison, the first group against the second, not one for each.
      if (groups.length === 2 && inside.length === 2) groups = [groups[0]!];
      for (const group of groups) {
        const others = inside.filter((p) => p !== group).map((p) => comparatorText(p.text));
        roles.objects.push(group);
        roles.perObjectComparator.set(group, others.join(' and '));
      }
      if (!groups.length && controls.length) roles.comparators.push(comparatorText(controls[0]!.text));
      if (!groups.length && controls.length === 2) roles.betweenReferences = [controls[0]!, controls[1]!];
      for (const p of phrases.filter((p) => p.start < between.index)) classifyOutside(p);
      return roles;
    }
  }
  // "similar in ME/CFS and (in) multiple sclerosis": a likeness of two groups is one comparison, as "between" makes it.
  const likened = phrases.filter((p) => p.kind !== 'control');
  if (
    isLikeness &&
    likened.length === 2 &&
    phrases.length === 2 &&
    /\b(?:in|among|for|of)\s+(?:both\s+)?$/i.test(masked.slice(0, likened[0]!.start)) &&
    /^\s*and\s+(?:in\s+|among\s+)?$/i.test(masked.slice(likened[0]!.end, likened[1]!.start))
  ) {
    const [group, other] = likened as [GroupPhrase, GroupPhrase];
    const intro = /\b(?:in|among|for|of)\s+(?:both\s+)?$/i.exec(masked.slice(0, group.start))!;
    roles.spans.push({ start: intro.index, end: other.end });
    roles.objects.push(group);
    roles.perObjectComparator.set(group, comparatorText(other.text));
    return roles;
  }
  for (const p of phrases) classifyOutside(p);
  return roles;

  function classifyOutside(p: GroupPhrase): void {
    const before = masked.slice(0, p.start);
    // "than in controls", "compared with those in the control group": the preposition belongs to the intro.
    // "than STOPP and control subjects": bare modifiers coordinated before a group share its head.
    const sharedHead =
      /(?:\b(?:compared to|compared with|in comparison (?:to|with)|relative to|versus|vs\.?|than)\s+(?:(?:in|among|for)\s+)?(?:(?:either|both|the)\s+)?)((?:[\p{L}\d/-]+\s*,\s*)*[\p{L}\d/-]+\s*,?\s+(?:and|or)\s+)$/iu.exec(
        before,
      );
    let sharedStart =
      sharedHead &&
      // "relative to recovered and never-infected controls": a participle modifying the shared head is no verb.
      !cues().verbs.test(sharedHead[1]!.replace(/\b[\p{L}-]+ed\b/gu, '')) &&
      !phrases.some((q) => q !== p && q.end > sharedHead.index && q.start < p.start)
        ? before.length - sharedHead[1]!.length
        : null;
    const introText = sharedStart === null ? before : before.slice(0, sharedStart);
    let intro = INTRO_BEFORE_GROUP.exec(introText);
    // "than non-deployed era veterans": modifiers the group phrase left out stand between the intro and its head.
    for (let words = 1; !intro && words <= 3; words++) {
      const modifiers = new RegExp(`(?:[\\p{L}\\d-]+\\s+){${words}}$`, 'u').exec(introText);
      if (!modifiers || modifiers[0].split(/\s+/).some((word) => word && isComparisonWord(word))) break;
      intro = INTRO_BEFORE_GROUP.exec(introText.slice(0, modifiers.index));
      if (intro && sharedStart === null) sharedStart = modifiers.index;
    }
    const introWord = intro?.[1]?.toLowerCase();
    const introValid =
      intro &&
      (introWord !== 'over' || /placebo|control/i.test(p.text)) &&
      (introWord !== 'from' || isDiffer) &&
      (introWord !== 'to' || isLikeness);
    if (intro && introValid) {
      // Joint comparator "controls and patients without X" vs alternatives "either A or B".
      const start = intro.index;
      let end = p.end;
      const following = phrases.filter((q) => q.start >= p.end);
      // "than in recovered (5.0 kPa; p = 0.006) and never-infected adults (…)": members with figures of their own
      // are separate reference groups, each with the shared head.
      const ownFigures = sharedStart !== null && /\(/.test(clause.slice(sharedStart, p.start));
      if (ownFigures) {
        const head = /(\S+)$/.exec(comparatorText(clause.slice(p.start, p.end)))![1]!;
        const members = maskParentheses(clause.slice(sharedStart!, p.start))
          .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i)
          .map((m) => m.trim())
          .filter(Boolean);
        roles.comparators.push(...members.map((m) => `${m} ${head}`), comparatorText(clause.slice(p.start, p.end)));
        roles.spans.push({ start: intro.index, end: p.end });
        consumed.add(p);
        return;
      }
      let text = comparatorText(clause.slice(sharedStart ?? p.start, p.end));
      // "than in long COVID, ME/CFS or healthy controls": a comma list closed by "or" (alternatives) or "and" (joint).
      const listed = [text];
      let closing: 'or' | 'and' | null = null;
      for (const q of following) {
        // "compared with controls and with fibromyalgia": the intro's preposition may be repeated after the conjunction.
        // Then each is a comparison of its own, as alternatives are.
        const gap = /^\s*(?:,\s*)?(?:(or|and)\s+((?:with|in|among|to|than)\s+)?)?$/i.exec(masked.slice(end, q.start));
        if (!gap || (!gap[1] && !gap[0].includes(','))) break;
        listed.push(comparatorText(clause.slice(q.start, q.end)));
        end = q.end;
        consumed.add(q);
        if (gap[1]) {
          // ("than recovered individuals (11 per field; p < 0.001) and pre-pandemic donors (…)": groups with
          // figures of their own are compared one by one, as alternatives are.)
          const ownFigures = /\(/.test(clause.slice(p.end, q.start));
          closing = gap[2] || ownFigures ? 'or' : (gap[1].toLowerCase() as 'or' | 'and');
          break;
        }
      }
      // A comma list never closed by a conjunction is not a list of reference groups: keep only the first.
      if (!closing) for (const q of following.slice(0, listed.length - 1)) consumed.delete(q);
      if (!closing) end = p.end;
      text = closing === 'and' ? listed.join(' and ') : listed[0]!;
      roles.comparators.push(...(closing === 'or' ? listed : [text]));
      roles.spans.push({ start, end });
      consumed.add(p);
      return;
    }
    if (consumed.has(p)) return;
    // "fell in patients but not in controls": a group where the change did not happen is not the reference.
    const denied = /\bbut\s+not\s+(?:in|among|for)\s+(?:the\s+)?$/i.exec(before);
    if (denied && p.kind === 'control') {
      roles.spans.push({ start: denied.index, end: p.end });
      return;
    }
    // "a higher prevalence of fibromyalgia": a condition named as what is counted belongs to the subject.
    if (
      p.kind === 'condition' &&
      /\b(?:prevalence|incidence|rates?|frequency|risk|odds|history|diagnos[ie]s|(?:polygenic |risk )?scores?)\s+(?:of|for)\s+$/i.test(
        before,
      )
    )
      return;
    const prep = /\b(?:in|from|of|among|within|for|to)\s+$/i.exec(before);
    roles.spans.push({ start: prep ? prep.index : p.start, end: p.end });
    if (p.kind === 'control') {
      if (!roles.comparators.length) roles.comparators.push(comparatorText(clause.slice(p.start, p.end)));
      controlObjects.push(p);
    } else roles.objects.push(p);
  }
}

// "versus 1.1 points with usual care": the other group's figure may stand between the intro and the group; "from the
// value in depression": so may the word for its value.
const INTRO_BEFORE_GROUP =
  /(?:\b(compared to|compared with|in comparison (?:to|with)|relative to|(?:set )?against|versus|vs\.?|than|over|from|to)\s+(?:(?:did|do|does|were|was)\s+)?(?:[-−]?[\d.,]+\s*(?:%|points?|units?|ms|mm|kg|mL|ml|bpm)?\s+(?:with|in|on|among|for)\s+)?(?:(?:those|that|the\s+(?:values?|levels?|means?|medians?|scores?|figures?))\s+(?:in|of|among|on|with)\s+)?(?:(?:in|among|for|by|on|with)\s+)?(?:(?:either|both|those of|those|that of|the)\s+)?(?:(?:biopsies|samples|specimens|cells|sera|serum|plasma|blood|tissue|saliva|urine|stool|CSF)\s+(?:from|of)\s+(?:the\s+)?)?)$/i;

/** A word that ends a group's modifiers: a function word, verb or cue. */
function isComparisonWord(word: string): boolean {
  const c = cues();
  return (
    /^(?:the|a|an|in|of|on|with|at|to|for|and|or|than|by|as|were|was|did)$/i.test(word) ||
    c.verbs.test(word) ||
    c.increase.test(word) ||
    c.decrease.test(word) ||
    c.noDifference.test(word) ||
    c.controlWords.test(word)
  );
}

/** Non-group comparator text after an intro ("compared to day one"). */
export function plainComparator(
  clause: string,
  masked: string,
  taken: { start: number; end: number }[],
): { text: string; start: number; end: number } | null {
  // "than those with gradual onset": a group the clause defines by its feature, not by a group noun.
  const intro =
    /\b(?:compared to|compared with|relative to|versus|vs\.?|below|above|under(?=\s+(?:the\s+)?(?:reference|normal|predicted|expected)\b))\s+/i.exec(
      masked,
    ) ??
    /\bthan\s+(?:in\s+|did\s+)?(?=(?:those|patients|participants|subjects)\s+(?:with|without|who)\b)/i.exec(masked);
  if (!intro || taken.some((s) => s.start <= intro.index && s.end > intro.index)) return null;
  const from = intro.index + intro[0].length;
  const stop = /[,;(]|\s+in\s+/.exec(masked.slice(from));
  const end = stop ? from + stop.index : clause.length;
  const text = tidy(clause.slice(from, end));
  if (!text || text.split(/\s+/).length > 5) return null;
  return { text: comparatorText(text), start: intro.index, end };
}

/**
 * The reference group of a value contrast printed in parentheses ("(FMD: 5.1% versus 8.2% for controls; p<0.001)"):
 * the sentence names its comparator there. Only a control group counts; a patient group there may be the object. A
 * p printed with what it was tested against names the comparator whatever it is.
 */
export function parentheticalComparator(clause: string): string | null {
  for (const inner of clause.matchAll(/\(([^()]*)\)/g)) {
    // "(p = 0.008 against controls)", "(p = 0.02 against the pre-exercise sample)": the p says what it was tested
    // against, a group or a time point.
    const tested = /\bp\s*[<=>≤≥]\s*[\d.]+\s+(?:against|versus|vs\.?|compared with|relative to)\s+([^;,]+)$/i.exec(
      inner[1]!,
    );
    if (tested && tested[1]!.trim().split(/\s+/).length <= 5) return comparatorText(tested[1]!);
    const m = /\b(?:versus|vs\.?|against|compared with|compared to)\s+[^;,]*?\b(?:for|in|among)\s+([^;,]+)/i.exec(
      inner[1]!,
    );
    if (!m) continue;
    const groups = findGroupPhrases(m[1]!);
    const group = groups[0];
    if (groups.length === 1 && group!.kind === 'control' && group!.start <= 4) return comparatorText(group!.text);
  }
  return null;
}
