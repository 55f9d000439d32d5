// "Ill veterans exceeded deployed controls in MCP-1 (p = 0.003) and IP-10 (p = 0.01)", "Patients exceeded controls on
// fatigue": a group as the subject of "exceeded", the measures after "in" or "on", read as the comparison the frames
// know ("MCP-1 … and IP-10 … were higher in ill veterans than in deployed controls").

import { wholeGroupPhrase } from './groups.ts';
import { maskParentheses } from './text.ts';

// The measures run to the clause's end: a comma before "while", "whereas", "but", "with" or "and", a semicolon, or the
// sentence's end.
const GROUP_EXCEEDED =
  /^((?:[^,;]*,\s+)?)([^,;]+?)\s+(?:exceeded|outscored|surpassed)\s+([^,;]+?)\s+(?:in|on)\s+(.+?)(?=,\s+(?:while|whereas|but|with|and)\b|,?\s+but\s+not\b|;|\.?$)/i;

export function withExceededGroupAsComparison(sentence: string): string {
  const m = GROUP_EXCEEDED.exec(maskParentheses(sentence));
  if (!m) return sentence;
  const [whole, lead, group, other, measures] = [m[0], m[1]!, m[2]!, m[3]!, m[4]!];
  if (!wholeGroupPhrase(group) || !wholeGroupPhrase(other)) return sentence;
  const written = sentence.slice(whole.length - measures.length, whole.length);
  const verb = /\band\b|,/.test(measures) ? 'were' : 'was';
  return `${lead}${written} ${verb} higher in ${group.replace(/^the\s+/i, '')} than in ${other.replace(/^the\s+/i, '')}${sentence.slice(whole.length)}`;
}
