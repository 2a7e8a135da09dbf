/**
 * More ways an audience says the customer chose it, or was picked by what they did, in the nine
 * languages (extends rules/audience-cues.ts and vocabulary.ts): clubs and newsletters inside
 * compounds ("Bebisklubben"), subscribers and choices, alerts the customer asked for ("aviso de
 * reposición", "Torna disponibile"), a choice negated ("non iscritti al Club Bebè" is no choice),
 * a legal-age check ("age verified", "18+") that is no age band, the shop itself ("all customers
 * of the online pharmacy"), and behaviour or inference words the older cue table has only in
 * English, German, French and Spanish.
 */
import type { Lexicon } from '../lexicon.js';
import { normalizeText } from '../normalize.js';

/** Clubs, newsletters, subscriptions and choices, including inside compounds. */
export const OPT_IN_MORE: Lexicon = {
  en: ['sign-up sheet', 'signup sheet', 'put their names', 'joined the club themselves', 'asked to hear about', 'asked to hear from', 'asked to be told about', 'chosen in profile', 'chosen in their profile', 'set in profile', 'set in their profile', 'sign up', 'signs up', 'chosen in preferences', 'chosen in their preferences', 'chosen in the preference centre', 'selected in preferences', 'self-applied', 'requested by post', 'requested by', 'joined via', 'signed up via', 'subscribed via', 'sign-up form', 'zapis przez', 'zapisani przez', 're:(?<![\\p{L}])(?:switched|turned) on \x27', 'allowed notifications', 'allowed push notifications', 'allowed push', 'notifications allowed', 'enabled notifications', 'enabled push notifications', 'asked to receive', 'asked us to send', 'asked to be sent', 'asked to get', 'requested to receive', 'toggled', 'toggled on', 'saved topics', 'saved topic', 'to their saved', 'followed the category', 'follow the category', 'followed category', 'default off', 'off by default', 'opt-in only', 're:(?<![\\p{L}])(?:picked|chose|selected|ticked) \x27[^\x27]{1,40}\x27 as (?:their|a|his|her|your) (?:goal|goals|interest|topic|preference|focus)(?![\\p{L}])', 'set a reminder', 'set reminders', 'set up a reminder', 'switched on the', 'turned on the', 'texted join', 'texted in', 'sms keyword', 'shortcode', 'short code', 'enabled the', 'activated the', 'registrants', 'registered for the', 'registered for our', 'signed up for the', 'signed up for our', 'rsvp*', 'requested the', 'requested our', 'requested a free', 'downloaded the', 'downloaded our', 'back-in-stock request*', 'back in stock request*', 'anmeldung*', 'inscription*', 'inscripcion*', 'iscrizione', 'aanmelding*', 'inscricao', 'anmälan', 'tilmelding*', 'påmelding*', 're:(?<![\\p{L}])(?:joined|members? of) (?:the |our )?[\\p{L}& ]{0,30}societ(?:y|ies)(?![\\p{L}])', 're:(?<![\\p{L}])created an? (?:[\\p{L}]+ )?(?:registry|registries|birth list|wish ?list)(?![\\p{L}])', 'baby registry', 'birth list', 'aanmeldden', 'meldden zich aan', 'schreven zich in', 'zich inschreven', 'enabled', 'who enabled', 'aktiverat', 'aktiverede', 'aktivert', 'wedding list*', 'wedding registry', 'gift registry', 'hochzeitsliste*', 'liste de mariage', 'lista de bodas', 'lista nozze', 'huwelijkslijst*', 'trouwlijst*', 'lista de casamento', 'bröllopslista*', 'customer-selected', 'selected by customer', 'selected by the customer', 'ticked by customer', 'ticked by the customer', 'self-enrolled', 'self-registered', 'self-registration', 'alta voluntaria', 'freiwillig angemeldet', 'inscription volontaire', 'activated', 'turned on', 'switched on', 'own request', 'on their own request', 'remind me', 'who requested', 'asked for', 'created a registry', 'set up a registry', 'created a list', 'agreed to receive', 'accepted to receive', 'railcard*', 'senior card*', 'seniors card*', 'senior pass*', 'holders of our', 'entrants', 'participants', 'attendees', 'entered our', 'competition entrants', 'loyalty card*', '*club', '*clubs', 'subscriber*', 'member*', 'choice', 'self-selected', 'self-declared', 'who opted', 'subscription*', 'follows', 'followers'],
  de: ['mitgliedschaft*', 'haekchen bei', 'angehakt', 'angekreuzt', 'erhalten moechten', 'zusendung gewuenscht', 'zusendung angefordert', 'aktiviert*', 'eingeschaltet', 'angefordert', 'erstellt eine liste', 'geburtsliste angelegt', 'eingewilligt', 'seniorenkarte*', 'seniorenpass*', 'bahncard*', 'teilnehmer*', 'teilnehmende', 'gewinnspiel*', '*club', '*clubs', '*klub', 'abonnent*', 'angemeld*', 'mitglied*', 'eingeschrieben*', 'selbst gewaehlt', 'selbst abonniert', 'gewaehlt', '*abo', 'abonnement*'],
  fr: ['ont choisi de recevoir', 'choisi de recevoir', 'demande a recevoir', 'ont demande a recevoir', 'souhaite recevoir', 'souhaitent recevoir', 'ont active', 'ont demande', 'cree une liste', 'liste de naissance', 'accepte de recevoir', 'carte senior*', 'carte avantage*', 'participant*', 'jeu-concours', 'concours', '*club', 'abonne*', 'inscrit*', 'adherent*', 'membre*', 'choix', 'abonnement*'],
  es: ['pidieron', 'membresia*', 'eligieron recibir', 'optaron por recibir', 'se apuntaron', 'se apunto', 'apuntados', 'apuntadas', 'se suscribieron', 'pidieron recibir', 'solicitaron recibir', 'pidieron que les enviemos', 'activaron', 'activado', 'solicitaron', 'solicitado', 'crearon una lista', 'lista de nacimiento', 'aceptaron recibir', 'aceptaron', 'tarjeta dorada', 'tarjeta senior', 'tarjeta mayores', 'adherid*', 'participantes', 'sorteo', 'concurso', '*club', 'suscriptor*', 'suscrit*', 'socio*', 'miembro*', 'eleccion', 'afiliad*', 'suscripcion*'],
  it: ['hanno chiesto', 'hanno scelto di ricevere', 'scelto di ricevere', 'chiesto di ricevere', 'richiesto di ricevere', 'hanno attivato', 'hanno richiesto', 'creato una lista', 'lista nascita', 'accettato di ricevere', 'carta argento', 'carta over*', 'partecipanti', 'concorso', '*club', 'iscritt*', 'abbonat*', 'aderenti', 'hanno aderito', 'scelta', 'tesserati', 'abbonament*'],
  nl: ['vroegen', 'lidmaatschap*', 'gevraagd om te ontvangen', 'willen ontvangen', 'geactiveerd', 'ingeschakeld', 'aangezet', 'zelf aangezet', 'aangevraagd', 'opgevraagd', 'lijst aangemaakt', 'geboortelijst', 'voorkeur', 'voorkeuren', 'voordeelpas*', '*voordeelpas', 'seniorenpas*', 'deelnemers', 'winactie', '*club', '*clubleden', 'aangemeld*', 'ingeschreven*', 'abonnee*', 'leden', 'lid', 'gekozen', 'keuze', 'abonnement*'],
  pt: ['escolheram receber', 'optaram por receber', 'pediram para receber', 'escolheram', 'inscreveram', 'inscreveu', 'inscreve*', 'ativaram', 'ativado', 'solicitaram', 'pediram', 'criaram uma lista', 'lista de nascimento', 'aceitaram receber', 'participantes', 'passatempo', '*clube', '*club', 'subscritor*', 'subscrev*', 'assinante*', 'inscrit*', 'aderente*', 'aderiram', 'escolha', 'escolheram', 'assinatura*', 'membros', 'socios'],
  pl: ['czlonkostw*', 'aktywowali', 'wlaczyli', 'poprosili', 'zamowili broszure', 'utworzyli liste', 'lista prezentow', 'karta seniora', 'karty seniora', 'uczestnicy', 'konkurs*', 'lojalnosciow*', '*klub*', 'subskryben*', 'zapisan*', 'zapisal*', 'czlonk*', 'wybor', 'wybrali', 'subskrypcj*', 'prenumerat*'],
  sv: ['följer kategorin', 'följt kategorin', 'medlemskap*', 're:(?<![\\p{L}])(?:har )?slagit (?:[\\p{L}\\x27-]+ ){0,4}pa(?![\\p{L}])', 'aktiverade', 'slog pa', 'begart', 'begärt', 'skapat en lista', 'önskelista', 'seniorkort*', 'pensionarskort*', 'deltagare', 'tävling*', 'kundkort*', '*klubb*', '*klubben', 'prenumerant*', 'anmäld*', 'medlem*', 'valt', 'prenumeration*'],
  // Eleventh round: Danish, Norwegian, Czech, Finnish; and a choice marked as the customer's own ("ticked by customer", "alta voluntaria").
  // Seventeenth round: switched on with the particle at the end ("har slået notifikationer om odds til"), taken into use, registered for an event.
  da: ['fulgt kategorien', 'følger kategorien', 'medlemskab*', 're:(?<![\\p{L}])(?:har )?slaet (?:[\\p{L}\\x27-]+ ){0,4}til(?![\\p{L}])', 'aktiveret', 'meldte sig til', 'meldt sig til', 'tilvalgt', 'tilmeldte', 'tilmeldt*', 'abonnent*', 'medlem*', '*klub', '*klubben', 'nyhedsbrev*', 'samtykke*', 'har valgt', 'valgt', 'frivillig*'],
  no: ['fulgt kategorien', 'følger kategorien', 'fulgt temaet', 'medlemskap*', 're:(?<![\\p{L}])(?:har )?slatt (?:[\\p{L}\\x27-]+ ){0,4}pa(?![\\p{L}])', 'aktivert', 'meldte seg på', 'meldt seg på', 'meldte seg til', 'påmeldte', 'påmeldt*', 'abonnent*', 'medlem*', '*klubb', '*klubben', 'nyhetsbrev*', 'samtykke*', 'har valgt', 'valgt'],
  cs: ['zapnuli', 'zapnutá', 'zapnuté', 'zapnutý', 'aktivovali', 'odebírají', 'přihlásili', 'přihlášen*', 'odběratel*', 'člen*', 'registrovan*', 'souhlas*', 'newsletter*', '*klub*', 'zvolili', 'vybrali si'],
  fi: ['ottivat käyttöön', 'ottaneet käyttöön', 'ottanut käyttöön', 'otti käyttöön', 'tilanneet', 'tilasivat', 'sallineet', 'valitsivat', 'ilmoittautu*', 'tilaaj*', 'jäsen*', 'uutiskirje*', '*kerho*', '*klubi*', 'suostumu*', 'rekisteröity*', 'liittyneet', 'valinneet'],
};

/**
 * An alert the customer asked for: back in stock, a price alert, a waiting list. The product in
 * it is what they asked to hear about, so the condition is their choice, not their behaviour.
 */
export const REQUESTED_ALERT: Lexicon = {
  en: ['back in stock', 'back-in-stock', 'restock alert*', 'restock notification*', 'stock alert*', 'notify me', 'notify-me', 'price alert*', 'price-drop alert*', 'price drop alert*', 'waitlist', 'waiting list', 'asked to be notified', 'asked to be told', 'requested an alert', 'requested a notification', 'requested to be notified', 'signed up to be notified'],
  de: ['wieder verfuegbar', 'wieder auf lager', 'verfuegbarkeitsbenachrichtigung*', 'verfuegbarkeitsalarm*', 'verfuegbarkeitshinweis*', 'preisalarm*', 'preisbenachrichtigung*', 'warteliste*', 'benachrichtigung angefordert', 'benachrichtigen lassen'],
  fr: ['alerte* de disponibilite', 'alerte* retour en stock', 'retour en stock', 'de nouveau disponible', 'a nouveau disponible', 'alerte* prix', 'alerte* de prix', 'liste d\'attente', 'etre prevenu*', 'etre averti*', 'etre alerte*'],
  es: ['aviso de reposicion', 'aviso de disponibilidad', 'alerta* de stock', 'alerta* de reposicion', 'alerta* de precio', 'de nuevo disponible', 'otra vez disponible', 'lista de espera', 'ser avisad*', 'que les avisemos'],
  it: ['torna disponibile', 'di nuovo disponibile', 'avviso di disponibilita', 'avviso di riassortimento', 'avviso prezzo', 'lista d\'attesa', 'essere avvisat*', 'hanno attivato l\'avviso', 'hanno chiesto l\'avviso'],
  nl: ['weer op voorraad', 'weer beschikbaar', 'voorraadmelding*', 'beschikbaarheidsmelding*', 'prijsalert*', 'prijsmelding*', 'wachtlijst'],
  pt: ['aviso de disponibilidade', 'alerta* de stock', 'alerta* de estoque', 'alerta* de preco', 'de novo disponivel', 'novamente disponivel', 'lista de espera', 'ser avisad*'],
  pl: ['powiadomienie o dostepnosci', 'powiadomienia o dostepnosci', 'powiadom mnie', 'ponownie dostepn*', 'lista oczekujacych', 'alert cenowy'],
  sv: ['bevakning*', 'åter i lager', 'i lager igen', 'prisbevakning*', 'väntelista*', 'bli meddelad*'],
};

/** A negation just before a choice word: "not members", "non iscritti", "ohne Newsletter-Abo" is no choice. */
export const NEGATION = new RegExp(`(?<![\\p{L}])(?:${['not', 'non', 'nicht', 'kein', 'keine', 'keinen', 'ohne', 'pas', 'sans', 'no', 'sin', 'ni', 'senza', 'niet', 'geen', 'zonder', 'nao', 'sem', 'nie', 'bez', 'inte', 'ej', 'utan', 'without', 'never', 'jamais', 'nunca', 'mai', 'nooit', 'nigdy', 'aldrig'].join('|')})(?: [\\p{L}]+)?$`, 'u');

/**
 * A legal-age check, not an age band: "age verified", "adults only", "aged 18+", "volljährig".
 * The audience is everyone old enough to be sold the product.
 */
export const ADULT_CHECK: Lexicon = {
  en: ['age verified', 'age-verified', 'verified age', 'age verification', 'age checked', 'age-checked', 'verified adults', 'adults only', 'adult customers', 'adults', 'of legal age', 'legal drinking age', 'age-restricted', 'age restricted', 'id-verified', 'id verified', 'id-checked', 're:(?<![\\p{L}])verified (?:18|21)\\+ id-checked', 're:(?<![\\p{L}\\p{N}])(?:aged |age |over |above )?(?:18|21) ?(?:\\+|and over|or over|or older|and older)(?![\\p{N}])', 're:(?<![\\p{L}])(?:over|above) (?:18|21)(?![\\p{N}])', 're:(?<![\\p{L}])(?:is_adult|adult|age_verified|verified_(?:18|21)(?:plus)?|(?:18|21)plus_verified)\\s?=\\s?(?:1|true|\x27?y\x27?)(?![\\p{L}\\p{N}])'],
  de: ['altersnachweis*', 'altersverifiziert*', 'alter verifiziert', 'alter geprueft', 'altersgeprueft*', 'alterspruefung 18+', 'alterspruefung 18', 'altersverifikation', 'volljaehrig*', 'erwachsene', 're:(?<![\\p{L}])ab (?:18|21)(?: jahren)?(?![\\p{N}])'],
  fr: ['age verifie', 'age controle', 'majeur*', 'adultes', 're:(?<![\\p{L}])(?:plus de |des )(?:18|21) ans(?![\\p{L}])'],
  es: ['mayoria de edad', 'edad verificada', 'mayores de edad', 'mayor de edad', 'adultos', 're:(?<![\\p{L}])mayores de (?:18|21)(?: anos)?(?![\\p{N}])'],
  it: ['eta verificata', 'maggiorenni', 'maggiorenne', 'adulti'],
  nl: ['leeftijd geverifieerd', 'meerderjarig*', 'volwassenen', 're:(?<![\\p{L}])(?:18|21) jaar (?:of ouder|en ouder)'],
  pt: ['idade verificada', 'maiores de idade', 'maior de idade', 'adultos', 're:(?<![\\p{L}])maiores de (?:18|21)(?: anos)?(?![\\p{N}])'],
  pl: ['wiek zweryfikowany', 'zweryfikowany wiek', 'pelnoletni*', 'dorosli'],
  sv: ['åldersverifierad*', 'ålder verifierad', 'myndig*', 'vuxna', 're:(?<![\\p{L}])(?:oever|over) (?:18|20) ar'],
  da: ['aldersverificeret', 'alder verificeret', 'alderskontrolleret', 'myndige', 're:(?<![\\p{L}])over 18(?: år)?(?![\\p{N}])'], no: ['aldersverifisert', 'alder verifisert', 'myndige', 're:(?<![\\p{L}])over 18(?: år)?(?![\\p{N}])'],
  cs: ['ověřený věk', 'plnolet*', 'starší 18 let', 'nad 18 let'], fi: ['täysi-ikäi*', 'ikä varmennettu', 'ikä tarkistettu', 'yli 18-vuotiaat'],
};

/**
 * The shop itself, in "all customers of the (online) pharmacy": an audience that takes all of a
 * shop's customers is everyone, whatever the shop sells. Only counted when the audience begins
 * with "all" (conditions.ts): "pharmacy customers" of a larger retailer stays unrecognised.
 */
export const OUR_SHOP_WORDS: ReadonlySet<string> = new Set(
  [
    'pharmacy', 'pharmacies', 'chemist', 'chemists', 'drugstore', 'optician', 'opticians', 'shop', 'store', 'webshop', 'online', 'internet', 'company', 'brand', 'group', 'chain', 'bank', 'insurer', 'operator', 'casino', 'bookmaker', 'retailer',
    // Twenty-eighth round: a games company's own game ("All players of the game (global)").
    'game', 'games', 'spiel', 'spiels', 'jeu', 'jeux', 'juego', 'juegos', 'gioco', 'giochi', 'spel', 'spelet', 'jogo', 'jogos', 'gra', 'gry', 'peli', 'pelin', 'hra', 'hry',
    'apotheke', 'apotheken', 'online-apotheke', 'versandapotheke', 'drogerie', 'optiker', 'onlineshop', 'online-shop', 'marke', 'kette', 'versicherung', 'anbieter',
    'pharmacie', 'pharmacies', 'parapharmacie', 'opticien', 'boutique', 'enseigne', 'marque', 'banque', 'assureur', 'en', 'ligne',
    'farmacia', 'farmacias', 'parafarmacia', 'optica', 'marca', 'cadena', 'banco', 'aseguradora', 'operador', 'linea',
    'farmacie', 'ottica', 'catena', 'banca', 'assicurazione', 'operatore',
    'apotheek', 'apotheken', 'drogist', 'opticien', 'webwinkel', 'keten', 'verzekeraar', 'aanbieder',
    'farmacias', 'otica', 'cadeia', 'seguradora', 'operadora',
    'apteka', 'apteki', 'aptece', 'internetowa', 'internetowej', 'internetowego', 'drogeria', 'drogerii', 'sklep', 'sklepu', 'marki', 'sieci', 'banku', 'ubezpieczyciela',
    'apotek', 'apoteket', 'apotekets', 'nätapotek', 'nätapoteket', 'optiker', 'butiken', 'varumärket', 'kedjan', 'banken', 'försäkringsbolaget',
  ].map((w) => normalizeText(w)),
);

/**
 * The markets a shop sells in, named as a list ("(UK & Ireland)", "(DE, AT, CH)", "France
 * métropolitaine", "de España y Portugal"): the whole market, not a place. Never with "from"
 * ("customers from Poland" may be an origin): conditions.ts checks for it.
 */
export const MARKET_WORDS: ReadonlySet<string> = new Set(
  [
    'uk', 'gb', 'ie', 'de', 'at', 'ch', 'fr', 'be', 'nl', 'lu', 'es', 'pt', 'it', 'pl', 'se', 'dk', 'no', 'fi', 'us', 'ca', 'au', 'eu', 'dach', 'benelux', 'nordics', 'emea', 'europe', 'european', 'union',
    'britain', 'great', 'united', 'kingdom', 'england', 'scotland', 'wales', 'ireland', 'northern', 'irland', 'irlande', 'irlanda', 'ierland', 'irlandia',
    'germany', 'deutschland', 'allemagne', 'alemania', 'germania', 'duitsland', 'alemanha', 'niemcy', 'tyskland', 'austria', 'oesterreich', 'autriche', 'oostenrijk', 'austria', 'oesterrike', 'switzerland', 'schweiz', 'suisse', 'suiza', 'svizzera', 'zwitserland', 'suica', 'szwajcaria',
    'france', 'frankreich', 'francia', 'frankrijk', 'franca', 'francja', 'frankrike', 'metropolitaine', 'metropole', 'mainland', 'continental', 'peninsula', 'peninsular', 'continente',
    'spain', 'spanien', 'espagne', 'espana', 'spagna', 'spanje', 'espanha', 'hiszpania', 'portugal', 'portogallo', 'portugalia', 'italy', 'italien', 'italie', 'italia', 'italie', 'wlochy', 'netherlands', 'niederlande', 'pays-bas', 'paises', 'bajos', 'paesi', 'bassi', 'nederland', 'holanda', 'holandia', 'belgium', 'belgien', 'belgique', 'belgica', 'belgio', 'belgie', 'luxembourg', 'luxemburg',
    'poland', 'polen', 'pologne', 'polonia', 'polska', 'polsce', 'sweden', 'schweden', 'suede', 'suecia', 'svezia', 'zweden', 'szwecja', 'sverige', 'denmark', 'danmark', 'norway', 'norge', 'finland', 'suomi',
  ].map((w) => normalizeText(w)),
);
/** An origin, not a market: "customers from Poland", "Kunden aus Polen", "klanten uit Polen". */
export const ORIGIN_WORDS: ReadonlySet<string> = new Set(['from', 'aus', 'uit', 'z', 'fran', 'origin', 'origine', 'origen', 'origem', 'herkunft', 'afkomst', 'pochodzenie', 'ursprung', 'originaires', 'originarios', 'originari', 'nationality', 'native', 'born']);

/**
 * Consent hygiene, not a condition: "excluding unsubscribed", "except opted-out contacts", "ohne
 * Abgemeldete", "sauf désinscrits", and a sample size ("n=120,000"). Removed before the condition is read.
 */
export const HOUSEKEEPING = /(?<![\p{L}])(?:(?:excluding|exclude|except|excl|without|minus|ohne|ausser|ausgenommen|exkl|sauf|hors|excepto|salvo|sin|tranne|esclusi|escluso|escluse|behalve|zonder|excl|exceto|sem|oprocz|bez|utom|utan)\s(?:the\s|les\s|los\s|las\s|gli\s|le\s|de\s|die\s|os\s|as\s)?(?:[\p{L}-]+\s)?(?:unsubscribed|unsubscribes|opted-out|opted out|opt-outs?|abgemeldet[\p{L}]*|desinscrit[\p{L}]*|desabonne[\p{L}]*|dados de baja|bajas|disiscritt[\p{L}]*|uitgeschreven[\p{L}]*|afgemeld[\p{L}]*|descadastrad[\p{L}]*|wypisan[\p{L}]*|avregistrerad[\p{L}]*|avanmald[\p{L}]*|hard bounces|bounces|bounced addresses)(?:\s(?:contacts|customers|users|addresses|kunden|kontakte|clients|contacts|clientes|contactos|clienti|contatti|klanten|contacten|klienci|kontakty|kunder|kontakter))?|n ?= ?[\d][\d .,]*)(?![\p{L}])/gu;

/**
 * More housekeeping (seventh round): leaving out the shop's own staff, test accounts, open complaints,
 * competitors and trade accounts ("excl. complaints", "exclude staff + test accts", "ohne Mitarbeiter
 * und Testkonten"). A closed list of objects, none of them a person's trait: an exclusion of anything
 * else ("excluding customers over 70") stays a condition.
 */
const EXCLUDED_OBJECT = '(?:(?:\\d{4}[- ]?q[1-4]\\s)?(?:deceased|the deceased|verstorbene|verstorbenen|decedes|fallecidos|deceduti|overledenen|falecidos|zmarlych|zmarli|avlidna|afdøde|avdøde|kuolleet|zemreli)(?:[- ]suppression|-sperre|-suppression)?(?:\\s(?:suppression\\s)?(?:list|file|liste|lista|lijst|listan|listen|filen))?|mainoskiel\\p{L}*|talouksia, joissa on mainoskielto|talouksia joissa on mainoskielto|npai|gone-?aways?|verhuisd-onbekend|umzuege|unzustellbar\\p{L}*|retouren|decedes|decede|fallecidos?|overledenen|overleden|verstorben\\p{L}*|deceduti|falecidos|zmarli|avlidna|afdøde|avdøde|kuolleet|zemreli|salaries|mitarbeitervertraege|medewerkers?|robinsonliste|ddv-robinsonliste|bloctel|postfilter|nix-register|stop pub|self-excluded(?: (?:players|customers|accounts))?|self-exclusions?|selbstsperre|spielersperre|autoexclusion|autoexclusiones|autoesclusione|zelfuitsluiting|cruks|autoexclusao|spelpaus|rofus|bel-me-niet(?:[/-][\\p{L}-]+)?|stop-?register|robinson[\\p{L}-]*(?: ?list[ea]?)?|lista robinson|do[- ]not[- ](?:call|mail|contact)(?: list)?|tps|mps|bloctel|suppression list|hard bounces?|bounces?|staff|employees?|colleagues|team members|test accounts?|seed addresses|seed list|seeds|internal staff|internal addresses|test accts?|test users?|seed list|seeds|complaints?|complainers|open complaints|open tickets|competitors?|resellers?|b2b|trade accounts?|business accounts?|duplicates?|internal|partners?|mitarbeiter(?:innen)?|mitarbeitende|personal|beschwerden|reklamationen|testkonten|testaccounts?|haendler|personnel|salaries|employes|reclamations|plaintes|comptes (?:de )?test|revendeurs|empleados|quejas|reclamaciones|cuentas de prueba|revendedores|dipendenti|personale|reclami|account (?:di )?test|rivenditori|medewerkers|personeel|klachten|wederverkopers|funcionarios|colaboradores|reclamacoes|contas de teste|pracownicy|pracownikow|reklamacje|skargi|konta testowe|anstallda|klagomal|testkonton|aterforsaljare)';
/** Safer-gambling settings a campaign leaves out ("anyone with deposit limits, time-outs or self-exclusion removed"); only after "anyone with", so "players whose limits were removed" stays a condition. */
const LIMITS = '(?:active\\s)?(?:deposit limits?|loss limits?|time-?outs?|cool(?:ing)?-?off(?: periods?)?|self-?exclu(?:sion|ded)|reality checks?)';
const REMOVED = '(?:removed|excluded|suppressed|taken out|entfernt|ausgeschlossen|exclus|retires|excluidos|eliminados|esclusi|rimossi|verwijderd|uitgesloten|removidos|usunieci|usuniete|borttagna|fjernet|fjernede|poistettu|poistetaan|odstraneni|odstraneny)(?:\\s(?:before|prior to|vor dem|avant l|avant|antes del|antes do|prima dell|voor|przed|foere|foer|ennen|pred)\\s(?:the\\s)?(?:send|sending|versand|envoi|envio|invio|verzending|wysylka|wysylka|utskick|udsendelse|utsendelse|lahetysta|odeslanim))?';
/** Housekeeping said after its objects ("seed addresses and test accounts removed before send", "anyone with deposit limits, time-outs or self-exclusion removed"), twenty-third round. */
const HOUSEKEEPING_AFTER = `(?:(?:${EXCLUDED_OBJECT})(?:(?:,\\s|\\s(?:\\+|and|und|et|y|e|en|i|och|og|ja|a|&|or)\\s)(?:${EXCLUDED_OBJECT}))*|(?:anyone|everyone|those) with\\s${LIMITS}(?:(?:,\\s|\\s(?:or|and|&)\\s)${LIMITS})*)\\s${REMOVED}`;
/** A query's flag that leaves out the deceased, staff or a suppression list ("fallecido=0", "statut<>DECEDE", "salaries=exclus"), twenty-fifth round. */
const FLAG_OUT = "(?:(?:statut|status|estado|stato|stav|tila)\\s?(?:<>|!=)\\s?'?(?:decede|deceased|verstorben|fallecido|deceduto|overleden|falecido)'?|(?:is_)?(?:fallecido|overleden|decede|deceased|verstorben|deceduto|falecido|zmarly|avliden|afdoed|kuollut|medewerker|mitarbeiter|salaries|salarie|staff|employee|sperrvermerk|robinson|npai)\\s?(?:=\\s?0|<>\\s?'?[\\p{L}]+'?|!=\\s?'?[\\p{L}]+'?|=\\s?'?(?:n|false|exclus|excluded|ausgeschlossen)'?))";
/** "Regardless of purchase history or age", "oavsett köphistorik eller ålder": a broadcast that says whom it does not select (twenty-seventh round). */
const REGARDLESS = '(?:regardless of|irrespective of|unabh\u00e4ngig von|unabhaengig von|quel que soit|quels que soient|independientemente de|indipendentemente da|ongeacht|independentemente de|niezale\u017cnie od|niezaleznie od|oavsett|uanset|uansett|riippumatta|bez ohledu na)(?:\\s[\\p{L}\u00e0-\u017f-]+){1,5}';
/** "no self-exclusion or limit flags" (thirty-fourth round): safer-gambling flags a campaign requires to be absent. */
const NO_FLAGS = `(?:no|without|ohne|keine|sans|aucun|sin|ningun|senza|zonder|geen|sem|bez|utan|uden|uten|ilman)\\s(?:active\\s)?${LIMITS}(?:\\s(?:or|and|\\/|oder|und|ou|et|o|y|e|of|en|ou|lub|eller|tai|nebo)\\s(?:active\\s)?(?:${LIMITS}|limit|limits|limite|limites|limiti|limieten|limity|graenser|grenser|rajat))*\\s(?:flags?|markers?|markierung\\p{L}*|marqueurs?|marcas?|indicadores?|segnalazioni|markeringen|oznaczen\\p{L}*|flaggor|flag)`;
export const HOUSEKEEPING_MORE = new RegExp(`(?<![\\p{L}])(?:${NO_FLAGS}|${REGARDLESS}|${FLAG_OUT}|${HOUSEKEEPING_AFTER}|(?:lukuun ottamatta|not|non|nicht|pas|nao|niet|ikke|inte|ei|excluding|exclude|excludes|excluded|except|excl|without|minus|suppressing|suppress|ohne|ausser|ausgenommen|exkl|ausschliessen|ausgeschlossen|sauf|hors|exclure|exclus|excepto|salvo|sin|excluir|excluidos|tranne|esclusi|escluso|escludere|escludi|behalve|zonder|uitsluiten|exceto|sem|oprocz|bez|wykluczyc|utom|utan|exkludera)\\s(?:the\\s|les\\s|los\\s|las\\s|gli\\s|il\\s|le\\s|de\\s|die\\s|os\\s|as\\s|our\\s)?${EXCLUDED_OBJECT}(?:\\s(?:\\+|and|und|et|y|e|en|i|och|&)\\s${EXCLUDED_OBJECT})*)(?![\\p{L}])`, 'gu');

/** Account holders: everyone with an account, in the nine languages. */
export const ACCOUNT_HOLDER_WORDS: ReadonlySet<string> = new Set(
  [
    // Thirty-second round: "every current account holder": the bank's everyday account, not a recency.
    'current', 'giro', 'girokonto', 'girokontos', 'lonekonto', 'lønkonto', 'lønnskonto', 'brukskonto', 'kaeyttoetili', 'bezny',
    'holders', 'holder', 'accountholders', 'account-holders', 'kontoinhaber', 'kontoinhaberinnen', 'kontoinhabern', 'konto', 'kontos', 'titulaires', 'titulaire', 'compte', 'comptes', 'titulares', 'titular', 'cuenta', 'cuentas',
    'porteurs', 'porteur', 'carte', 'cartes', 'card', 'cards', 'cardholder', 'cardholders', 'karte', 'karten', 'karteninhaber', 'karteninhaberinnen', 'tarjeta', 'tarjetas', 'tenedores', 'carta', 'carte', 'possessori', 'pas', 'passen', 'pashouders', 'kaart', 'kaarthouders', 'houders', 'cartao', 'cartoes', 'portadores', 'karty', 'karta', 'kort', 'kortet', 'kortinnehavare',
    'loyalty', 'treue', 'fidelite', 'fidelidad', 'fedelta', 'fidelidade', 'lojalnosciowej', 'lojalnosciowa', 'bonuskarte', 'payback', 'stammkunden', 'klantenkaart', 'klantenpas',
    'fibra', 'fibre', 'fiber', 'glasfaser', 'glasvezel', 'broadband', 'breitband', 'internet', 'mobile', 'mobilfunk', 'movil', 'telefonia', 'mobiel', 'telemovel', 'komorkowej', 'bredband', 'energy', 'energie', 'electricity', 'strom', 'electricite', 'electricidad', 'luce', 'elektriciteit', 'eletricidade', 'prad', 'el',
    'insurance', 'versicherung', 'versicherungs', 'assurance', 'seguro', 'seguros', 'assicurazione', 'verzekering', 'ubezpieczenie', 'ubezpieczenia', 'forsakring', 'forsakringen',
    'policyholders', 'policyholder', 'policy', 'policies', 'insured', 'versicherte', 'versicherten', 'versicherungsnehmer', 'assures', 'assuree', 'assurees', 'asegurados', 'aseguradas', 'assicurati', 'assicurate', 'verzekerden', 'polishouders', 'segurados', 'ubezpieczeni', 'ubezpieczonych', 'forsakrade', 'forsakringstagare',
    'supply', 'supplied', 'tariff', 'tariffs', 'network', 'connection', 'connections', 'lines', 'line', 'contract', 'contracts', 'vertrag', 'vertraege', 'anschluss', 'contrat', 'contrats', 'contrato', 'contratos', 'contratto', 'contratti', 'contract', 'contracten', 'umowa', 'umowy', 'avtal', 'abonnemang',
    'titolari', 'titolare', 'conto', 'conti', 'accounthouders', 'rekeninghouders', 'accounthouder', 'conta', 'contas', 'posiadacze', 'posiadaczy', 'kont', 'konta', 'kontem', 'kontoinnehavare', 'kontot', 'konton', 'kontoinnehavarna', 'spelkonto',
  ].map((w) => normalizeText(w)),
);

/**
 * The customers of a games or betting operator, named as such: "All active players", "Gamers who
 * opted in to news". Everyone, when every other condition is understood; next to a behaviour the
 * review cannot place ("players who lost more than €500") they stay a sign of gambling (conditions.ts).
 */
export const PLAYER_WORDS: ReadonlySet<string> = new Set(
  ['players', 'player', 'gamers', 'gamer', 'spieler', 'spielerinnen', 'joueurs', 'joueuses', 'jugadores', 'jugadoras', 'giocatori', 'giocatrici', 'spelers', 'jogadores', 'gracze', 'graczy', 'spelare', 'spelarna'].map((w) => normalizeText(w)),
);

/** Picked by what people did, or by what a model inferred: the cue table's other languages, and inference in all nine. */
export const BEHAVIOUR_MORE: Lexicon = {
  en: ['items tagged', 'tagged', 'saved searches', 'saved search', 'wishlists include', 'wishlist includes', 'wishlist contains', 'wishlists contain', 'partner data', 'partnerdata', 'partner-data', 'third-party data', 'third party data', 'data partner*', 'matched against', 'matched with', 'matcher', 'abgeglichen', 'matchen', 'gematcht', 'croise* avec', 'cruzad* con', 'incrociat*', 'buying', 'purchasing', 'donated', 'gespendet', 'ont fait un don', 'donaron', 'donato', 'gedoneerd', 'doaram', 'przekazali', 'donerat', 'doneret', 'donert', 'lahjoittivat', 'darovali', 'classed as', 'classed', 'name model', 'by the model', 'averaging', 'purchases at', 'units of', 'litres per', 'litros', 're:(?<![\\p{L}])clicked(?! \x27)(?! (?:on )?(?:remind|notify|subscribe|sign up|join|yes|opt))', 'matched via', 'matched to', 'matched against', 'data partner*', 'third-party data', 'third party data', 'appended', 'enriched with', 'lookalike*', 'look-alike*', 'propensity', 'returners', 'returner', 'returned', 'returns', 'identified', 'flagged as', 'detected', 'deduced', 'estimated', 'modelled', 'modeled', 'classified as', 'tagged as', 'derived from', 'signals'],
  de: ['identifiziert', 'erkannt', 'ermittelt', 'geschaetzt', 'abgeleitet', 'eingestuft'],
  fr: ['identifie*', 'detecte*', 'deduit*', 'classe* comme', 'estimes'],
  es: ['identificad*', 'detectad*', 'deducid*', 'estimad*', 'clasificad*', 'inferid*'],
  it: ['hanno acquistato', 'acquistat*', 'acquirenti', 'comprat*', 'basato su', 'in base a', 'probabil*', 'previst*', 'stimat*', 'identificat*', 'dedott*', 'navigato', 'visualizzato', 'cercato'],
  nl: ['gekocht', 'kochten', 'kopers', 'besteld*', 'gebaseerd op', 'op basis van', 'waarschijnlijk*', 'voorspeld', 'bekeken', 'gezocht', 'geidentificeerd', 'afgeleid'],
  pt: ['compraram', 'comprou', 'comprad*', 'encomendaram', 'com base em', 'baseado em', 'provave*', 'previst*', 'visualizaram', 'pesquisaram', 'identificad*', 'inferid*'],
  pl: ['kupili', 'kupil*', 'kupuj*', 'nabywc*', 'zamowili', 'zamawiaj*', 'na podstawie', 'prawdopodob*', 'przewidywan*', 'ogladali', 'szukali', 'zidentyfikowan*'],
  sv: ['köpt', 'köpte', 'köper', 'köpare', 'beställt', 'beställde', 'baserat på', 'utifrån', 'sannolik*', 'förutsagd*', 'tittat på', 'sökt', 'identifierad*'],
  da: ['købt', 'købte', 'køber', 'købere', 'bestilt', 'bestilte', 'baseret på', 'ud fra', 'sandsynlig*', 'forudsagt', 'kigget på', 'søgt', 'søgte', 'læst', 'identificeret'],
  no: ['kjøpt', 'kjøpte', 'kjøper', 'kjøpere', 'bestilt', 'basert på', 'ut fra', 'sannsynlig*', 'predikert', 'sett på', 'søkt', 'søkte', 'lest', 'identifisert'],
  cs: ['koupil*', 'nakoupil*', 'kupující', 'zakoupil*', 'objednal*', 'na základě', 'pravděpodob*', 'prohlížel*', 'hledal*', 'četli', 'identifikován*'],
  fi: ['ostivat', 'ostaneet', 'ostanut', 'ostaja*', 'tilanneet', 'perusteella', 'todennäköi*', 'katsoneet', 'katselleet', 'hakeneet', 'lukeneet', 'tunnistet*'],
};

/** The people a shop, a publisher or a charity names as its whole base: readers, a community, supporters and donors. */
export const BASE_WORDS: ReadonlySet<string> = new Set(
  [
    'magazine', 'magazines', 'magazin', 'magazins', 'zeitschrift', 'revista', 'rivista', 'tijdschrift', 'czasopisma', 'czasopismo', 'tidning', 'tidningen', 'unseres', 'unsere', 'titles', 'title',
    'charity', 'appeal', 'appeals', 'fundraising', 'donation', 'donations',
    'readers', 'leser', 'leserinnen', 'lecteurs', 'lectrices', 'lectores', 'lectoras', 'lettori', 'lettrici', 'lezers', 'leitores', 'czytelnicy', 'czytelnikow', 'läsare', 'läsarna',
    'community', 'gemeinschaft', 'community-mitglieder', 'communaute', 'comunidad', 'comunita', 'gemeenschap', 'comunidade', 'spolecznosc', 'spolecznosci', 'gemenskap',
    'supporters', 'supporter', 'donors', 'donor', 'unterstuetzer', 'unterstuetzerinnen', 'spender', 'spenderinnen', 'foerderer', 'donateurs', 'donatrices', 'soutiens', 'donantes', 'simpatizantes', 'sostenitori', 'donatori', 'donateurs', 'steunpilaren', 'doadores', 'apoiantes', 'darczyncy', 'darczyncow', 'givare', 'gavogivare',
    'guests', 'gaeste', 'invites', 'huespedes', 'ospiti', 'gasten', 'hospedes', 'goscie', 'gaster', 'travellers', 'travelers', 'passengers', 'reisende', 'voyageurs', 'viajeros', 'viaggiatori', 'reizigers', 'viajantes', 'podrozni', 'resenarer',
    'patients', 'patienten', 'pacientes', 'pazienti', 'patienter', 'pacjenci',
    'viewers', 'listeners', 'zuschauer', 'hoerer', 'spectateurs', 'auditeurs', 'espectadores', 'oyentes', 'spettatori', 'ascoltatori', 'kijkers', 'luisteraars', 'ouvintes', 'widzowie', 'sluchacze', 'tittare', 'lyssnare',
  ].map((w) => normalizeText(w)),
);

/** Households: everyone at an address the shop delivers or posts to ("All households in our delivery area"). */
export const HOUSEHOLD_WORDS: ReadonlySet<string> = new Set(
  ['households', 'household', 'homes', 'haushalte', 'haushalten', 'foyers', 'hogares', 'famiglie', 'huishoudens', 'agregados', 'domicilios', 'gospodarstwa', 'domowe', 'domowych', 'hushall', 'hushallen', 'postcode-wide', 'letterbox', 'letterboxes', 'briefkasten', 'briefkaesten', 'boites', 'buzones', 'husstande', 'husstander', 'husholdninger', 'husholdningene', 'kotitaloudet', 'kotitalouksiin', 'talouksiin', 'domacnosti', 'domacnostem', 'gospodarstw', 'gospodarstwach', 'addresses', 'address', 'lares', 'lar', 'adressen', 'adresses', 'direcciones', 'indirizzi', 'adressen', 'enderecos', 'adresy', 'adresser', 'osoitteet'].map((w) => normalizeText(w)),
);

/** Joined of their own accord ("self-enrolled", "adesão voluntária", "iscrizione volontaria", "freiwillig"). */
export const VOLUNTARY = /(?<![\p{L}])(?:self-enrolled|self-applied|joined (?:the club |the group |it )?themselves|signed up themselves|self-registered|self-selected|self-declared|voluntar\p{L}*|volontai?r\p{L}*|freiwillig\p{L}*|vrijwillig\p{L}*|dobrowoln\p{L}*|frivillig\p{L}*|of their own accord)(?![\p{L}])/u;
/** A club or group word in the condition itself ("Over 60s Club", "gruppo 'Over 60 in cammino'"). */
export const CLUB_WORD = /(?<![\p{L}])(?:scheme|programme|program|programma|programa|programm|club|clubs|klub|klubb|clube|circolo|gruppo|group|groupe|grupo|gruppe|groep|grupa|grupp)(?![\p{L}])/u;
/** A field whose name says the customer set it ("newsletter_pref = 'pregnancy'", "'Jewish holidays' reminders = on", "consent_sms = 'Y'"). */
export const CHOICE_FIELD = /(?:^|[\s_.])(?:pref|prefs|preference|preferences|newsletter|newsletters|opt|optin|opt_in|consent|consents|interest|interests|subscription|subscriptions|subscribed|reminder|reminders|alert|alerts|notify|notification|notifications|praeferenz|interessen|preferencia|preferenza|voorkeur|preferencja)[\p{L}_]*(?:\s(?:topic|topics|theme|themes|interest|category|thema|themen|sujet|tema|temat|emne|aihe))?\s?=\s?'|'\s?(?:reminders?|alerts?|notifications?)\s?=\s?(?:on|true|yes|1)(?![\p{L}])|(?:^|[\s_.])(?:pref|prefs|preference|opt|optin|opt_in|consent)[\p{L}_]*(?:\s[\p{L}\p{N}_]+)?\s?=\s?(?:y|yes|true|1|on)(?![\p{L}\p{N}])/u;
/** "paid membership", "paid subscription": the membership costs money; nothing else was bought. */
export const PAID_MEMBERSHIP = /(?<![\p{L}])paid (?:(?:monthly|annual|yearly|quarterly|premium) )?(?:membership|memberships|subscription|subscriptions|member|members|tier)(?![\p{L}])|(?<![\p{L}])(?:betaald lidmaatschap|bezahlte mitgliedschaft|abonnement payant|membresia de pago|suscripcion de pago|abbonamento a pagamento|assinatura paga|platne czlonkostwo|betalt medlemskap|betalt medlemskab)(?![\p{L}])/gu;

const ASK_VERB = '(?:requested|ordered|asked for|sent for|bestellt|angefordert|demande|demandee|commande|commandee|solicitado|solicitaron|pedido|pidieron|richiesto|ordinato|aangevraagd|opgevraagd|besteld|pediram|solicitaram|zamowil[\\p{L}]*|bestaellt|bestaellde|bestilt|bestilte|bestilling|tilann[\\p{L}]*|objednal[\\p{L}]*)';
const MATERIAL = '[\\p{L}-]*(?:uutiskirj\\p{L}*|teemaviest\\p{L}*|catalogue|catalog|katalog|catalogo|catalogus|katalogen|brochure|broschuere|brochura|broszur[\\p{L}]*|brosjyre|broschyr|esite|guide|ratgeber|guia|guida|gids|przewodnik|opas|sample|samples|muster|echantillon|muestra|campione|staal|amostra|probk[\\p{L}]*|vareproeve|vareprøve|booklet|info pack|information pack|welcome pack|starter pack|prospekt|magazine|magazin|magazyn|rivista|revista|tijdschrift)[\\p{L}-]*';
/** An answer texted back to a list's keyword ("replied YES", "svarat JA"), in the thirteen languages. */
const REPLIED = '(?:replied|answered|texted|responded|sent)\\s(?:yes|y|ja|join|start|in)|(?:mit\\s)?ja\\sgeantwortet|ja\\sgeantwoord|repondu\\soui|respondieron\\ssi|respondido\\ssi|risposto\\ssi|responderam\\ssim|odpowiedzieli\\stak|svarat\\sja|svarade\\sja|svaret\\sja|svarede\\sja|svart\\sja|svarte\\sja|vastasivat\\skyllae|vastanneet\\skyllae|odpovedeli\\sano';
/**
 * Material the customer asked for themselves, and an answer they texted back (twenty-second round): "requested the garden
 * catalogue", "den Baby-Club-Katalog selbst bestellt", "replied YES to 'Beer & cider deals by text'", "svarat JA på sms". A choice,
 * not a purchase; classify reads material on a sensitive topic ("requested a funeral plan brochure") as a choice only from a club.
 */
export const ASKED_FOR = new RegExp(
  `(?<![\\p{L}])(?:${ASK_VERB}\\s(?:[\\p{L}'-]+\\s){0,4}${MATERIAL}|${MATERIAL}\\s(?:[\\p{L}'-]+\\s){0,3}(?:selbst\\s|zelf\\s|themselves\\s|selv\\s|itse\\s|sami\\s)?${ASK_VERB}|${REPLIED})(?![\\p{L}])`,
  'gu',
);
/** An answer texted back to a list's keyword: a subscription to that list, whatever its topic. */
export const REPLIED_YES = new RegExp(`(?<![\\p{L}])(?:${REPLIED})(?![\\p{L}])`, 'u');
/** The same, without the global flag, for a test that keeps no state between calls. */
export const ASKED_FOR_AT = new RegExp(ASKED_FOR.source, 'u');

/** Reminders or alerts the customer asked for or switched on ("asked for payday reminders", "requested restock alerts"), thirty-seventh round. */
export const REMINDERS_ASKED = /(?<![\p{L}])(?:asked for|requested|signed up for|opted into|opted in to|set up|set|created|added|chose|turned on|switched on|angefordert|bestellt|demande|pidieron|solicitaron|richiesto|aangevraagd|pediram|poprosili|begart|bestilt|tilaneet)\s(?:[\p{L}'-]+\s){0,3}(?:reminders?|alerts?|notifications?|erinnerungen|rappels|recordatorios|promemoria|herinneringen|lembretes|przypomnienia|paminnelser|pamindelser|muistutuksia)(?![\p{L}])/u;
