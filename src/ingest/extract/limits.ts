// Bounds on what extraction reads.

/**
 * Longest Observed Findings sentence the frames read. Atlas sentences run to a few hundred characters; a longer one
 * is not prose the frames were written for, and bounding it bounds extraction time per sentence (an import of a
 * hostile page stays fast). Such a sentence stays an unstructured observed finding; the page reader warns.
 */
export const MAX_ANALYSED_SENTENCE_CHARS = 2_000;
