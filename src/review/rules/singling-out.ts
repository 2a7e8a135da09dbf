/** Audiences that point at one person, or at so few that they are recognisable. */
import type { Lexicon } from '../lexicon.js';

/** Words that identify a single person in an audience definition. */
export const ONE_PERSON: Lexicon = {
  en: ['re:[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}', 're:customer (?:id|no|number|#)? ?:? ?#?\\d{3,}', 're:(?<!(?:list|segment|seg|campaign|store|template|audience|journey|flow|cohort|group|liste|lista|lijst) )(?<![\\p{L}_])id:? ?\\d{4,}', 'this customer', 'one customer', 'a single customer', 'the customer who', 'the shopper who', 'named customer'],
  de: ['re:kunden(?:nummer|nr) ?:? ?\\d{3,}', 'dieser kunde', 'diese kundin', 'ein einzelner kunde', 'eine einzelne kundin', 'der kunde, der', 'der kunde der'],
  fr: ['re:client (?:n|no|numero) ?:? ?\\d{3,}', 'ce client', 'cette cliente', 'un seul client', 'une seule cliente', 'le client qui', 'la cliente qui'],
  es: ['re:cliente (?:n|no|numero) ?:? ?\\d{3,}', 'este cliente', 'esta clienta', 'un solo cliente', 'una sola clienta', 'el cliente que', 'la clienta que'],
};

/**
 * Conditions that narrow an audience sharply: an age, a place, a birth date, a job, a postcode or year.
 * Plain spend or frequency thresholds are how segments are made and do not count.
 */
export const NARROWING: Lexicon = {
  en: ['re:(?<![\\p{N}])\\d{4,6}(?![\\p{N}])', 're:(?<![\\p{L}])aged? \\d', 'aged', 'year-old*', 'years old', 'lives in', 'living in', 'city of', 'born', 'lives on', 'living on', 'street', 'postcode*', 'zip', 'birthday', 'exactly', 'profession', 'job title', 'employer', 'works at', 'work at', 'working at', 'gender', 'women', 'men'],
  de: ['geboren', 'wohnt in', 'strasse', 'plz', 'postleitzahl', 'genau', 'beruf', 'arbeitgeber', 'arbeitet bei', 'frauen', 'maenner'],
  fr: ['ne en', 'nee en', 'habite', 'rue', 'code postal', 'exactement', 'profession', 'employeur', 'travaille chez', 'femmes', 'hommes'],
  es: ['nacido', 'nacida', 'vive en', 'calle', 'codigo postal', 'exactamente', 'profesion', 'empleador', 'trabaja en', 'mujeres', 'hombres'],
};

/** Stacked narrow conditions at or above this count single people out even in a large segment. */
export const MAX_NARROW_CONDITIONS = 4;
