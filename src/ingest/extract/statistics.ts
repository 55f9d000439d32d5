// Statistics printed in a findings sentence: p-values with their comparator, group summaries, effect sizes with
// confidence intervals, sample sizes, and whether the sentence claims significance.

import type { PComparator } from '../record.ts';
import { escapeRegExp } from './text.ts';

export interface PValue {
  value: number;
  comparator: PComparator;
  /** As printed ("p<0.001", "P=0.0027"). */
  raw: string;
  start: number;
  end: number;
}

export interface Statistics {
  pValues: PValue[];
  groups: { mean: number; sd?: number | null; n?: number | null }[] | null;
  effectSize: number | null;
  effectType: string | null;
  ci: [number, number] | null;
  sampleSize: number | null;
}

const NUMBER = String.raw`[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*[x×]\s*10(?:\^?[-−]?\d+|⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|e[-−]?\d+)?`;
const SUPERSCRIPT: Record<string, string> = {
  '⁻': '-',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};
const P_VALUE = new RegExp(String.raw`\b(?:all\s+)?[pP](?:[- ]?value)?\s*(<=|>=|≤|≥|<|>|=)\s*(${NUMBER})`, 'g');
const DASH = String.raw`\s*(?:[–—-]|to)\s*`;

export function parseNumber(text: string): number {
  // "2.1 × 10⁻⁵": superscript exponents read as written with a caret.
  const cleaned = text
    .replace(/−/g, '-')
    .replace(/\s+/g, '')
    .replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPT[c]!);
  const scientific = cleaned.match(/^(-?[\d.]+)[x×]10\^?(-?\d+)$/);
  if (scientific) return Number(scientific[1]) * 10 ** Number(scientific[2]);
  return Number(cleaned);
}

function toComparator(symbol: string): PComparator {
  if (symbol === '<=') return '≤';
  if (symbol === '>=') return '≥';
  return symbol as PComparator;
}

export function parsePValues(text: string): PValue[] {
  const found: PValue[] = [];
  for (const match of text.matchAll(P_VALUE)) {
    const value = parseNumber(match[2]!);
    if (!Number.isFinite(value) || value < 0 || value > 1) continue;
    const raw = match[0].replace(/^all\s+/i, '');
    const start = match.index + (match[0].length - raw.length);
    found.push({ value, comparator: toComparator(match[1]!), raw, start, end: match.index + match[0].length });
  }
  return found;
}

/** "0.81 ± 0.04 vs 0.77 ± 0.05", or plain "12% vs 20%". */
function parseGroups(text: string): Statistics['groups'] {
  const withSd = new RegExp(
    String.raw`(${NUMBER})\s*%?\s*±\s*(${NUMBER})\s*%?\s*(?:vs\.?|versus)\s*(${NUMBER})\s*%?\s*±\s*(${NUMBER})`,
  ).exec(text);
  if (withSd) {
    return [
      { mean: parseNumber(withSd[1]!), sd: parseNumber(withSd[2]!) },
      { mean: parseNumber(withSd[3]!), sd: parseNumber(withSd[4]!) },
    ];
  }
  const plain = new RegExp(
    String.raw`(${NUMBER})\s*(%|[A-Za-z/]+)?\s*(?:vs\.?|versus)\s*(${NUMBER})\s*(%|[A-Za-z/]+)?`,
  ).exec(text);
  if (plain && (plain[2] ?? '') === (plain[4] ?? plain[2] ?? '')) {
    return [{ mean: parseNumber(plain[1]!) }, { mean: parseNumber(plain[3]!) }];
  }
  return null;
}

function parseInterval(text: string): [number, number] | null {
  const ci = new RegExp(
    String.raw`(?:95\s*%\s*)?(?:CI|confidence interval)\s*[:=,]?\s*\[?(${NUMBER})${DASH}(${NUMBER})`,
    'i',
  ).exec(text);
  return ci ? [parseNumber(ci[1]!), parseNumber(ci[2]!)] : null;
}

function parseEffect(text: string): Pick<Statistics, 'effectSize' | 'effectType' | 'ci'> {
  const patterns: [string, RegExp][] = [
    [
      'AUC',
      new RegExp(String.raw`\b(?:AUC|AUROC|area under the (?:ROC )?curve)\)?\s*(?:of|=|:|was)?\s*(${NUMBER})`, 'i'),
    ],
    ['Hedges g', new RegExp(String.raw`Hedges[’']?\s*g\)?\s*(?:was|of|=|:)?\s*(${NUMBER})`, 'i')],
    ["Cohen's d", new RegExp(String.raw`Cohen[’']?s?\s*d\)?\s*(?:was|of|=|:)?\s*(${NUMBER})`, 'i')],
    ['odds ratio', new RegExp(String.raw`\b(?:OR|odds ratio)\)?\s*(?:of|=|:|was)?\s*(${NUMBER})`)],
    ['hazard ratio', new RegExp(String.raw`\b(?:HR|hazard ratio)\)?\s*(?:of|=|:|was)?\s*(${NUMBER})`)],
    ['rho', new RegExp(String.raw`(?:\brho\b|ρ|\br[sS]\b)\s*=\s*(${NUMBER})`)],
    ['r', new RegExp(String.raw`\br\s*=\s*(${NUMBER})`)],
    ['accuracy', new RegExp(String.raw`(${NUMBER})\s*%\s*accuracy`, 'i')],
  ];
  for (const [type, pattern] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    let size = parseNumber(match[1]!);
    if (type === 'accuracy') size /= 100;
    if (!Number.isFinite(size)) continue;
    return { effectSize: size, effectType: type, ci: parseInterval(text.slice(match.index)) };
  }
  return { effectSize: null, effectType: null, ci: null };
}

function parseSampleSize(text: string): number | null {
  const n = /\b[nN]\s*=\s*(\d[\d,]*)/.exec(text);
  return n ? Number(n[1]!.replace(/,/g, '')) : null;
}

export function parseStatistics(text: string): Statistics {
  return {
    pValues: parsePValues(text),
    groups: parseGroups(text),
    ...parseEffect(text),
    sampleSize: parseSampleSize(text),
  };
}

/** Significance a p-value implies at the conventional 0.05 threshold, or null when it cannot tell. */
export function significanceOfP(p: PValue): boolean | null {
  if (p.comparator === '<' || p.comparator === '≤') return p.value <= 0.05 ? true : null;
  if (p.comparator === '=') return p.value < 0.05;
  return p.value >= 0.05 ? false : null;
}

/** "significantly" → true; "no significant", "did not differ significantly", "non-significant" → false. */
export function significanceWording(text: string): boolean | null {
  if (/\b(?:no|not|non|without|nor)[- ](?:\w+[- ]){0,3}?(?:statistically[- ])?significant(?:ly)?\b/i.test(text))
    return false;
  if (/\bnot\s+(?:\w+\s+)?(?:statistically\s+)?significantly\b/i.test(text)) return false;
  if (/\b(?:statistically\s+)?significant(?:ly)?\b/i.test(text)) return true;
  return null;
}

/**
 * The p of a list of labelled ones that names the claim's subject: "(frequency P<0.01; MFI P=0.03)" gives
 * "frequency of CD24" its own p. The label is the words right before the p, back to a bracket, comma or semicolon.
 */
export function labelledPValue(text: string, pValues: readonly PValue[], subjectName: string): PValue | null {
  const name = subjectName.toLowerCase();
  const matching = pValues.filter((p) => {
    const label = /([\p{L}][\p{L}\p{N} +-]{0,40}?)\s*[:,]?\s*$/u.exec(
      text.slice(0, p.start).split(/[(;,]/).pop() ?? '',
    )?.[1];
    if (!label || /^(?:and|or|with|all|both)$/i.test(label.trim())) return false;
    return new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(label.trim().toLowerCase())}(?:$|[^\\p{L}])`, 'u').test(name);
  });
  return matching.length === 1 ? matching[0]! : null;
}
