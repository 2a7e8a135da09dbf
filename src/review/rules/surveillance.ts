/**
 * Copy that reveals tracking: telling one person what we watched them do. `watching` phrases are
 * for the committee to weigh (a gentle "you recently bought" cross-sell can pass); `tracking`
 * phrases put a place or a clock on one person's behaviour and are never sent.
 */
import type { Lexicon } from '../lexicon.js';

const WEEKDAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export const WATCHING: Lexicon = {
  en: ['we see that', 'we saw you', 'we spotted', 'we noticed', "you've been browsing", 'you have been browsing', "we've noticed", 'we have noticed', 'we saw', "we've seen", 'we have seen', 'we see you', 'we know you', 'we tracked', 'our records show', 'you recently bought', 'you recently purchased', 'you bought', 'you purchased', 'you looked at', 'you browsed', 'you viewed', "you've been buying", 'you keep buying', 'you searched for', 'you left in your basket'],
  de: ['wir sehen, dass', 'wir sehen dass', 'wir haben bemerkt', 'wir haben gesehen', 'uns ist aufgefallen', 'wir wissen, dass', 'wir wissen dass', 'sie haben kuerzlich', 'sie haben gekauft', 'du hast gekauft', 'du hast kuerzlich', 'sie haben sich angesehen', 'du hast dir angesehen', 'sie haben gesucht', 'du hast gesucht'],
  fr: ['nous voyons que', 'nous avons remarque', 'on a remarque', 'nous avons vu', 'on a vu', 'nous savons que', 'vous avez achete', 'tu as achete', 'vous avez recemment', 'vous avez consulte', 'tu as consulte', 'vous avez cherche', 'tu as cherche'],
  es: ['vemos que', 'hemos notado', 'notamos que', 'hemos visto', 'vimos que', 'sabemos que', 'compraste', 'has comprado', 'usted compro', 'miraste', 'has visto', 'buscaste', 'has buscado'],
};

export const TRACKING: Lexicon = {
  en: ['re:near our [\\p{L} ]{0,25}(?:store|shop)', 'where you were', 'where you have been', 're:within \\d+ ?(?:m|metres|meters|yards)(?![\\p{L}])', 'geofenc*', 'walked past', 'walked by our', 'your location', 'you were in', 'you were at', 'your neighbourhood', 'your neighborhood', `re:(?<![\\p{L}])you[^.!?]{0,40}last ${WEEKDAYS} (?:at|night|evening|morning|afternoon)`, 're:(?<![\\p{L}])(?<!see )(?<!thank )you(?!r (?:next|upcoming|booked|reserved|scheduled) )(?![^.!?]{0,40}(?:starts|begins|opens|kicks off|will|is on|is at|doors))[^.!?]{0,40}(?:at|around) \\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm)(?![\\p{L}])', 're:(?<![\\p{L}])you (?:have )?(?:visited|bought|ordered|purchased|opened|clicked|been here|came) [^.]{0,30}?\\d+ times'],
  de: ['wir haben sie gesehen', 'wir haben dich gesehen', 'in der naehe unserer filiale', 'in der naehe unseres geschaefts', 'ihr standort', 'dein standort', 're:(?<![\\p{L}])(?:sie|du)[^.!?]{0,40}um \\d{1,2}(?:[:.]\\d\\d)? uhr', 're:(?<![\\p{L}])\\d+ ?mal (?:gekauft|besucht|bestellt|geoeffnet)'],
  fr: ['nous vous avons vu', 'on vous a vu', 'pres de notre magasin', 'pres de notre boutique', 'votre position', 'votre localisation', 're:(?<![\\p{L}])(?<!rendez-)(?:vous|tu)(?![^.!?]{0,40}(?:commence|debute|ouvre|aura lieu))[^.!?]{0,40}a \\d{1,2} ?h(?:\\d\\d)?(?![\\p{L}])', 're:(?<![\\p{L}])\\d+ fois (?:achete|visite|commande|consulte)'],
  es: ['te vimos', 'le vimos', 'cerca de nuestra tienda', 'tu ubicacion', 'su ubicacion', 're:(?<![\\p{L}])(?:te|le|tu|usted)[^.!?]{0,40}a las \\d{1,2}(?:[:.]\\d\\d)?', 're:(?<![\\p{L}])\\d+ veces (?:comprado|visitado|pedido|comprando)'],
};

/** Audiences picked by following people's movements (not their home address). */
export const MOVEMENT_TRACKING: Lexicon = {
  // A distance in metres or yards is a device's position; "within 10 km of LS5 3" is a home postcode's distance from a store, a place for the committee (eleventh round).
  en: ['geofenc*', 're:within \\d+ ?(?:m|metres|meters|yards)(?![\\p{L}])', 'detected inside', 'detected at', 'detected near', 'location history', 'movement data', 'stood near', 'stood within', 'walked past'],
  de: ['geofenc*', 'standortverlauf', 'bewegungsdaten', 'bewegungsprofil*', 're:im umkreis von \\d+ ?m(?![\\p{L}])'],
  fr: ['geofenc*', 'historique de localisation', 'donnees de deplacement', 're:a moins de \\d+ ?(?:m|metres)(?![\\p{L}])'],
  es: ['geofenc*', 'historial de ubicaciones', 'datos de movimiento', 're:a menos de \\d+ ?(?:m|metros)(?![\\p{L}])'],
};
