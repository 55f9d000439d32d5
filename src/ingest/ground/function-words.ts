// English function words: determiners, quantifiers, prepositions, conjunctions, pronouns and discourse adverbs.
// None of them is ever an entity name, even where an ontology has a short synonym spelled the same ("NO", "ALL").

export const DETERMINERS_AND_QUANTIFIERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'both', 'each', 'every', 'either',
  'neither', 'no', 'none', 'several', 'many', 'most', 'more', 'less', 'fewer', 'few', 'much', 'other', 'another',
  'such', 'its', 'their', 'his', 'her', 'our', 'which', 'what', 'whose', 'certain', 'various', 'numerous', 'multiple',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'majority', 'minority',
]);
export const FUNCTION_WORDS = new Set([
  ...DETERMINERS_AND_QUANTIFIERS,
  'and', 'or', 'but', 'nor', 'yet', 'so', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'without', 'by', 'from', 'as',
  'than', 'into', 'onto', 'over', 'under', 'between', 'among', 'during', 'after', 'before', 'across', 'within', 'per',
  'versus', 'vs', 'via', 'including', 'not', 'also', 'only', 'even', 'still', 'however', 'whereas', 'while', 'although',
  'there', 'here', 'it', 'they', 'we', 'he', 'she', 'them', 'who', 'whom', 'point', 'points', 'whether', 'if', 'then',
]);
export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'without', 'by', 'from', 'into', 'over', 'under', 'between', 'among',
  'during', 'after', 'before', 'across', 'within', 'per', 'versus', 'vs', 'than', 'following', 'compared', 'relative',
]);
