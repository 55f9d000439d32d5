// The conditions of a study's cohorts that the lexicon lacks: "Sixty women with fibromyalgia, 45 women with myofascial
// temporomandibular disorder (TMD) and 50 pain-free women", "… 15 with inappropriate sinus tachycardia and 24
// volunteers". A summary that counts a cohort of people with a disorder names a group its findings compare, so the
// disorder is a Condition while the study is read ("lower in fibromyalgia than in TMD"), by its name, its
// abbreviation and its shorter forms ("temporomandibular disorder").

import { groundName } from '../ground/ground-name.ts';
import { scanLexicon, type LexiconEntry } from './lexicon.ts';
import { NUMBER_WORDS } from './text.ts';

const COUNT = String.raw`(?:\d[\d,]*|(?:${NUMBER_WORDS.slice(1).join('|')}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)`;
const PEOPLE = String.raw`(?:adults?|adolescents?|children|women|men|girls|boys|patients|people|persons|participants|individuals|veterans|subjects|volunteers)`;

/** "45 women with X (ABBR)", "15 with X": a counted cohort and the disorder it has, up to where its description ends. */
const COHORT = new RegExp(
  String.raw`\b${COUNT}\s+(?:[\p{L}-]+\s+){0,2}?(?:${PEOPLE}\s+)?with\s+([^,;()]+?)(?:\s*\(([^()]+)\))?` +
    String.raw`(?=\s*(?:[,;.]|\(|$)|\s+(?:and|or|without|more|aged|who|whose|from|at|in|after|following|recruited|attending|seen|referred|matched|were|was|had|underwent|completed|gave|provided|received)\b)`,
  'giu',
);

/** The last word of a disorder's name. */
const DISORDER_HEAD =
  /(?:disorders?|diseases?|syndromes?|itis|osis|opathy|opathies|tachycardia|dyspepsia|asthma|pain|injury|injuries|symptoms|cancer|failure|deficiency|apno?ea|migraine|headaches?|dystrophy|sclerosis|palsy|an(?:a)?emia|insufficiency|hypotension|hypertension|diabetes|obesity|epilepsy)$/i;

/** Words that describe the people rather than name a disorder ("healthy", "no", "a history of"). */
const NOT_A_DISORDER =
  /^(?:healthy|no|normal|a|an|the|their|similar|comparable|matched|at\s+least|confirmed|self-reported)\b/i;

/** Words that grade or qualify a disease without naming another one. */
const QUALIFIER = /^(?:mild|moderate|severe|persistent|chronic|functional|primary|confirmed|diagnosed)$/i;

function condition(written: string, abbreviation: string | undefined): LexiconEntry | null {
  const name = written.trim();
  const words = name.split(/\s+/);
  if (words.length > 6 || /\d/.test(name) || NOT_A_DISORDER.test(name)) return null;
  if (!DISORDER_HEAD.test(name) && groundName(name, 'Condition')?.source !== 'mondo') return null;
  // A disorder the lexicon knows, or a subgroup of one ("ME/CFS and orthostatic intolerance"), is no new condition.
  if (scanLexicon(name, ['Condition']).length) return null;
  // Shorter forms: the name without its leading words ("primary mitochondrial myopathy", "mitochondrial myopathy");
  // one word only where every word dropped grades or qualifies the disease ("moderate persistent asthma": "asthma",
  // but "juvenile idiopathic arthritis" is not any "arthritis").
  const shorter = words
    .slice(1)
    .map((_, i) => words.slice(i + 1).join(' '))
    .filter((form) => /\s/.test(form) || words.slice(0, -1).every((word) => QUALIFIER.test(word)));
  const abbreviations =
    abbreviation && /^[\p{Lu}][\p{L}\d-]{1,9}$/u.test(abbreviation.trim()) ? [abbreviation.trim()] : [];
  return { name, synonyms: [...new Set([...abbreviations, ...shorter])] };
}

/** The disorders the summary's counted cohorts have that the lexicon does not know, in order. */
export function cohortConditions(summary: string | null | undefined): LexiconEntry[] {
  const found = new Map<string, LexiconEntry>();
  for (const m of (summary ?? '').matchAll(COHORT)) {
    const entry = condition(m[1]!, m[2]);
    if (entry && !found.has(entry.name.toLowerCase())) found.set(entry.name.toLowerCase(), entry);
  }
  return [...found.values()];
}
