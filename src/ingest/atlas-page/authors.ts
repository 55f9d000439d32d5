// Authors: the atlas usually prints "Surname, Given, Surname, Given et al.", but hand-made entries print
// "Given Surname, Given Surname" ("C. M. C. van Campen, F. C. Visser") and a few name an organisation. Records
// keep every person as "Surname, Given" so that captures in either form agree.

export interface AuthorList {
  /** "Surname, Given" per person (an organisation as shown), in page order. */
  authors: string[];
  /** True when the page cut the list with "et al.". */
  truncated: boolean;
  /** Surname of the first author as shown ("de Vega"), for the slug rule; undefined for no author. */
  firstSurname?: string;
}

// Lower-case surname particles that start a surname in "Given Surname" form.
const SURNAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'du',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'al',
]);
// Words that mark an organisation rather than a person ("Institute of Medicine Committee on …").
const ORGANISATION_WORDS =
  /\b(of|on|for|and|the|committee|group|consortium|institute|association|society|council|network|collaborat\w*|team|investigators)\b/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function isOrganisation(name: string): boolean {
  const fullWords = words(name).filter((word) => !/^\p{Lu}\.?$/u.test(word));
  return fullWords.length > 4 || ORGANISATION_WORDS.test(name);
}

/** "Cara Tomas" or "C. M. C. van Campen": two or more words and a last word that is not a bare initial. */
function looksLikeFullName(part: string): boolean {
  const tokens = words(part);
  const last = tokens[tokens.length - 1] ?? '';
  return tokens.length >= 2 && !/^\p{Lu}\.?$/u.test(last);
}

/** "C. M. C. van Campen" → ["van Campen", "C. M. C."]. */
function splitGivenFirst(name: string): { surname: string; given: string } {
  const tokens = words(name);
  let start = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (SURNAME_PARTICLES.has(tokens[i]!)) {
      start = i;
      break;
    }
  }
  return { surname: tokens.slice(start).join(' '), given: tokens.slice(0, start).join(' ') };
}

export function parseAuthorList(text: string): AuthorList {
  let list = text.trim();
  let truncated = false;
  const etAl = /,?\s*et\s+al\.?$/i;
  if (etAl.test(list)) {
    truncated = true;
    list = list.replace(etAl, '').trim();
  }
  if (!list) return { authors: [], truncated };

  if (isOrganisation(list) && !/,/.test(list)) {
    return { authors: [list], truncated, firstSurname: words(list)[0] };
  }

  const parts = list.split(/\s*,\s*/).filter(Boolean);
  // Pairs ("Surname, Given") unless the count is odd or every part is a whole name ("Cara Tomas, Jessica Newton").
  const givenFirst = parts.length % 2 === 1 || parts.every(looksLikeFullName);
  const authors: string[] = [];
  let firstSurname: string | undefined;
  if (givenFirst) {
    for (const part of parts) {
      if (isOrganisation(part) || words(part).length < 2) {
        authors.push(part);
        firstSurname ??= words(part)[0];
        continue;
      }
      const { surname, given } = splitGivenFirst(part);
      authors.push(`${surname}, ${given}`);
      firstSurname ??= surname;
    }
  } else {
    for (let i = 0; i < parts.length; i += 2) {
      authors.push(`${parts[i]}, ${parts[i + 1]}`);
      firstSurname ??= parts[i];
    }
  }
  return { authors, truncated, firstSurname };
}
