// Guards: is this text an atlas page at all? (Size first, then empty, binary or mis-encoded content.)
import { ReaderError } from './diagnostics.ts';

export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export function rejectNonPage(text: string, file: string): void {
  // Byte size first and alone, so a huge file is rejected before any work proportional to its content.
  // A UTF-16 code unit takes at most 3 UTF-8 bytes, so short strings need no byte count.
  const bytes = text.length * 3 > MAX_PAGE_BYTES ? Buffer.byteLength(text, 'utf8') : text.length;
  if (bytes > MAX_PAGE_BYTES) {
    throw new ReaderError(
      file,
      `file is ${(bytes / 1024 / 1024).toFixed(1)} MB, too large for an atlas page`,
      `a page of at most ${MAX_PAGE_BYTES / 1024 / 1024} MB (real pages are a few kB)`,
    );
  }
  if (text.trim() === '') {
    throw new ReaderError(
      file,
      'file is empty',
      'an atlas page: an optional "URL: <url>" line, then badges, title, author line and sections',
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new ReaderError(file, 'binary content (NUL byte)', 'UTF-8 text of an atlas page', lineOf(text, nul));
  }
  let suspicious = 0;
  let firstSuspicious = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
    if (isControl || code === 0xfffd) {
      suspicious++;
      if (firstSuspicious < 0) firstSuspicious = i;
    }
  }
  // A few stray characters happen in copied text; more than 1 % (or a run of them in a short file) is not text.
  if (suspicious > 0 && (suspicious / text.length > 0.01 || suspicious >= 16)) {
    throw new ReaderError(
      file,
      `binary or mis-encoded content (${suspicious} control or U+FFFD replacement characters)`,
      'UTF-8 text of an atlas page',
      lineOf(text, firstSuspicious),
    );
  }
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
