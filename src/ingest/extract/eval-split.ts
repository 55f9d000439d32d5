// EVAL-ONLY: the fixed split of the dev studies used to train and choose on one part and report on another. A study is
// in the held-out third when the first byte of the SHA-1 of its slug is 0 modulo 3; the other two thirds are the
// tuning part. The same split on every machine, and independent of the k-fold's seeded folds.

import { createHash } from 'node:crypto';

export function isHoldoutStudy(slug: string): boolean {
  return createHash('sha1').update(slug).digest()[0]! % 3 === 0;
}
