/**
 * Purchases of plain products, and "all of" a plainly named group (ninth round, issue 24).
 *
 * The allow-list of ordinary categories (ordinary-categories.ts) can never name every product a
 * shop sells: printer ink, bird seed, roof boxes, loose-leaf tea and drills each cost a committee
 * look until someone lists them. Here the review reads such an audience by its shape instead: a
 * purchase ("bought", "Käufer", "acheteurs de", "kupujący") of a few plain words, with at most a
 * time window or a count, and nothing else. It stays a condition a person must check when any of
 * its words is a caution stem (health and the body, sizes, pregnancy and babies, children and
 * school, sex, religion, politics, money trouble, life events and loss, alcohol, tobacco,
 * gambling and games of chance, ages), a product code or an identifier, a non-purchase behaviour
 * (viewed, searched, predicted), a change, an age or a place, or when the taxonomy places it.
 *
 * The caution stems are deliberately wide and matched inside compounds ("bröstcancerbehandling",
 * "protesbehå", "Schwangerschaftstest"): a plain product that brushes one of them only goes back
 * to the committee, as before this round; a sensitive product missed by every stem is the risk the
 * held-out sets measure.
 */
import { normalizeText } from '../normalize.js';
import { isNumberish } from './vocabulary.js';

/** A verb or noun of buying, in the nine languages and Danish and Czech (normalised spelling: "köpt" is "koept"). */
const PURCHASE_MARKER = /^(?:bought|buy|buys|buying|buyers?|purchased?|purchasers?|purchases|purchasing|ordered|picked|booked|gekauft|kauften|kaufen|kaeufer\p{L}*|bestellt\p{L}*|gebucht|achete\p{L}*|achetent|acheteu(?:r|rs|se|ses)|commande\p{L}*|compr(?:an|aron|ado|ados|adas|ador|adores|adoras|aram|ou|ando)|pidieron|reservaron|acquist\p{L}*|acquirent[ei]|compra(?:to|ti|te|ta)|ordinat[oi]|prenotat[oi]|gekocht|kochten|kopen|kopers?|besteld\p{L}*|geboekt|encomendaram|reservaram|kupil\p{L}*|kupuj\p{L}*|nabywc\p{L}*|zamowil\p{L}*|zarezerwowal\p{L}*|koept|koepte|koeper|koepare|kopt|kopte|kopare|bestallt|bestallde|bokat|bokade|koebt|koebte|koebere|kobt|kobte|kobere|købt|købte|købere|kjøpt|kjøpte|travell?ed|flew|flown|voyage|voyages|viajaron|viajado|viaggiato|viaggiati|gereisd|gereist|reisten|podrozowal\p{L}*|koupil\p{L}*|zakoupil\p{L}*|kupujici|koep|køb|kjøp|kjøpere|kjøper|køber|ostajat|ostaneet|ostivat|ostanut)$/u;

/** Whether the (normalised) audience says that people bought something. */
export function purchaseIn(text: string): boolean {
  return text.split(' ').some((w) => PURCHASE_MARKER.test(w));
}

/**
 * Caution stems: a word that starts with one (or, for stems of six letters or more, holds one
 * anywhere, so compounds count) keeps a product purchase with the committee. Wide on purpose.
 */
const CAUTION = [
  // health, body, medicine, sizes and weight
  'health', 'gesund', 'sante', 'salud', 'salute', 'gezond', 'saude', 'zdrow', 'halsa', 'sundhed', 'zdravi', 'medic', 'medik', 'medis', 'farmac', 'pharma', 'apothe', 'apotek', 'apteka', 'lekar', 'leka', 'drug', 'pill', 'pille', 'pilul', 'pildor', 'pillol', 'tablett', 'vitamin', 'supplement', 'suplement', 'ergaenz', 'complement', 'integrator', 'therap', 'terap', 'treatment', 'behandl', 'tratam', 'trattam', 'traitement', 'cancer', 'krebs', 'kanker', 'tumor', 'tumour', 'onkolog', 'oncolog', 'chemo', 'diabet', 'insulin', 'glucos', 'gluko', 'blood', 'blut', 'sang', 'sangre', 'sangue', 'bloed', 'krew', 'blod', 'pressure', 'dialys', 'stoma', 'ostom', 'catheter', 'katheter', 'incontin', 'inkontin', 'protes', 'prothes', 'prosthe', 'protez', 'compress', 'kompres', 'bandag', 'brace ', 'braces', 'orthop', 'ortop', 'mobility', 'walking frame', 'walking aid', 'zimmer', 'gehhilfe', 'gehgestell', 'deambulat', 'andador', 'looprek', 'chodzik', 'gåstol', 'stairlift', 'treppenlift', 'monte-escalier', 'salvaescaleras', 'montascale', 'traplift', 'grab rail', 'haltegriff', 'commode', 'toilettenstuhl', 'bath lift', 'badewannenlift', 'rollator', 'wheelchair', 'rollstuhl', 'fauteuil', 'ruedas', 'rotelle', 'rolstoel', 'wozek', 'rullstol', 'walking stick', 'gehstock', 'krueck', 'bequille', 'muleta', 'stampell', 'kruk', 'hearing', 'hoer', 'audit', 'audif', 'acoust', 'akust', 'udito', 'gehoor', 'sluch', 'hoersel', 'horsel', 'magnif', 'lupe', 'loupe', 'lupa', 'large print', 'grossdruck', 'denture', 'gebiss', 'dentier', 'dentadura', 'dentiera', 'kunstgebit', 'proteza', 'tandprotes', 'psych', 'depress', 'anxi', 'angst', 'stress', 'sleep', 'schlaf', 'sommeil', 'sueno', 'sonno', 'slaap', 'sen ', 'somn', 'insomn', 'mental', 'mood', 'stimmung', 'humeur', 'animo', 'umore', 'stemming', 'humor', 'nastr', 'humoer', 'pain ', 'pains', 'painful', 'schmerz', 'douleur', 'dolor', 'dolore', 'pijn', 'smerte', 'bol ', 'diet', 'diaet', 'regime', 'slim', 'schlank', 'minceur', 'adelgaz', 'dimagr', 'afslank', 'emagrec', 'odchudz', 'weight', 'gewicht', 'poids', 'peso', 'waga', 'vikt', 'vaegt', 'size', 'groesse', 'taille', 'talla', 'taglia', 'maat', 'tamanho', 'rozmiar', 'storlek', 'stoerrelse', 'velikost', 'plus-size', 'xxl', 'xxxl', 'big and tall', 'curve', 'bariatr', 'test', 'condom', 'kondom', 'preserv', 'lubric', 'gleit', 'erect', 'erekt', 'viagra', 'hormon', 'menopaus', 'meno', 'wechseljahr', 'climater', 'klimakter', 'overgang', 'fertil', 'ovula', 'ovul', 'period', 'menstru', 'tampon', 'binde', 'pads', 'intim', 'hygien', 'higien', 'igien', 'higie', 'lice', 'laeuse', 'poux', 'piojo', 'pidocch', 'luizen', 'hemorr', 'haemorr', 'fungal', 'pilz', 'mycos', 'acne', 'akne', 'wart', 'warz', 'verrue', 'scar', 'narbe', 'hair loss', 'haarausfall', 'chute de cheveux', 'caida del cabello', 'caduta dei capelli', 'haaruitval', 'queda de cabelo', 'wypadanie', 'haeravfall', 'grey', 'gray', 'grau', 'gris', 'grigi', 'cinza', 'siw', 'wig', 'peruec', 'peruk', 'perruq', 'peluc', 'parrucc', 'pruik', 'glasses', 'brille', 'lunette', 'gafas', 'occhial', 'bril', 'oculos', 'okular', 'glasoegon', 'glasogon', 'lens', 'linse', 'lentill', 'lentilla', 'lenti', 'lenz', 'lente', 'soczew', 'linser', 'eye', 'auge', 'augen', 'oeil', 'yeux', 'ojo', 'occhi', 'oog', 'ogen', 'olho', 'oko', 'oczy', 'oega', 'ogon', 'clinic', 'klinik', 'clinique', 'clinica', 'kliniek', 'hospital', 'krankenh', 'hopital', 'ospedal', 'ziekenh', 'szpital', 'sjukhus', 'doctor', 'arzt', 'aerzt', 'medecin', 'medico', 'dokter', 'lekarz', 'lakare', 'laekare', 'nurse', 'pflege', 'care home', 'hospice', 'hospiz',
  // pregnancy, babies, children, school, toys
  'pregnan', 'schwanger', 'enceinte', 'grossesse', 'embaraz', 'gravid', 'incint', 'zwanger', 'ciaz', 'ciezar', 'tehotn', 'maternit', 'umstand', 'premaman', 'prenatal', 'pranatal', 'baby', 'babies', 'bebe', 'neonat', 'newborn', 'nourriss', 'saeugl', 'lactan', 'zuigel', 'niemowl', 'spaedbarn', 'spadbarn', 'diaper', 'nappy', 'nappies', 'windel', 'couche', 'panal', 'pannolin', 'luier', 'fralda', 'pieluch', 'bloej', 'bloja', 'formula', 'infant', 'nursing', 'stillen', 'allait', 'lactanc', 'allatt', 'borstvoed', 'amament', 'karmien', 'amning', 'breast', 'brust', 'sein', 'pecho', 'seno', 'borst', 'peito', 'piers', 'broest', 'brost', 'child', 'kid', 'kind', 'enfant', 'nino', 'nina', 'bambin', 'crianc', 'dziec', 'dzieck', 'barn', 'boern', 'deti', 'teen', 'jugend', 'adolesc', 'ragazz', 'tiener', 'nastol', 'tonaar', 'school', 'schul', 'ecole', 'scolaire', 'escola', 'escuel', 'scuol', 'szkol', 'skol', 'skole', 'skola', 'uniform', 'toy', 'spielzeug', 'jouet', 'juguet', 'giocattol', 'speelgoed', 'brinqued', 'zabawk', 'leksak', 'legetoej', 'hracka', 'junior', 'young', 'jeune', 'joven', 'giovan', 'jong', 'jovem', 'mlod', 'ung',
  // sex, sexuality and gender
  'sex', 'erot', 'adult', 'lingerie', 'dessous', 'lgbt', 'queer', 'gay', 'lesb', 'pride', 'trans ', 'transgender', 'transsex', 'binder', 'drag ', 'gender', 'geschlecht', 'genre', 'genero', 'genere', 'geslacht', 'plec', 'kon ', 'dating', 'single', 'singl', 'celibat', 'soltero', 'ledig',
  // religion, ethnicity, politics
  'relig', 'bible', 'bibel', 'biblia', 'bibbia', 'bijbel', 'koran', 'quran', 'coran', 'torah', 'tora', 'kosher', 'koscher', 'casher', 'halal', 'church', 'kirch', 'eglise', 'iglesia', 'chiesa', 'kerk', 'igreja', 'kosciol', 'kyrk', 'kirke', 'prayer', 'gebet', 'priere', 'oracion', 'preghier', 'gebed', 'oracao', 'modlit', 'boen', 'rosar', 'rosenkr', 'hijab', 'kippa', 'mosque', 'moschee', 'mosquee', 'mezquit', 'moschea', 'moskee', 'meczet', 'synagog', 'ramadan', 'eid ', 'diwali', 'hanukk', 'chanuk', 'passover', 'pessach', 'easter', 'ostern', 'paques', 'pascua', 'pasqua', 'pasen', 'pascoa', 'wielkanoc', 'paask', 'lent ', 'fasten', 'careme', 'cuaresma', 'quaresima', 'vasten', 'quaresma', 'post ', 'fasta', 'ethnic', 'ethni', 'etnic', 'etnisk', 'afro', 'asian', 'latin', 'hispan', 'polit', 'party', 'partei', 'parti', 'partido', 'partito', 'partij', 'partia', 'election', 'elector', 'electeur', 'electoral', 'wahl ', 'wahlen', 'waehler', 'vote', 'voto', 'stem ', 'glos ', 'union', 'gewerksch', 'syndic', 'sindic', 'vakbond', 'zwiaz', 'fackf', 'protest', 'campaign', 'kampagn', 'campagn', 'kampan', 'donat', 'spende', 'don ', 'donac', 'donaz', 'darowiz', 'charit', 'petition', 'petic', 'petiz',
  // national or ethnic origin read from a food or language range ("assortiment 'Surinaams/Antilliaans'")
  'surinam', 'antill', 'caribb', 'karib', 'carib', 'afric', 'afrik', 'asiat', 'aziat', 'indian', 'indisch', 'indien', 'pakistan', 'banglad', 'turk', 'tuerk', 'turc', 'turq', 'marok', 'maroc', 'moroc', 'marroq', 'arab', 'polish', 'polsk', 'polnisch', 'polonais', 'polacc', 'pools', 'nigeria', 'ghana', 'somal', 'eritre', 'kurd', 'syri', 'afghan', 'persi', 'iran', 'mexic', 'latino', 'creol', 'kreol', 'crioul', 'criol', 'soul food', 'world food', 'worldfood', 'exotic', 'exotisch', 'exotiq', 'foreign', 'auslaend', 'etranger', 'extranjer', 'stranier', 'buitenland', 'estrangeir', 'zagranic', 'utlaendsk', 'utlandsk',
  // money trouble
  'debt', 'schuld', 'dette', 'deuda', 'debit', 'debito', 'dlug', 'skuld', 'gaeld', 'loan', 'darlehen', 'kredit', 'credit', 'credito', 'krediet', 'kredyt', 'lan ', 'laan ', 'pret ', 'prestam', 'prestit', 'lening', 'emprest', 'pozycz', 'pawn', 'pfand', 'empeno', 'pegno', 'pand ', 'penhor', 'lombard', 'pant ', 'payday', 'zahltag', 'instalment', 'installment', 'raten', 'rate ', 'cuota', 'plazo', 'parcela', 'termijn', 'afbetal', 'raty', 'avbetal', 'klarna', 'bnpl', 'overdraft', 'dispokredit', 'decouvert', 'descubierto', 'scoperto', 'rood staan', 'cheque', 'scheck', 'arrear', 'overdue', 'declin', 'abgelehnt', 'refus', 'rechaz', 'rifiut', 'geweigerd', 'recusad', 'odrzuc', 'avvis', 'late ', 'verspaet', 'retard', 'atras', 'ritard', 'achterst', 'zaleg', 'foersen', 'forsen', 'inkasso', 'recouvr', 'cobro', 'incass', 'windykac', 'mahn', 'relanc', 'sollecit', 'aanmaning', 'cheap', 'budget', 'discount', 'rabatt', 'remise', 'descuento', 'sconto', 'korting', 'desconto', 'znizk', 'rabat', 'voucher', 'coupon', 'gutschein', 'bon ', 'cupon', 'buono', 'kupon', 'value range', 'basics', 'essentials', 'food bank', 'tafel', 'benefit', 'sozial', 'social', 'welfare', 'subsid', 'zasil', 'bidrag', 'unemploy', 'arbeitslos', 'chomage', 'paro ', 'disoccup', 'werkloos', 'desemprego', 'bezrobo', 'arbetslos', 'gold', 'cash', 'bargeld', 'especes', 'efectivo', 'contanti', 'contant', 'dinheiro', 'gotowk', 'kontant',
  // life events, relationships, loss
  'wedding', 'hochzeit', 'mariage', 'boda', 'matrimon', 'bruiloft', 'huwelijk', 'casament', 'slub', 'wesel', 'broellop', 'brollop', 'bryllup', 'svatb', 'engage', 'verlob', 'fianc', 'promet', 'anell', 'ring', 'bague', 'anillo', 'verloving', 'zarecz', 'divorc', 'scheid', 'separa', 'rozwod', 'skilsm', 'breakup', 'break-up', 'trennung', 'rupture', 'ruptura', 'rottura', 'funeral', 'beerdig', 'bestatt', 'begraeb', 'obseq', 'funer', 'entierro', 'begraf', 'uitvaart', 'pogrzeb', 'begrav', 'sympath', 'condolen', 'kondol', 'trauer', 'deuil', 'duelo', 'luto', 'lutto', 'rouw', 'zaloba', 'sorg ', 'memorial', 'gedenk', 'urn ', 'urns', 'grave ', 'graves', 'grab ', 'tombe', 'tumba', 'tomba', 'graf ', 'grob ', 'widow', 'witwe', 'veuve', 'viud', 'vedov', 'weduw', 'wdow', 'aenka', 'moving', 'umzug', 'demenag', 'mudanz', 'trasloc', 'verhuiz', 'przeprow', 'flytt', 'newlywed', 'honeymoon', 'flitterw', 'lune de miel', 'luna de miel', 'luna di miele', 'huwelijksreis', 'lua de mel', 'miesiac miodowy', 'smekmanad', 'retire', 'rente', 'retraite', 'jubila', 'pension', 'emerytur', 'gepensioneerd', 'aposent', 'senior', 'elder', 'older', 'aelter', 'age ', 'aged', 'ageing', 'aging', 'alter ', 'alters', 'edad', 'eta ', 'leeftijd', 'idade', 'wiek', 'alder ', 'elderly', 'pensioner', 'rentner', 'jubilad', 'pensionat', 'aposentad', 'emeryt', 'pensionaer', 'pensionar',
  // ninth-round additions from the in-sample sets (12c-12j): prescriptions and painkillers, sleep aids, infant feeding, spirits and bottles, funerals, incontinence proxies, diet shakes, politics
  'recept', 'rezept', 'prescri', 'otc', 'laekemedel', 'lakemedel', 'sömn', 'melaton', 'valerian', 'baldrian', 'st john', 'johannisk', 'millepertuis', 'iperico', 'dziuraw', 'paracetamol', 'ibuprofen', 'aspirin', 'acetaminophen', 'analges', 'painkill', 'schmerzmittel', 'cold and flu', 'erkaelt', 'grippe', 'gripe', 'influenz', 'flu ', 'cough', 'husten', 'toux', 'tos ', 'tosse', 'hoest', 'kaszel', 'hosta', 'lozeng',
  'modyfikowan', 'mleko poczatkowe', 'anfangsmilch', 'folgemilch', 'lait infantile', 'lait 1er', 'lait 2e', 'leche de continuacion', 'leche infantil', 'latte in polvere', 'latte artificiale', 'opvolgmelk', 'leite em po', 'modersmjolk', 'ersattning', 'ersaettning', 'nappfl', 'napp ', 'biberon', 'babyflasche', 'zuigfles', 'mamadeira', 'butelk', 'sutter', 'dummy', 'dummies', 'pacifier', 'schnuller', 'tetine', 'chupete', 'ciuccio', 'speen', 'chupeta', 'smoczek', 'flaeschchen',
  'grappa', 'schnaps', 'brandy', 'cognac', 'tequila', 'ouzo', 'pastis', 'sake', 'cider', 'sidra', 'sidro', 'aperol', 'amaro', 'aquavit', 'akvavit', 'braennvin', 'jenever', 'bourbon', 'absinth', 'rakia', 'palinka', 'soju', 'sherry', 'vermouth', 'mezcal', 'calvados', 'armagnac', 'slivovit', 'seltzer', 'alcopop', 'port ', 'bouteille', 'bottle', 'flasche', 'botella', 'bottigli', 'fles ', 'flessen', 'garrafa', 'flaska', 'flaskor', 'case of', 'kiste', 'carton de', 'caja de', 'cassa di', 'krat',
  'funebr', 'funeb', 'wreath', 'kranz', 'couronne', 'corone', 'corona', 'krans', 'wieniec', 'coroa',
  'waterproof', 'wasserdicht', 'impermeab', 'waterdicht', 'wodoodporn', 'vattentat', 'inlegkruis', 'slipeinlage', 'protege-slip', 'salvaslip', 'protetor diario', 'wkladk', 'trosskydd', 'panty liner', 'liners', 'mattress protector', 'matratzenschoner', 'protege-matelas', 'protector de colchon', 'coprimaterasso', 'matrasbescherm', 'protetor de colchao', 'ochraniacz', 'madrasskydd',
  'meal-replacement', 'meal replacement', 'mahlzeitenersatz', 'substitut de repas', 'sustitutiv', 'sostitutiv', 'maaltijdvervang', 'substituto de refeic', 'zamiennik', 'maltidsersattning', 'protein', 'shake', 'keto', 'low-carb', 'calori', 'kalori',
  'conservat', 'konservativ', 'conservateur', 'conservador', 'konserwatyw', 'liberal', 'socialis', 'sozialis', 'communis', 'kommunis', 'nationalis', 'patriot', 'progressiv', 'leftist', 'left-wing', 'right-wing', 'republican', 'democrat', 'labour', 'tory', 'tories', 'green party', 'commentator', 'kommentator', 'friday', 'freitag', 'vendredi', 'viernes', 'venerdi', 'vrijdag', 'sexta-feira', 'piatk', 'piatek', 'fredag', 'sabbat', 'shabbat',
  // users of addictive products, and heavy use
  'drink', 'trinker', 'buveur', 'bebedor', 'bevitor', 'pijak', 'pijac', 'binge', 'smoker', 'raucher', 'fumeur', 'fumador', 'fumator', 'roker', 'fumante', 'palacz', 'rokare', 'gambler', 'zocker', 'joueur', 'jugador', 'giocator', 'gokker', 'jogador', 'hazardzist', 'heavy', 'starke ', 'gros ', 'grandes ', 'forti ', 'zware', 'intensiv', 'intensif', 'intens', 'addict', 'sucht', 'verslav', 'dipendenz', 'adicc', 'vicia', 'uzalezn', 'beroende',
  // a partner, a joint account, a card stopped, an address changed: a relationship read from account events
  'partner', 'joint', 'gemeinsam', 'conjoint', 'conjunt', 'congiunt', 'gezamenlijk', 'wspoln', 'gemensam', 'spaerr', 'sperr', 'bloqu', 'blocc', 'geblokkeerd', 'zablokow', 'address change', 'changed address', 'adressaend', 'adresswechsel', 'adressaenderung', 'changement d adresse', 'cambio de direccion', 'cambio di indirizzo', 'adreswijziging', 'mudanca de morada', 'zmiana adresu', 'adresseaendring',
  // fifteenth round: grief shelves, sleep aids and light therapy, the cheapest price tier
  'grief', 'bereave', 'trauer', 'deuil', 'duelo', 'lutto', 'rouw', 'zaloba', 'sorg ', 'søvn', 'sovn', 'lysterapi', 'light therap', 'cheapest', 'lowest price', 'lowest-price', 'budget tier', 'fascia prezzo', 'fascia di prezzo', 'prezzo piu bass', 'piu economic', 'guenstigst', 'billigst', 'moins cher', 'mas barat', 'goedkoopst', 'mais barat', 'najtansz', 'billigast',
  // twelfth round: mental-health ranges and political shelves read from a purchase
  'mindful', 'meditat', 'achtsam', 'pleine conscience', 'atencion plena', 'consapevolezz', 'calm ', 'current affairs', 'affaires courantes', 'actualidad', 'attualita', 'politi', 'polityk', 'polit ',
  // the hour: a habit at night is a sleep or health inference
  'night', 'nacht', 'nuit', 'noche', 'notte', 'noite', 'noc ', 'nocn', 'natt', 'nat ', 'midnight',
  // addictive products, gambling, chance
  'alcoh', 'alkoh', 'alcool', 'alcol', 'spirit', 'spirituo', 'liquor', 'likoer', 'liqueur', 'licor', 'whisk', 'vodka', 'wodka', 'gin ', 'rum ', 'beer', 'bier', 'biere', 'cerveza', 'birra', 'cerveja', 'piwo', 'piw', 'oel ', 'ol ', 'wine', 'wein', 'vin ', 'vins ', 'vino', 'wijn', 'vinho', 'wino', 'prosecco', 'champagn', 'cava', 'booze', 'tobac', 'tabak', 'tabac', 'tabaco', 'tabacc', 'tytoen', 'tobak', 'cigar', 'zigar', 'sigar', 'papieros', 'vape', 'vaping', 'e-cig', 'nicotin', 'nikotin', 'snus', 'shisha', 'hookah', 'cannabis', 'cbd', 'thc', 'hemp', 'hanf', 'chanvre', 'canamo', 'canapa', 'hennep', 'canhamo', 'konop', 'bet ', 'bets', 'betting', 'wett', 'paris sportif', 'apuest', 'scommess', 'gok', 'aposta', 'zaklad', 'spel', 'gambl', 'glueck', 'jeu ', 'jeux ', 'juego', 'gioc', 'jogo', 'hazard', 'casino', 'kasyno', 'kasino', 'poker', 'bingo', 'slot', 'lotter', 'lotto', 'loteri', 'lotteri', 'lottery', 'scratch', 'rubbel', 'grattage', 'rasca', 'gratta', 'kras', 'raspadinh', 'zdrap', 'skrap', 'loot', 'gacha', 'crate', 'booster', 'coin', 'gem ', 'gems', 'token', 'energy drink', 'energydrink',
];

/** An entry ending in a space is a whole word ("gin ", "bet "); one with a space inside is a phrase, matched at a word's start; any other is a stem. */
const WHOLE = new Set(CAUTION.filter((s) => s.endsWith(' ')).map((s) => normalizeText(s)));
const PHRASES = CAUTION.filter((s) => s.trim().includes(' ')).map((s) => normalizeText(s));
const STEMS = CAUTION.filter((s) => !s.includes(' ')).map((s) => normalizeText(s));

/** The caution stem a normalised condition brushes, or null. */
const GENERAL = /^(?:general|generale|generali|generell|generelle|generelt|generel|generelle)$/u;

export function cautionIn(text: string): string | null {
  const padded = ` ${text.replace(/'/g, ' ')} `;
  for (const s of PHRASES) if (padded.includes(` ${s}`)) return s;
  for (const w of text.split(/[\s'-]+/)) {
    if (w === '') continue;
    if (WHOLE.has(w)) return w;
    // Thirty-second round: "generell utsendelse", "envoi général": general starts like the Italian "genere" (gender) and means the opposite of a selection.
    if (GENERAL.test(w)) continue;
    for (const s of STEMS) if (w.startsWith(s) || (s.length >= 6 && w.includes(s))) return s;
  }
  return null;
}

/** Words that say the audience was read from something other than a purchase: what people looked at, a model's guess, a failed or returned payment or order, a habit or an hour. */
const NOT_A_PURCHASE = /^(?:viewed|views?|viewing|viewers?|browsed|browsing|searched|searches|searching|clicked|clicks|opened|opens|tapped|watched|watching|streamed|listened|played|plays|liked|followed|visited|read|likely|predicted|inferred|propensity|scored?|flagged|signals?|modell?ed|lookalikes?|returned|returns|refunded|complain\p{L}*|cancel+ed|abandon\p{L}*|wishlist\p{L}*|cart|carts|basket\p{L}*|night\p{L}*|am|pm|daily|until|none|nothing|anymore|stopped|dropped|fell|halved|doubled|switched|changed|every|each|per|regularly|always|only|alone|angesehen|gesucht|angeklickt|geoeffnet|wahrscheinlich\p{L}*|vorhergesagt|warenkorb\p{L}*|bis|nie|consulte\p{L}*|recherche\p{L}*|clique\p{L}*|ouvert\p{L}*|probable\p{L}*|panier\p{L}*|jusqu\p{L}*|vieron|buscaron|busc\p{L}*|visto|vista|abrieron|probab\p{L}*|cesta\p{L}*|carrito|hasta|visualizzat\p{L}*|cercat\p{L}*|aperto|carrello|fino|bekeken|gezocht|geopend|waarschijnlijk\p{L}*|winkelmand\p{L}*|tot|visualizaram|visualizou|pesquisaram|pesquisou|abriram|carrinho|ate|ogladal\p{L}*|szukal\p{L}*|otworzyl\p{L}*|koszyk\p{L}*|tittat|tittade|soekt|sokt|sokte|oeppnat|oppnat|varukorg\p{L}*|ogni|jede[nsr]?|chaque|cada|elke|iedere?|kazd\p{L}*|varje|hver|alleen|nur|seulement|solo|solamente|soltanto|apenas|somente|tylko|bara|endast|kun|jen|exclusively|ausschliesslich|exclusivement|exclusivamente|esclusivamente|uitsluitend|wylacznie|enbart|uteslutande|previously|formerly|eerder|frueher|auparavant|antes|prima|wczesniej|tidigare|instead|statt|anstatt|plutot|invece|zamiast|istallet|terwijl|while|whereas|waehrend|alors|mientras|mentre|enquanto|podczas|medan|altijd|immer|toujours|siempre|sempre|zawsze|alltid|altid|niets|nichts|rien|nada|niente|nic|inget|intet|pattern|patterns|muster|schema|patroon|padrao|padron|wzorzec|wykryt\p{L}*|detected|erkannt|detecte\p{L}*|same|gleiche[nr]?|meme|misma|mismo|mesma|mesmo|stessa|stesso|zelfde|samma|samme|used|utilised|utilized|genutzt|utilise\p{L}*|usad[oa]s?|utilizzat\p{L}*|gebruikt|wykorzyst\p{L}*|anvand\p{L}*|anvaend\p{L}*)$/u;

/** A token that is a code or an identifier ("pc", "kat", "sku", "seg_x", "c123", "44-210"), not a word. */
const CODE = /^(?:pc|kat|cat|sku|ean|gtin|atc|plu|art|nr|no|id|kod\p{L}*|cod(?:e|es|igo|igos|ice|ici)|seg|flag|tag)$|_|%|\p{L}\d|\d\p{L}{3,}|^(?!(?:19|20)\d\d-(?:19|20)\d\d$)\d+-\d+|^(?!(?:19|20)\d\d$)\d{3,}$/u;

/** Words allowed around the product: who, bought, when, how often ("customers who bought X in the last 12 months", "dog food buyers L12M"). */
const WINDOW_SHORTHAND = /^(?:l\d+[mwdy]|\d+[mwdy]|ytd|mtd|qtd|fy\d*|h[12]|q[1-4]|(?:19|20)\d\d(?:-(?:19|20)?\d\d)?)$/u;

/**
 * Whether a condition is a purchase of a plain product: in an audience that says people bought,
 * the condition's own words (less who and when) are at most five plain words, none of them a
 * caution stem, a code, a non-purchase behaviour or a number other than a window or a count.
 * `known` says which words are already read (who, when, how many): they do not count as product words.
 * `purchaseBefore`: an earlier condition of the audience named the purchase, so this one may go on listing what was bought.
 * `places`: the audience's places (placesIn), never a product.
 */
export function plainProductPurchase(text: string, whole: string, known: (w: string) => boolean, purchaseBefore: boolean, places: ReadonlySet<string> = new Set()): boolean {
  if (!purchaseIn(whole) && !purchaseIn(text)) return false;
  if (cautionIn(text) !== null) return false;
  // A quoted category name ("nella categoria 'cucina'") is read as its words.
  // A query's column made of known words ("antall_ordre", "last_order_date") is read word by word, not as a code.
  const words = text.split(' ').map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w !== '' && !(w.includes('_') && w.split('_').every((p) => p === '' || known(p) || isNumberish(p))));
  // A bare number of four digits or more that is no year ("tuoteryhmää 7731") is a product code, not a count.
  if (words.some((w) => NOT_A_PURCHASE.test(w) || (CODE.test(w) && !WINDOW_SHORTHAND.test(w) && !isNumberish(w)) || /^(?!(?:19|20)\d\d$)\d{4,}$/.test(w))) return false;
  const product = words.filter((w) => !PURCHASE_MARKER.test(w) && !known(w) && !isNumberish(w) && !WINDOW_SHORTHAND.test(w));
  if (product.length === 0 || product.length > 5) return false;
  // The purchase is named in this condition, or this one goes on listing what was bought ("roof boxes or bike racks"): the first condition of "Clientes en Roma que compraron zapatos" says who, not what.
  if (!purchaseIn(text) && (!purchaseBefore || product.length > 3)) return false;
  // A capitalised word after "in", "en", "à", "bei", "near" is a place ("shoes in Rome", "Clientes en Roma"), not a product: a place is for the committee.
  if (product.some((w) => places.has(w))) return false;
  return product.every((w) => /^[\p{L}][\p{L}'-]*$/u.test(w) && w.length >= 2);
}

/** Prepositions of place in the eleven languages, before a capitalised word: a place ("in Rome", "en Roma", "w Krakowie", "i Malmö"). */
const PLACE = /(?<![\p{L}])(?:in|at|near|around|en|au|aux|pres|près|dans|im|bei|nahe|nel|nella|nei|a|vicino|cerca|bij|nabij|na|em|no|w|we|przy|pa|på|i|ved|v|u)\s+(\p{Lu}[\p{L}'’-]*)/gu;

/** The places an audience names: capitalised words after a preposition of place, normalised. */
export function placesIn(raw: string): ReadonlySet<string> {
  return new Set([...raw.matchAll(PLACE)].map((m) => normalizeText(m[1])));
}

/**
 * Whether an audience that takes all of a group ("Alle klanten van de dealer", "Tutti i
 * correntisti", "Todos los usuarios de la app del súper") names the group in a few plain words:
 * no purchase, no behaviour, no number, no caution stem, no code. `known` reads the words the review already knows.
 */
export function plainGroup(text: string, known: (w: string) => boolean): boolean {
  if (purchaseIn(text) || cautionIn(text) !== null) return false;
  const words = text.split(' ').filter((w) => w !== '');
  if (words.some((w) => NOT_A_PURCHASE.test(w) || CODE.test(w) || /\d/.test(w))) return false;
  const rest = words.filter((w) => !known(w));
  return rest.length <= 5 && rest.every((w) => /^[\p{L}][\p{L}'-]*$/u.test(w));
}

/** A category field compared with plain quoted names ("orders.category = 'SOFA'", "category IN ('garden','bbq')"), or a category named after "kategori" ("i kategori Trädgård"). */
const CATEGORY_FIELD = /(?<![\p{L}])(?:[\p{L}_]+\.)?(?:tuoteryhm\p{L}*|category|categories|product_category|categoria|categorie|kategorie|kategori|kategoria|warengruppe|produktgruppe|artikelgruppe|varegruppe|varugrupp|artikelgroep|productgroep|department|dept|afdeling|abteilung|rayon|reparto|departamento)\s?(?:=|in)?\s?\(?((?:'[\p{L}][\p{L} &_]*'\s?,?\s?)+)\)?/u;
const CATEGORY_NAMED = /(?<![\p{L}])(?:i |in |en |nella |dans la |en la )?(?:kategori|category|kategorie|categoria|categorie|kategoria|kategorii)\s([\p{L}]{3,})$/u;
const QUERY_HEAD = /^(?:select [\p{L}_]+ from [\p{L}_]+ )?where /u;
/** A query's grouping tail ("group by customer_id having count(*) >= 2") says how often, not what. */
const QUERY_TAIL = /\s?group by [\p{L}_]+(?: having (?:count|max|min|sum|avg)\s?(?:\*)?)?/u;

/**
 * A query or a CRM filter on plain category names, read as the purchase it says (eleventh round):
 * "select customer_id from orders where category='paint'" is "bought paint"; a category code
 * ("category 4711", "cat_code IN ('GRD')") is left as it is: a code still hides what was bought.
 */
export function readQueryCategory(text: string): string {
  return text
    .replace(QUERY_HEAD, '')
    .replace(QUERY_TAIL, ' ')
    .replace(CATEGORY_FIELD, (_all, values: string) => `bought ${values.replace(/[',()_]/g, ' ').replace(/\s+/g, ' ').trim()}`)
    .replace(CATEGORY_NAMED, 'bought $1')
    // "segment.where(…)", "kunde.segment = 'HØJ_FREKVENS'": a query's method, its table prefixes and a quoted value are read as words.
    .replace(/^[\p{L}_]+\.where\s?/u, '')
    .replace(/(?<![\p{L}])[\p{L}_]+\.([\p{L}_]+)/gu, '$1')
    .replace(/=\s?'([\p{L}_ ]+)'/gu, (_all, value: string) => ` ${value.replace(/_/g, ' ')}`)
    .replace(/\s+/g, ' ')
    .trim();
}
