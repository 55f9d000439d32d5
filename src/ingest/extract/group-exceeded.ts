// "Ill veterans exceeded deployed controls in MCP-1 (p = 0.003) and IP-10 (p = 0.01)", "Patients exceeded controls on
// fatigue": a group as the subject of "exceeded", the measures after "in" or "on", read as the comparison the frames
// know ("MCP-1 … and IP-10 … were higher in ill veterans than in deployed controls").

import { findGroupPhrases } from './groups.ts';
import { maskParentheses } from './text.ts';

// The measures run to the clause's end: a comma before "while", "whereas", "but", "with" or "and", a semicolon, or the
// sentence's end.
const GROUP_EXCEEDED =
  /^((?:[^,;]*,\s+)?)([^,;]+?)\s+(exceeded|outscored|surpassed)\s+([^,;]+?)\s+(?:in|on)\s+(.+?)(?=,\s+(?:while|whereas|but|with|and)\b|;|\.?$)/i;

function isWholeGroup(text: string): boolean {
  const phrases = findGroupPhrases(text);
  if (phrases.length !== 1) return false;
  const [phrase] = phrases as [(typeof phrases)[0]];
  return /^(?:\s|\bthe\b|\bboth\b|\ball\b)*$/i.test(text.slice(0, phrase.start) + text.slice(phrase.end));
}

export function withExceededGroupAsComparison(sentence: string): string {
  const masked = maskParentheses(sentence);
  const m = GROUP_EXCEEDED.exec(masked);
  if (!m) return sentence;
  const [whole, lead, group, , other, measures] = m as unknown as [string, string, string, string, string, string];
  if (!isWholeGroup(group) || !isWholeGroup(other)) return sentence;
  const measuresStart = whole.length - measures.length;
  const written = sentence.slice(measuresStart, whole.length);
  const verb = /\band\b|,/.test(measures) ? 'were' : 'was';
  return `${lead}${written} ${verb} higher in ${group.replace(/^the\s+/i, '')} than in ${other.replace(/^the\s+/i, '')}${sentence.slice(whole.length)}`;
}
