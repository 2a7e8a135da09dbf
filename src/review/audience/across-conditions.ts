/**
 * The second reading of an audience: conditions read against each other once each has been read alone
 * (conditions.ts). A short item after "and" goes on with the list or club before it; a value goes with the
 * topic the customer picked; a list named by its topic is what people signed up to; a change between
 * men's and women's departments written across conditions reads gender identity; in an audience that
 * takes all of everyone, a plain further condition is part of the broadcast; and a door drop takes its area whole.
 */
import { ALL_OF, CHOSEN_TOPIC_END, CLUB_NAME_END, LIST_NAME_END, RELATIVE, SWITCHED_ON, THRESHOLD, onlyWords } from './condition-text.js';
import type { Condition } from './conditions.js';
import { HOUSEHOLD_WORDS } from './choices.js';
import { DOOR_DROP, DOOR_TO_DOOR, HOLIDAY } from './delivery.js';
import { departmentShift } from './proxies.js';
import { TAXONOMY } from './taxonomy.js';
import { compileLexicon } from '../lexicon.js';
import { HEAVY_USE_EXTRA } from '../rules/combinations.js';
import { HEAVY_USE } from '../rules/vulnerability.js';
import { DEBT_STATE, EVERYONE_WORDS } from './vocabulary.js';

const SEXUALITY_LABEL = TAXONOMY.find((c) => c.category === 'sexuality')?.label ?? 'sexuality or gender identity';
/** An "all" word anywhere in a condition ("An alle App-Nutzer", "shown to every visitor"). */
const ALL_WORD = new RegExp(ALL_OF.source.replace(/^\^/, '(?<![\\p{L}])'), 'u');

/** "All", "every", "each" in the thirteen languages, as a door drop says it ("to every letterbox", "til alle", "toutes les boîtes"). */
const EVERY = /(?<![\p{L}])(?:all|every|each|whole|entire|full|complete|totale|totalite|totalidad|intera|gehele|gesamte[nr]?|saemtliche[n]?|samtlige|samtliga|komplett\p{L}*|complet\p{L}*|complet[ao]|compleet|completa|completo|hel|hele|hela|heel|ganz|ganze|ganzen|toute|tout|toda|todo|tutta|tutto|cala|cale|cele|koko|alle|allen|jede[nr]?|tous|toutes|chaque|todos|todas|cada|tutti|tutte|ogni|iedere|elke|wszystkie|wszystkich|kazde|kazdego|varje|alla|allt|vsech|hver|hvert|kaikki|kaikille|jokaiseen|vsem|vsechny|kazde)(?![\p{L}])/u;

/** The words of an area a door drop covers, in the thirteen languages. */
const AREA_WORD = /^(?:catchments|store|stores|shop|shops|branch|branches|postcode|postcodes|plz|postleitzahl|postleitzahlen|postcodegebied|postnummer|postnumre|postinumero|postinumerot|psc|cap|sector|sectors|area|areas|area's|zone|zones|zona|zonas|district|districts|distrikt|distrikter|bezirk|bezirke|quartier|quartiers|barrio|barrios|quartiere|wijk|wijken|bairro|bairros|dzielnica|stadsdel|bydel|kaupunginosa|ctvrt|city|town|capital|centre|center|stadt|ville|ciudad|citta|stad|cidade|miasto|kaupunki|mesto|byen|kommune|gemeente|comune|regiao|region|gebiet|plz-gebiet|plz-bereich|postleitzahlgebiet|postleitzahlbereich|concelho|municipio|municipality|municipalities|borough|county|parish|kreis|landkreis|gemeinde|departement|provincia|provincie|province|gmina|gminie|powiat|kommun|kunta|okres|obec|catchment|surroundings|surrounding|environs|vicinity|umgebung|umland|alrededores|dintorni|omgeving|arredores|okolice|okolicach|okolic|omegn|omgivning|omgivelser|ymparisto|okoli|heel|hele|hela|ganz|ganze|toute|tout|toda|todo|tutta|tutto|koko|cale|cele|cala)$/u;
/** Streets and buildings: an address is one household, not an area. */
const STREET = /(?<![\p{L}])(?:road|rd|street|st|avenue|ave|lane|close|drive|way|strasse|str|weg|gasse|platz|rue|avenue|chemin|calle|avenida|plaza|via|viale|piazza|straat|laan|plein|rua|travessa|ulica|ul|aleja|gatan|gata|vaegen|vej|gade|gate|veien|katu|tie|ulice|trida|namesti|building|block|flat|apartment|house|haus|maison|edificio|palazzo|gebouw|predio|blok|hus|talo|dum)(?![\p{L}])|\p{L}+(?:strasse|straat|gatan|vaegen|vej|gade|veien|katu|tie)(?![\p{L}])/u;
/** Heavy or compulsive use ("Heavy drinkers list"): never the name of a list someone chose to be on (checks/audience.ts reads heavy-use targeting with it too). */
export const heavyUse = compileLexicon([...Object.values(HEAVY_USE_EXTRA).flat(), ...Object.values(HEAVY_USE).flat()]);
/** That the shop delivers to an area ("the districts our vans serve", "wo wir liefern"): the area, not a filter. */
const SERVED = /^(?:serve|serves|served|deliver|delivers|delivered|vans|van|cover|covers|covered|reach|reaches|liefern|beliefern|desservons|desservi|desservis|servimos|repartimos|serviamo|consegniamo|bezorgen|leveren|entregamos|dostarczamy|levererar|leverer|toimitamme|rozvazime)$/u;
/** "The catchment of the new Harlow store": a new shop's catchment is still its area. */
const NEW_SHOP = /^(?:new|neue[nrs]?|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuwe|novo|nova|nowy|nowego|nowej|ny|nya|nye|uusi|uuden|nove|noveho)$/u;
/** Every door-drop phrase in a text. */
const DOOR_DROP_ALL = new RegExp(DOOR_DROP.source, 'gu');
/** The nouns of a distribution and of advertising that the everyone words lack ("utskick", "distribuição", "Verteilung", "reklam"): how a door drop goes out. */
const DISTRIBUTION = /^(?:catalogo|katalog|catalogus|katalogen|reklam|reklame|reklamer|werbung|publicite|publicidad|pubblicita|reclame|publicidade|reklama|reklamy|mainoksia|distribuicao|distribucion|distribuzione|verteilung|verspreiding|dystrybucja|utskick|udsendelse|utsendelse|roznos|delivery|zustellung|reparto|consegna|bezorging|entrega|levering|leverans|toimitus)$/u;
/** A postcode district or range ("ls1-ls9", "se15", "1010", "28001-28005", "35xx"). */
const POSTCODE_DISTRICT = /^(?:[a-z]{1,2}\d{1,2}[a-z]?(?:-[a-z]{1,2}\d{1,2}[a-z]?)?|\d{4,5}(?:-\d{4,5})?|\d{1,4}x{1,4})$/u;

/** "Every household", "all 3.8m app users", "ALL SUBSCRIBERS": an "all" word with a group's name within the next three words (never "every day", "varje dag"). */
function everyOfAGroup(text: string, groupWord: (w: string) => boolean): boolean {
  const tokens = text.split(' ');
  return tokens.some((t, i) => EVERY.test(t) && tokens.slice(i + 1, i + 4).some((w) => w.length >= 4 && groupWord(w)));
}

/** What the first reading knew of the whole audience. */
export interface AudienceFacts {
  whole: string;
  optInAudience: boolean;
  broadcastAudience: boolean;
  allOf: boolean;
  behaviourAnywhere: boolean;
  places: ReadonlySet<string>;
  /** Words written with a capital after the first word of the raw audience ("Buzoneo a todos los hogares de Sevilla capital"): a door drop's town or district. */
  capitalised: ReadonlySet<string>;
}

/** The first reading's word tests, passed in so that its lexicons are compiled once. */
export interface WordTests {
  /** A recency, frequency or spend word, an ordinary product word or a purchase verb. */
  plainWord: (w: string) => boolean;
  /** A caution stem, a place, an age or a product code. */
  narrowing: (text: string) => boolean;
  /** A word that names a whole group (customers, members, households, the base, the list). */
  groupWord: (w: string) => boolean;
  /** The same without the place words: a caution stem, an age or a product code. */
  narrowingBesidesPlace: (text: string) => boolean;
}

/** Reads the conditions against each other, in place. */
export function readAcrossConditions(conditions: Condition[], { whole, optInAudience, broadcastAudience, allOf, behaviourAnywhere, places, capitalised }: AudienceFacts, words: WordTests): void {
  // "Opted in to offers on beer and cider", "asked to receive our tobacco and vape price list": a short item after "and" continues the list the customer chose.
  for (let i = 1; i < conditions.length; i++) {
    const [before, c] = [conditions[i - 1], conditions[i]];
    const sameTopic = c.sensitive.length > 0 && c.sensitive.every((h) => before.sensitive.some((b) => b.category === h.category));
    // "Socios del Club Mamá y Bebé": a club's name split at its "and" goes on naming the club (nobody joins a club of debts or of minors).
    const clubName = CLUB_NAME_END.test(before.text) && !c.sensitive.some((h) => h.category === 'finances' || h.category === 'minors');
    if (before.attribute === 'declared' && c.attribute === 'unknown' && (c.text.split(' ').length <= 2 || (LIST_NAME_END.test(c.text) && c.text.split(' ').length <= 3)) && (sameTopic || clubName)) Object.assign(c, { attribute: 'declared', declared: true });
    // "Newsletter preference: Faith & Spirituality": the value of a topic the customer picked (never debts or minors, never a number or a code).
    // "Double opt-in list: Budget Recipes": the name of a list the customer chose, when it names nothing sensitive (twenty-fourth round; a club's further condition, "who missed two payments", is no name).
    const topicValue = (CHOSEN_TOPIC_END.test(before.text) || (before.attribute === 'declared' && /(?:list|liste|lista|lijst|listan|newsletter|nieuwsbrief|verteiler|profile|profil|perfil|profilo|profiel)$/.test(before.text) && c.sensitive.length === 0)) && !c.sensitive.some((h) => (h.category === 'finances' && DEBT_STATE.test(c.text)) || h.category === 'minors') && !/\d|_|=/.test(c.text.replace(SWITCHED_ON, ''));
    if ((before.attribute === 'declared' || before.attribute === 'everyone') && c.attribute === 'unknown' && c.text.split(' ').length <= 5 && topicValue) Object.assign(c, { attribute: 'declared', declared: true });
  }
  // "Parents-to-be who signed up for our pregnancy emails": in an audience of a choice, the people it names first, in a few words on
  // the very topic they chose, are the subscribers described by their subscription (a further filter, "with blood pressure readings", is not).
  const first = conditions[0];
  // A list, course or interest group named by its topic ("Seniors Tech Help workshop mailing list (sign-up form)", "recipients of the 'Gluten-free living' recipe email") is named for what they signed up to, in up to seven words with no number.
  const listName = first !== undefined && LIST_NAME_END.test(first.text) && first.text.split(' ').length <= 7 && !/\d/.test(first.text);
  // Twenty-eighth round: a list so named is the customer's choice even when a word in its name is only near a sensitive area ("Budget Meals weekly email (chosen in preferences)").
  if (optInAudience && first && first.attribute === 'unknown' && (first.sensitive.length > 0 || (listName && heavyUse.find(first.text.replace(/(?:daily|weekly|monthly)\s(?=\S+$)/u, ' ')) === null)) && (first.text.split(' ').length <= 3 || listName)) {
    const chosenTopics = new Set(conditions.filter((c) => c.attribute === 'declared').flatMap((c) => c.sensitive.map((h) => h.category)));
    const minorsOrDebt = first.sensitive.some((h) => h.category === 'minors' || (h.category === 'finances' && (DEBT_STATE.test(first.text) || !listName)));
    if (!minorsOrDebt && (listName || first.sensitive.every((h) => chosenTopics.has(h.category)))) Object.assign(first, { attribute: 'declared', declared: true });
  }
  // "Bought from menswear only 2019–2023; womenswear share ≥ 70% since January": a department change written across conditions reads gender identity.
  if (departmentShift(whole) && !conditions.some((c) => c.sensitive.some((h) => h.category === 'sexuality'))) {
    const last = [...conditions].reverse().find((c) => departmentShift(c.text) || /wear|dept|department|abteilung|rayon|seccion|reparto|afdeling|secao|dzial/.test(c.text)) ?? conditions[conditions.length - 1];
    if (last) Object.assign(last, { attribute: 'change', change: true, declared: false, sensitive: [...last.sensitive, { category: 'sexuality', label: SEXUALITY_LABEL, term: "a change between men's and women's departments" }] });
  }
  // Nineteenth round: in an audience that takes all of everyone ("All users, universal in-app card", "An alle App-Nutzer, ohne Einschränkung"),
  // with no behaviour anywhere, a further condition the review cannot place but that names nothing sensitive, no caution stem, no place, no
  // purchase, no amount or threshold and no comparison, restriction or change (THRESHOLD and RELATIVE, twenty-fifth and twenty-sixth rounds)
  // is part of how the broadcast is described, not a filter on people.
  // Twenty-fifth round: "every", "whole", "full" anywhere in the audience ("Door drop: every household…", "ALL SUBSCRIBERS · Mailchimp audience 'Main List'") takes all of a group too, and a chosen list taken whole counts as everyone.
  const everyGroup = everyOfAGroup(whole, words.groupWord);
  const takesAll = allOf || broadcastAudience || everyGroup || conditions.some((c) => c.attribute === 'everyone' && ALL_WORD.test(c.text));
  // A condition that opens with "all <group>" ("all android users on the google play build") names everyone too, whatever follows in it.
  const opensWithAll = (c: Condition) => (c.attribute === 'declared' || c.attribute === 'unknown') && EVERY.test(c.text.split(' ')[0]) && everyOfAGroup(c.text.split(' ').slice(0, 4).join(' '), words.groupWord);
  const describesTheSend = () => {
    if (!takesAll || behaviourAnywhere || !conditions.some((c) => c.attribute === 'everyone' || opensWithAll(c))) return;
    for (const c of conditions) if (c.attribute === 'unknown' && c.sensitive.length === 0 && !c.text.split(' ').some((w) => words.plainWord(w)) && !words.narrowing(c.text) && !THRESHOLD.test(c.text) && !RELATIVE.test(c.text) && ![...places].some((p) => c.text.includes(p))) Object.assign(c, { attribute: 'everyone', declared: true });
  };
  describesTheSend();
  // Twenty-second and twenty-fourth rounds: a door drop to every household of a town or district ("Husstandsomdelt brosjyre til alle i Bodø", "Buzoneo a
  // todos los hogares de Sevilla capital", "door-to-door to all addresses in the Leeds LS1-LS9 districts") takes the area whole: without its
  // capitalised names, area words and postcode districts, a condition that is only who everyone is, with nothing sensitive, no age and no caution stem, is where the broadcast goes.
  // Thirty-fifth round: a door-to-door piece ("Huis-aan-huisfolder Utrecht en omgeving", "Postwurfsendung Bezirk Mitte") goes to every letterbox by its very name.
  if (DOOR_DROP.test(whole) && (EVERY.test(whole) || DOOR_TO_DOOR.test(whole)) && !behaviourAnywhere) {
    for (const c of conditions) {
      // A street or a house number is an address, never an area.
      if ((c.attribute !== 'unknown' && c.attribute !== 'location') || c.sensitive.length > 0 || STREET.test(c.text)) continue;
      // "The 14 postcode districts our vans serve": how many districts, and that the shop delivers there, name the area too.
      const tokens = c.text.split(' ');
      const named = tokens.filter((w, i) => !places.has(w) && !capitalised.has(w) && !AREA_WORD.test(w) && !POSTCODE_DISTRICT.test(w) && !SERVED.test(w) && !(/^\d+$/.test(w) && (AREA_WORD.test(tokens[i + 1] ?? '') || AREA_WORD.test(tokens[i - 1] ?? ''))));
      // Twenty-eighth round: how the piece is delivered ("oadresserat utskick till alla hushåll", "distribuição porta a porta") is no condition either.
      const placeless = named.join(' ').replace(DOOR_DROP_ALL, ' ').replace(HOLIDAY, ' ').split(' ').filter((w) => w !== '' && !DISTRIBUTION.test(w) && !NEW_SHOP.test(w)).join(' ');
      if ((named.length < c.text.split(' ').length || DOOR_DROP.test(c.text)) && (placeless === '' || (onlyWords(placeless, EVERYONE_WORDS, HOUSEHOLD_WORDS) && !/\d/.test(placeless) && !words.narrowingBesidesPlace(placeless)))) Object.assign(c, { attribute: 'everyone', declared: true });
    }
    // Thirty-second round: once the area is read as everyone ("Všechny domácnosti v okolí prodejny"), a note on the send beside it ("roznos do schránek") is read as above.
    describesTheSend();
  }
}
