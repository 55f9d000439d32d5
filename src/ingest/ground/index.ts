// Grounding of entity names: the API the finding extractor calls. See docs in each module; data in data/ontology/.
export { canonicalKey } from './canonical-key.ts';
export { groundName, type Grounding } from './ground-name.ts';
export { groundBroader, type BroaderTerm } from './broader.ts';
export { classifyHead, genusShaped, isEntityLike, isNameShaped, type HeadClass } from './classify-head.ts';
export { groundingIndex } from './term-index.ts';
export { namesSameThing } from './same-thing.ts';
