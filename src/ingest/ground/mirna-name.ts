// microRNA names folded to one spelling of the miRBase name: "hsa-miR-21-5p", "miR-21-5p", "microRNA-21-5p",
// "miRNA-21-5p" and "mir-21-5p" meet; the stem-loop/gene forms "hsa-mir-21" and "MIR21" meet "miR-21". Mature vs
// stem-loop is decided by which name is exact in miRBase (see groundName), not by the case of "miR".

/** Prefixes of a microRNA name once canonicalised (lower case, tokens): what each folds to. */
const PREFIXES: [string, string][] = [
  ['microrna ', 'mir '],
  ['mirna ', 'mir '],
  ['mirlet ', 'let '], // gene symbols MIRLET7A1…
];

/**
 * The folded key of a canonical key that names a microRNA ("mir 21 5 p", "let 7 a"), or null when it does not.
 * Takes a canonicalKey() result.
 */
export function mirnaKey(key: string): string | null {
  let k = key.startsWith('hsa ') ? key.slice(4) : key;
  for (const [prefix, folded] of PREFIXES) {
    if (k.startsWith(prefix)) {
      k = folded + k.slice(prefix.length);
      break;
    }
  }
  return /^(mir|let) \d/.test(k) ? k : null;
}
