// The treatments a trial's title and summary name, whether or not the lexicon knows them: "randomised to oral
// cannabidiol or matching placebo", "received ubiquinol 100 mg, a cofactor blend (…) or placebo". Each becomes an
// intervention entry for the study's own sentences ("the cannabidiol arm", "with cannabidiol than with placebo").

import type { EntityRef, FindingRecord } from '../record.ts';
import type { LexiconEntry } from './lexicon.ts';
import { maskParentheses } from './text.ts';

const TRIAL =
  /\b(?:trials?|randomi[sz]ed|randomly\s+assigned|placebo|sham|open-label|before and after|\p{L}+-controlled)\b/iu;

// What patients were given, up to the control arm it is set against.
// ("randomised 138 adults with long COVID to …": who was randomised may stand between the verb and its "to"; a
// decimal point is no sentence end.)
const GIVEN_BEFORE_CONTROL =
  /\b(?:randomi[sz]ed(?:\s+\d+:\d+)?(?:\s+(?:[^.;]|\.(?=\d)){0,120}?(?<!\bup))??\s+to(?:\s+receive)?|randomly\s+assigned\s+to|allocated\s+(?:(?:[^.;]|\.(?=\d)){0,120}?\s)??to|received(?:,\s+at\s+random,)?|receiving|given|took|taking)\s+((?:[^.;]|\.(?=\d)){3,160}?)\s*,?\s+(?:or|and|versus|vs\.?)\s+(?:to\s+)?(?:(?:a|an|matching|identical|an?\s+identical|[\p{L}-]+-matched)\s+)*(?:placebos?|sham|usual\s+care|saline|(?:a\s+)?wait(?:ing)?[\s-]?list)\b/iu;

// "randomised to IVIG 0.4 g/kg or 5% albumin weekly for 12 weeks": two active arms, neither a control.
const RANDOMISED_TO_EITHER =
  /\b(?:randomi[sz]ed|randomly\s+assigned|allocated)(?:\s+\d+:\d+)?\s+to(?:\s+receive)?\s+((?:[^.;,()]|\.(?=\d)|\([^()]*\)){3,60}?\s+or\s+(?:[^.;,()]|\.(?=\d)|\([^()]*\)){3,60}?)(?=\s+(?:for|over|during|under|in|at|weekly|daily|nightly|once|twice|three\s+times)\b|\s*[.;,]|$)/iu;

// An uncontrolled course: "an open-label four-week course of oral N-acetylcysteine 1,800 mg daily".
const OPEN_LABEL_COURSE =
  /\bopen-label\s+(?:[\w-]+\s+){0,3}?(?:course|trial|study|treatment|programme|program)\s+(?:of|with)\s+((?:[^.;,()]|,(?=\d{3}\b)){3,80})/i;

// "Occipital glutathione before and after N-acetylcysteine in ME/CFS": the treatment a before/after title names.
const TITLE_BEFORE_AFTER = /\bbefore and after\s+([^:;,()]{3,60}?)(?=\s+(?:in|among|for)\s|\s*[:;,(]|$)/i;
// "before and after maximal exercise", "… a cognitive exertion task", "… experimental pain": a provocation the study
// measures its groups around, not a treatment given to an arm (a course of it, "12 weeks of training", is one).
const PROVOCATION =
  /^(?!.*\b(?:weeks?|months?|days|training|programme|program|therapy|rehabilitation)\b).*\b(?:exercise|exertion|cycling|test|testing|task|tilt|challenge|provocation|pain|stressor|bout|session|work|standing|meal|load)\b/i;

/** The title and summary without a before/after that names a provocation: what is left may still name a trial. */
function withoutProvocation(title: string | null | undefined, summary: string | null | undefined): string {
  const beforeAfter = title ? TITLE_BEFORE_AFTER.exec(title) : null;
  const kept = beforeAfter && PROVOCATION.test(beforeAfter[1]!) ? title!.replace(beforeAfter[0], ' ') : (title ?? '');
  return `${kept} ${summary ?? ''}`;
}

// "Oral cannabidiol for pain in fibromyalgia: a randomised placebo-controlled trial".
const TITLE_TREATMENT = /^([^:]{3,60}?)\s+(?:for|in|versus|vs\.?|against)\s+\S/i;
// "Oral desmopressin against placebo for …", "tDCS versus sham in …": a title that sets its treatment against a
// control names it, whether or not it says "trial".
const TITLE_CONTROLLED = /\b(?:against|versus|vs\.?)\s+(?:a\s+)?(?:placebo|sham)\b/i;

const DOSE = String.raw`(?:\d+(?:\.\d+)?\s*[–-]\s*)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:mg|g|µg|mcg|ng|mmol|L|mL|IU|FU|CFU|units?)(?:\/(?:kg|day|d))?`;
const A_DOSE = new RegExp(DOSE, 'i');
const FREQUENCY = String.raw`(?:once|twice|three times)?\s*(?:daily|nightly|weekly|a day|per day)`;

// "BC007", "AXA1125": a treatment named by its development code; before it, what the treatment is.
const CODE = String.raw`\p{Lu}{1,5}-?\d{2,}\p{Lu}?`;
const DEVELOPMENT_CODE = new RegExp(`^${CODE}$`, 'u');
const CLASS_BEFORE_CODE = new RegExp(String.raw`^[^,;()]+\s(?=${CODE}$)`, 'u');

/** Whether an arm is named by its dose ("fludrocortisone 0.2 mg"), not by a code with digits in it ("BC007"). */
export function namedByDose(name: string): boolean {
  return A_DOSE.test(name);
}

/** The arm's name without dose, schedule, course or session count ("4.5 mg naltrexone nightly" → "naltrexone"). */
function armName(written: string): string {
  return (
    written
      .replace(/\s+(?:titrated|escalated|increased)\b.*$/i, '')
      .replace(/\s+(?:in|to|for)\s+(?:the\s+|all\s+)?(?:\d+\s+)?(?:patients|participants)\b.*$/i, '')
      .replace(/\s+(?:for|over|during)\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s+\S+.*$/i, '')
      .replace(new RegExp(String.raw`\b${DOSE}(?:\s+of)?(?:\s+${FREQUENCY})?`, 'gi'), ' ')
      .replace(new RegExp(String.raw`\s+${FREQUENCY}\b`, 'gi'), ' ')
      .replace(/^(?:a|an|the)\s+/i, '')
      // "a bioavailable curcumin formulation at 500 mg", "transdermal nicotine at 7 mg": how it is made or given, and
      // the "at" of its dose, are not the arm's name.
      .replace(/^(?:bioavailable|micronised|micronized|liposomal|transdermal)\s+/i, '')
      .replace(/\s+(?:formulation|preparation)(?=\s+at\s*$|\s*$)/i, '')
      .replace(/\s+at\s*$/i, '')
      // "1.62% testosterone gel": the preparation's strength is not the arm's name.
      .replace(/^\d+(?:\.\d+)?%\s+/, '')
      // "single doses of midodrine": how often it was given is not the arm's name.
      .replace(
        /^(?:(?:single|repeated|daily|weekly|one|two|three|four)\s+)?(?:(?:oral|intravenous|subcutaneous)\s+)?(?:doses?|infusions?|injections?)\s+of\s+(?:the\s+)?/i,
        '',
      )
      // "three weeks of therapeutic CPAP", "20 sessions over four weeks of …": how long or how often is not the arm.
      .replace(
        /^(?:\d+|one|two|three|four|five|six|eight|ten|twelve|twenty)[\s-]+(?:sessions?|days?|weeks?|months?)\s+(?:over\s+\S+\s+\S+\s+)?of\s+/i,
        '',
      )
      .replace(
        /^(?:\d+|one|two|three|four|five|six|eight|ten|twelve)[\s-]+(?:day|week|month)s?\s+(?:course|programme|program)\s+of\s+/i,
        '',
      )
      .replace(/^(?:a|an|the)\s+(?:\d+[\s-]+\S+\s+)?(?:course|programme|program)\s+of\s+/i, '')
      .replace(
        /^(?:\d+|one|two|three|four|five|six|eight|ten|twelve|twenty|thirty|forty)[\s-]+\S*\s*sessions?\s+of\s+/i,
        '',
      )
      // "the DNA aptamer BC007": a development code is the treatment's name, its class only describes it.
      .replace(CLASS_BEFORE_CODE, '')
      // "thiamine hydrochloride": the salt a drug is given as is not the arm's name.
      .replace(
        /^(\S+)\s+(?:hydrochloride|HCl|sulfate|sulphate|mesylate|besylate|maleate|tartrate|bromide|hyclate)\b/i,
        '$1',
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Other names a sentence may use for the arm: without its route, its article, or the partner of a combination. */
function armSynonyms(name: string): string[] {
  const forms = new Set<string>();
  // ("therapeutic CPAP", "extended-release guanfacine": a route, formulation or intent before the name.)
  const unrouted = name.replace(
    /^(?:oral|intravenous|IV|subcutaneous|inhaled|intranasal|topical|therapeutic|active|(?:extended|slow|modified|sustained|immediate)-release|home-based)\s+/i,
    '',
  );
  forms.add(unrouted);
  // "nirmatrelvir–ritonavir": the first drug names the combination in running text.
  const combination = /^([\p{L}\d]+)[–/-]([\p{L}\d]+)$/u.exec(unrouted);
  if (combination && !/\d/.test(combination[2]!)) forms.add(combination[1]!);
  // "Lactobacillus and Bifidobacterium probiotic" → "probiotic": the head the names share.
  const shared = /^\p{L}\p{Ll}+ and \p{Lu}\p{Ll}+ (\p{Ll}+)$/u.exec(unrouted);
  if (shared) forms.add(shared[1]!);
  // "mitochondrial cofactor blend" → "cofactor blend": a descriptive adjective before a two-word name.
  const words = unrouted.split(' ');
  if (words.length === 3 && !/^(?:with|and|plus|or)$/i.test(words[1]!)) forms.add(words.slice(1).join(' '));
  // "creatine monohydrate", "testosterone gel": the form it is given in is left out in running text ("on creatine").
  const form =
    /^(\p{L}[\p{L}\d-]+) (?:monohydrate|gel|patch(?:es)?|spray|cream|capsules?|tablets?|supplements?|supplementation|infusions?|injections?)$/iu.exec(
      unrouted,
    );
  if (form) forms.add(form[1]!);
  // "motor-cortex tDCS" → "tDCS": an abbreviation at the end names the treatment on its own.
  if (words.length > 1 && /^\p{Ll}?\p{Lu}{2,}$/u.test(words.at(-1)!)) forms.add(words.at(-1)!);
  forms.delete(name);
  return [...forms].filter((f) => f.length >= 3);
}

/** The arms a list of given treatments names ("ubiquinol, a cofactor blend (…)" → ubiquinol, cofactor blend). */
function splitArms(written: string): string[] {
  const masked = maskParentheses(written);
  const parts: string[] = [];
  let from = 0;
  // A comma inside a number ("1,000 mg") does not separate arms.
  for (const m of masked.matchAll(/\s*,(?!\d{3}\b)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g)) {
    if (sharedHead(masked.slice(from, m.index), m[0], masked.slice(m.index + m[0].length))) continue;
    parts.push(written.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(written.slice(from));
  return parts.map((p) => p.replace(/\s*\([^()]*\)/g, '')).filter((p) => p.trim());
}

/**
 * "a Lactobacillus and Bifidobacterium probiotic": two names before one head noun are one arm, not two (a second arm
 * has its own determiner: "ubiquinol and a cofactor blend").
 */
function sharedHead(before: string, separator: string, after: string): boolean {
  return (
    /^\s+and\s+$/i.test(separator) &&
    /^(?:(?:a|an|the)\s+)?\p{Lu}\p{Ll}+$/u.test(before.trim()) &&
    /^\p{Lu}\p{Ll}+\s+\p{Ll}+\b/u.test(after)
  );
}

function plausibleArm(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 1 &&
    words.length <= 4 &&
    (/\p{L}{3}/u.test(name) || DEVELOPMENT_CODE.test(name)) &&
    !/\b(?:patients|participants|adults|sessions)\b/i.test(name) &&
    // "A sham-controlled randomised trial in long COVID": the design is no arm.
    !/\b(?:trial|study|randomi[sz]ed|(?:[\w-]+-)?controlled|pilot|crossover)\b/i.test(name)
  );
}

/**
 * Interventions a trial names in its summary (what patients were randomised to or received, against placebo, sham or
 * usual care), else in its title; none when the study is not a trial.
 */
export function trialArms(title: string | null | undefined, summary: string | null | undefined): LexiconEntry[] {
  if (!TRIAL.test(withoutProvocation(title, summary))) return [];
  const given = summary
    ? (GIVEN_BEFORE_CONTROL.exec(summary)?.[1] ??
      OPEN_LABEL_COURSE.exec(summary)?.[1] ??
      RANDOMISED_TO_EITHER.exec(summary)?.[1])
    : undefined;
  const treated = title ? TITLE_BEFORE_AFTER.exec(title)?.[1] : undefined;
  const fromTitle = title
    ? ((treated && !PROVOCATION.test(treated) ? treated : undefined) ??
      (/\btrial\b/i.test(title) || TITLE_CONTROLLED.test(title) ? TITLE_TREATMENT.exec(title)?.[1] : undefined))
    : undefined;
  const written = given ? splitArms(given) : fromTitle ? splitArms(fromTitle) : [];
  const dosed = doseArms(written);
  if (dosed) return dosed;
  // A summary that describes its treatment at length ("anodal transcranial direct current stimulation over the left
  // motor cortex") leaves the title's short name ("motor-cortex tDCS").
  const fromWritten = written.map(armName).filter(plausibleArm);
  const titleNamed = !given || (!fromWritten.length && !!fromTitle);
  const names =
    fromWritten.length || !given || !fromTitle ? fromWritten : splitArms(fromTitle).map(armName).filter(plausibleArm);
  return [...new Set(names.map((n) => n.toLowerCase()))].map((key) => {
    const name = names.find((n) => n.toLowerCase() === key)!;
    // Only a title's first word is capitalised for its place ("Oral montelukast for …"); a genus keeps its capital.
    const opensTitle = titleNamed && (title ?? '').trimStart().startsWith(name.split(' ')[0]!);
    const lower = opensTitle && /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
    return { name: lower, synonyms: armSynonyms(lower) };
  });
}

/**
 * "rupatadine 10 mg, rupatadine 20 mg or placebo": arms of one treatment at several doses are told apart by their
 * doses, which is also how a sentence names them ("those on 20 mg"). Null unless two arms share a name.
 */
function doseArms(written: string[]): LexiconEntry[] | null {
  const arms: { name: string; dose: string | null }[] = [];
  for (const w of written) {
    const dose =
      A_DOSE.exec(w)?.[0]
        .replace(/\s+/g, ' ')
        .replace(/\/(?:day|d)$/i, '') ?? null;
    // "fludrocortisone 0.1 mg, 0.2 mg or placebo": a bare dose is the treatment named before it.
    const name = armName(w) || (dose ? (arms.at(-1)?.name ?? '') : '');
    arms.push({ name, dose });
  }
  const dosed = arms.filter((arm) => arm.dose && plausibleArm(arm.name));
  const shared = dosed.filter((arm) => dosed.some((other) => other !== arm && sameName(other.name, arm.name)));
  if (shared.length < 2) return null;
  if (new Set(shared.map((arm) => arm.dose)).size < shared.length) return scheduleArms(written, shared);
  return dosed.map(({ name, dose }) => {
    // "anhydrous enol-oxaloacetate" is "oxaloacetate" in running text.
    const short = /(\S+)$/.exec(name)![1]!;
    const names = [...new Set([name, short])];
    return {
      name: `${name} ${dose}`,
      synonyms: [
        dose!,
        ...names.flatMap((n) => [`${dose} ${n}`, `${dose} of ${n}`]),
        ...(short !== name ? [`${short} ${dose}`] : []),
      ],
    };
  });
}

const SCHEDULE = /\b(once|twice|three\s+times)\s+(?:daily|a\s+day)\b|\b(weekly|nightly)\b/i;

/**
 * "colchicine 0.5 mg once daily, 0.5 mg twice daily or placebo": arms of one dose given on different schedules are
 * named by their schedule ("once-daily colchicine", "twice-daily colchicine"); null when the schedules do not tell
 * them apart.
 */
function scheduleArms(written: string[], shared: { name: string; dose: string | null }[]): LexiconEntry[] | null {
  const schedules = written.map((w) => SCHEDULE.exec(w)).filter((m): m is RegExpExecArray => m !== null);
  const adjectives = schedules.map((m) => (m[1] ? `${m[1].replace(/\s+/g, '-')}-daily` : m[2]!).toLowerCase());
  if (adjectives.length !== shared.length || new Set(adjectives).size < adjectives.length) return null;
  return shared.map(({ name, dose }, i) => {
    const adjective = adjectives[i]!;
    const schedule = schedules[i]![0].toLowerCase();
    return {
      name: `${adjective} ${name}`,
      synonyms: [`${name} ${dose} ${schedule}`, `${name} ${schedule}`, `${adjective} regimen`, `${dose} ${schedule}`],
    };
  });
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The arm a trial sets its treatment against ("placebo arm", "sham arm", "usual-care arm"), when it names one. */
export function trialControlArm(
  title: string | null | undefined,
  summary: string | null | undefined,
): EntityRef | null {
  const text = `${title ?? ''} ${summary ?? ''}`;
  return TRIAL.test(withoutProvocation(title, summary)) ? controlArmIn(text) : null;
}

/**
 * The control arm a text names ("placebo", "sham", "usual care", "saline", "a waiting list"), as the entity "placebo
 * arm" etc., or null.
 */
export function controlArmIn(text: string): EntityRef | null {
  // ("a saline-controlled trial", "an albumin-controlled trial": what the trial is controlled with is its control arm.)
  const control = (/\b(placebo|sham|usual[\s-]care|saline|waiting[\s-]list|wait-?list)\b/i.exec(text) ??
    /\b(\p{L}+)-controlled\b/iu.exec(text))?.[1]
    ?.toLowerCase()
    .replace(/\s+/, '-');
  if (!control) return null;
  const written = control.replace('-', ' ');
  return {
    type: 'Condition',
    name: `${control} arm`,
    synonyms: [...new Set([written, `${control} group`, `${written} group`])],
    kind: 'control group',
  };
}

/**
 * In a trial of one treatment against a control arm, "the active arm" is that treatment's arm: its findings' arm
 * entity is named so too.
 */
export function withActiveArmNames(
  findings: FindingRecord[],
  study: { interventions: readonly LexiconEntry[]; controlArm?: EntityRef | null },
): FindingRecord[] {
  if (study.interventions.length !== 1 || !study.controlArm) return findings;
  const named = (entity: EntityRef): EntityRef =>
    entity.kind === 'treatment group' && !(entity.synonyms ?? []).includes('active arm')
      ? { ...entity, synonyms: [...(entity.synonyms ?? []), ...ACTIVE_ARM_NAMES] }
      : entity;
  return findings.map((f) => ({ ...f, subject: named(f.subject), object: named(f.object) }));
}

const ACTIVE_ARM_NAMES = ['active arm', 'active treatment', 'active treatment group'];
