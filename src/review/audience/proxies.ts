/**
 * More proxies for the taxonomy's categories, by kind rather than by word: the products behind a
 * product-class description (hearing, continence, blood sugar, sleep and mood), body and size
 * changes, department and title changes, payment behaviour and the money-worry words of copy,
 * households that shrank, rings and weddings, and the players and chests of games of chance;
 * in English, German, French, Spanish, Italian, Dutch, Portuguese and Polish. `*stem*` finds
 * a stem inside a compound ("Hoortoestelbatterijen", "superalcolici").
 */
import type { Lexicon } from '../lexicon.js';

const SIZE = '(?:size|sizes|taille|tailles|talla|tallas|groesse|groessen|maat|maten|rozmiar|rozmiaru|taglia|taglie|tamanho|tamanhos|waist|bundweite)';
const CHANGE_VERB = '(?:went|gone|moved|changed|up|down|increas|decreas|dropped|fell|rose|grew|jumped|shrank|passe|passee|passes|change|paso|cambio|gestiegen|gesunken|gewechselt|veranderd|gestegen|gedaald|cambiat|passat|mudou|passou|zmienil|spadl|wzrosl)';

export const HEALTH_PROXIES: Lexicon = {
  // Thirty-third round: contraception and the morning-after pill, mobility and bathing aids, anti-nausea products, in each language.
  en: ['connected-scale*', 'smart scale*', 'weigh-in*', 're:(?<![\\p{L}])(?:up|down|gained|lost|increased?|\\+) ?(?:>=? ?)?\\d+(?:[.,]\\d)? ?kg(?![\\p{L}])', 'huonoja oeitae', 'huonot yoet', 'unettomuu*', 're:(?<![\\p{L}])[\\p{L}]*(?:storlek|størrelse|storrelse|size|groesse|taille|talla|taglia|maat|rozmiar|velikost|koko)(?: [\\p{L}]+){0,2} (?:gatt|gaatt|gone|went|moved|changed|gewechselt|passe|pasado|passata|passato|gegaan|zmienil[\\p{L}]*|zmenil[\\p{L}]*|muuttui|muuttunut) (?:from|fran|fra|von|de|da|van|z|od)? ?[\\p{L}\\p{N}]{1,4} (?:to|till|til|auf|a|naar|na|do|->) [\\p{L}\\p{N}]{1,4}', 'knee brace*', 'ankle brace*', 'wrist brace*', 'back brace*', 'knee support*', 'injured', 'injury', 'injuries', 'small leaks', 'little leaks', 'restless nights', 'sleepless nights', 'contracept*', 'emergency contraception', 'morning-after', 'morning after pill*', 'pille danach', 'verhuetung*', 'kontrazept*', 'pilule du lendemain', 'contracepti*', 'anticoncept*', 'pildora del dia despues', 'pillola del giorno dopo', 'morning-afterpil', 'anticonceptie*', 'pilula do dia seguinte', 'antykoncep*', 'tabletka dzien po', 'preventivmedel', 'p-piller', 'p-pille*', 'dagen-efter-pille*', 'ehkaisy*', 'jalkiehkaisy*', 'antikoncep*',
    'walking frame*', 'walking-frame*', 'zimmer frame*', 'rollator*', 'bath seat*', 'bath-seat*', 'shower seat*', 'grab rail*', 'grab bar*', 'commode*', 'mobility aid*', 'mobility scooter*', 'rollstuhl*', 'wheelchair*', 'gehhilfe*', 'badewannensitz*', 'deambulateur*', 'fauteuil roulant', 'andador*', 'silla de ruedas', 'deambulator*', 'sedia a rotelle', 'looprek*', 'rolstoel*', 'andarilho*', 'cadeira de rodas', 'balkonik*', 'wozek inwalidzki', 'rullstol*', 'kørestol*', 'rullestol*', 'pyoeraetuoli*', 'invalidni vozik',
    'anti-nausea', 'nausea band*', 'sickness band*', 'volume amplif*', 'tv amplif*', 'caption-enabled', 'captioned phone*', 'captioning phone*', 'loud ringer*', 'hearing aid*', 'hearing test*', 'hearing check*', 'amplified', 'listening device*', 'tv listening', 'test strip*', 'lancet*', 'glucose meter*', 'blood sugar', 'sugar-free', 'urinary', 'bladder leak*', 'absorbent', 'clinic*', 'night sweats', 'sleepless*', 'snoring', 'anti-snor*', 'low mood', 'mental*', 'waist size*', 'trouser size*', 'dress size*', 'bra size*', 'didn\'t fit', 'too small', 'too tight',
    `re:(?<![\\p{L}])${SIZE}[\\p{L}\\p{N} ]{0,30}(?:${CHANGE_VERB})`,
    're:(?<![\\p{L}])(?:moved|went|gone|jumped|dropped) (?:up|down) (?:[\\p{L}\\p{N}]+ ){0,2}sizes?(?![\\p{L}])',
    `re:(?<![\\p{L}])${SIZE}[\\p{L}\\p{N}' ]{0,30}(?:from|du|de|von|van|od|da|dal)\\s?\\d+\\s?(?:to|au|a|auf|zu|naar|na|do|al|para)\\s?\\d+`],
  de: ['*hoergeraet*', 'hoertest*', 'teststreifen', 'blutzucker*', 'zuckerfrei*', 'phyto*', 'praeparat*', 'nachtschweiss', 'schlaflos*', 'harn*', 'blasenschwaeche', 'psych*'],
  fr: ['petites fuites', 'nuits agitees', 'protection* absorbante*', 'fuite* urinaire*', 'urinaire*', 'bandelette*', 'glycemie', 'lecteur* de glycemie', 'sans sucre', 'test auditif', 'bilan auditif', 'sueurs nocturnes', 'insomnie*', 'anti-ronflement'],
  es: ['pequenas perdidas', 'noches agitadas', 'tiras reactivas', 'glucometro*', 'azucar en sangre', 'sin azucar', 'prueba auditiva', 'perdida* de orina', 'orina', 'sudores nocturnos', 'antirronquidos'],
  it: ['piccole perdite', 'notti agitate', 'notti insonni', 'apparecchi* acustic*', 'test dell\'udito', 'strisce', 'glicemia', 'senza zucchero', 'perdite urinarie', 'antirussamento', 'vampate', 'insonnia', 'ansia', 'depression*', 'sudorazione notturna'],
  nl: ['kleine lekkages', 'onrustige nachten', '*hoortoestel*', 'hoortest*', 'gehoortest', 'teststrips', 'bloedsuiker*', 'suikervrij', 'urineverlies', 'opvliegers', 'slapeloos*', 'somber*', 'nachtzweet'],
  pt: ['tensao arterial', 'pressao arterial', 'circulacao', 'pequenas perdas', 'aparelho* auditivo*', 'teste auditivo', 'tiras de teste', 'glicemia', 'glicose', 'sem acucar', 'perda* de urina', 'afrontamentos', 'insonia', 'ansiedade', 'depressao', 'suores noturnos'],
  pl: ['uslyszec', 'doslyszec', 'slyszec', 'aparat* słuchow*', 'słuch*', 'badanie słuchu', 'paski testowe', 'glukometr*', 'cukier we krwi', 'bez cukru', 'nietrzymani*', 'uderzenia goraca', 'bezsenn*', 'cisnieniomierz*', 'depresj*'],
};

export const PREGNANCY_PROXIES: Lexicon = {
  en: ['little one arrives', 'the little one arrives', 'baby arrives', 'before the baby arrives', 'parents-to-be', 'parents to be', 'expectant parent*', 'expectant mother*', 'these nine months', 'big arrival', 'new arrival on the way', 'grow with you', 'bump', 'baby-formula', 'baby formula', 'baby nursery'],
  de: ['werdende eltern', 'werdende mutter', 'werdende muetter', 'diese neun monate', 'babyartikel*', 'babyabteilung', 'erstausstattung', 'umstandsmode'],
  fr: ['futurs parents', 'future maman', 'futures mamans', 'ces neuf mois', 'layette', 'articles pour bebe', 'rayon bebe', 'heureux evenement'],
  es: ['futuros padres', 'futura mama', 'futuras mamas', 'estos nueve meses', 'articulos de bebe', 'seccion de bebe', 'canastilla', 'dulce espera'],
  it: ['futuri genitori', 'futura mamma', 'future mamme', 'questi nove mesi', 'neonat*', 'pannolin*', 'prima infanzia', 'premaman', 'gravidanz*', 'dolce attesa'],
  nl: ['aanstaande ouders', 'aanstaande moeder*', 'deze negen maanden', 'zwanger*', 'luier*', 'babyartikel*', 'kraam*', 'zwangerschap*'],
  pt: ['futuros pais', 'futura mae', 'futuras maes', 'estes nove meses', 'gravid*', 'gestac*', 'fralda*', 'recem-nascid*', 'enxoval'],
  pl: ['przyszli rodzice', 'przyszlych rodzicow', 'przyszla mama', 'przyszlych mam', 'ciaz*', 'ciąż*', 'niemowl*', 'pieluch*', 'noworod*', 'wyprawk*'],
};

export const SEXUALITY_PROXIES: Lexicon = {
  en: ['transitioning', 'your transition', 'true self', 'who you really are', 'title from', 're:(?<![\\p{L}])from (?:mr|mrs|ms|miss|mx)\\.? to (?:mr|mrs|ms|miss|mx)(?![\\p{L}])',
    're:(?<![\\p{L}])(?:men|mens|menswear|male|herren[\\p{L}]*|homme[s]?|hombre[s]?|caballero[s]?|uomo|heren[\\p{L}]*|homem|homens|meski[\\p{L}]*)[^|]{0,40}(?:to|into|zu|zur|au|a|al|alla|naar|para|na|do) (?:the )?(?:women|womens|womenswear|female|damen[\\p{L}]*|femme[s]?|mujer[es]*|dama[s]?|donna|donne|dames[\\p{L}]*|mulher[es]*|damski[\\p{L}]*)',
    're:(?<![\\p{L}])(?:women|womens|womenswear|female|damen[\\p{L}]*|femme[s]?|mujer[es]*|dama[s]?|donna|donne|dames[\\p{L}]*|mulher[es]*|damski[\\p{L}]*)[^|]{0,40}(?:to|into|zu|zur|au|a|al|alla|naar|para|na|do) (?:the )?(?:men|mens|menswear|male|herren[\\p{L}]*|homme[s]?|hombre[s]?|caballero[s]?|uomo|heren[\\p{L}]*|homem|homens|meski[\\p{L}]*)'],
  de: ['geschlechtsangleich*', 'anrede* geaendert', 'deine transition', 'ihre transition'],
  fr: ['votre transition', 'ta transition', 'changement de civilite', 'qui vous etes vraiment'],
  es: ['tu transicion', 'su transicion', 'cambio de tratamiento', 'quien eres de verdad'],
  it: ['la tua transizione', 'chi sei davvero'], nl: ['jouw transitie', 'wie je echt bent'], pt: ['a tua transicao', 'quem realmente es'], pl: ['tranzycj*', 'kim naprawde jestes'],
};

export const POLITICS_PROXIES: Lexicon = {
  en: ['predvolebni*', 'volbami', 'volby', 'volebni*', 'mitink*', 'konzervatism*', 'nacionalism*', 'vlastenec', 'vlastenci', 'partimedlem*', 'partis', 'partiets', 'stemmer rødt', 'stemmer blått', 'stemmer på', 'party membership', 'party member*', 'party register', 'membership register of a party', 'marginal seat*', 'marginal-seat*', 'swing seat*', 'swing state*', 'swing voter*', 'single-candidate', 'vote for', 'voted for', 'votes for', 'voting for', 'vote share', 'polling station*', 'constituenc*', 'solidarity', 'union badge*'],
  de: ['gewaehlt haben die', 'stimmenanteil', 'wahlkreis*', 'solidaritaet*'],
  fr: ['vote pour', 'ont vote', 'circonscription*', 'solidarite'],
  es: ['votaron', 'voto a', 'circunscripcion*', 'solidaridad'],
  it: ['votato', 'elettori', 'partito'], nl: ['gestemd', 'kiezers', 'partij*'], pt: ['votaram', 'eleitores', 'partido'], pl: ['glosowal*', 'wyborc*', 'partii', 'partia'],
};

/** Spending or purchases that fell: the subject in each language, then a verb of falling within a few words. */
const SPEND_FELL = 're:(?<![\\p{L}])(?:spend|spending|purchases|orders|achats|commandes|depenses|einkaeufe|ausgaben|bestellungen|compras|gastos|pedidos|acquisti|spesa|ordini|aankopen|uitgaven|bestellingen|encomendas|zakupy|wydatki|zamowienia)[\\p{L} ]{0,20}(?:fell|fallen|dropped|halved|declined|decreased|baisse|diminue|chute|gesunken|gefallen|halbiert|bajado|caido|cayeron|disminuido|calati|diminuiti|dimezzat[\\p{L}]*|gedaald|gehalveerd|cairam|caiu|diminuiram|spadly|spadl[\\p{L}]*)';

export const FINANCE_PROXIES: Lexicon = {
  en: [SPEND_FELL, 're:(?<![\\p{N}])(?:2[0-9]|30|31|1|2|3)(?:st|nd|rd|th)?(?: ?(?:-|to|–) ?(?:2[0-9]|30|31|1|2|3|4|5)(?:st|nd|rd|th)?)? of (?:each |every |the )?month(?![\\p{L}])', 're:(?<![\\p{L}])(?:only |mostly |always )?(?:on |in )?(?:the )?(?:1st|first|start|beginning)(?:[- ](?:3rd|5th|third|fifth|few days|days?|week))? of (?:each|every|the) month', 're:(?<![\\p{L}])(?:only |mostly )?(?:on )?(?:days? )?1 ?(?:-|to) ?[3-5] of (?:each|every|the) month', 'payday', 'after the 25th', 'month-end', 'pay-in-4', 'pay in 4', 'pay in instalments', 'running on empty', 'skint', 'tight month', 'money worries', 'basket fall*', 'basket drop*', 'basket shr*', 'pay later'],
  de: ['zahltag', 'gehaltseingang', 'geldsorgen', 'zahlungsrueckstand*', 'in raten', 'mahnstufe*', 'spaeter zahlen', 'knapp bei kasse'],
  fr: ['jour de paie', 'paie', 'soucis d\'argent', 'fin de mois difficile', 'paiement fractionne', 'payer en 4 fois', 'en 3 fois', 'en 4 fois'],
  es: ['dia de cobro', 'dia de pago', 'nomina', 'apuros', 'preocupaciones economicas', 'paga en 3', 'paga en 4', 'pago aplazado'],
  it: ['a rate', 'pagamento a rate', 'busta paga', 'stipendio', 'preoccupazioni economiche', 'fine mese', 'paga dopo', 'paga in 3'],
  nl: ['*termijnbetaling*', 'gemiste betaling*', 'afbetaling*', 'geldzorg*', 'salarisdag', 'betaaldag', 'achteraf betalen', 'krap*'],
  pt: ['a prestacoes', 'prestac*', 'dia de pagamento', 'salario', 'preocupacoes financeiras', 'apertad*', 'pague depois', 'pagamento fracionado'],
  pl: ['lønning*', 'lønningsdag*', 'saldo under', 'löning*', 'lönedag*', 'z rat', 'na raty', 'ratach', 'ratami', 'wyplat*', 'kup teraz zaplac', 'zaplac pozniej', 'odroczon* platnos*', 'ciezki miesiac', 'kłopoty finansowe', 'koszyk spadl'],
};

export const LIFE_EVENT_PROXIES: Lexicon = {
  en: ['sormuskoko*', 'sormus*', 'kihla*', 'haepaik*', 'haeaesuunnit*', 'ring box*', 'ring size*', 'ring-size*', 'ring sizer*', 'pop the question', 'popped the question', 'wedding registry', 'single bed*', 'single-size*', 'single mattress*', 'single-person', 'table for one', 'family-pack*', 're:(?<![\\p{L}])(?:family|household)[\\p{L}\\- ]{0,20}(?:halved|dropped|fell|shrank|stopped)'],
  de: ['verlobungsring*', 'ringgroesse*', 'single-packung*', 'singlepackung*', 'single-box*', 'einpersonen*', 'einzelbett*', 'trennung*', 're:familien[\\p{L}\\- ]{0,30}(?:auf|zu) single'],
  fr: ['bague*', 'tour de doigt', 'lit simple', 'lit une place', 'format* solo', 'separation*'],
  es: ['anillo*', 'talla de anillo', 'cama individual', 'colchon individual', 'formato individual', 'separacion*', 'ruptura*'],
  it: ['anello', 'anelli', 'letto singolo', 'materasso singolo', 'monoporzion*', 'separazion*'],
  nl: ['verlovingsring*', 'eenpersoons*', 'gezinsverpakking*', 'uit elkaar'],
  pt: ['anel', 'aneis', 'colchao de solteiro', 'cama de solteiro', 'solteiro', 'cesta familiar', 'dose individual', 'separac*'],
  pl: ['pierscion*', 'łozko pojedyncze', 'jednoosobow*', 'rozstani*', 'rozwod*'],
};

export const BEREAVEMENT_PROXIES: Lexicon = {
  en: ['so sorry for', 'sorry for your loss', 'we\'re so sorry', 'we are so sorry'],
  de: ['es tut uns leid', 'unser beileid', 'mitgefuehl'],
  fr: ['nous sommes desoles', 'sinceres condoleances', 'toutes nos pensees'],
  es: ['sentimos mucho', 'lo sentimos mucho', 'lo ocurrido', 'nuestro pesame'],
  it: ['ci dispiace molto', 'sentite condoglianze'], nl: ['het spijt ons', 'gecondoleerd'], pt: ['lamentamos muito', 'os nossos sentimentos'], pl: ['bardzo nam przykro', 'wyrazy wspolczucia'],
};

export const ADDICTIVE_PROXIES: Lexicon = {
  en: ['ready-to-drink', 'rtd', 'alcopop*', 'hard seltzer*', 'pre-drinks', 'predrinks', 'premix*', 'cig', 'cigs', 'ciggies', 'net loss', 'net losses', 'netto tap', 'nettotap', 'nettoverlust*', 'perte nette', 'perdidas netas', 'mixdrank*', 'spirituosen*', 'players', 'gamers', 'gamer', 'punters', 'bettors', 'chests', 'crates', 'deposits', 'deposited', 'wagered', 'staked', 'superalcohol*', '*alcohol*', 'spirits'],
  de: ['spieler', 'gamer', 'truhe*', 'kiste*', 'einzahlung*', 'eingezahlt', 'gesetzt', '*alkohol*', 'spirituosen'],
  fr: ['joueurs', 'parieur*', 'coffre*', 'depot*', 'mise', 'mises', 'spiritueux', '*alcool*'],
  es: ['jugadores', 'apostador*', 'cofre*', 'deposito*', 'licor*', '*alcohol*'],
  it: ['giocatori', 'scommettitor*', 'forzier*', 'casse premio', 'depositi', '*alcol*', 'liquor*'],
  nl: ['spelers', 'gokker*', 'kisten', 'stortingen', 'gestort', '*alcohol*', 'sterke drank'],
  pt: ['jogadores', 'apostador*', 'bau*', 'depositos', '*alcool*', 'bebidas espirituosas'],
  pl: ['gracze', 'graczy', 'skrzyn*', 'depozyt*', 'wplat*', '*alkohol*', 'wodk*'],
};

const MEN_DEPARTMENT = /(?<![\p{L}])(?:men|mens|menswear|herren[\p{L}]*|hommes?|hombres?|caballeros?|uomo|uomini|heren[\p{L}]*|homem|homens|meski[\p{L}]*|herr[\p{L}]*|mande[\p{L}]*|manne[\p{L}]*|miesten|pansk[\p{L}]*)(?![\p{L}])/u;
const WOMEN_DEPARTMENT = /(?<![\p{L}])(?:women|womens|womenswear|ladies|ladieswear|damen[\p{L}]*|femmes?|mujer(?:es)?|damas?|donna|donne|dames[\p{L}]*|vrouwen|mulher(?:es)?|damsk[\p{L}]*|dam|kvinde[\p{L}]*|kvinne[\p{L}]*|dame[\p{L}]*|naisten|zensk[\p{L}]*)(?![\p{L}])/u;
const SHARE_MOVED = /\d[\d.,]*\s?%?\s(?:a|to|auf|op|para|na|till|til|do|naar|em|en|au)\s(?:[<>]=?\s?)?\d[\d.,]*\s?%/u;
const SHIFT_MARK = /(?<![\p{L}])(?:(?:last|latest|most recent) \d+ (?:[\p{L}]+ )?(?:purchases|orders|items|buys)|(?:all )?came from|only|share|now|switched|moved|no longer|instead|then|previously|formerly|stopped|started|nur|jetzt|anteil|seulement|part|desormais|solo|ahora|cuota|ora|quota|alleen|nu|aandeel|apenas|agora|tylko|teraz|udzial|bara|andel|kun|nyt|osuus|jen|nyni|podil)(?![\p{L}])|->|%/u;

/**
 * A change between men's and women's departments written across conditions ("bought from menswear only 2019–2023; womenswear
 * share ≥ 70% since January"): both departments in one audience with a mark of a shift (only, a share, now, an arrow), sixteenth round;
 * thirty-fifth: the last few purchases, or where they came from ("4+ menswear purchases in 2024 whose last 5 clothing purchases all came from womenswear").
 * The single-condition forms are in SEXUALITY_PROXIES and TAXONOMY_MORE.
 */
export function departmentShift(audience: string): boolean {
  // Thirty-second round: or one department whose share moved from one figure to another ("köp på herravdelningen gått från 0 till > 70 %").
  return (MEN_DEPARTMENT.test(audience) && WOMEN_DEPARTMENT.test(audience) && SHIFT_MARK.test(audience)) || ((MEN_DEPARTMENT.test(audience) || WOMEN_DEPARTMENT.test(audience)) && SHARE_MOVED.test(audience));
}
