/**
 * Baskets that reveal a trait only in combination: each item is innocent, together they are the
 * retailer that guessed a pregnancy. A combination fires when every group matches the audience
 * or persona (how people were chosen).
 */
import type { Lexicon } from '../lexicon.js';

export interface ProxyCombination {
  /** Suffix of the reason code: PROXY_<code>. */
  code: string;
  label: string;
  groups: readonly Lexicon[];
}

const BABY_ITEMS: Lexicon = {
  en: ['baby', 'babies', 'nappies', 'diapers', 'newborn*', 'crib*', 'cot', 'stroller*', 'pram*', 'baby clothes', 'baby products'],
  de: ['baby*', 'windeln', 'neugeboren*', 'kinderwagen', 'babybett*', 'babykleidung'],
  fr: ['bebe*', 'couches', 'nouveau-ne*', 'poussette*', 'berceau*'],
  es: ['bebe*', 'panales', 'recien nacido*', 'cochecito*', 'cuna*'],
};

const PREGNANCY_SUPPLEMENTS: Lexicon = {
  en: ['vitamin*', 'folic acid', 'magnesium', 'zinc', 'calcium supplement*', 'iron supplement*', 'unscented lotion*', 'cotton balls', 'ginger tea'],
  de: ['vitamin*', 'folsaeure', 'magnesium', 'zink', 'eisentabletten', 'parfuemfreie lotion*'],
  fr: ['vitamine*', 'acide folique', 'magnesium', 'zinc', 'complement* de fer', 'lotion* sans parfum'],
  es: ['vitamina*', 'acido folico', 'magnesio', 'zinc', 'suplemento* de hierro', 'locion* sin perfume'],
};

const WEIGHT_LOSS: Lexicon = {
  en: ['diet pills', 'meal replacement*', 'appetite suppressant*', 'laxative*'],
  de: ['diaetpillen', 'appetitzuegler', 'abfuehrmittel'],
  fr: ['coupe-faim', 'substitut* de repas', 'laxatif*'],
  es: ['pastillas adelgazantes', 'sustitutivo* de comida', 'laxante*'],
};

const LARGE_SIZES: Lexicon = {
  en: ['plus-size*', 'plus size*', 'xxl', 'oversize*'],
  de: ['uebergroesse*', 'grosse groessen'],
  fr: ['grande* taille*'],
  es: ['tallas grandes'],
};

export const PROXY_COMBINATIONS: readonly ProxyCombination[] = [
  { code: 'PREGNANCY', label: 'baby products with pregnancy supplements (the pregnancy-prediction basket)', groups: [BABY_ITEMS, PREGNANCY_SUPPLEMENTS] },
  { code: 'HEALTH', label: 'weight-loss products with large sizes (body-weight inference)', groups: [WEIGHT_LOSS, LARGE_SIZES] },
];
