/**
 * The taxonomy of sensitive categories an audience condition can fall into, with the proxies
 * that reveal them: stems and synonyms (`word*` is a prefix), in English, German, French and
 * Spanish, and the commonest stems in Italian, Dutch, Portuguese and Polish. A condition in one
 * of these categories that was read from behaviour is an inference about the person: the
 * committee sees it. The older trait tables (rules/sensitive-traits.ts and rules/vulnerability.ts)
 * are folded in, so a word either list knows is known here.
 */
import type { Lexicon } from '../lexicon.js';
import { SENSITIVE_TRAITS } from '../rules/sensitive-traits.js';
import { ELDERLY, GRIEF, MINORS, NOT_YEARS_OF_AGE, RESTRICTED_PRODUCTS, SLOTS_GAMBLING } from '../rules/vulnerability.js';
import { TAXONOMY_MORE } from './more-languages.js';
import { ADDICTIVE_PROXIES, BEREAVEMENT_PROXIES, FINANCE_PROXIES, HEALTH_PROXIES, LIFE_EVENT_PROXIES, POLITICS_PROXIES, PREGNANCY_PROXIES, SEXUALITY_PROXIES } from './proxies.js';


export type SensitiveCategory =
  | 'health'
  | 'pregnancy'
  | 'sexuality'
  | 'religion'
  | 'politics'
  | 'finances'
  | 'life-event'
  | 'bereavement'
  | 'minors'
  | 'elderly'
  | 'addictive';

export interface CategoryEntry {
  category: SensitiveCategory;
  /** Plain words for a committee member: "health or the body". */
  label: string;
  terms: Lexicon[];
}

const trait = (code: string): Lexicon[] => {
  const t = SENSITIVE_TRAITS.find((x) => x.code === code);
  return t ? [t.terms, t.proxies] : [];
};

const HEALTH: Lexicon = {
  en: ['health*', 'medic*', 'pharma*', 'chemist*', 'drugstore', 'clinical', 'symptom*', 'remed*', 'vitamin*', 'supplement*', 'menopaus*', 'hot flush*', 'hot flash*', 'hearing', 'deaf*', 'incontinen*', 'bladder', 'continence', 'hair loss', 'thinning hair', 'balding', 'weight loss', 'weight-loss', 'slimming', 'diet*', 'calorie*', 'body size', 'clothing size*', 're:(?<![\\p{L}])sizes? (?:went|gone|moved|changed|up|down|increas|decreas)', 're:(?<![\\p{L}])(?:larger|bigger|smaller) sizes?', 're:(?<![\\p{L}])(?:fra|fran) (?:størrelse|storrelse|storlek|str\\.?) ?[\\p{L}\\p{N}]+ til{1,2} (?:størrelse |storrelse |storlek |str\\.? )?[\\p{L}\\p{N}]+', 're:(?<![\\p{L}])from (?:size|taille|talla|groesse|maat|rozmiar) ?[\\p{L}\\p{N}]+ (?:to|a|auf|zu|naar|na) (?:size|taille|talla|groesse|maat|rozmiar)? ?[\\p{L}\\p{N}]+', 'plus-size*', 'plus size*', 'mobility aid*', 'walking aid*', 'wheelchair*', 'orthop*', 'support stocking*', 'compression stocking*', 'blood pressure', 'cholesterol', 'glucose', 'sugar-free', 'gluten-free', 'lactose', 'allerg*', 'migraine*', 'insomnia', 'sleep aid*', 'stress relief', 'anxiety', 'anti-anxiety', 'therap*', 'counsel*', 'first aid', 'thermometer*', 'cold and flu', 'flu', 'cough', 'back pain', 'joint pain', 'chronic pain', 'pain relief', 'painkiller*', 'ointment*', 'pill', 'pills', 're:(?<![\\p{L}])(?<!(?:coffee|espresso|tea|dishwasher|laundry|washing|detergent|cleaning) )capsules?(?! (?:collection|wardrobe|range|edit|machine|machines))(?![\\p{L}])', 're:(?<![\\p{L}])(?<!(?:ph|water|pool|pond|soil|aquarium|spa|chlorine|radon|gas|leak) )test kits?(?! for (?:pools?|ponds?|water|soil|aquariums?|spas?|hot tubs?))(?![\\p{L}])', 'self-test*', 'screening', 'intimate', 'lubricant*', 'sexual health', 'std', 'sti', 'acne', 'eczema', 'psoriasis', 'dandruff', 'wig*', 'denture*', 'reading glasses', 'magnifier*', 'pill organiser*', 'pill box*', 'protein shake*'],
  de: ['gesundheit*', 'medizin*', 'apothek*', 'drogerie', 'arznei*', 'heilmittel', 'vitamin*', 'nahrungsergaenzung*', 'wechseljahr*', 'hitzewallung*', 'schwerhoerig*', 'gehoerverlust', 'gehoerschutz', 'inkontinenz*', 'blase*', 'haarausfall', 'abnehm*', 'diaet*', 'kalorie*', 'konfektionsgroesse*', 'kleidergroesse*', 're:(?<![\\p{L}])groesse[n]? (?:gestiegen|gewechselt|groesser|kleiner)', 'uebergroesse*', 'rollator*', 'gehhilfe*', 'rollstuhl*', 'orthopaed*', 'stuetzstruempfe', 'kompressionsstruempfe', 'blutdruck*', 'cholesterin', 'glutenfrei*', 'laktosefrei*', 'allergi*', 'migraene', 'schlafstoerung*', 'schlafmittel', 'angst*', 'therapie*', 'schmerz*', 'salbe*', 'tablette', 'tabletten', 'kapsel*', 'selbsttest*', 'intim*', 'gleitgel', 'akne', 'neurodermitis', 'peruecke*', 'zahnprothese*', 'lesebrille*', 'pillendose*'],
  fr: ['sante', 'medic*', 'pharmac*', 'parapharmac*', 'vitamine*', 'complement* alimentaire*', 'menopaus*', 'bouffee* de chaleur', 'audition', 'auditi*', 'sourd*', 'malentend*', 'incontinen*', 'vessie', 'perte de cheveux', 'chute de cheveux', 'minceur', 'amincissant*', 'regime*', 'calorie*', 'taille* de vetement*', 're:(?<![\\p{L}])tailles? (?:au-dessus|superieure|inferieure|plus grande|plus petite)', 'grandes tailles', 'deambulateur*', 'fauteuil roulant', 'orthoped*', 'bas de contention', 'tension arterielle', 'cholesterol', 'sans gluten', 'sans lactose', 'allergi*', 'migraine*', 'insomnie', 'anxi*', 'therap*', 'douleur*', 'pommade*', 'comprime*', 'gelule*', 'autotest*', 'depistage', 'intime*', 'lubrifiant*', 'acne', 'eczema', 'perruque*', 'dentier*', 'lunettes de lecture', 'pilulier*'],
  es: ['salud', 'medic*', 'farmac*', 'parafarmac*', 'vitamina*', 'suplemento*', 'menopaus*', 'sofoco*', 'audicion', 'auditiv*', 'sordera', 'sord*', 'incontinen*', 'vejiga', 'caida del cabello', 'perdida de cabello', 'adelgaz*', 'dieta*', 'caloria*', 'talla* de ropa', 're:(?<![\\p{L}])tallas? (?:mas grande|mas pequena|superior|inferior)', 'tallas grandes', 'andador*', 'silla de ruedas', 'ortoped*', 'medias de compresion', 'tension arterial', 'presion arterial', 'colesterol', 'sin gluten', 'sin lactosa', 'alergi*', 'migrana*', 'insomnio', 'ansi*', 'terapi*', 'dolor*', 'pomada*', 'pastilla*', 'capsula*', 'autotest*', 'intim*', 'lubricante*', 'acne', 'peluca*', 'dentadura*', 'gafas de lectura', 'pastillero*'],
  it: ['re:(?<![\\p{L}])(?:chil[oi]|kil[oi]s?|kilo\'s|pfund|pounds|kg) (?:di troppo|de mas|de mais|de trop|en trop|zu viel|too many|te veel|a mais|za duzo|for mycket|foer mycket)', 'perdere peso', 'perdre du poids', 'perder peso', 'afvallen', 'emagrecer', 'schudnac', 'abnehmen', 'lose weight', 'losing weight', 'ga ner i vikt', 'gaa ner i vikt', 'salute', 'farmac*', 'medic*', 'vitamin*', 'integrator*', 'menopaus*', 'udito', 'incontinen*', 'dimagr*', 'dieta', 'taglie forti', 'pannolon*'],
  nl: ['gezondheid*', 'apothe*', 'drogist*', 'medicij*', 'vitamine*', 'supplement*', 'overgang*', 'gehoor*', 'incontinen*', 'afvallen', 'dieet*', 'grote maten', 'kledingmaat*'],
  pt: ['saude', 'farmac*', 'medic*', 'vitamina*', 'suplemento*', 'menopaus*', 'audicao', 'auditiv*', 'incontinen*', 'emagrec*', 'dieta*', 'tamanhos grandes', 'fralda* geriatrica*'],
  sv: ['hälsa', 'apotek*', 'läkemedel*', 'vitamin*', 'kosttillskott*', 'klimakteri*', 'vallningar', 'hörsel*', 'hörapparat*', 'inkontinens*', 'urinläckage', 'bantning*', 'viktminskning', 'blodtryck*', 'blodsocker*', 'allergi*', 'migrän', 'sömnproblem', 'sömntabletter', 'ångest*', 'depression*', 'terapi*', 'värktablett*', 'smärtlindring', 'rullator*', 'rullstol*', 'stödstrumpor', 'peruk*', 'glutenfri*', 'laktosfri*'],
  pl: ['zdrow*', 'aptek*', 'lekarstw*', 'witamin*', 'suplement*', 'menopauz*', 'sluch*', 'nietrzymani*', 'odchudz*', 'diet*', 'duze rozmiary', 'rozmiar*'],
};

const PREGNANCY: Lexicon = {
  en: ['re:(?<![\\p{L}])bab(?:y|ies)(?! (?:spinach|carrots?|potato(?:es)?|leaf|leaves|corn|plum|tomato(?:es)?|courgettes?|kale|gem|greens|back ribs|bel))(?![\\p{L}])', 'infant*', 'newborn*', 'nappies', 'nappy', 'diaper*', 'baby nursery', 'nursery furniture', 'nursery decor*', 'crib*', 'cot', 'cots', 'pram*', 'stroller*', 'pushchair*', 'formula milk', 'baby formula', 'breast pump*', 'breastfeed*', 'nursing bra*', 'nursing pillow*', 'bump', 'maternity', 're:(?<![\\p{L}])(?<!(?:date|year|day|place)(?: of)?[ _-])birth(?![ _-]?(?:year|date|day|place|dt))(?![\\p{L}])', 'toddler*', 'teether*', 'baby monitor*', 'pregnancy test*', 'ovulation test*', 'folic acid', 'morning sickness'],
  de: ['babys', 'babyartikel*', 'babynahrung', 'babykleidung', 'babyausstattung', 'babyphone*', 'babyschale*', 'babymilch', 'babypflege', 'saeugling*', 'neugeboren*', 'windel*', 'kinderwagen', 'babybett*', 'saeuglingsnahrung', 'milchpumpe*', 'stillen', 'stilleinlage*', 'still-bh*', 'babybauch', 'umstands*', 'kleinkind*', 'schwangerschaftstest*', 'ovulationstest*', 'folsaeure'],
  fr: ['bebe*', 'nourrisson*', 'nouveau-ne*', 'couche*', 'poussette*', 'berceau*', 'lait infantile', 'tire-lait', 'allaitement', 'allait*', 'puericulture', 'naissance*', 'premier age', 'test* de grossesse', 'test* d\'ovulation', 'acide folique', 'nausees'],
  es: ['bebe*', 'recien nacid*', 'lactante*', 'panal*', 'cochecito*', 'carrito de bebe', 'cuna*', 'leche de formula', 'sacaleches', 'lactancia', 'amamant*', 'puericultura', 'nacimiento*', 'test* de embarazo', 'prueba* de embarazo', 'acido folico', 'nauseas'],
  it: ['neonat*', 'bebe', 'pannolin*', 'passeggin*', 'culla', 'gravidanz*', 'incinta', 'allattamento', 'premaman'],
  nl: ['zwanger*', 'luier*', 'kinderwagen*', 'wieg*', 'borstvoeding', 'zwangerschapstest*', 'babyafdeling*'],
  pt: ['gravid*', 'gestante*', 'fralda*', 'carrinho de bebe', 'berco*', 'amamenta*', 'recem-nascid*', 'teste* de gravidez'],
  sv: ['gravid*', 'graviditet*', 'bebis*', 'spädbarn*', 'nyfödd*', 'blöj*', 'barnvagn*', 'spjälsäng*', 'amning*', 'bröstpump*', 'mammakläder', 'graviditetstest*', 'ägglossningstest*', 'folsyra'],
  pl: ['ciaz*', 'ciez*', 'niemowl*', 'pielusz*', 'pieluch*', 'wozek*', 'karmienie piersia', 'noworod*', 'test* ciazow*'],
};

const SEXUALITY: Lexicon = {
  en: ['pride', 'rainbow', 'drag queen*', 'drag show*', 'chest binder*', 'gender-neutral', 'womenswear to menswear', 'menswear to womenswear', 're:(?<![\\p{L}])(?:switched|moved|changed|shifted) from (?:men|women|mens|womens|male|female)', 're:(?:men|women)\'?s? (?:department|range|section|clothing)[^|]{0,40}(?:to|into|instead)', 'gender'],
  de: ['regenbogen*', 'csd', 'geschlecht*', 're:von (?:herren|damen)[\\p{L}]* (?:zu|zur|in die) (?:herren|damen)'],
  fr: ['arc-en-ciel', 'fierte*', 're:du rayon (?:homme|femme)s? au rayon (?:homme|femme)'],
  es: ['arcoiris', 'orgullo', 're:de (?:la )?seccion de (?:hombre|mujer) a (?:la )?(?:de )?(?:hombre|mujer)', 're:seccion de (?:hombre|mujer|caballero|senora|dama)s? a (?:la )?(?:de )?(?:seccion de )?(?:hombre|mujer|caballero|senora|dama)s?(?![\\p{L}])'],
  it: ['gay', 'lgbt*', 'arcobaleno', 'orgoglio'], nl: ['homo*', 'lhbt*', 'regenboog*'], pt: ['lgbt*', 'arco-iris', 'orgulho'], pl: ['lgbt*', 'tecz*'], sv: ['hbtq*', 'regnbåg*', 'prideveckan', 'kön*'],
};

const RELIGION: Lexicon = {
  en: ['faith*', 'church*', 'temple', 'prayer*', 'pray*', 'fasting', 'sabbath', 'shabbat', 'sabat', 'pesach', 'passover', 'pessach', 'szabat', 'sabbat', 'iftar', 'rosary', 'crucifix*', 'bible*', 'scripture*', 'spiritual*', 'origin', 'heritage', 'descent', 'native speaker*', 'mother tongue', 'african', 'caribbean', 'asian', 'surname*'],
  de: ['glaube*', 'kirche*', 'gebet*', 'fasten*', 'herkunft', 'abstammung', 'muttersprach*'],
  fr: ['re:(?<![\\p{L}])(?:la|leur|sa|ma|notre|votre|ta|de|en la) foi(?![\\p{L}])', 'eglise*', 'priere*', 'careme', 'origine*', 'langue maternelle'],
  es: ['iglesia*', 'oracion*', 'ayuno', 'cuaresma', 'origen', 'ascendencia', 'lengua materna'],
  it: ['religio*', 'musulman*', 'ebrai*', 'chiesa', 'preghiera', 'halal', 'kosher'], nl: ['geloof*', 'kerk*', 'moslim*', 'joods*', 'halal', 'gebed*'], pt: ['religi*', 'muculman*', 'judeu*', 'igreja*', 'oracao', 'halal'], pl: ['religi*', 'muzulman*', 'zyd*', 'koscio*', 'modlitw*', 'halal', 'koszern*'], sv: ['religi*', 'muslim*', 'judisk*', 'kyrk*', 'bön', 'böner', 'halal', 'kosher', 'ursprung', 'härkomst', 'modersmål'],
};

const POLITICS: Lexicon = {
  en: ['campaign donor*', 'donated to', 'petition*', 'protest*', 'rally', 'election*'],
  de: ['partei*', 'petition*', 'protest*'],
  fr: ['election*', 'petition*', 'manifestation*'],
  es: ['eleccion*', 'voto*', 'peticion*', 'protesta*'],
  // Eighth round: a political party in the other five languages.
  it: ['partito politico', 'partiti politici', 'politic*'], nl: ['politieke partij*', 'partijlid*', 'politiek*'], pt: ['partido politico', 'partidos politicos', 'politic*'], pl: ['partia polityczn*', 'partii polityczn*', 'polityczn*'], sv: ['politiskt parti', 'politiska partier', 'partiet', 'politisk*'],
};

const FINANCES: Lexicon = {
  en: ['past due', 'past-due', 'days past due', 'delinquen*', 'declined', 'instalment*', 'installment*', 'payment failed', 'failed payment*', 'payment failure*', 'bounced', 're:card[\\p{L} ]{0,15}(?:declined|refused|rejected|failed)', 'insufficient funds', 're:(?<![\\p{L}])missed (?:[\\p{L}\\p{N}]+ ){0,2}(?:payments?|instalments?|installments?|repayments?)(?![\\p{L}])', 'pay later', 'buy now pay later', 'bnpl', 'klarna', 'afterpay', 'clearpay', 'split payment*', 'pay in 3', 'pay in three', 'credit limit', 'loan*', 'credit*', 'financ*', 'money', 'afford*', 'salary', 'payday', 'paycheck', 'wage*', 'end of the month', 'end of month', 'pawn*', 'income', 'reminder letter*', 'dunning', 'collection agenc*', 'chargeback*', 'refund request*', 'downgrad*', 'cancelled subscription*', 're:(?<![\\p{L}])(?:spend|spending|basket[\\p{L}]*|order value[s]?)[\\p{L} ]{0,20}(?:fell|fallen|dropped|halved|declined|decreased|shrunk|down)'],
  de: ['abgelehnt*', 'fehlgeschlagen*', 'zahlung* fehlgeschlagen', 'ratenzahlung*', 'raten', 'spaeter bezahlen', 'kredit*', 'darlehen', 'finanzierung*', 'geld', 'gehalt', 'monatsende', 'mahnung*', 'inkasso', 'lastschrift* zurueck*', 'rueckbuchung*', 're:(?:warenkorb[\\p{L}]*|ausgaben|bestellwert[\\p{L}]*)[\\p{L} ]{0,20}(?:gesunken|gefallen|halbiert|zurueckgegangen)'],
  fr: ['refuse*', 'rejete*', 'echec* de paiement', 'paiement* refuse*', 'paiement en plusieurs fois', 'en plusieurs fois', 'echelonn*', 'payer plus tard', 'credit*', 'financement*', 're:(?<![\\p{L}])(?<!(?:carte|niveau|statut|membres?|clients?|palier|rang|medaille|compte) )argent(?![\\p{L}])', 'salaire', 'fin de mois', 'relance* de paiement', 'recouvrement', 're:(?:panier[\\p{L}]*|depenses|montant[\\p{L}]*)[\\p{L} ]{0,20}(?:baisse|diminue|chute|divise|reduit)'],
  es: ['re:(?:cesta[\\p{L}]*|gasto[s]?|importe[s]?)[\\p{L} ]{0,20}(?:cae|caen|cayeron|baja|bajan)(?![\\p{L}])', 'rechazad*', 'pago* fallido*', 'denegad*', 'a plazos', 'plazos', 'fraccionad*', 'pagar despues', 'paga despues', 'credito*', 'prestamo*', 'financiacion', 'dinero', 'salario', 'sueldo', 'fin de mes', 'recobro', 're:(?:cesta[\\p{L}]*|gasto[s]?|importe[s]?)[\\p{L} ]{0,20}(?:bajo|bajado|caido|cayo|reducido|disminuido|mitad)'],
  it: ['rateale', 'pagamento rifiutato', 'pagamenti rifiutati', 'debit*', 'prestit*', 'credito'], nl: ['eind van de maand', 'einde van de maand', 'salaris', 'rood staan', 'roodstand', 'afgewezen', 'geweigerd', 'achteraf betalen', 'termijnen', 'schuld*', 'lening*', 'krediet*'], pt: ['recusad*', 'prestac*', 'parcelad*', 'parcelas', 'parcelamento*', 'parcelar', 'parcela', 'parcele', 'parcelam', 'parcelou', 'divida*', 'emprestimo*', 'credito'], pl: ['odrzucon*', 'raty', 'ratach', 'dlug*', 'pozyczk*', 'kredyt*', 'zadluz*'], sv: ['nekad*', 'avbetalning*', 'delbetalning*', 'skuld*', 'kredit*', 'inkasso', 'betalningsanmärkning*', 'missad* betalning*', 'lön', 'lönedag*', 'ekonomiska bekymmer', 'betala senare'],
};

/**
 * Household composition: children or teenagers living at home (a customer table's Kidhome and
 * Teenhome). The audience is the adults of the household, not the children (rules/vulnerability.ts
 * ADULTS_AROUND_MINORS), but who lives with them is still family life: the committee sees it.
 */
const HOUSEHOLD = 're:(?<![\\p{L}])(?:kidhome|teenhome|household composition|household size|(?:small )?(?:child|children|kids?|teen[\\p{L}]*|toddlers|babies|kinder[n]?|jugendliche[n]?|teenager|enfants|ados|adolescents|ninos|hijos|adolescentes|bambini|figli|ragazzi|kinderen|tieners|criancas|filhos|dzieci|nastolatki|barn|tonaringar)[\\p{L}\\p{N} ]{0,12}(?:at home|in the household|im haushalt|zu hause|a la maison|au foyer|en casa|en el hogar|in casa|a casa|thuis|in huis|em casa|w domu|hemma|i hushallet))(?![\\p{L}])';

const LIFE_EVENT: Lexicon = {
  en: [HOUSEHOLD, 're:(?<![\\p{L}])(?:delivery |billing |postal |home )?(?:address|adresse|adres|adress|indirizzo|direccion|endereco)[\\p{L} ]{0,25}(?:moved|changed|updated|geaendert|gewechselt|change|cambiad[oa]|cambiato|gewijzigd|alterad[oa]|zmienion[ya]|aendrad|bytt)(?![\\p{L}])', 're:(?<![\\p{L}])(?:changed|updated|new|neue|nouvelle|nueva|nuovo|nieuw|novo|nowy|ny|bytt|aendrat|zmienili|cambiato|cambiado|mudaram|gewijzigd|geaendert) (?:their |ihre |leur |su |il loro |hun |o seu |swoj |sin )?(?:delivery |billing |leverans|liefer|lever|consegna )?(?:address|adresse|adres|adress|leveransadress|lieferadresse|leveradres|indirizzo|direccion|endereco)', 'engagement', 'engagement ring*', 'wedding*', 'wedding anniversar*', 'bridal', 'honeymoon', 'married', 'marriage', 'moved house', 'moving house', 'new home', 'new address', 'change of address', 'relocat*', 'household size', 'family-size*', 'family size*', 'family pack*', 'single portion*', 'single-portion*', 'one-bedroom', 'starter kit', 'graduat*', 'job loss', 'laid off', 'redundan*', 'new job', 'empty nest*', 'left home', 'moving out', 'kids left', 'custody', 'spouse', 'husband', 'wife', 'dating'],
  de: ['verlob*', 'hochzeit*', 'braut*', 'flitterwochen', 'verheiratet', 'ehe', 'umzug*', 'umgezogen', 'neue adresse', 'neue wohnung', 'haushaltsgroesse', 'familienpackung*', 'single-portion*', 'einzelportion*', 'ruhestand', 'rente', 'jobverlust', 'entlassen', 'gekuendigt', 'ehemann', 'ehefrau'],
  fr: ['fiancaille*', 'bague* de fiancaille*', 'mariage*', 'lune de miel', 'anniversaire de mariage', 'demenag*', 'nouvelle adresse', 'nouveau logement', 'taille du foyer', 'format* familial*', 'portion* individuelle*', 'retraite', 'licenci*', 'perte d\'emploi', 'conjoint*', 'mari', 'epouse'],
  es: ['compromiso', 'anillo* de compromiso', 'boda*', 'nupcial', 'luna de miel', 'casad*', 'matrimonio', 'mudanza*', 'mudad*', 'nueva direccion', 'nuevo hogar', 'tamano del hogar', 'formato* familiar*', 'racion* individual*', 'jubilacion', 'despid*', 'perdida de empleo', 'pareja', 'marido', 'esposa'],
  it: ['matrimonio', 'nozze', 'fidanzament*', 'divorzi*', 'separazion*', 'trasloc*'], nl: ['bruiloft', 'verloving*', 'scheiding*', 'gescheiden', 'verhuiz*'], pt: ['casamento', 'noivado', 'divorci*', 'separac*', 'mudanca*'], pl: ['slub*', 'zareczyn*', 'rozwod*', 'rozstani*', 'przeprowadz*'], sv: ['bröllop*', 'förlovning*', 'förlovningsring*', 'skilsmäss*', 'separation*', 'flytt*', 'ny adress'],
};

const BEREAVEMENT: Lexicon = {
  en: ['death', 'deaths', 'death notice*', 'deceased', 'died', 'passed away', 'memorial*', 'headstone*', 'grave', 'graves', 'cemetery', 'urn*', 'remembrance', 'in memory', 'sympathy', 'mourning'],
  de: ['grabstein*', 'grabpflege', 'grabschmuck', 'friedhof*', 'gedenk*', 'urne*'],
  fr: ['pierre* tombale*', 'cimetiere*', 'urne*', 'sympathie'],
  es: ['tumba*', 'cementerio*', 'lapida*', 'urna*', 'pesame'],
  it: ['lutto', 'funeral*', 'vedov*', 'condoglianze', 'cimitero'], nl: ['rouw*', 'begrafenis*', 'weduw*', 'overleden', 'condoleance*'], pt: ['luto', 'funeral', 'viuv*', 'condolencias', 'falecid*'], pl: ['zalob*', 'pogrzeb*', 'wdow*', 'kondolencj*', 'zmarl*'], sv: ['sorg*', 'begravning*', 'änka', 'änkor', 'änkling*', 'kondoleans*', 'avliden', 'avlidna', 'gravsten*', 'kyrkogård*'],
};

const MINOR: Lexicon = {
  en: ['child', 'kid', 'teen*', 'youth', 'young people', 'school age', 'students aged', 're:(?<![\\p{L}])(?:aged |age )?1[0-7](?: ?[-–] ?1[0-7])?(?: year[- ]olds?| yo)(?![\\p{L}])', `re:(?<![\\p{L}\\p{N}])under[ -]1[0-8]${NOT_YEARS_OF_AGE}`],
  de: ['jugend*', 're:(?<![\\p{N}])(?<!(?:seit|vor|letzten|ersten) (?:ueber |mehr als |mindestens |fast |genau )?)1[0-7] jahre', 'schuel*'],
  fr: ['enfant*', 'jeunes', "re:(?<![\\p{N}])(?<!(?:depuis|ces|derniers|pendant|plus de|de plus de) )1[0-7] ans(?! d ?'?anciennete| de fidelite| chez nous| avec nous| de client)"],
  es: ['nino*', 'nina*', 'joven*', 'jovenes', 're:(?<![\\p{N}])(?<!(?:hace|desde|estos|ultimos|durante) )1[0-7] anos(?! de antig| de fidelidad| con nosotros| como client| de client| de socio)', 'alumno*'],
  it: ['bambin*', 'ragazz*', 'minorenni', 'adolescent*'], nl: ['kinderen', 'tieners', 'jongeren', 'minderjarig*'], pt: ['criancas', 'adolescentes', 'menores'], pl: ['dzieci', 'nastolat*', 'mlodziez*', 'nieletni*'], sv: ['tonåring*', 'ungdomar', 'minderårig*', 'skolbarn', 'barn under'],
};

const ELDER: Lexicon = {
  en: [`re:(?<![\\p{L}])older(?! than (?:\\d|a |an |one |two |three )[\\p{N} ]*(?:days?|weeks?|months?|years?|yrs))(?![\\p{L}])`, 're:(?<![\\p{L}])aged? (?:6|7|8|9)\\d', `re:(?<![\\p{N}])(?:6|7|8|9)\\d ?\\+${NOT_YEARS_OF_AGE}`, `re:(?:over|above|older than) (?:6|7|8|9)\\d${NOT_YEARS_OF_AGE}`, 'pension*', 'retired', 'age', 'ages', 'birth year*', 'year of birth', 'date of birth', 'birthdate', 're:(?<![\\p{L}])(?:year|date|yr|dt)[ _-]?(?:of[ _-])?birth(?![\\p{L}])', 're:(?<![\\p{L}])birth[ _-]?(?:year|date|yr|dt)(?![\\p{L}])'],
  de: ['aelter*', `re:ueber (?:6|7|8|9)\\d${NOT_YEARS_OF_AGE}`, 'alter', 'jahrgang*', 'geburtsjahr*', 'rentner*', 'pensionaer*'],
  fr: ['agee', 'agees', 'age de', 're:plus de (?:6|7|8|9)\\d ans', 'annee de naissance', 'date de naissance', 'nes avant', 'retraite*'],
  es: ['edad*', 're:mayores de (?:6|7|8|9)\\d', 'ano de nacimiento', 'fecha de nacimiento', 'nacidos antes', 'jubilad*', 'pensionista*', 'born before', 'born in', 'geburtsdatum*', 'geboren vor', 'data di nascita', 'anno di nascita', 'nati prima', 'geboortedatum', 'geboortejaar', 'geboren voor', 'data de nascimento', 'ano de nascimento', 'nascidos antes', 'data urodzenia', 'rok urodzenia', 'urodzeni przed', 'födelsedatum', 'födda före'],
  it: ['anziani', 'pensionat*', 'eta'], nl: ['ouderen', 'senioren', 'gepensioneerd*', 'leeftijd'], pt: ['idosos', 'aposentad*', 'reformad*', 'idade'], pl: ['senior*', 'emeryt*', 'starsz*', 'wiek*'], sv: ['pensionär*', 'äldre', 'ålder', 'åldern', 'födelseår'],
};

const ADDICTIVE: Lexicon = {
  en: ['spirits', 'vodka', 'whisky', 'whiskey', 'gin', 'tequila', 'destilad*', 'wodk*', 'sterke drank', 'rokers', 'gokkers', 'palacz*', 'rökare', 'apostadores', 'hazardzist*', 'loot*', 'loot crate*', 'gacha', 'card pack*', 'booster pack*', 'booster box*', 'in-game', 'in-app purchase*', 'odds', 'bet', 'punter*', SLOTS_GAMBLING, 'slot machine*', 'spins', 'free spins', 'bingo', 'raffle*', 'prize draw*', 'sweepstake*', 'lager', 'cider', 'prosecco', 'champagne', 'liqueur*', 'smok*', 'nicotine', 'nicotine pouch*', 'snus', 'e-liquid*', 'cannabis', 'cbd', 'vape*', 'energy drink*'],
  de: ['lootbox*', 'wette*', 'bier*', 'wein*', 'sekt', 'schnaps*', 'raucher*', 'nikotin*'],
  fr: ['coffre* a butin', 'biere*', 'alcool*', 'champagne', 'fumeur*', 'tabac*', 'nicotine', 'vapot*'],
  es: ['cofre*', 'caja* de botin', 'apuesta*', 'cerveza*', 'vino*', 'alcohol*', 'fumador*', 'tabaco*', 'nicotina', 'vapeo*'],
  it: ['fumator*', 'stecch*', 'superalcolic*', 'distillat*', 'scommettitor*', 'scommess*', 'alcol*', 'birra', 'vino', 'tabacco', 'sigarett*', 're:(?<![\\p{L}])(?:(?:le|alle|delle|sulle|sala|sale) slot|slot(?= (?:sessions?|games?|machines?|players?|spins?|play|plays|wins?|bonus|sites?|apps?)))(?![\\p{L}])'], nl: ['gokken', 'gok*', 'weddenschap*', 'alcohol*', 'bier', 'wijn', 'tabak', 'sigaret*'], pt: ['aposta*', 'alcool*', 'cerveja*', 'vinho*', 'tabaco', 'cigarro*'], pl: ['zaklad*', 'hazard*', 'alkohol*', 'piwo', 'wino', 'tyton*', 'papieros*'], sv: ['spelbolag*', 'vadslagning', 'kasino*', 'lootlåd*', 'alkohol*', 'sprit', 'vin', 'viner', 'tobak*', 'cigarett*', 'snus', 'nikotin*', 'vejp*'],
};

export const TAXONOMY: readonly CategoryEntry[] = [
  { category: 'health', label: 'health or the body', terms: [HEALTH, HEALTH_PROXIES, ...trait('HEALTH'), TAXONOMY_MORE.health] },
  { category: 'pregnancy', label: 'pregnancy or babies', terms: [PREGNANCY, PREGNANCY_PROXIES, ...trait('PREGNANCY'), TAXONOMY_MORE.pregnancy] },
  { category: 'sexuality', label: 'sexuality or gender identity', terms: [SEXUALITY, SEXUALITY_PROXIES, ...trait('SEXUALITY'), TAXONOMY_MORE.sexuality] },
  { category: 'religion', label: 'religion or ethnicity', terms: [RELIGION, ...trait('RELIGION'), ...trait('ETHNICITY'), TAXONOMY_MORE.religion] },
  { category: 'politics', label: 'political opinions or union membership', terms: [POLITICS, POLITICS_PROXIES, ...trait('POLITICS'), ...trait('TRADE_UNION'), ...trait('CRIMINAL_RECORD'), TAXONOMY_MORE.politics] },
  { category: 'finances', label: 'finances or debt', terms: [FINANCES, FINANCE_PROXIES, ...trait('FINANCIAL_DISTRESS'), TAXONOMY_MORE.finances] },
  { category: 'life-event', label: 'relationships, household and life events', terms: [LIFE_EVENT, LIFE_EVENT_PROXIES, ...trait('RELATIONSHIP'), TAXONOMY_MORE['life-event']] },
  { category: 'bereavement', label: 'bereavement', terms: [BEREAVEMENT, BEREAVEMENT_PROXIES, GRIEF, TAXONOMY_MORE.bereavement] },
  { category: 'minors', label: 'age: minors', terms: [MINOR, MINORS, TAXONOMY_MORE.minors] },
  { category: 'elderly', label: 'age: older people or age as such', terms: [ELDER, ELDERLY, TAXONOMY_MORE.elderly] },
  { category: 'addictive', label: 'addictive products (alcohol, tobacco, gambling, loot boxes)', terms: [ADDICTIVE, ADDICTIVE_PROXIES, RESTRICTED_PRODUCTS, TAXONOMY_MORE.addictive] },
];
