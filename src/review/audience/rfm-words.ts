/**
 * More of the words Segbot's own recency, frequency, spend and tenure segments are written in
 * (extends vocabulary.ts RFM_WORDS): before/since a year ("customers since before 2020", "Klant
 * sinds 2018 of eerder"), ordinals and cumulative spend ("primo ordine", "gasto acumulado", "Top
 * 20% wg wartości"), colloquial negations ("niks besteld"), the usual RFM segment names
 * ("champions", "at risk", "hibernating") and shopping events named in a window ("one-time buyers
 * from last Black Friday"). Every word here is about how much, how often or how long ago someone
 * bought: none names a product, a person's trait or a place.
 */
import { normalizeText } from '../normalize.js';

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => normalizeText(w)));

export const RFM_WORDS_MORE = words([
  // Before, earlier, cumulative, ordinals, "back", in nine languages.
  'before', 'earlier', 'prior', 'back', 'come', 'came', 'returned', 'cumulative', 'accumulated', 'combined', 'overall', 'customers', 'orders', 'any', 'yet',
  'vor', 'davor', 'nach', 'gesamt', 'insgesamt', 'kumuliert', 'kumulierter', 'kumulierte', 'erster', 'erstes', 'einmal', 'einmalige', 'einmaligen', 'zurueck', 'wiedergekommen', 'noch',
  'avant', 'anterieur', 'cumule', 'cumulee', 'cumules', 'cumulees', 'total', 'totale', 'une', 'seule', 'unique', 'encore',
  'antes', 'previo', 'acumulado', 'acumulada', 'acumulados', 'unica', 'unico', 'vez', 'volvieron', 'vuelto', 'todavia', 'aun',
  'prima', 'primo', 'primi', 'prime', 'cumulato', 'cumulata', 'complessivo', 'complessiva', 'totale', 'solo', 'unico', 'tornati', 'ancora', 'nuovo', 'ordinato', 'ordinati', 'acquistati',
  'eerder', 'eerdere', 'voor', 'niks', 'geen', 'nog', 'al', 'totaal', 'opgeteld', 'eerste', 'eenmalig', 'eenmalige', 'terug', 'teruggekomen', 'of', 'nieuw',
  'acumulado', 'acumulada', 'primeiro', 'primeira', 'unica', 'voltaram', 'ainda', 'desde', 'anteriores', 'anterior',
  'wg', 'wedlug', 'przed', 'wczesniej', 'laczna', 'laczne', 'lacznie', 'laczny', 'skumulowana', 'skumulowane', 'jednorazowi', 'jednorazowo', 'wrocili', 'jeszcze', 'pierwsza', 'pierwszej', 'w',
  'före', 'tidigare', 'totalt', 'sammanlagt', 'ackumulerat', 'engångskunder', 'engångsköpare', 'tillbaka', 'kommit', 'ännu', 'än',
  'one-off', 'one-offs', 'once-only', 'exceeds', 'exceed', 'exceeding', 'exceeded', 'uebersteigt', 'ueberschreitet', 'depasse', 'depassant', 'supera', 'superan', 'superiore', 'overschrijdt', 'excede', 'przekracza', 'oeverstiger', 'em', 'inattivi', 'inattive', 'inativos', 'inativas', 'inactieve', 'inactief', 'nieaktywni', 'nieaktywnych', 'inactivos', 'inactives', 'inactifs', 'dormants', 'dormienti', 'slapende', 'uspieni',
  // Made or placed (orders), and the prepositions of a window ("sur les 12 derniers mois", "nel 2025").
  'accumulati', 'accumulate', 'accumulato', 'spaarpunten', 'saldo', 'punktow', 'punktami', 'gesammelt', 'gesammelte', 'gesammelten', 'cumules', 'cumulados',
  'cumplen', 'cumple', 'ci', 'jarig', 'zijn', 'fyller', 'maj', 'compiono', 'fazem', 'obchodza', 'birthdays',
  'click', 'collect', 'clickandcollect', 'follow-up', 'reviewed', 'rated', 'review', 'reviews', 'product', 'item', 'fedeli', 'fedele', 'fieis', 'lojalni', 'wierni', 'vorig', 'vorige', 'bestelden', 'zamawiali', 'zamowili', 'zamawiaja', 'logged', 'login', 'log-in', 'logins', 'eingeloggt', 'angemeldet', 'connectes', 'connecte', 'conectados', 'conectado', 'accesso', 'effettuato', 'ingelogd', 'zalogowani', 'zalogowali', 'inloggade', 'inloggad', 've', 'one', 'four', 'five', 'ten', 'made', 'fizeram', 'fez', 'realizaram', 'efetuaram', 'hicieron', 'realizaron', 'realizado', 'effectue', 'effectuees', 'effectuee', 'fatto', 'effettuato', 'effettuati', 'gedaan', 'geplaatst', 'zlozyli', 'zlozyl', 'dokonali', 'gjort', 'lagt', 'getaetigt', 'aufgegeben', 'getaetigte',
  'sur', 'sul', 'sui', 'nel', 'nei', 'nello', 'nella', 'op', 'om', 'pa', 'durante', 'pendant', 'waehrend', 'tijdens', 'podczas', 'under',
  'expiring', 'expire', 'expires', 'unused', 'unredeemed', 'verfallen', 'verfallende', 'ungenutzt', 'ungenutzte', 'ungenutzten', 'expirent', 'inutilise', 'inutilises', 'caducan', 'caducar', 'scadono', 'inutilizzato', 'inutilizzati', 'verlopen', 'verloopt', 'ongebruikt', 'ongebruikte', 'expiram', 'wygasaja', 'wygasajace', 'niewykorzystany', 'niewykorzystane', 'oanvänd', 'oanvända', 'premium', 'programme', 'program', 'programa', 'programma', 'programu', 'programmet',
  // Months, as the edge of a window ("inactive since January").
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'januar', 'februar', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'janvier', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maart', 'mei', 'augustus', 'janeiro', 'fevereiro', 'marco', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'stycznia', 'styczen', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia', 'augusti',
  // Ninth round: query notation ("WHERE last_order_dt < CURRENT_DATE - 120", "recency_days BETWEEN 90 AND 180", "orders_lifetime = 1") and saved-list words ("Saved segment 'VIP_TOP_1PCT'", "Liste 'Schläfer_2026'", "lapsed_12_24m").
  'where', 'current_date', 'dt', 'ts', 'now', 'today', 'interval', 'pct', 'perc', 'null', 'saved', 'seg', 'segm', 'list', 'liste', 'lista', 'lijst', 'listan',
  'lapse', 'sleepers', 'sleeper', 'schlaefer', 'dormeurs', 'durmientes', 'dormidos', 'slapers', 'adormecidos', 'spiacy', 'sovare', 'vips', 'tiers', 'palier',
  'leal', 'leais', 'loyals', 'treu', 'fidele', 'trouw', 'gefaehrdet', 'gefaehrdete',
  'and', 'und', 'et',
  // The usual names of RFM segments.
  'champions', 'champion', 'loyalists', 'potential', 'promising', 'hibernating', 'hibernation', 'attention', 'need', 'needs', 'about', 'to', 'sleep', 'cannot', "can't", 'cant', 'lose', 'them', 'hesitant', 'big-spenders', 'newcomers', 'rfm-segment',
  // Shopping events and seasonal sales, as a time window ("bought in the summer sale").
  'sale', 'sales', 'soldes', 'rebajas', 'saldi', 'uitverkoop', 'saldos', 'wyprzedaz', 'wyprzedazy', 'wyprzedazach', 'rea', 'rean', 'schlussverkauf', 'sommerschlussverkauf', 'winterschlussverkauf', 'shopping-event',
  'summer', 'winter', 'spring', 'autumn', 'sommer', 'ete', 'hiver', 'verano', 'invierno', 'estate', 'inverno', 'zomer', 'lato', 'zimy', 'zima', 'sommar', 'vinter', 'season', 'seasonal',
]);

/** Shopping events of more than one word, read as one window ("last Black Friday"): never "black" alone, which is no RFM word. */
export const SHOPPING_EVENTS = /(?<![\p{L}])(?:black friday|cyber monday|cyber week|prime day|boxing day|singles day|black week|green friday|end of season sale|mid-season sale|summer sale|winter sale)(?![\p{L}])/gu;

/**
 * Recency, frequency, spend and tenure by stem, for the inflections and compounds no list can
 * hold ("wydatkami", "zakupów", "bestellingen", "gastaron", "dépense", "Jahresumsatz"): ordering,
 * buying and spending, value and average, annual and quarterly, before and only-one. A word that
 * starts with one of these stems says how much, how often or how long ago; none names a product.
 */
export const RFM_STEM = /^(?:orders?|ordered|ordering|purchas\p{L}*|buy(?:s|ing|ers?)?|bought|spen[dt]\p{L}*|shopp\p{L}*|bestell\p{L}*|(?:ein|erst)?kauf\p{L}*|(?:ein)?kaeuf\p{L}*|gekauft|ausgab\p{L}*|ausgegeben|umsa[tz]\p{L}*|jahresumsatz|command\p{L}*|achat\p{L}*|achet\p{L}*|depens\p{L}*|pedid\p{L}*|compr[aeo]\p{L}*|gast(?:o|os|ou|aron|ado|ados|ada|ar|am|aram|aste|amos)|ordin(?:e|i|a|ano|ato|ati|ata|avano|iamo)|ordinat\p{L}*|acquist\p{L}*|spes[aei]|bestel\p{L}*|aankop\p{L}*|koop|kopen|kopers|koper|kocht\p{L}*|compradore?s?|compradoras?|acquirent[ei]|nabywc\p{L}*|kopare|kaeufer\p{L}*|gekocht|besteding\p{L}*|bested\p{L}*|uitgave\p{L}*|uitgegeven|encomend\p{L}*|zamow\p{L}*|zakup\p{L}*|kupi\p{L}*|kupu\p{L}*|wydat\p{L}*|wydal\p{L}*|wydan\p{L}*|kopt|kopte|kop|koep\p{L}*|bestall\p{L}*|handla\p{L}*|averag\p{L}*|avg|annual\p{L}*|annuel\p{L}*|jaehrlich\p{L}*|anual\p{L}*|annual\p{L}*|jaarlijks\p{L}*|roczn\p{L}*|durchschnitt\p{L}*|moyen\p{L}*|promedio|gemiddeld\p{L}*|sredni\p{L}*|genomsnitt\p{L}*|valeur|valor|valore|waarde|wartos\p{L}*|wert|warenwert|bestellwert|varde|quarter\p{L}*|quartal\p{L}*|trimestr\p{L}*|kwarta\p{L}*|kvartal\p{L}*|semest\p{L}*|halfyear|halbjahr\p{L}*|previous\p{L}*|zuvor|vorher|auparavant|precedemment|anteriormente|previamente|precedentemente|wczesniej|tidigare|lifetime|tenure)$/u;

/** "Una sola compra", "une seule commande", "nur eine Bestellung": one purchase, read as "one" (never "single" or "solo" alone, which may be a person's status). */
export const ONLY_ONE = /(?<![\p{L}])(?:una sola|un solo|une seule|un seul|nur (?:eine[mnr]?|einen)|eine einzige|einer einzigen|een enkele|uma unica|um unico|una singola|un singolo|jedn[aoe]|jednego|jednym|a single|one single|en enda|ett enda)(?= (?:[\p{L}]+ )?(?:compra|pedido|commande|achat|bestellung|einkauf|kauf|purchase|order|acquisto|ordine|aankoop|bestelling|encomenda|zakup|zamowienie|zamowieniem|kop|order|bestallning))/gu;

/** "Single order", "single-purchase customers": one purchase (never "single" alone, a person's status), read as "one order". */
export const SINGLE_ORDER = /(?<![\p{L}])single[- ](orders?|purchases?|buyers?|transactions?)(?![\p{L}])/gu;

/** More words of the same kind: a currency named as a word, "in terms of", "did (no) shopping". */
export const RFM_WORDS_STEMLESS = words([
  // Numbers and "n times" as words, in the nine languages.
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thrice',
  'eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'zwoelf', 'einmal', 'zweimal', 'dreimal', 'viermal', 'fuenfmal', 'sechsmal', 'zehnmal', 'mehrmals', 'oefter',
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'douze',
  'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'doce',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'dodici',
  'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'twaalf', 'keer', 'maal',
  'dois', 'duas', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'doze',
  'dwa', 'dwie', 'trzy', 'cztery', 'piec', 'szesc', 'siedem', 'osiem', 'dziewiec', 'dziesiec', 'dwanascie', 'dwukrotnie', 'trzykrotnie', 'kilka', 'kilku',
  'tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'atta', 'nio', 'tio', 'tolv', 'ganger',
  // Seasons and half a year, as the edge of a window ("since the spring", "i våras", "od pół roku").
  'spring', 'autumn', 'fall', 'fruehling', 'fruehjahr', 'herbst', 'printemps', 'automne', 'primavera', 'otono', 'autunno', 'voorjaar', 'najaar', 'herfst', 'outono', 'verao', 'wiosna', 'wiosny', 'jesien', 'jesieni', 'lata', 'varen', 'varas', 'hosten', 'hostas', 'sommaren', 'vintern',
  'half', 'halb', 'halbe', 'halben', 'halbes', 'halbjahr', 'demi', 'semestre', 'medio', 'mezzo', 'halfjaar', 'meio', 'pol', 'polrocze', 'halvar', 'halvt',
  // With us, for tenure ("bei uns", "con noi dal 2017", "varit med oss sedan 2018").
  'some', 'alguna', 'alguno', 'algun', 'algunas', 'algunos', 'quelque', 'quelques', 'qualche', 'einige', 'einigen', 'irgendeine', 'irgendeinen', 'enkele', 'alguma', 'algum', 'jakis', 'jakies', 'nagon', 'nagot',
  'both', 'beide', 'beiden', 'deux', 'ambos', 'ambas', 'entrambi', 'entrambe', 'allebei', 'oba', 'obu', 'bada', 'christmas', 'xmas', 'weihnachten', 'weihnachtszeit', 'weihnachtsgeschaeft', 'noel', 'navidad', 'navidades', 'natale', 'kerst', 'kerstmis', 'kerstperiode', 'natal', 'swiat', 'swieta', 'swiateczny', 'jul', 'julen', 'seasons', 'saisons', 'temporadas', 'stagioni', 'seizoenen', 'sezony',
  'dalla', 'dallo', 'dai', 'dagli', 'dalle', 'dall',
  'uns', 'nous', 'nosotros', 'noi', 'ons', 'connosco', 'conosco', 'nami', 'oss', 'varit', 'sind', 'gewesen', 'stati', 'estado', 'sido', 'geweest',
  // Highest and most ("la spesa più alta", "najwyższymi zakupami", "höchsten Umsatz").
  'alta', 'alto', 'alte', 'alti', 'haut', 'haute', 'hauts', 'eleve', 'elevee', 'elevees', 'hoechste', 'hoechsten', 'hoechster', 'hoogste', 'najwyzsze', 'najwyzszymi', 'najwyzszych', 'najwyzsza', 'najwiecej', 'hogsta', 'mayor', 'mayores', 'maggiore', 'maggiori', 'maior', 'maiores',
  // Only one, said as such before a purchase word (ONLY_ONE makes it "one").
  'open', 'offen', 'offene', 'offenen', 'ouverte', 'ouvertes', 'abierto', 'abiertos', 'aperto', 'aperti', 'openstaande', 'aberto', 'abertos', 'otwarte', 'otwartym', 'oppen', 'oppna',
  'nur', 'eenmaal', 'antiguedad', 'antigueedad', 'ostatnim', 'ostatniego', 'ostatnia', 'ostatnie', 'zeszlym', 'ubieglym', 'poprzednim',
  // Marketer shorthand (seventh round): cohorts, models and scores, rolling and consecutive windows, activity and sign-up, deciles and frequency, seasons and their codes.
  'lod', 'lpd', 'lo', 'cohort', 'cohorts', 'kohorte', 'cohorte', 'coorte', 'kohort', 'kohorta', 'wb', 'model', 'modell', 'modele', 'modelo', 'modello', 'score', 'churn-risk', 'risiko', 'risque', 'riesgo', 'rischio', 'risico', 'risco', 'ryzyko', 'risk', 'cluster', 'clusters', 'rfm-cluster',
  'decil', 'deciles', 'decili', 'deciel', 'decyl', 'decile', 'frequencia', 'frecuencia', 'frequenz', 'frequence', 'frequenza', 'frequentie', 'czestotliwosc', 'czestotliwosci', 'frekvens',
  'rolling', 'glissant', 'glissants', 'glissante', 'glissantes', 'rollierend', 'rollierenden', 'moviles', 'mobili', 'seguidos', 'seguidas', 'consecutive', 'consecutivos', 'consecutivi', 'consecutifs', 'aufeinanderfolgenden', 'opeenvolgende', 'kolejnych', 'rad',
  'activity', 'aktivitaet', 'activite', 'actividad', 'attivita', 'activiteit', 'atividade', 'aktywnosc', 'aktywnosci', 'aktivitet', 'aktiv', 'aktive', 'aktiven', 'actifs', 'actives', 'activos', 'activas', 'attivi', 'attive', 'actief', 'actieve', 'ativos', 'ativas', 'aktywni', 'aktiva',
  'session', 'sessions', 'sitzung', 'sesion', 'sesiones', 'sessione', 'sessioni', 'sessie', 'sessao', 'sesja', 'sesji',
  'registration', 'registrations', 'registrati', 'registrate', 'registrierte', 'registrierung', 'inscrits', 'inscription', 'registrados', 'registro', 'registros', 'registos', 'registo', 'geregistreerd', 'registratie', 'zarejestrowani', 'rejestracja', 'registrerade', 'registrering',
  'erstkauf', 'erstkaeufer', 'erstbestellung', 'una', 'uno', 'un', 'une', 'ein', 'eine', 'einen', 'een', 'um', 'uma', 'ett', 'en', 'tylko', 'bara', 'endast', 'solo', 'seulement', 'somente', 'apenas', 'only',
  'stagione', 'saison', 'temporada', 'seizoen', 'sezon', 'sezonu', 'sasong', 'ai', 'pe', 'aw', 'ss', 'fw', 'hw', 'fs',
  'stycznu', 'styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrzesniu', 'pazdzierniku', 'listopadzie', 'grudniu',
  'campeones', 'campioni', 'kampioenen', 'campeoes', 'mistrzowie', 'segmento', 'segmentos', 'segmenti', 'segmenten', 'segmente', 'segmentu', 'segmentet',
  'ehemals', 'ehemalige', 'ehemaligen', 'ex', 'former', 'anciens', 'antiguos', 'antigos', 'voormalige', 'byli', 'tidigare', 'eram', 'erano', 'waren', 'were', 'mensais', 'mensili', 'single-order', 'second', 'zweite', 'seconde', 'segunda', 'seconda', 'tweede', 'druga', 'andra', 'joiners', 'joiner', 'hitting', 'reaching', 'refresh', 'p', 'connexion', 'connexions', 'login', 'anmeldung', 'inicio', 'accesso', 'contract', 'contracts', 'vertrag', 'tarif', 'tariff', 'laeuft', 'runs', 'ends', 'end', 'next', 'naechsten', 'prochains', 'proximos', 'prossimi', 'volgende', 'kolejnych', 'naesta', 'j', 'hohem', 'hoher', 'hohen', 'high-value', 'dormienti', 'dormant',
  'oe', 'ø', 'bon', 'mbw', 'gg', 'giorni', 'min', 'max', 'langer', 'longer', 'laenger', 'lange', 'lang', 'zijn', 'av', 'med', 'aterkommande', 'recurring', 'wiederkehrend', 'recurrente', 'ricorrente', 'terugkerend', 'recorrente', 'powracajacy', 'titres', 'titre', 'titel', 'titulos', 'titoli', 'titels', 'tytulow', 'titlar', 'titles',
  'gbp', 'eur', 'euro', 'euros', 'usd', 'pln', 'zl', 'zloty', 'zlotych', 'chf', 'sek', 'kr', 'kronor', 'dkk', 'nok', 'pounds', 'pound', 'dollars', 'franken',
  'qua', 'terms', 'regarding', 'zakresie', 'termes', 'termini', 'terminos', 'robili', 'robil', 'robila', 'zrobili', 'did', 'do', 'done', 'make', 'making', 'gemacht', 'fait', 'hecho', 'fatto', 'gedaan', 'feito',
  'households', 'household', 'haushalte', 'haushalten', 'foyers', 'hogares', 'famiglie', 'huishoudens', 'agregados', 'gospodarstwa', 'hushall',
]);

/** An RFM model's cell or segment named by its code ("RFM-Segment A1", "RFM cell 4-5-5", "rfm_group B"), read as "rfm" (eleventh round). */
export const RFM_CELL = /(?<![\p{L}])rfm(?:\s?=\s?)?(?:[- _]?(?:segment|segmento|segmentu|cell|cells|zelle|cellule|celda|cella|cel|group|gruppe|groupe|grupo|gruppo|kod|code|score|tier))?(?:\s?=\s?)?(?:[- _]?(?:[a-z]?\d[\dx-]*|[a-z](?![\p{L}])))?(?![\p{L}\p{N}])/gu;

/** A tier or grade named by a letter ("CLV_tier = 'B'", "value grade A"), read as "tier" (twelfth round). */
export const TIER_LETTER = /(?<![\p{L}])(tier|grade|band|klasse|niveau|nivel|livello|poziom|taso|uroven)\s?=?\s?'?[a-e]'?(?![\p{L}\p{N}])/gu;
