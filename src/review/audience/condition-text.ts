/**
 * The text of an audience as the review reads it before any word is judged: where one condition ends
 * and the next begins, whether a condition is made only of allowed words, and the patterns that
 * place a number or a verb in a condition (a comparison, a time window, a child's age, an amount
 * that moved, a stop, a purchase, a club's name, "all of", all of a shop's divisions, a newsletter's name, a
 * legal-age check's source, a product code in capitals). conditions.ts judges what the words mean.
 */
import { normalizeText } from '../normalize.js';
import { CLAUSE_BREAKS } from '../rules/audience-cues.js';
import { HOUSEKEEPING_MORE } from './choices.js';
import { ordinaryWord } from './ordinary-categories.js';
import { BREAKS_MORE } from './more-languages.js';
import { isNumberish } from './vocabulary.js';

const EXTRA_BREAKS = [' which ', ' but ', ' ma ', ' maar ', ' aber ', ' pero ', ' ale ', ' or ', ' oder ', ' ou ', ' o ', ' che ', ' e ', ' en ', ' met ', ' com ', ' i ', ' ktorzy ', ' którzy ', ' z ', ' dont ', ' ayant ', ' cuyo ', ' cuya ', ' vars ', ' deren ', ' dessen ', ' wiens ', ' waarvan ', ' cuyos ', ' cuyas ', ' cui ', ' cujo ', ' cuja ', ' ktorych ', ' hvis ', ' jejichz ', ' jehoz '];

/**
 * A quoted name ("the newsletter 'Leben mit Diabetes'", "l'avviso 'Torna disponibile'", "valgt 'Øl og vin'-nyheder",
 * twenty-eighth round: also before a hyphen that joins it to a word) is one title, not conditions: its spaces become no-break spaces, which no separator matches and the
 * normaliser turns back into spaces.
 */
const QUOTED = /(^|[\s(:])(['"«„“‘])([^'"«»„“”‘’]{2,80}?)(['"»“”’])(?=$|[\s),.;:!?-])/gu;
export function keepQuotedTogether(raw: string): string {
  return raw.replace(QUOTED, (_all, before: string, open: string, title: string, close: string) => `${before}${open}${title.replace(/ /g, '\u00a0')}${close}`);
}

/** "suppress: unsubscribed, hard_bounce, deceased", "Ausschlüsse: Abmelder, Verstorbene" (thirty-second round). */
const SUPPRESSION_LIST = /(?<![\p{L}])(?:suppress|suppressed|suppression|suppressions|exclude|excluded|excludes|exclusions?|excl|ausschluss|ausschluesse|ausschlüsse|ausgeschlossen|exclus|exclusiones|esclusioni|uitsluitingen|wykluczenia|undantag|udelukket|unntak|poissuljetut|vyloučeni)\s?:\s?([\p{L}\p{N}_ -]+(?:\s?,\s?[\p{L}\p{N}_ -]+)*)(?=$|[;.)])/giu;
const SUPPRESSED_ITEM = /^(?:(?:hard|soft)[_ -]?bounces?|bounced|bounces|unsubscribed|unsubscribes|unsubs|opted[_ -]?outs?|opt[_ -]?outs?|deceased|gone[_ -]?aways?|staff|employees|test(?:[_ -]?accounts?)?|seeds?|seed list|complaints|spam[_ -]?complaints|dnc|do[_ -]not[_ -]contact|robinson(?: list)?|suppression list|blacklist(?:ed)?|invalid(?: emails?)?|test accounts?|adresses en retour|retours courrier|npai|returned mail|return to sender|testitilit|testikayttajat|kont testowych|konta testowe|testkonten|comptes de test|cuentas de prueba|account di test|testaccounts|contas de teste|testkonton|testkonti|testkontoer|testovaci ucty|abmelder|abgemeldete|verstorbene|bounce|desinscrits|desabonnes|decedes|bajas|fallecidos|disiscritti|deceduti|afgemeld|overledenen|avregistrerade|avlidna|afmeldte|afdøde|avmeldte|avdøde)$/u;

/** "Abmelder und Bounces entfernt", "unsubscribes, hard bounces and deceased removed": the same usual suppressions, named before the word that removes them (thirty-fifth round). */
const SUPPRESSED_ITEM_WORDS = SUPPRESSED_ITEM.source.slice(1, -1);
/** One or more of the usual suppressions, joined by commas or "and" in the thirteen languages. */
const SUPPRESSED_LIST = `${SUPPRESSED_ITEM_WORDS}(?:\\s?(?:,|&|\\+|\\s(?:and|und|et|y|e|en|og|och|i|ja|a)\\s)\\s?${SUPPRESSED_ITEM_WORDS})*`;
const SUPPRESSIONS_REMOVED = new RegExp(`(?<![\\p{L}])${SUPPRESSED_LIST}\\s(?:removed|excluded|suppressed|filtered out|entfernt|ausgeschlossen|bereinigt|supprimes|supprimés|exclus|retires|retirés|eliminados|excluidos|quitados|rimossi|esclusi|verwijderd|uitgesloten|removidos|usunieci|usuniete|usunięte|borttagna|exkluderade|fjernet|fjernede|poistettu|poistetut|odstraněny|odstraneni)(?![\\p{L}])`, 'giu');

/** Where a choice was made: the customer's own area or account (thirty-seventh round). */
const CHOICE_PLACE = /(?<![\p{L}])(?:in|on|na|no|en|dans|nell|nel|im|w|i|op)\s(?:(?:the|a|o|la|le|l'|mon|mi|mijn|minha|sua|their|your|my|il|het|de)\s?)?(?:customer area|customer account|personal area|account area|account settings|my account|[aá]rea (?:de|do) cliente|[aá]rea pessoal|[aá]rea personal|espace client|area clienti|area riservata|mi cuenta|minha conta|mijn account|kundenkonto|kundenbereich|mein konto|konto klienta|mina sidor|min side|mit konto|oma tili)(?![\p{L}])/giu;
/** A sign-up and what was given with it ("Anmeldung mit Geburtstermin", "signed up with a due date"): one condition. */
const SIGN_UP_WITH = /(?<![\p{L}])(anmeldung|registrierung|sign-?up|signed up|registration|registered|inscription|inscrit[es]*|inscripci[oó]n|iscrizione|aanmelding|inscri[cç][aã]o|rejestracja)\s(mit|with|avec|con|met|com|z)\s/giu;

/** The same suppressions after the word that excludes them ("z wyłączeniem kont testowych", "excluding test accounts and bounces"). */
const SUPPRESSIONS_EXCLUDED = new RegExp(`(?<![\\p{L}])(?:excluding|excl\\.?|without|except|minus|z wyłączeniem|z wylaczeniem|ohne|ausgenommen|sans|hors|sin|excepto|senza|tranne|zonder|behalve|sem|exceto|utan|utom|uden|uten|ilman|kromě|krome|bez)\\s${SUPPRESSED_LIST}(?![\\p{L}])`, 'giu');

export function splitConditions(raw: string): string[] {
  // "excl. complaints", "12 Mon.", "notif. activées", "18+ jf. kundeprofil", "kl. 07.30": an abbreviation's full stop ends no condition.
  // "excluding staff and test accounts": housekeeping is left out before "and" could split it into conditions.
  // "kategoria: książki", "Category: Garden": a category's label and its name are one condition.
  // "category IN ('shoes','boots')": a query's list is one condition with its field.
  raw = raw.replace(/([\p{L}_]+)\s+in\s*\(([^()]*)\)/giu, '$1 in $2');
  // "SELECT id FROM contacts WHERE consent_email = TRUE": a query's frame says nothing of whom it picks; its WHERE clause does (twenty-fourth round).
  raw = raw.replace(/^\s*select\s+(?:distinct\s+)?[\w.*, ]+?\s+from\s+[\w.]+(?:\s+(?:as\s+)?\w+)?\s+where\s+/iu, '').replace(/^\s*select\s+(?:distinct\s+)?[\w.*, ]+?\s+from\s+[\w.]+\s*;?\s*$/iu, 'everyone');
  // "Enrolled with the pharmacist", "registered with our opticians": who took the enrolment is part of the choice.
  raw = raw.replace(/(?<![\p{L}])(enrolled|registered|signed up|joined)\s+with\s+(?=(?:the|our|a|an)\s)/giu, '$1 via ');
  // "Most active between 1 and 4": a range is one condition.
  // Thirty-second round: also with the articles of a date ("tra il 27 e il 30 del mese", "entre le 25 et le 31").
  raw = raw.replace(/(?<![\p{L}])(between|zwischen|entre|tra|tussen|miedzy|mellan|mellem)\s+(?:(?:the|dem|le|el|il|lo|la|het|o|os)\s+)?(\d{1,2}(?:[:.]\d\d)?)\s+(and|und|et|y|e|en|i|och|og)\s+(?:(?:the|dem|le|el|il|lo|la|het|o|os)\s+)?(?=\d)/giu, '$1 $2 to ');
  // "fallecido=0 -- 10 % grupo de control": a query's comment starts a condition of its own.
  raw = raw.replace(/\s--\s/gu, ', ');
  // "verified 18+ with ID": the proof of age goes with the check, not into a condition of its own.
  raw = raw.replace(/(?<![\p{N}])(18|21) ?\+\s+with\s+(?:photo\s+)?id(?![\p{L}])/giu, '$1+ id-checked');
  raw = raw.replace(/(?<![\p{L}])(category|categoria|categorie|kategorie|kategori|kategoria|warengruppe|varegruppe|varugrupp|afdeling|department|dept)\s?:\s?/giu, '$1 ');
  // Thirty-second round: "Newsletter: Faith & Festivals", "Club : Mamans & Bébés": a newsletter's or a club's label and its name are one condition too.
  raw = raw.replace(/(?<![\p{L}])([Nn]ewsletter|[Nn]yhetsbrev|[Nn]yhedsbrev|[Nn]ieuwsbrief|[Uu]utiskirje|[Ii]nfolettre|[Bb]oletin|[Cc]lub|[Kk]lub|[Cc]lube|[Kk]lubb)\s?:\s?(?=\p{Lu})/gu, '$1 ');
  // "segment = ALL; suppress: unsubscribed, hard_bounce, deceased": a list of the usual suppressions removes nobody the campaign picked.
  raw = raw.replace(SUPPRESSION_LIST, (all: string, list: string) => (list.split(/\s?,\s?|\s(?:and|und|et|y|e|en|og|och|i|ja|a)\s/u).every((item) => SUPPRESSED_ITEM.test(item.trim().toLowerCase())) ? ' ' : all));
  raw = raw.replace(SUPPRESSIONS_REMOVED, ' ').replace(SUPPRESSIONS_EXCLUDED, ' ');
  // Thirty-seventh round: where the customer made the choice ("in the customer area", "na área de cliente") is part of it, never a place;
  // and a sign-up's detail ("Anmeldung mit Geburtstermin") stays with the sign-up.
  raw = raw.replace(CHOICE_PLACE, ' ').replace(SIGN_UP_WITH, (_all, signUp: string, withWord: string) => `${signUp}\u00a0${withWord}\u00a0`);
  let parts = [` ${keepQuotedTogether(raw).toLowerCase().replace(/(?<![\p{L}])(excl|exkl|incl|inkl|notif|mon|mths?|mies|accts?|approx|ca|min|max|jf|kl|klo|bzw|vgl|ggf|evt|iht|ift|resp|nr|vs|etc|osv|mm|bl\.a)\. /gu, '$1 ').replace(HOUSEKEEPING_MORE, ' ')} `];
  for (const separator of [...CLAUSE_BREAKS, ...EXTRA_BREAKS, ...BREAKS_MORE, '. ', ': ', ' (', ') ', ' – ', ' — ', ' - ']) parts = parts.flatMap((p) => p.split(separator));
  return parts.map(normalizeText).filter((p) => p.length > 0);
}

type Allowed = ReadonlySet<string> | ((word: string) => boolean);

/**
 * Every word is one of the allowed words (or a number, amount or share); a compound ("app-nutzer")
 * or an elision ("all'anno", "n'ayant") of allowed words counts, and so does a German feminine or
 * inclusive form of an allowed word ("empfaengerinnen" from "Empfänger:innen").
 */
export function onlyWords(text: string, ...sets: Allowed[]): boolean {
  const plain = (w: string) => isNumberish(w) || sets.some((s) => (typeof s === 'function' ? s(w) : s.has(w)));
  const single = (w: string) => plain(w) || (w.length > 6 && w.endsWith('innen') && plain(w.slice(0, -5)));
  // A compound of two allowed words ("nieuwsbrieflijst", "kundenkonto", "bestellwert"), with or without a linking "s", "en" or "n".
  const compound = (w: string) => {
    if (w.length < 7) return false;
    for (let i = 4; i <= w.length - 4; i++) {
      const head = w.slice(0, i);
      const tail = w.slice(i);
      if (single(tail) && (single(head) || (/(?:s|en|n|e)$/.test(head) && single(head.replace(/(?:s|en|n|e)$/, ''))))) return true;
    }
    return false;
  };
  const allowed = (w: string) => single(w) || compound(w);
  return text.split(' ').every((w) => allowed(w) || (/['-]/.test(w) && w.split(/['-]/).every((part) => part === '' || allowed(part))));
}

export const COMPARISON = /(?<![\p{L}])(more than|less than|fewer than|at least|at most|over|under|above|below|top|bottom|mehr als|weniger als|mindestens|ueber|unter|plus de|moins de|au moins|mas de|menos de|al menos|[<>]=?|≥|≤)\s?([£€$]?\s?\d[\d.,]*\s?(?:%|£|€|\$|k)?)/u;
export const WINDOW = /(?<![\p{L}])((?:in the |within the |over the |in den |dans les |en los )?(?:last|past|previous|letzten|derniers|dernieres|ultimos|ultimas)\s\d*\s?(?:days?|weeks?|months?|years?|tagen|wochen|monaten|jahren|jours|semaines|mois|ans|dias|semanas|meses|anos)|since \d{4}|seit \d+ \p{L}+|depuis \d+ \p{L}+|desde hace \d+ \p{L}+|\d+ (?:days|weeks|months|years) ago)/u;

/** The age of a child the customer told us about ("a child born in 2023", "kinder im alter von"). */
export const CHILD_AGE = /(?<![\p{L}])(?:date de naissance|fecha de nacimiento|data di nascita|geburtsdatum|geboortedatum|data de nascimento|data urodzenia|birth date|date of birth)\s(?:de l'|de l |de la|du|del|della|des|van het|van|do|da|of the|of|de)\s?(?:enfant|nino|bambino|kind|kindes|crianca|dziecka|child|baby|bebe)|(?<![\p{L}])(?:child|children|child's|children's|kids?|bab(?:y|ies)|sons?|daughters?|kind|kinder[n]?|kindes|enfants?|ninos?|hijos?|bambin[oi]|figli[oa]?|kinderen|criancas?|filhos?|dzieck[oa]|dzieci|barn|barnets|barnas|boern|boernenes|børn|børnenes|lapsen|ditete)(?:\s[\p{L}]+)?\s(?:born|aged?|dob|birthdays?|date of birth|birth date|due date|geboren|geburtsdatum|geburtstag|im alter|alter|ne|nee|nes|date de naissance|nacid[oa]s?|fecha de nacimiento|nat[oi]|data di nascita|geboortedatum|nascid[oa]s?|data de nascimento|urodzon[\p{L}]*|data urodzenia|fodd[a]?|foedd|født|alder|ika|vek)(?![\p{L}])/u;

/** The age of a child named after the age word ("idade do filho", "age of their child", "Alter des Kindes", "edad del hijo"). */
export const CHILD_AGE_AFTER = /(?<![\p{L}])(?:age|ages|alter|age|edad|eta|leeftijd|idade|wiek|alder|ika|vek)\s(?:(?:of|of the|of their|des|der|de|de la|de l|del|de los|dei|del|della|dello|van|van het|van de|do|da|dos|das)\s)?(?:child|children|kids?|bab(?:y|ies)|kindes|kinder|kinds|enfant|enfants|hijo|hija|hijos|nino|ninos|figlio|figlia|figli|bambino|bambini|kind|kinderen|filho|filha|filhos|crianca|criancas|dziecka|dzieci|barnet|barnets|barnen)(?![\p{L}])/u;

/** A number of months in a marketer's abbreviation ("3–9 mån", "12 Mon.", "6 mnd", "3 mies."), read as months. */
export const MONTHS_ABBREVIATED = /(\d) (?:man|mnd|mdr|md|mon|mies|mes|mths?|mos?|kk)\.?(?![\p{L}])/gu;

/** An amount that moved to another: "from £40 to £10", "de 40 € à 10 €", "von 40 auf 10". */
export const FROM_TO = /\d[\d.,]*\s?(?:%|€|£|\$|eur|gbp|usd|zl|kr)?\s(?:a|to|auf|op|para|na|till|do|naar|em|en)\s(?:[<>]=?\s?)?[£€$]?\s?\d/u;

/** A stop spread around its object ("keine Herrenartikel mehr", "n'achètent plus de", "geen vlees meer", "non comprano più"): a change over time that no single phrase names. */
export const STOPPED = /(?<![\p{L}])(?:kein(?:e|en|er)?\s(?:[\p{L}-]+\s){0,3}mehr|ne\s(?:[\p{L}']+\s){0,2}plus|geen\s(?:[\p{L}-]+\s){0,3}meer|non\s(?:[\p{L}]+\s){0,3}piu|nie\s(?:[\p{L}]+\s){0,3}juz|inte\s(?:[\p{L}]+\s){0,3}laengre|not\s(?:[\p{L}]+\s){0,3}any ?more)(?![\p{L}])/u;

/** A verb of buying or ordering ("hanno ordinato", "bestellt", "compraron"): an audience that says what people bought is not only a choice they made. */
export const PURCHASE_VERB = /^(?:donated|gespendet|donado|donato|donati|gedoneerd|doaram|doou|przekazali|donerat|doneret|donert|lahjoittivat|lahjoitti|darovali|bought|purchased|ordered|paid|betalat|betalt|betalade|bezahlt|gezahlt|paye|payes|pagaron|pagado|pagato|pagati|betaald|betaalden|pagaram|zaplacili|zaplacil|gekauft|bestellt|gekocht|besteld|achete|achetes|commande|commandes|compraron|compraram|comprado|compradas|comprados|pidieron|encomendaram|acquistato|acquistati|ordinato|ordinati|comprato|comprati|kupili|kupil|kupila|zamowili|zamowil|kopt|kopte|bestallt|bestallde)$/u;

/** A condition that ends in a club's name ("socios del club mama", "members of the Wine & Cheese"), within two words of the club word. */
export const CLUB_NAME_END = /(?<![\p{L}])(?:club|klub|klubu|clube|klubb|klubben|kring|circolo|circulo|cercle|newsletter|nyhetsbrev|nyhetsbrevet|nyhedsbrev|nyhedsbrevet|nieuwsbrief|uutiskirje|uutiskirjeen|boletin|lettre)(?: [\p{L}]+){1,2}$/u;

/**
 * A condition that names a list, course or interest group by its topic ("Seniors Tech Help workshop mailing list", "Beer & Brewing
 * Hobbyists"): in an audience that says how people signed up, the topic is the list's name, not what the shop inferred (sixteenth round).
 */
export const LIST_NAME_END = /(?<![\p{L}])(?:mailing list|mailing-list|list|newsletter|workshop|workshops|course|courses|class|classes|club|group|circle|society|community|hobbyists|enthusiasts|fans|lovers|app users|app-users|app user|app-nutzer|app-nutzerinnen|alerts|notifications|texts|reminders|updates|email|e-mail|emails|e-mails|mailing|digest|bulletin|liste|verteiler|kurse|cours|atelier|ateliers|curso|cursos|taller|talleres|corso|corsi|cursus|lijst|workshoplijst|lista|listan|listen|kurs|kursus|kurssi|kurz|kroužek|warsztaty|liebhaber|amateurs|aficionados|appassionati|liefhebbers|entusiastas|entuzjasci|entusiaster)$/u;

/** A newsletter named by its topic at the end of a condition ("Abonnenter på nyhedsbrevet Familie & børn"), eighteenth round. */
export const NEWSLETTER_NAME_END = /(?<![\p{L}])(?:newsletters?|newsletteru|nyhetsbrev|nyhetsbrevet|nyhedsbrev|nyhedsbrevet|nieuwsbrief|uutiskirje|uutiskirjeen|boletin|lettre|infolettre)(?: [\p{L}]+){1,3}$/u;
/** Children as a newsletter's topic ("Familie & børn", "Mamma e bambino"): never teenagers or an age. */
export const CHILDREN_TOPIC = /^(?:boern|born|børn|barn|barna|kinder|kind|kids|children|child|enfants?|ninos?|bambin[oi]|kinderen|criancas?|dzieci|dziecko|lapset|lapsi|deti|dite|bebe|baby|babies)$/u;

/** A condition that ends in a topic the customer picked ("newsletter preference", "Interessen", "voorkeur"): the next short condition is the topic's value (eleventh round). */
export const CHOSEN_TOPIC_END = /(?<![\p{L}])(?:opt-in list|opt in list|opted-in list|opted in list|opted in|opted-in|opt-in|opt in|signed up|angemeldet|inscrits|inscritos|iscritti|aangemeld|inscritos|zapisani|anmaelda|tilmeldt|pamedt|pamedt|preference centre|preference center|chosen in profile|chosen in their profile|set in profile|set in their profile|back-in-stock request|back in stock request|stock request|waitlist|waiting list|reminder|reminders|alert|alerts|preference|preferences|interest|interests|topic|topics|praeferenz|praeferenzen|interesse|interessen|thema|themen|preference|preferences|centre d interet|centres d interet|preferencia|preferencias|interes|intereses|tema|temas|preferenza|preferenze|interessi|voorkeur|voorkeuren|onderwerp|preferencja|preferencje|zainteresowania|intresse|intressen|amne|notifications|benachrichtigungen|meldingen|notificaciones|notifiche|notificacoes|powiadomienia|powiadomien|aviseringar|notiser|varsler|notifikationer|ilmoitukset|upozorneni)$/u;

/** An audience that starts by taking all of a group ("all customers of the pharmacy", "Tutti i clienti", "Wszyscy klienci"). */
export const ALL_OF = /^(?:all|all of|all our|every|everyone|everybody|entire|whole|full|complete|ensemble de|l ensemble de|la totalite de|l integralite de|samtliga|saemtliche|saemtlichen|gesamte|gesamten|hele|cala|cale|vsichni|vsechny|vsem|kaikki|alle|allen|alle unsere|tous|toutes|tous nos|toutes nos|todos|todas|todos los|todas las|tutti|tutte|iedereen|al onze|todos os|todas as|wszyscy|wszystkich|alla|hela)(?![\p{L}])/u;

/** "… (all)" at the end of an audience: all of the group it names (eleventh round). */
export const ALL_AFTER = /\s(?:all|everyone|todos|todas|alle|tous|toutes|tutti|tutte|iedereen|wszyscy|alla|kaikki|vsichni|samtliga)$/u;
/** A child's age or birth date in the condition, either word order ("child born in 2023", "idade do filho"). */
/** "child's birth month", "baby's due date" (thirty-third round). */
const CHILD_DATE = /(?<![\p{L}])(?:child|childs|child's|baby|babys|baby's|kid|kids|kid's)\s(?:birth month|birth year|birthday|date of birth|due date|age)(?![\p{L}])/u;
export const childAge = (text: string): boolean => CHILD_AGE.test(text) || CHILD_AGE_AFTER.test(text) || CHILD_DATE.test(text);
/** A reminder or alert switched on ("'Jewish holidays' reminders = on"): the value of the choice, not a field the shop set. */
export const SWITCHED_ON = /\s?=\s?(?:on|true|yes|ja|oui|si|sim|tak)$/u;

/**
 * A number that could pick people: an amount, a comparison, a count of something with "+", or a number next to a word of more or
 * less (twenty-fifth round). Times, dates, shares of a send, batch sizes, versions and durations are the send's own numbers.
 */
export const THRESHOLD = /(?<![\p{L}])(?:decile|quintile|quartile|percentile|band|score|index|rank|level|imd|dezil|quintil|kwintiel|decil|decyl|desiili)\s?\d|[£€$¥%]?\s?\d[\d.,]*\s?(?:£|€|\$|eur|euro|euros|usd|gbp|chf|sek|nok|dkk|pln|zl|czk|kc|kr)(?![\p{L}])|(?:£|€|\$)\s?\d|[<>≤≥]|=<|=>|\d\s?\+|(?<![\p{L}])(?:over|under|above|below|more than|less than|fewer than|at least|at most|min|max|minimum|maximum|ueber|unter|mehr als|weniger als|mindestens|plus de|moins de|au moins|mas de|menos de|al menos|piu di|meno di|almeno|meer dan|minder dan|minstens|mais de|menos de|pelo menos|ponad|powyzej|ponizej|co najmniej|oever|under|mer aen|mindre aen|minst|mere end|mindre end|mindst|mer enn|mindre enn|yli|alle|vaehintaeaen|vice nez|mene nez|nejmene|alespon)\s\d/u;

/**
 * Words of more or less, up or down, earlier or later, and a bare range of hours (twenty-fifth round): the rest of an "all" audience
 * that compares people with themselves or others ("buying less than before", "paying later each month", "more sessions than last
 * month", "most active between 1 and 4") is a change or a threshold, never part of the broadcast.
 */
export const RELATIVE = /(?<![\p{L}])(?:(?<!(?:esclusi|escluso|excluding|except|excl|hors|sauf|ohne|ausser|sin|excepto|salvo|tranne|behalve|zonder|exceto|bez|utom|undtagen|uten|paitsi)\s)(?:only|just|solo|soltanto|nur|seulement|uniquement|solamente|alleen|apenas|somente|tylko|endast|bara|kun|bare|vain|pouze|jen)\s(?:those|the ones|people|customers|members|users|who|whose|where|diegenen|degenen|ceux|celles|quelli|quelle|aquellos|aquelas|aqueles|diejenigen|de|die|ne|niihin|ty|te|ci|den|dem|le|la|les|las|los|gli|as|os)|restricted|limited to|filtered|filtering|rajattu\p{L}*|filtrando|filtrant|gefiltert|gefilterd|diegenen|but|pero|aber|maar|mutta|activity|sessions?|usage|typical|habits?|patterns?|zero|null|nul|cero|zero|nulla|noll|nul|nolla|nula|than|vs|versus|compared|down|up|dropped|drop|fell|falling|fall|rising|rose|rise|increase[ds]?|increasing|decrease[ds]?|decreasing|later|earlier|late|less|fewer|more|most|least|halved|doubled|oekande|okande|minskande|stigande|sjunkande|oekende|stigende|faldende|synkende|kasvava|laskeva|rostouci|klesajici|crescente|decrescente|creciente|croissant|croissante|steigend\p{L}*|sinkend\p{L}*|toenemend\p{L}*|afnemend\p{L}*|rosnac\p{L}*|malejac\p{L}*|weniger|mehr|spaeter|frueher|gesunken|gestiegen|moins|plus|tard|baisse|hausse|menos|mas|tarde|bajada|subida|meno|piu|minder|meer|later|mniej|wiecej|pozniej|mindre|mer|senare|mere|senere|vaehemmaen|enemmaen|myoehemmin|mene|vice|pozdeji)(?![\p{L}])|(?<![\p{L}])(?:between|zwischen|entre|tra|tussen|miedzy|mellan|mellem|valilla|mezi)\s\d{1,2}\s(?:and|und|et|y|e|en|i|och|og|ja|a)\s\d{1,2}(?![\d:.])/u;

/** A bare postcode or post town code ("90210", "SW1A", "1010 Wien"): a place, never part of a choice. */
export const POSTCODE_TOKEN = /(?<![\p{L}\p{N}])(?:\d{4,5}|[a-z]{1,2}\d{1,2}[a-z]?)(?![\p{L}\p{N}])/u;

/** All of the shop's tiers, markets, countries or brands ("every tier", "all markets", "tous les pays", "alle Länder"). */
export const ALL_DIVISIONS = /^(?:all|every|each|alle|tous les|toutes les|todos los|todas las|tutti i|tutte le|todos os|todas as|wszystkie|samtliga|kaikki|vsechny)\s(?:(?:loyalty|membership|card|club)\s)?(?:tiers?|levels?|markets?|countries|regions|brands|banners|postcodes|postal codes|zip codes|areas|stores|branches|shops|segments|segmente|segmentos|segmenti|segmenten|segmenty|stufen|maerkte|laender|niveaux|marches|pays|niveles|mercados|paises|livelli|mercati|paesi|niveis|rynki|kraje|nivaaer|marknader|laender|tasot|markkinat|maat|urovne|trhy|zeme)$/u;
/** The same anywhere in a text, to take out of it. */
export const ALL_DIVISIONS_ANY = new RegExp(`(?<![\\p{L}])${ALL_DIVISIONS.source.slice(1, -1)}(?![\\p{L}])`, 'gu');

/** The words around a legal-age check that say where the age comes from ("nur Kontakte ab 18 Jahren laut Stammdaten", "aged 18+ on file"), twenty-eighth round. */
export const ADULT_CHECK_WORDS: ReadonlySet<string> = new Set(
  ['only', 'nur', 'seulement', 'uniquement', 'solo', 'solamente', 'alleen', 'apenas', 'somente', 'tylko', 'endast', 'bara', 'kun', 'vain', 'jen', 'pouze', 'according', 'per', 'on', 'file', 'record', 'records', 'recorded', 'laut', 'gemaess', 'stammdaten', 'selon', 'segun', 'secondo', 'volgens', 'segundo', 'wedlug', 'enligt', 'ifolge', 'mukaan', 'podle', 'dob', 'date', 'of', 'birth', 'geburtsdatum', 'birthdate'],
);

/** Codes written in capitals with a hyphen ("PT-KIT", "DERM-HL", "HC-TXT"), never a market or language pair ("EN-GB", "UK-IE") nor one that opens with an ordinary category ("DIY-PNT", "CASA-CUC"). */
export function productClassCodes(audience: string): ReadonlySet<string> {
  const found = [...audience.matchAll(/(?<![\p{L}\p{N}-])([A-Z]{2,6})-([A-Z0-9]*[A-Z][A-Z0-9]*)(?![\p{L}\p{N}-])/gu)].filter((m) => m[2].length >= (m[1].length >= 3 ? 1 : 2) && m[2].length <= 6);
  // Thirty-second round: a capital code named as a range or class ("first-ever purchase in range EXT", "Warengruppe KMP") hides what was bought too.
  const named = [...audience.matchAll(/(?<![\p{L}])(?:range|class|category|dept|department|line|sortiment|gamme|linea|linha|gama|lijn|assortiment|serie|kategorie|warengruppe|kategoria|kategori|varugrupp|varegruppe|tuoteryhma|tuoteryhmä)\s([A-Z]{3,6}\d*)(?![\p{L}\p{N}-])/gu)].filter((m) => !ordinaryWord(m[1].toLowerCase()));
  return new Set([...found.filter((m) => !(m[1].length === 2 && /^[A-Z]{2}$/.test(m[2])) && !ordinaryWord(m[1].toLowerCase())).map((m) => normalizeText(m[0])), ...named.map((m) => normalizeText(m[1]))]);
}

/** A newsletter named by its topic ("Money-saving tips newsletter subscribers"), twenty-eighth round: money in its name is the topic chosen (never a debt). */
export const NEWSLETTER_WORD = /(?<![\p{L}])(?:newsletter|newsletters|nieuwsbrief|nyhetsbrev|nyhedsbrev|nyhetsbrevet|nyhedsbrevet|uutiskirje|infolettre|boletin)(?![\p{L}])/u;

/** A preference or notification flag the customer switches ("pref_pharmacy_offers = TRUE", "notif_pref.gaming_offers = 1"), thirty-third round: their choice, however its topic reads. */
export const CHOICE_FLAG = /^(?:[\p{L}_]+[._])?(?:pref|prefs|preference|preferences|notif|notif_pref|notification|notifications|optin|opt_in|opted_in|consent|subscribed|subscription|newsletter|interest|interests)[._][\p{L}_.]+\s?=\s?(?:true|1|'?y'?|'?yes'?|'?on'?)$/u;

/** Every address or contact on a named list, file or run ("Every address on the store-card statement run", "All contacts on the Highlands mailing list"), thirty-fourth round. */
export const EVERY_ON_LIST = /^(?:every|all|all the|each)\s(?:address|addresses|household|households|contact|contacts|record|records|name|names|recipient|recipients|customer|customers)\s(?:on|in|from)\s(?:the\s|our\s)?[\p{L}\p{N}' -]{0,40}?(?:list|file|run|database|register|mailing list|mailing file|address file|distribution list)$/u;

/** A label before the audience's name ("Seg: ALL_OPTED_IN", "Zielgruppe: alle Kunden"), thirty-second round: it says nothing of whom the audience picks. */
export const HEADING = /^(?:seg|segment|audience|target|target group|zielgruppe|empfaenger|cible|publico|publico objetivo|pubblico|destinatari|doelgroep|malgrupp|malgruppe|målgrupp|målgruppe|kohderyhma|cilova skupina|grupa docelowa|odbiorcy|selection|selektion|seleccion|selezione|selectie|selekcja)$/u;
