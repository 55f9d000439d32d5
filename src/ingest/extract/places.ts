// Anatomical places a measure is reported at ("flow was reduced in the anterior cingulate, the thalamus and the
// frontal cortex"): which list is one of places, the figure printed beside each place, and the names of the measure at
// a place. GUIDE rule 7: each place is its own entity, named "<place> <measure>"; an anatomist writes the place as
// its adjective as often ("thalamic CBF", "hippocampal binding"), so that form is a name too.

import { groundName } from '../ground/index.ts';
import { parsePValues, type PValue } from './statistics.ts';
import { parentheticals, splitList } from './text.ts';

// Head nouns of brain and body structures, for places the compact anatomy lexicon lacks ("hippocampus").
const ANATOMICAL_HEAD =
  /(?:cortex|cortices|gyrus|gyri|lobes?|lobules?|nucleus|nuclei|thalamus|hippocampus|amygdala|cerebellum|brainstem|brain stem|midbrain|pons|medulla|insula|putamen|caudate|pallidum|striatum|hypothalamus|fasciculus|fasciculi|tracts?|ventricles?|ganglia|cingulate|cingulum|precuneus|cuneus|operculum|splenium|genu|corpus callosum|capsule|corona radiata|white matter|grey matter|gray matter)$/i;

/**
 * The places of a list when each is an anatomical structure the ontology knows ("the thalamus, midbrain and
 * hippocampus", "left insula"), else null.
 */
export function anatomicalPlaces(text: string): string[] | null {
  const items = withSharedPlaceHead(
    splitList(text.replace(/\s+(?:regions?|areas?|structures?)\s*$/i, '')).map((place) =>
      place.replace(/^(?:the|both)\s+/i, ''),
    ),
  );
  if (!items.length || items.length > 12) return null;
  const isPlace = (place: string) => {
    const bare = place.replace(/^(?:(?:left|right|bilateral|distal|proximal|dominant|non-dominant)\s+)+/i, '');
    const grounded = groundName(bare);
    // Body fluids are specimens, not places ("IL-6 in plasma" stays IL-6).
    if (grounded) return grounded.source === 'uberon' && grounded.kind !== 'body fluid';
    return ANATOMICAL_HEAD.test(bare) && bare.split(/\s+/).filter((w) => !/^(?:of|the)$/i.test(w)).length <= 4;
  };
  return items.every(isPlace) ? items : null;
}

const SHARED_PLACE_HEAD = /^(?:cortex|lobes?|gyrus|gyri|cortices|hemispheres?|white matter|grey matter|gray matter)$/i;

/**
 * "the parietal, temporal or occipital cortex", "left and right hippocampus": lone modifiers before a last place share
 * its head noun, or (a side) everything after it.
 */
function withSharedPlaceHead(items: string[]): string[] {
  const words = items.at(-1)?.split(/\s+/) ?? [];
  if (items.length < 2 || words.length < 2) return items;
  const head = words.slice(SHARED_PLACE_HEAD.test(words.slice(-2).join(' ')) ? -2 : -1).join(' ');
  const sides = /^(?:left|right|bilateral)$/i;
  return items.map((item, i) => {
    if (i === items.length - 1 || /\s/.test(item)) return item;
    if (sides.test(item) && sides.test(words[0]!)) return [item, ...words.slice(1)].join(' ');
    return SHARED_PLACE_HEAD.test(head) && /(?:al|ic|ar|ate)$/i.test(item) ? `${item} ${head}` : item;
  });
}

/** A place with the p-value printed beside it alone ("the thalamus (p = 0.008)"). */
export interface FiguredPlace {
  place: string;
  pValue: PValue | null;
}

/**
 * The places of a list whose members may each carry their own figures ("the thalamus (p = 0.002), midbrain
 * (p = 0.01) and pons (p = 0.03)"), each with its one p-value; null when the list, without its figures, is not one of
 * places.
 */
export function figuredPlaces(text: string): FiguredPlace[] | null {
  const items = splitList(text).map((item) => {
    const parens = parentheticals(item);
    let bare = item;
    for (const paren of [...parens].reverse()) bare = bare.slice(0, paren.start) + bare.slice(paren.end);
    const pValues = parens.flatMap((paren) => parsePValues(paren.inner));
    return { bare: bare.replace(/\s+/g, ' ').trim(), pValue: pValues.length === 1 ? pValues[0]! : null };
  });
  const places = anatomicalPlaces(items.map((item) => item.bare).join(', '));
  if (!places || places.length !== items.length) return null;
  return places.map((place, i) => ({ place, pValue: items[i]!.pValue }));
}

/** Adjectives of structures whose noun and adjective differ ("thalamus" → "thalamic"). */
const PLACE_ADJECTIVES: Record<string, string> = {
  thalamus: 'thalamic',
  hypothalamus: 'hypothalamic',
  hippocampus: 'hippocampal',
  cerebellum: 'cerebellar',
  pons: 'pontine',
  insula: 'insular',
  amygdala: 'amygdalar',
  striatum: 'striatal',
  cortex: 'cortical',
};

/**
 * Other ways to write a place before what was measured there: "left thalamus" → "left thalamic"; "frontal cortex",
 * "frontal lobe" → "frontal" (a region's adjective names its cortex or lobe).
 */
export function placeAdjectives(place: string): string[] {
  const words = place.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  const out: string[] = [];
  const adjective = PLACE_ADJECTIVES[last];
  if (adjective && last !== 'cortex') out.push([...words.slice(0, -1), adjective].join(' '));
  if (/^(?:cortex|lobe)$/.test(last) && words.length >= 2) out.push(words.slice(0, -1).join(' '));
  return out;
}

const STATE_FIRST = /^(resting|baseline|regional|task-related|mean|total)\s+(\S.*)$/i;

/**
 * Names of a measure at a place: "<place> <measure>" first, then the place's adjective forms with the measure's
 * names, and "<measure> in <place>".
 */
export function namesAtPlace(measureNames: string[], place: string): string[] {
  const forms = [place, ...placeAdjectives(place)];
  const [measure] = measureNames;
  const names = forms.flatMap((form) => measureNames.map((name) => `${form} ${name}`));
  // "resting flow" at the hippocampus is "resting hippocampal flow": the state stays before the place.
  const state = STATE_FIRST.exec(measure!);
  if (state) names.push(...forms.map((form) => `${state[1]} ${form} ${state[2]}`));
  return [...new Set([...names, `${measure} in ${place}`, `${measure} in the ${place}`, place])];
}

/** What is measured at a place, named by itself only there ("binding in the thalamus", "flow in the pons"). */
export const PLACE_MEASURES =
  /^(?:connectivity|volumes?|thickness|activity|activation|perfusion|flow|metabolism|density|anisotropy|signals?|uptake|binding|diffusivity|oxygenation)$/i;
