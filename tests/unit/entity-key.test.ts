// Entity keys (node identity): variants of one entity get one key, keys stay readable, different entities differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityId, entityKey } from '../../src/ingest/entity-key.ts';

const keys = (...names: string[]) => new Set(names.map(entityKey));

describe('entityKey', () => {
  it('folds word order of a measurement phrase, measurement words and the plural head', () => {
    expect(
      keys(
        'frequency of CD99+ CD77- T cells',
        'CD99+ CD77- T cell frequency',
        'CD99+ CD77- T cells',
        'the number of CD99+ CD77- T cells',
      ),
    ).toEqual(new Set(['cd99+ cd77- t cell']));
    expect(keys('zeta-kinase levels', 'levels of zeta-kinase', 'Zeta-kinase expression', 'zeta-kinase')).toEqual(
      new Set(['zeta-kinase']),
    );
  });

  it('folds Greek letters, sub/superscripts, Roman numerals after a class word and British spellings', () => {
    expect(keys('QRF-α', 'QRF-alpha', 'qrf-Alpha').size).toBe(1);
    expect(keys('VO₂ plateau', 'VO2 plateau').size).toBe(1);
    expect(keys('type II zeta fibres', 'type 2 zeta fiber').size).toBe(1);
    expect(keys('haemozeta', 'hemozeta').size).toBe(1);
  });

  it('keeps punctuation, and different entities apart', () => {
    expect(entityKey('miR-9999a')).toBe('mir-9999a');
    expect(entityKey('ME/CFS')).toBe('me/cfs');
    expect(entityKey('zeta cell activity')).not.toBe(entityKey('zeta cells'));
    expect(entityKey('CD99- T cells')).not.toBe(entityKey('CD99+ T cells'));
    expect(entityKey('gene expression')).toBe('gene expression');
    expect(entityId('Biomarker', 'zeta-kinase levels')).toBe('Biomarker:zeta-kinase');
  });

  it('is a fixed point and never empty for a non-empty name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('of', 'levels', 'the', 'Cells', 'β', 'type', 'II', 'fibre', 'CD8+', '-', 'x'), {
          minLength: 1,
          maxLength: 8,
        }),
        (parts) => {
          const name = parts.join(' ');
          const key = entityKey(name);
          expect(entityKey(key)).toBe(key);
          expect(key.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
