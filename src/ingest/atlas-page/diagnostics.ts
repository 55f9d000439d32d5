// What the atlas page reader reports: warnings about what it could not place (the record is still usable), and
// ReaderError for input that is not an atlas page at all. The page's lines carry their numbers for both.

/** Something the reader could not place or had to guess; the record is still usable. */
export interface ReaderWarning {
  file?: string;
  line?: number;
  message: string;
}

/** The input is not an atlas page at all (empty, binary, too large, nothing to name the study by). */
export class ReaderError extends Error {
  readonly file: string;
  readonly line?: number;
  constructor(file: string, problem: string, expected: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}; expected ${expected}`);
    this.name = 'ReaderError';
    this.file = file;
    if (line !== undefined) this.line = line;
  }
}

/** One non-empty line of the capture. */
export interface Line {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

/** What every part of the reader shares while reading one page. */
export interface ReaderContext {
  file: string;
  warnings: ReaderWarning[];
  /** Line number of the capture's last non-empty line. */
  lastLine: number;
}

export function warn(context: ReaderContext, line: number | undefined, message: string): void {
  context.warnings.push({ file: context.file, ...(line !== undefined ? { line } : {}), message });
}
