// The Tags section: `Category:Value1Value2…` lines run together by the capture.
import { longestMatchAt, startsAtJoin, tagCategory, TAG_CATEGORIES, type TagCategory } from '../vocabulary.ts';
import type { StudyTags } from '../record.ts';
import { warn, type Line, type ReaderContext } from './diagnostics.ts';
import { isStrictPrefixOfAny } from './text.ts';

export /** `Category:Value1Value2…`, split longest match first; unknown runs kept raw, never swallowing known values. */
function parseTagLine(line: Line, tags: StudyTags, context: ReaderContext): void {
  const isLast = line.line === context.lastLine;
  const colon = line.text.indexOf(':');
  if (colon < 0) {
    if (
      isLast &&
      isStrictPrefixOfAny(
        line.text,
        TAG_CATEGORIES.map((c) => c.label),
      )
    ) {
      warn(context, line.line, `dropped "${line.text}": the capture ends inside a Tags category name`);
    } else {
      warn(context, line.line, `Tags line "${line.text}" has no "Category:" prefix; ignored`);
    }
    return;
  }
  const label = line.text.slice(0, colon).trim();
  const category = tagCategory(label);
  if (!category) {
    const known = TAG_CATEGORIES.map((c) => c.label).join(', ');
    warn(context, line.line, `unknown Tags category "${label}" (known: ${known}); line ignored: "${line.text}"`);
    return;
  }
  const values: string[] = [];
  // Values normally run together; a rendering that separates them with commas is read the same way.
  const chunks = line.text.slice(colon + 1).split(/\s*[,;|]\s*/);
  chunks.forEach((chunk, i) => {
    const isLastChunk = isLast && i === chunks.length - 1;
    values.push(...splitTagValues(chunk.trim(), category, isLastChunk, line, context));
  });
  for (const value of values) if (!tags[category.field].includes(value)) tags[category.field].push(value);
}

function splitTagValues(
  text: string,
  category: TagCategory,
  endsCapture: boolean,
  line: Line,
  context: ReaderContext,
): string[] {
  const values: string[] = [];
  let position = 0;
  let unknownStart = -1;
  const flushUnknown = (end: number): void => {
    if (unknownStart < 0) return;
    const raw = text.slice(unknownStart, end).trim();
    unknownStart = -1;
    if (!raw) return;
    const sameButCase = category.labels.find((label) => label.text.toLowerCase() === raw.toLowerCase());
    if (sameButCase) {
      values.push(sameButCase.value);
      return;
    }
    const isCut =
      endsCapture &&
      end === text.length &&
      isStrictPrefixOfAny(
        raw,
        category.labels.map((l) => l.text),
      );
    if (isCut) {
      warn(context, line.line, `dropped ${category.label} tag fragment "${raw}": the capture ends inside a tag`);
      return;
    }
    values.push(raw);
    warn(
      context,
      line.line,
      `unknown ${category.label} tag "${raw}" kept as shown (add it to data/vocabulary/tags.json)`,
    );
  };
  while (position < text.length) {
    const match = startsAtJoin(text, position) ? longestMatchAt(text, position, category.labels) : undefined;
    if (match) {
      flushUnknown(position);
      values.push(match.value);
      position += match.text.length;
    } else {
      if (unknownStart < 0) unknownStart = position;
      position++;
    }
  }
  flushUnknown(text.length);
  return values;
}
