/**
 * The shop itself is not a condition. "Hollin Pharmacy customers with 5 or more orders",
 * "Clientes de la farmacia online sin pedidos en 4 meses", "Drogisterijklanten met 10 of meer
 * bestellingen", "Weinhandel-Kund:innen mit letzter Bestellung vor 3 Monaten": every customer of a
 * pharmacy is a pharmacy customer, so naming the kind of shop (or its name) says who the sender is,
 * not what was inferred about the person. The phrase is replaced by the people word before any rule
 * reads the audience, and what is left ("customers with 5 or more orders") is judged as usual.
 *
 * Not the shop: a department, counter, aisle or range of a larger shop ("pharmacy counter
 * customers", "clients du rayon parapharmacie"), which is a behaviour; and shops whose whole trade
 * is a gambling or tobacco habit (a casino's or a tobacconist's frequent customers are its heavy
 * users). An alcohol shop's name is kept when the audience speaks of heavy use (volume, litres,
 * the top 1%): there the shop's trade is the habit the audience was picked on.
 */
import { compileLexicon } from '../lexicon.js';
import { HEAVY_USE } from '../rules/vulnerability.js';
import { HEAVY_USE_EXTRA } from '../rules/combinations.js';

/** Kinds of shop, in the nine languages (lower case, accents as written; the match ignores case). */
const SHOP_KINDS = [
  // English
  'online pharmacy', 'pharmacy', 'pharmacies', "chemist's", 'chemists', 'chemist', 'drugstore', 'drug store', "optician's", 'opticians', 'optician', 'wine merchants?', 'wine shop', 'wine store', 'wine club', 'off-licence', 'liquor store', 'bottle shop', 'baby shop', 'baby store', 'baby boutique', 'nursery store', 'bookshop', 'bookstore', 'pet shop', 'pet store', 'garden cent(?:re|er)', 'hardware store', 'diy store', 'toy shop', 'toy store', 'health food (?:shop|store)', 'bakery', "butcher's", 'butchers?', "florist's", 'florists?', 'deli', 'brewery', 'winery', 'hearing cent(?:re|er)', 'eyewear shop', 'hospice', 'hospices', 'charity', 'foundation', 'store', 'shop', 'webshop', 'web shop', 'online shop', 'online store',
  // German
  'online-apotheke', 'versandapotheke', 'apotheke', 'apotheken', 'drogerie', 'drogeriemarkt', 'optiker', 'weinhandel', 'weinhandlung', 'vinothek', 'babyfachmarkt', 'babyladen', 'buchhandlung', 'zoohandlung', 'zoofachhandel', 'gartencenter', 'baumarkt', 'reformhaus', 'bäckerei', 'metzgerei', 'blumenladen', 'onlineshop', 'online-shop', 'hörakustik', 'hörgeräteakustik',
  // French
  'pharmacie en ligne', 'pharmacie', 'parapharmacie', 'droguerie', 'opticien', 'caviste', 'cave à vins?', 'librairie', 'animalerie', 'jardinerie', 'boulangerie', 'boucherie', 'fleuriste', 'magasin bio', 'boutique bébé', 'boutique en ligne', 'boutique', 'magasin',
  // Spanish
  'farmacia online', 'farmacia en línea', 'farmacia', 'parafarmacia', 'droguería', 'óptica', 'vinoteca', 'bodega', 'librería', 'tienda de mascotas', 'tienda de bebés?', 'herbolario', 'panadería', 'floristería', 'tienda online', 'tienda en línea', 'tienda',
  // Italian
  'farmacia online', 'parafarmacia', 'erboristeria', 'ottica', 'enoteca', 'libreria', 'negozio di animali', 'negozio per bambini', 'negozio online', 'negozio', 'panetteria', 'fioraio', 'profumeria',
  // Dutch
  'online apotheek', 'apotheek', 'drogisterij', 'opticien', 'slijterij', 'wijnhandel', 'wijnwinkel', 'boekhandel', 'dierenwinkel', 'babywinkel', 'tuincentrum', 'bouwmarkt', 'bakkerij', 'bloemist', 'webwinkel', 'winkel',
  // Portuguese
  'farmácia online', 'farmácia', 'parafarmácia', 'drogaria', 'ótica', 'óptica', 'garrafeira', 'livraria', 'loja de animais', 'loja de bebé', 'loja online', 'loja', 'ervanária',
  // Polish
  'apteka internetowa', 'apteki internetowej', 'apteka', 'apteki', 'drogeria', 'drogerii', 'optyk', 'sklep z winem', 'księgarnia', 'księgarni', 'sklep zoologiczny', 'sklepu internetowego', 'sklep internetowy', 'sklep', 'sklepu',
  // Swedish
  'nätapotek(?:et)?', 'apotek(?:et)?', 'vinbutik(?:en)?', 'bokhandel(?:n)?', 'djuraffär(?:en)?', 'optiker(?:n)?', 'butik(?:en)?', 'webbutik(?:en)?',
];

/** The shop kinds whose trade is alcohol: kept when the audience speaks of heavy use. */
const ALCOHOL_SHOPS = /wine|off-licence|liquor|bottle shop|brewery|winery|weinhand|vinothek|caviste|cave à vin|vinoteca|bodega|enoteca|slijterij|wijn|garrafeira|z winem|vinbutik/iu;

const PEOPLE = '(?:customers?|clients?|patrons|kund(?:inn)?en|kundinnen|kundschaft|clientes|clientas|clientèle|clientela|clienti|klanten|klienci|klientów|kunder(?:na)?)';
const OF = "(?:of|at|from|de|du|des|del|de la|de l'|dell'|della|dello|del|van|bij|der|von|da|do|na|z|w|hos|på|från)";
const ARTICLE = "(?:the |our |my |la |le |les |el |los |l'|il |lo |de |het |die |der |den |des |unserer |unseres |notre |nos |nuestra |nuestro |nostra |nostro |onze |a |o |nossa |nosso |naszej |naszego |vår |vårt |vara )?";
/** A department, counter or range of a larger shop: a behaviour, never the shop. */
const SECTION = "(?:department|dept|section|counter|aisle|range|products?|items|category|abteilung|theke|sortiment|artikel|produkte|rayon|comptoir|produits|sección|seccion|mostrador|productos|reparto|banco|prodotti|afdeling|balie|producten|secção|seccao|balcão|produtos|dział|dzial|produkty|avdelning(?:en)?|disk(?:en)?|produkter)";

const KINDS = SHOP_KINDS.join('|');
/** "pharmacy customers", "wine merchant customers", "weinhandel-kundinnen", "drogisterijklanten" (read on the lower-cased audience). */
const KIND_FIRST = new RegExp(`(?<![\\p{L}])(?:online[- ])?(?:${KINDS})(?:'s|’s|s)?(?:[- ]|(?<=\\p{L}))(?:n|en)?-?(${PEOPLE}|kund[:*_/]innen)(?![\\p{L}])(?!\\s(?:of|at|from)\\s)`, 'gu');
/** "customers of the online pharmacy", "clientes de la farmacia online", "clienti dell'enoteca", "klienci apteki internetowej" (a genitive, no preposition). */
const PEOPLE_FIRST = new RegExp(`(?<![\\p{L}])(${PEOPLE}|kund[:*_/]innen) (?:${OF}\\s?)?${ARTICLE}(?:online[- ])?(?:${KINDS})(?: online| en ligne| en línea| internetowej)?(?![\\p{L}])`, 'gu');
/** A generic word for a shop, which alone names no trade ("store customers"). */
const GENERIC = /^(?:online[- ])?(?:store|shop|webshop|web shop|online shop|online store|boutique|boutique en ligne|magasin|tienda|tienda online|tienda en línea|negozio|negozio online|winkel|webwinkel|loja|loja online|sklep|sklepu|sklep internetowy|sklepu internetowego|butik(?:en)?|webbutik(?:en)?|onlineshop|online-shop)\b/u;

const heavyUse = compileLexicon([...Object.values(HEAVY_USE).flat(), ...Object.values(HEAVY_USE_EXTRA).flat()]);
const VOLUME = /(?<![\p{L}])(?:volume|litres?|liters?|bottles|cases|flaschen|liter|bouteilles|botellas|bottiglie|flessen|garrafas|butelek|flaskor)(?![\p{L}])/u;

/** The section word, if one follows right after the match. */
const sectionAfter = (rest: string): boolean => new RegExp(`^\\s?${SECTION}(?![\\p{L}])`, 'u').test(rest);

/** Capitalised words just before `index` in the raw audience (a shop's own name: "Hollin", "Little Acorn"), at most three. */
function nameBefore(raw: string, index: number): number {
  let start = index;
  for (let i = 0; i < 3; i++) {
    const m = /(\p{Lu}[\p{L}'’&.-]*)\s$/u.exec(raw.slice(0, start));
    if (!m) break;
    start -= m[0].length;
  }
  return start;
}

/** Capitalised words just after `index` ("klanten van Apotheek De Linde"), at most three. */
function nameAfter(raw: string, index: number): number {
  let end = index;
  for (let i = 0; i < 3; i++) {
    const m = /^\s(?:(?:de|del|la|van|der|den|du|di)\s)?\p{Lu}[\p{L}'’&.-]*/u.exec(raw.slice(end));
    if (!m) break;
    end += m[0].length;
  }
  return end;
}

export interface ShopReading {
  /** The audience with the shop's kind and name replaced by the people word. */
  audience: string;
  /** The shop phrases that were removed ("Hollin Pharmacy customers"). */
  shops: string[];
}

/**
 * The audience without the shop that sends it. `sensitive` tells whether words (a would-be shop
 * name) touch a sensitive category: "Diabetic pharmacy customers" keeps "Diabetic", and its shop.
 */
export function withoutShop(raw: string, sensitive: (words: string) => boolean): ShopReading {
  const lower = raw.toLowerCase();
  // Offsets are shared between the raw and lower-cased text: a letter whose lower case is longer leaves the audience as it is.
  if (lower.length !== raw.length) return { audience: raw, shops: [] };
  const heavy = heavyUse.find(lower) !== null || VOLUME.test(lower);
  const spans: { start: number; end: number; people: string }[] = [];
  for (const m of lower.matchAll(KIND_FIRST)) {
    const at = m.index ?? 0;
    const phrase = m[0];
    if (GENERIC.test(phrase) || (heavy && ALCOHOL_SHOPS.test(phrase))) continue;
    const start = nameBefore(raw, at);
    if (start < at && sensitive(raw.slice(start, at))) continue;
    spans.push({ start, end: at + phrase.length, people: raw.slice(at + phrase.length - m[1].length, at + phrase.length) });
  }
  for (const m of lower.matchAll(PEOPLE_FIRST)) {
    const at = m.index ?? 0;
    const phrase = m[0];
    const kind = phrase.slice(m[1].length);
    if (GENERIC.test(kind.replace(/^\s?\S+\s?/, '').replace(new RegExp(`^${ARTICLE}`, 'u'), '')) && !/\p{Lu}/u.test(raw.slice(at + phrase.length, at + phrase.length + 2))) continue;
    if ((heavy && ALCOHOL_SHOPS.test(phrase)) || sectionAfter(lower.slice(at + phrase.length))) continue;
    const end = nameAfter(raw, at + phrase.length);
    if (end > at + phrase.length && sensitive(raw.slice(at + phrase.length, end))) continue;
    if (spans.some((s) => s.start < end && at < s.end)) continue;
    spans.push({ start: at, end, people: raw.slice(at, at + m[1].length) });
  }
  spans.sort((a, b) => b.start - a.start);
  // A bare "Pharmacy customers" may be the pharmacy counter of a larger shop: the shop is taken as
  // the sender only when it is named ("Hollin Pharmacy") or other conditions follow.
  const named = (sp: { start: number; end: number }) => /\p{Lu}/u.test(raw.slice(sp.start, sp.end).replace(/^\s*\p{L}/u, '')) || /\p{Lu}/u.test(raw.slice(sp.start, sp.start + 1)) && sp.start > 0;
  const rest = spans.reduce((text, sp) => `${text.slice(0, sp.start)}${text.slice(sp.end)}`, raw).replace(/[\s.,;:()–-]+/gu, '');
  if (rest === '' && !spans.some(named)) return { audience: raw, shops: [] };
  let audience = raw;
  const shops: string[] = [];
  for (const s of spans) {
    shops.unshift(raw.slice(s.start, s.end).trim());
    audience = `${audience.slice(0, s.start)}${s.people}${audience.slice(s.end)}`;
  }
  return { audience, shops };
}

