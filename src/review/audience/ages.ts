/**
 * Ages read from an audience condition, in the eight languages: "aged 65+", "ab 72 Jahren",
 * "de 70 à 80 ans", "Spieler unter 16", "Klientki 45-55", "poniżej 16 lat". A number of years
 * is an age unless it is a tenure or a time window ("3 anos de fidelidade", "seit 3 Jahren",
 * "in the last 2 years", "5 years ago"). The bounds place the condition: under 18 is minors,
 * 60 and over is older people, and a woman's age band around 40 to 60 is the menopause proxy.
 */
import type { SensitiveCategory } from './taxonomy.js';

export interface AgeReading {
  /** The words that were read as an age. */
  text: string;
  low?: number;
  high?: number;
}

const YEARS = '(?:years?|yrs|year-olds?|jahre[n]?|jaehrig[\\p{L}]*|ans|anos|anni|jaar|lat|let|ar|aring[\\p{L}]*)';
const UPTO = "(?:-|–|to|a|bis|y|e|i|do|tot|und|et|and|au|al)";
const OVER = '(?:>=|>|over|above|older than|ab|ueber|aelter als|plus de|des|mayores de|mas de|a partir de|sopra (?:i|gli)|oltre (?:i|gli)|boven|vanaf|ouder dan|mais de|acima de|powyzej|od|oever|aeldre aen|fran)';
const UNDER = '(?:<=|<|under|below|younger than|unter|juenger als|moins de|menores de|menos de|sotto (?:i|gli)|onder|jonger dan|abaixo de|ponizej|do|yngre aen)';
const AGE_WORD = '(?:aged?|im alter von|alter|agee?s? de|age de|edad(?: de)?|de edad|eta|leeftijd|idade|wiek|w wieku|i aldern|alder|aldern)';
const PEOPLE = '(?:customers|clients|clientes|clientas|clienti|kunden|kundinnen|klanten|klienci|klientki|shoppers|users|women|men|frauen|maenner|femmes|hommes|mujeres|hombres|donne|uomini|vrouwen|mannen|mulheres|homens|kobiety|mezczyzni|players|spieler|joueurs|jugadores|giocatori|spelers|jogadores|gracze|members|mitglieder|membres|socios|soci|leden|czlonkowie|medlemmer|jaesenet|clenove|asiakkaat|zakaznici|kunder|kvinnor|maen|medlemmar|spelare|viewers|readers|listeners|subscribers|visitors|guests|travellers|travelers|passengers|drivers|residents|households|adults|holders|cardholders|diners|patrons|fans|followers|zuschauer|leser|lecteurs|spectateurs|espectadores|lectores|spettatori|lettori|kijkers|lezers|telespectadores|leitores|widzowie|czytelnicy|tittare|laesare|seere|seerne|lesere|katsojat|lukijat|divaci|ctenari|abonnenten|abonnes|suscriptores|iscritti|abonnees|assinantes|subskrybenci|prenumeranter|abonnenter|tilaajat|odberatele)';
/** Words that make a number of years a tenure or a window, not an age: just before it, or just after. */
const TENURE_BEFORE = /(?:^|\s)(?:us|with us|been with us|bei uns|chez nous|con nosotros|con noi|bij ons|connosco|z nami|med oss|afgelopen|voorbije|ultimi|ultime|ostatnie|(?:antiguedad|antigueedad|antiguidade|anzianita|antiguidade|tenure|kundendauer|stazem|staz) (?:superior a|de mas de|de plus de|superiore a|di oltre|of over|of more than|von ueber|von mehr als|above|over|ponad)|since|for|seit|depuis|desde|hace|da|sinds|od|vor|last|past|letzten|letzte|letztes|derniers|dernieres|ultimos|ultimas|ultimi|laatste|ostatnich|senaste|within|innerhalb|in|en|dans|nei|ago|ha|i|sedan|mer aen)(?:\s(?:more than|over|at least|mehr als|ueber|mindestens|plus de|au moins|mas de|al menos|piu di|oltre|almeno|meer dan|minstens|mais de|pelo menos|ponad|co najmniej|mer aen|oever|minst))?\s?$/;
const TENURE_AFTER = /^\s?(?:ago|tenure|of tenure|(?:as )?(?:a )?customer|with the company|(?:or longer|or more|oder laenger|ou plus|o mas|o piu|of langer|of meer|ou mais|lub dluzej|eller mer|eller laengre) (?:as a |a |als |als een )?(?:customer|customers|member|members|client|clients|klant|klanten|kunde|kunden|kund|kunder|cliente|clientes|membre|membres|socio|socios|lid|leden|klient|klienci)|de antigueedad|d'anciennete|di anzianita|as a member|(?:an |a |de |da |di |du |del |van )?(?:customer |kunden|kundinnen)?(?:account|accounts|konto|kundenkonto|compte|cuenta|conto|account|rekening|conta|konto|kundkonto|kundekonto|asiakkuus|ucet)(?![a-z])|als mitglied|comme client|come cliente|como cliente|als klant|jako klient|som kund|d'anciennete|d anciennete|de fidelite|de fidelidad|de fidelidade|de antiguedad|di fedelta|di anzianita|als kunde|als kundin|als klant|klientem|as a customer|as customers|with us|of membership|membership|mitgliedschaft|(?:ars |aars |års )?medlemskab|medlemskap|medlemsskap|jaesenyys|jaesenyytta|clenstvi|czlonkostwa|lidmaatschap|de anciennete|de casa|bei uns|chez nous|con nosotros|connosco|bij ons|z nami)/;
/** A tenure compared in notation ("tenure >= 10 yrs", "kundendauer > 5 Jahre", "membership_years >= 3"). */
const TENURE_COMPARED = /(?:^|\s)(?:tenure|tenure_years|membership|membership_years|member_since|kundendauer|mitgliedschaft|anciennete|antiguedad|antiguidade|anzianita|lidmaatschap|staz)[\p{L}_]*\s?(?:[<>]=?|≥|≤|=)?\s?$/u;
/** The age of a pet, a vehicle or a thing the customer owns ("dog age >= 8", "Alter des Hundes"), not of the customer. */
const NOT_A_PERSON = /(?:^|\s)(?:dog|dogs|cat|cats|pet|pets|puppy|horse|hund|hundes|katze|haustier|chien|chat|animal|perro|gato|mascota|cane|gatto|hond|kat|huisdier|cao|caes|pies|psa|kot|hund|hunden|katt|vehicle|vehicles|car|cars|auto|fahrzeug|voiture|vehiculo|coche|veicolo|boiler|mattress|roof|tyres?|tires?|device|phone|handset|laptop)(?:\s[\p{L}_]+)?\s?$/u;

/** After a bare number: a unit that makes it an amount, a count or a duration, not an age. */
const NOT_AN_AGE = '(?![\\p{N}]|[.,]\\p{N}|\\s?(?:(?:last|past|previous|derniers|dernieres|ultimos|ultimas|ultimi|ultime|letzten|laatste|afgelopen|ostatnich|senaste)\\s)?(?:[%€£$]|zl|kr|eur|gbp|usd|euros?|pounds?|dollars?|orders?|items?|times|purchases|visits|bestellungen|commandes|pedidos|ordini|bestellingen|zamowien|days|weeks|months|tage[n]?|wochen|monate[n]?|jours|semaines|mois|dias|semanas|meses|giorni|settimane|mesi|dagen|weken|maanden|dni|tygodni|miesiecy|years?|yrs|jahre[n]?|ans|anos|anni|jaar|jaren|lat|ar)(?![\\p{L}]))';

const PATTERNS: RegExp[] = [
  // "aged 65+", "aged 16-17", "age de 70 a 80"
  new RegExp(`(?<![\\p{L}])${AGE_WORD}\\s?(\\d{1,2})(?:\\s?\\+)?(?:\\s?${UPTO}\\s?(\\d{1,2}))?`, 'gu'),
  // "ab 72 Jahren", "de 70 a 80 ans", "16 y 17 anos", "powyzej 70 lat", "over 65 years"
  new RegExp(`(?<![\\p{L}\\p{N}])(?:(${OVER}|${UNDER}|de|van|von|from)\\s)?(\\d{1,2})(?:\\s?\\+)?(?:\\s?${UPTO}\\s?(\\d{1,2}))?\\s?\\+?\\s?${YEARS}(?:\\s?\\+)?(?![\\p{L}])`, 'gu'),
  // "Spieler unter 16", "customers over 70" (no unit: a bare number after over/under and people)
  new RegExp(`(?<![\\p{L}])${PEOPLE}\\s(?:[\\p{L}]+\\s){0,2}(${OVER}|${UNDER})\\s(\\d{2})${NOT_AN_AGE}`, 'gu'),
  // "Kundinnen 45-55", "women 45 to 55"
  new RegExp(`(?<![\\p{L}])${PEOPLE}\\s(\\d{2})\\s?${UPTO}\\s?(\\d{2})${NOT_AN_AGE}`, 'gu'),
  // "klanten 75+", "Kunder 80+": people and a number with a plus and no unit
  new RegExp(`(?<![\\p{L}])${PEOPLE}\\s(\\d{2})\\s?\\+${NOT_AN_AGE}`, 'gu'),
  // "Altersangabe unter 16", "stated age under 16", "leeftijd onder 16": an age word (or a compound of one), then over or under
  new RegExp(`(?<![\\p{L}])(?:age|alter|alters[\\p{L}]+|[\\p{L}]*alter|edad|eta|leeftijd|idade|wiek|alder|aldern)(?:\\s[\\p{L}]+)?\\s(${OVER}|${UNDER})\\s(\\d{1,2})${NOT_AN_AGE}`, 'gu'),
];

function isUnder(word: string | undefined): boolean {
  return word !== undefined && new RegExp(`^${UNDER}$`, 'u').test(word);
}
function isOver(word: string | undefined): boolean {
  return word !== undefined && new RegExp(`^${OVER}$`, 'u').test(word);
}

/** Every age in a normalised condition, with its bounds. */
/** A birth year or a range of them, with its birth word ("birth year 2009–2011", "geboren nach 2008", "rok urodzenia 2010"). */
const BIRTH_YEAR = /(?<![\p{L}])(?:birth ?years?|year of birth|born|yob|geburtsjahr(?:gang|gaenge)?|jahrgang|jahrgaenge|geboren|annee de naissance|nes?|nees?|ano de nacimiento|nacid[oa]s?|anno di nascita|nat[oi]|geboortejaar|geboren|ano de nascimento|nascid[oa]s?|rok urodzenia|rocznik|urodzen[\p{L}]*|foedelsear|foedd[a]?|foedselsar|foedt|fodt|fodselsar|syntymaevuosi|syntynyt|syntyneet|rok narozeni|narozen[\p{L}]*)\s?(?:=|:|in|im|en|em|w|i|on|is|ist|est|es|e|er|ar|je)?\s?(after|since|nach|ab|apres|despues de|dopo il|na|po|efter|jaelkeen|before|vor|avant|antes de|prima del|voor|przed|foere|innan|ennen)?\s?((?:19|20)\d\d)(?:(?:\s?(?:-|–|to|bis|a|al|tot|do|till|til|and|und|et|y|e|en|och|og|ja)\s?|\s)((?:19|20)\d\d))?(?![\p{N}])(\s(?:or later|or after|and later|or younger|tai myoehempi|tai myohempi|tai sen jaelkeen|ou apres|o posterior|o despues|oder spaeter|oder juenger|of later|of jonger|eller senere|eller senare|eller yngre|lub pozniej|nebo pozdeji|o successivo|o dopo|ou posterior|ou depois))?/gu;

/** A date of birth and the age band it gives, a few words on ("dob puts account at 16-17"). */
const BIRTH_BAND = /(?<![\p{L}])(?:dob|date of birth|birthdate|birth date)(?:\s[\p{L}]+){0,4}\s(\d{1,2})\s?(?:-|–|to)\s?(\d{1,2})(?![\p{N}])/gu;

/** An age group named as such: "over-80s", "under 18s"; Finnish "yli 70-vuotiaat", "alle 18-vuotiaille"; never a scheme's name ("Over-60s Discount Card holders"). */
const AGE_GROUP = /(?<![\p{L}\p{N}])(?:(over|under)[- ](\d{2})s|(?:(yli|alle) )?(\d{1,2}) ?-?vuotia\p{L}*)(?![\p{L}\p{N}])(?![- ](?:[\p{L}]+ )?(?:card|cards|club|clubs|pass|passes|scheme|programme|program|membership|railcard|kortti|klubi))/gu;

export function readAges(text: string): AgeReading[] {
  const out: AgeReading[] = [];
  const [ageWord, years, bare, band, plusOnly, ageWordCompared] = PATTERNS;
  for (const m of text.matchAll(ageWord)) if (!NOT_A_PERSON.test(text.slice(0, m.index ?? 0))) out.push(bounds(m[0], undefined, Number(m[1]), m[2] ? Number(m[2]) : undefined, /\+/.test(m[0])));
  for (const m of text.matchAll(years)) {
    const before = text.slice(0, m.index ?? 0);
    const after = text.slice((m.index ?? 0) + m[0].length);
    if (TENURE_BEFORE.test(before) || TENURE_AFTER.test(after) || TENURE_COMPARED.test(before) || NOT_A_PERSON.test(before)) continue;
    if (m[1] && /^(?:de|van|von|from)$/.test(m[1]) && !m[3]) continue; // "de 400 ans" never; "de 70 a 80 ans" is a band
    out.push(bounds(m[0], m[1], Number(m[2]), m[3] ? Number(m[3]) : undefined, /\+/.test(m[0])));
  }
  for (const m of text.matchAll(bare)) out.push(bounds(m[0], m[1], Number(m[2]), undefined, false));
  for (const m of text.matchAll(band)) out.push(bounds(m[0], undefined, Number(m[1]), Number(m[2]), false));
  for (const m of text.matchAll(plusOnly)) out.push(bounds(m[0], undefined, Number(m[1]), undefined, true));
  for (const m of text.matchAll(ageWordCompared)) if (!NOT_A_PERSON.test(text.slice(0, m.index ?? 0))) out.push(bounds(m[0], m[1], Number(m[2]), undefined, false));
  // Thirty-fifth round: "Self-declared DOB puts account at 16-17": a date of birth, then the band it puts the customer in.
  for (const m of text.matchAll(BIRTH_BAND)) if (!NOT_A_PERSON.test(text.slice(0, m.index ?? 0))) out.push(bounds(m[0], undefined, Number(m[1]), Number(m[2]), false));
  // Thirty-fifth round: "the over-80s", "under-18s", "yli 70-vuotiaat", "alle 18-vuotiaat", "70-vuotiaat": an age group by its own name.
  for (const m of text.matchAll(AGE_GROUP)) {
    if (NOT_A_PERSON.test(text.slice(0, m.index ?? 0))) continue;
    const n = Number(m[2] ?? m[4]);
    const side = m[1] ?? m[3];
    if (side === 'over' || side === 'yli') out.push({ text: m[0].trim(), low: n });
    else if (side === 'under' || side === 'alle') out.push({ text: m[0].trim(), high: n });
    else out.push({ text: m[0].trim(), low: n, high: n });
  }
  // "self-declared birth year 2009–2011", "born after 2008": an age as of this year (eighteenth round).
  for (const m of text.matchAll(BIRTH_YEAR)) {
    if (NOT_A_PERSON.test(text.slice(0, m.index ?? 0))) continue;
    const year = new Date().getUTCFullYear();
    const [a, b] = [Number(m[2]), m[3] ? Number(m[3]) : undefined];
    if (b !== undefined) out.push({ text: m[0].trim(), low: year - Math.max(a, b), high: year - Math.min(a, b) });
    else if ((m[1] && /after|since|nach|ab|apres|despues|dopo|na|po|efter|jalkeen|jaelkeen/.test(m[1])) || m[4]) out.push({ text: m[0].trim(), high: year - a });
    else if (m[1] && /before|vor|avant|antes|prima|voor|przed|foere|foer|innan|ennen/.test(m[1])) out.push({ text: m[0].trim(), low: year - a });
    else out.push({ text: m[0].trim(), low: year - a, high: year - a });
  }
  return out;
}

function bounds(text: string, comparison: string | undefined, first: number, second: number | undefined, plus: boolean): AgeReading {
  if (second !== undefined) return { text: text.trim(), low: Math.min(first, second), high: Math.max(first, second) };
  if (isUnder(comparison)) return { text: text.trim(), high: first };
  if (isOver(comparison) || plus) return { text: text.trim(), low: first };
  return { text: text.trim(), low: first, high: first };
}

const FEMALE = /(?<![\p{L}])(?:women|woman|female|ladies|kundinnen|frauen|femmes|clientes femmes|clientas|mujeres|donne|clienti donne|vrouwen|mulheres|klientki|kobiety)(?![\p{L}])/u;

/** The sensitive categories an age reveals: minors, older people, and (for women around 40 to 60) the menopause. */
export function ageCategories(text: string, ages: readonly AgeReading[]): { category: SensitiveCategory; term: string }[] {
  const out: { category: SensitiveCategory; term: string }[] = [];
  for (const a of ages) {
    // Thirty-sixth round: or a band of young ages that reaches below 18 ("geboortejaar 2008–2011" is 15 to 18 this year).
    if ((a.high !== undefined && a.high < 18) || (a.low !== undefined && a.low < 18 && a.high !== undefined && a.high <= 21)) out.push({ category: 'minors', term: a.text });
    else if (a.low !== undefined && a.low >= 60) out.push({ category: 'elderly', term: a.text });
    else if (FEMALE.test(text) && (a.low ?? a.high ?? 0) >= 40 && (a.high ?? a.low ?? 99) <= 62) out.push({ category: 'health', term: `${a.text} (women of menopausal age)` });
  }
  return out;
}
