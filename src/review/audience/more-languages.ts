/**
 * Danish, Norwegian, Czech and Finnish (eleventh round): the words an audience is made of when it
 * is understood (the people addressed, recency, frequency, spend and tenure), and the words that
 * split it into conditions. The lexicons in vocabulary.ts, choices.ts and rules/audience-cues.ts
 * carry these languages' choice, behaviour, change, age and place words under their own keys.
 * Allow-lists: a word missing here costs a committee look, never a wrong approval.
 */

/** The people addressed and function words ("alle kunder", "všichni zákazníci", "kaikki asiakkaat"). */
export const EVERYONE_MORE: readonly string[] = [
  // Danish and Norwegian.
  'alle', 'vores', 'våre', 'vår', 'vort', 'kunder', 'kunde', 'kunderne', 'kundene', 'medlemmer', 'medlemmerne', 'medlemmene', 'abonnenter', 'brugere', 'brukere', 'modtagere', 'mottakere', 'nyhedsbrev', 'nyhedsbrevet', 'nyhetsbrev', 'nyhetsbrevet', 'appen', 'butikker', 'butikken', 'butikkene', 'og', 'eller', 'af', 'av', 'for', 'til', 'som', 'der', 'med', 'hos', 'i', 'på', 'en', 'et', 'ei', 'hele', 'registrerede', 'registrerte', 'kontakter',
  // Czech.
  'všichni', 'všechny', 'všem', 'zákazníci', 'zákazníků', 'zákazníkům', 'zákazník', 'klienti', 'klientů', 'členové', 'členů', 'odběratelé', 'odběratelů', 'uživatelé', 'uživatelů', 'naši', 'našich', 'naše', 'a', 'nebo', 'v', 've', 'na', 'z', 'ze', 's', 'se', 'do', 'pro', 'od', 'registrovaní', 'aplikace', 'aplikaci', 'obchodu', 'prodejny',
  // Finnish.
  // Fourteenth round: a whole base named by how it is reached (a flyer, a door-drop, a global send) or with no filter.
  'clientela', 'volantino', 'prospectus', 'prospekt', 'leaflet', 'leaflets', 'flyer', 'flyers', 'door-drop', 'doordrop', 'folder', 'folheto', 'ulotka', 'reklamblad', 'tilbudsavis', 'global', 'filters', 'filter', 'unfiltered', 'confirmado', 'confirmed', 'confirme', 'bestaetigt', 'bevestigd', 'potwierdzony',
  // Sixteenth round: the whole base, file or database in each language ("Gehele klantenbestand", "Celá databáze"), the media a
  // broadcast also runs in ("Everyone (national press + email)"), and who it includes ("All customers incl. lapsed": what follows must still be understood).
  'gehele', 'geheel', 'celá', 'celé', 'celý', 'databáze', 'databázi', 'kompletní', 'kundebasen', 'kundedatabasen', 'kundekartotek', 'kunderegisteret', 'kunderegister', 'koko', 'asiakaskunta', 'asiakasrekisteri', 'tietokanta', 'asiakastietokanta', 'datos', 'databases', 'fichier', 'fichiers', 'intero', 'tutto', 'kundendatei', 'datenbank', 'databasen', 'kunddatabasen', 'kundregister', 'jeder', 'jedermann', 'monde', 'todo', 'mundo', 'customer-base', 'customerbase', 'clientbase', 'kompletter', 'kompletten', 'komplette', 'e-mail-verteiler', 'emailverteiler', 'totalidad', 'volledig', 'zákaznická', 'zákaznické', 'zákaznický', 'sign-ups', 'signups', 'joiners',
  'incl', 'including', 'inkl', 'inklusive', 'einschliesslich', 'compris', 'incluidos', 'incluidas', 'compresi', 'comprese', 'inclusief', 'incluindo', 'łącznie', 'włącznie', 'inkludert', 'inklusiv', 'včetně', 'mukaan', 'lukien',
  'press', 'national', 'print', 'tv', 'radio', 'poster', 'posters', 'media', 'social', 'channels', 'omnichannel', 'in-store', 'instore', 'presse', 'prensa', 'stampa', 'pers', 'imprensa', 'prasa', 'nationale', 'nacional', 'nazionale', 'landelijke', 'krajowa', 'nationell', 'landsdækkende', 'landsdekkende', 'celostátní', 'valtakunnallinen',
  // Seventeenth round: the formats, places and platforms a broadcast is delivered through ("banner on the home screen", "door-to-door to every
  // address in the area", "all devices, iOS + Android", "logged-in users"), a list's hygiene ("hard bounces removed", "incl. 2018 import"), in each language.
  'user', 'banner', 'banners', 'home', 'homepage', 'home-screen', 'homescreen', 'launch', 'startup', 'splash', 'pop-up', 'popup', 'interstitial', 'inbox', 'feed', 'blast', 'broadcast', 'mailer', 'mailshot', 'catalogue', 'catalog', 'catalogues', 'magazine', 'insert', 'inserts', 'door-to-door', 'letterbox', 'letterboxes', 'mailbox', 'mailboxes', 'homes', 'distribution', 'distributed', 'notice', 'announcement', 'impression', 'impressions', 'devices', 'device', 'ios', 'android', 'platforms', 'desktop', 'tablet', 'installs', 'install', 'logged-in', 'logged', 'signed-in', 'bounces', 'bounce', 'hard', 'soft', 'cleaned', 'deduplicated', 'dedup', 'deduped', 'suppressed', 'excluded', 'import', 'imported', 'migrated', 'records', 'regions', 'area', 'flag', 'enabled', 'consented', 'sms-consented', 'email-consented',
  'startseite', 'mitteilung', 'hinweis', 'haushalte', 'haushalt', 'briefkaesten', 'briefkasten', 'geraete', 'basis', 'nutzerbasis', 'eingeloggt', 'eingeloggte', 'eingeloggten', 'angemeldete', 'bannière', 'accueil', 'bandeau', 'encart', 'foyers', 'foyer', 'boîtes', 'boîte', 'lettres', 'appareils', 'connectés', 'aviso', 'portada', 'inicio', 'hogares', 'buzones', 'dispositivos', 'avviso', 'comunicazione', 'famiglie', 'cassette', 'dispositivi', 'bericht', 'melding', 'mededeling', 'huishoudens', 'brievenbussen', 'apparaten', 'ingelogde', 'comunicado', 'domicílios', 'caixas', 'correio', 'komunikat', 'komunikatu', 'wiadomość', 'powiadomienie', 'gospodarstwa', 'domowe', 'skrzynki', 'urządzenia', 'zalogowani', 'zalogowanych', 'meddelande', 'hushåll', 'brevlådor', 'enheter', 'inloggade', 'besked', 'meddelelse', 'husstande', 'husstander', 'husstandsomdelt', 'husstandsomdelte', 'husstandsomdeling', 'adresser', 'området', 'omradet', 'enheder', 'ilmoitus', 'tiedote', 'kotitaloudet', 'taloudet', 'talouksiin', 'laitteet', 'oznámení', 'zpráva', 'sdělení', 'domácnosti', 'schránky', 'zařízení', 'master', 'seeds', 'door', 'všech', 'všem', 'schránek', 'schránky', 'leták', 'letáky', 'round', 'rounds', 'zones', 'toestemming', 'e-mailtoestemming', 'mailtoestemming', 'postwurf', 'co-op', 'coop', 'main', 'główna', 'glowna', 'tokens', 'token', 'valid', 'visitor', 'tile', 'tiles', 'universal', 'einschränkung', 'einschränkungen', 'restriction', 'restrictions', 'restricción', 'restrizioni', 'beperking', 'restrição', 'ograniczeń', 'allow', 'allowed', 'allowing', 'later', 'newer', 'unaddressed', 'drop', 'quarterly', 'postanschrift', 'anschrift', 'postadresse', 'postadress', 'postale', 'postal', 'kontaktit', 'kontakteille', 'para', 'dla', 'für', 'pour', 'voor', 'użytkowników', 'użytkownicy', 'myymälä', 'myymälää', 'myymälät', 'myymälöissä', 'liikkeet', 'prodejen', 'prodejny', 'obchody', 'winkels', 'zona', 'zone', 'omgeving', 'buurt', 'wijk',
  // Twenty-second round: a door drop and how it is delivered ("Prospectus distribué dans toutes les boîtes aux lettres", "Husstandsomdelt brosjyre til alle"), and the whole of a firm's lists ("Everyone on the B2B and consumer lists").
  'distribue', 'distribuee', 'distribues', 'distribuees', 'distribuito', 'distribuita', 'distribuiti', 'distribuite', 'distribuido', 'distribuida', 'distribuidos', 'distribuidas', 'repartido', 'repartida', 'buzoneo', 'verteilt', 'postwurf', 'postwurfsendung', 'wurfsendung', 'flugblatt', 'husstandsomdelt', 'husstandsomdelte', 'husstandsomdeling', 'omdelt', 'omdeling', 'utdelad', 'utdelat', 'utdelning', 'hushallsutskick', 'verspreid', 'huis-aan-huis', 'rozniesione', 'kolportaz', 'jaettu', 'jakelu', 'roznesene', 'brosjyre', 'brosjyren', 'brochure', 'brochures', 'broschuere', 'folleto', 'folletos', 'depliant', 'kundeavis', 'reklameavis', 'mainos', 'letak', 'letaky', 'gazetka', 'volantini', 'aux', 'lettres', 'b2b', 'b2c', 'consumer', 'consumers', 'zakelijke', 'particuliere', 'dans', 'jf', 'iflg', 'ifolge', 'ifølge', 'profil', 'profile', 'kundeprofil', 'kundeprofilen', 'tirada', 'tiratura', 'oplage', 'auflage', 'gesamtauflage', 'diffusion', 'totalite', 'totalidad', 'intera', 'completa', 'inserto', 'encarte', 'encart', 'beilage', 'radiospot', 'spot', 'spots', 'funk', 'hoerer', 'oyentes', 'ascoltatori', 'luisteraars', 'ouvintes', 'sluchacze', 'lyssnare', 'lyttere', 'kuuntelijat', 'posluchaci', 'megafonia', 'carteleria', 'cartellonistica', 'kassaschermen', 'winkelcommunicatie', 'filialen', 'filiales', 'hipermercados', 'supermercados', 'punti', 'vendita', 'sendegebiet', 'werbebloecke', 'ongeadresseerd', 'unadressiert', 'sans', 'adresse', 'imprime', 'nominativa', 'indirizzato', 'stickers', 'gerespecteerd', 'respectes', 'beachtet',
  // Twenty-third round: "all" and a mass send in more words ("Samtlige app-brugere", "Envío masivo a todos los clientes").
  'samtlige', 'samtliga', 'saemtliche', 'saemtlichen', 'veskeri', 'veskerym', 'masivo', 'masiva', 'massivo', 'massiva', 'massale', 'mass', 'mass-mailing', 'massenversand', 'massenmailing', 'envio', 'envios', 'postal', 'postale', 'postadresse', 'postadress', 'valid', 'gueltig', 'gueltiger', 'gueltigen', 'valide', 'valido', 'valida', 'geldig', 'geldige', 'wazny', 'waznym', 'giltig', 'gyldig', 'gyldige', 'voimassa', 'platny', 'platnou', 'source', 'sources', 'signup', 'sign-up', 'country', 'countries', 'any', 'master', 'suppressions', 'applied',
  'kaikki', 'kaikille', 'asiakkaat', 'asiakkaille', 'asiakas', 'kanta-asiakkaat', 'kanta-asiakkaille', 'jäsenet', 'jäsenille', 'tilaajat', 'tilaajille', 'käyttäjät', 'käyttäjille', 'vastaanottajat', 'meidän', 'ja', 'tai', 'sovelluksen', 'rekisteröityneet', 'uutiskirjeen', 'uutiskirje',
];

/** Recency, frequency, spend and tenure ("Kunder uden køb i 120+ dage", "10+ kjøp siste 12 mnd", "nejvěrnější zákazníci", "päivät viimeisestä ostosta"). */
export const RFM_MORE: readonly string[] = [
  // Eleventh round, English and German notation: years abbreviated, today and now in a query, bookings and their dates, points that expire, visits checked in, a cell that was once frequent.
  'idag', 'x', 'ostoja', 'cluster', 'mdr', 'md', 'ever',
  // Seventeenth round: buckets, bands and abbreviations of recency, frequency and value, and an account's anniversary.
  'none', 'mind', 'anniversary', 'account', 'bucket', 'buckets', 'band', 'bands', 'churn', 'klantwaarde', 'kwintiel', 'actief', 'actieve', 'asiakkuus', 'pv', 'v', 'j', 'récence', 'fréquence', 'commandes', 'ostatni', 'zakup', 'śr', 'wartość', 'koszyka', 'před', 'objednávkou', 'poslední', 'objednávky',
  'staz', 'stazem', 'ostatnim', 'recents', 'frequents', 'reguliers', 'max', 'min', 'sum', 'avg', 'band', 'r', 'f', 'm', 'anzahl', 'viimeisin', 'osto', 'viimeiset', 'kk', 'før', 'foer', 'totalt', 'omzet', 'aantal', 'open', 'opens', 'opened', 'dateadd', 'datediff', 'getdate', 'sysdate', 'true', 'false', 'cart', 'hours_since', 'since', 'days_since',
  'hoegre', 'højere', 'høyere', 'lavere', 'vyssi', 'korkeampi', 'pv', 'ylin', 'alin', 'kvintiili', 'kvartiili', 'desiili', 'quintile', 'quintil', 'quartile', 'decile', 'complaints', 'complaint', 'segment', 'seg', 'cust', 'where', 'channel', 'pref', 'channel_pref', 'høj', 'hoej', 'frekvens', 'besøg', 'besoeg', 'mid', 'mid-value',
  'datum', 'fecha', 'dato', 'sist', 'antall', 'antal', 'počet', 'ostokerrat', 'ostokertaa', '3kk', '6kk', '12kk', '24kk', 'kjøpere', 'having', 'count', 'group', 'yrs', 'yr', 'today', 'now', 'heute', 'hoy', 'oggi', 'vandaag', 'hoje', 'aujourd', 'hui', 'interval', 'current_date', 'booking', 'bookings', 'booked', 'date', 'dt', 'stay', 'stays', 'expiring', 'expire', 'expires', 'expiry', 'check-ins', 'check-in', 'checkins', 'formerly', 'former', 'previously', 'letzter', 'letztes', 'bestellung', 'kauf', 'kaeufe',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // Twenty-third round: more cases and notation of recency, frequency and tenure ('Kauf vor 91–180 Tagen', 'co najmniej 3 zakupami', 'edellinen osto', 'date de création du compte', 'seg=LAPSED_90_180').
  'letztem', 'letzten', 'vor', 'zakupami', 'zakupem', 'dniach', 'objednavkami', 'objednavkou', 'mesicu', 'dnu', 'edellinen', 'takaa', 'paeivaen', 'paeivaeae', 'creation', 'compte', 'comptes', 'conta', 'falls', 'seg', 'lapsed', 'optin', 'ch',
  // Danish and Norwegian.
  'køb', 'kjøp', 'købt', 'kjøpt', 'handlet', 'ordre', 'ordrer', 'bestillinger', 'bestilling', 'sidste', 'siste', 'seneste', 'dage', 'dager', 'dagene', 'uger', 'uker', 'ugen', 'uken', 'måneder', 'måneders', 'måned', 'mnd', 'år', 'året', 'siden', 'uden', 'uten', 'ingen', 'ikke', 'har', 'havde', 'hadde', 'mere', 'mer', 'end', 'enn', 'over', 'under', 'mindst', 'minst', 'højst', 'høyst', 'gange', 'ganger', 'gang', 'inaktive', 'inaktiv', 'aktive', 'aktiv', 'trofaste', 'lojale', 'nye', 'første', 'forbrug', 'forbruk', 'omsætning', 'omsetning', 'samlet', 'samlede', 'gennemsnitlig', 'gjennomsnittlig', 'pr', 'per', 'point', 'poeng', 'bonuspoeng', 'inden', 'innen', 'mellem', 'mellom',
  // Czech.
  'nákup', 'nákupy', 'nákupem', 'nákupů', 'nákupu', 'objednávka', 'objednávky', 'objednávek', 'poslední', 'posledních', 'posledním', 'za', 'dní', 'dnů', 'dny', 'týdnů', 'měsíců', 'měsíce', 'měsíc', 'rok', 'roky', 'roku', 'let', 'bez', 'více', 'než', 'nejméně', 'alespoň', 'aspoň', 'méně', 'krát', 'nejvěrnější', 'věrní', 'věrných', 'neaktivní', 'noví', 'nových', 'útrata', 'útratou', 'celková', 'průměrná', 'body', 'bodů', 'od', 'nenakoupili', 'nakoupili',
  // Finnish.
  'ostot', 'ostoa', 'ostosta', 'ostoksia', 'ostoksen', 'osto', 'tilaukset', 'tilausta', 'viimeisen', 'viimeisestä', 'viimeisimmästä', 'viime', 'päivää', 'päivät', 'päivän', 'viikon', 'viikkoa', 'kuukauden', 'kuukautta', 'vuoden', 'vuotta', 'aikana', 'jälkeen', 'yli', 'alle', 'vähintään', 'enintään', 'ei', 'eivät', 'ole', 'kertaa', 'uskollisimmat', 'uskolliset', 'passiiviset', 'uudet', 'ensimmäinen', 'ostaneet', 'ostanut', 'keskiostos', 'pisteet', 'pistettä',
];

/** Words that end one condition and start the next ("Medlemmer hvor partnerkort er lukket", "Asiakkaat, joiden ostoskorin keskiarvo…"). */
export const BREAKS_MORE: readonly string[] = [' oraz ', ' | ', ' med ', ' + ', ' s ', ' hvor ', ' hvis ', ' og ', ' samt ', ' kteří ', ' kterým ', ' jejichž ', ' kde ', ' jotka ', ' joiden ', ' joilla ', ' sekä ', ' ja '];

/**
 * The sensitive taxonomy's commonest stems in Danish, Norwegian, Czech and Finnish, and the
 * eleventh round's English, German, French and Spanish additions (sight loss and assistive
 * technology, coeliac disease, gacha mechanics, a breakup named in the copy). taxonomy.ts adds
 * each list to its category.
 */
export const TAXONOMY_MORE = {
  health: {
    en: ['tinnitus', 'rough nights', 'sleepless nights', 'missing bits of conversation*', 'hard of hearing', 'hearing worse', 'hoer du saemre', 'hör du sämre', 'hör sämre', 'big-and-tall', 'big and tall', 'plus-size', 'plus size', 'vulnerable customers', 'vulnerable', 're:(?<![\\p{L}])(?:between|from|zwischen|entre|tra|tussen|mellan|mellem|miedzy|mezi|valilla) 0?[0-4][:.]\\d\\d', 'minoxidil', 'hair loss', 'hair-loss', 'hair thinning', 'hair-thinning', 'thinning hair', 'haarausfall', 'chute de cheveux', 'caida del cabello', 'caduta dei capelli', 'haaruitval', 'queda de cabelo', 'wypadanie wlosow', 'håravfall', 'hårtap', 'søvnmiddel*', 'sovemiddel*', 'søvnhormon*', 'lysterapi*', 'light therapy', 'light-therapy', 're:(?<![\\p{N}])0[0-5][:.][0-5]\\d ?(?:-|–|to|and|bis|a|et|y|e|en|och|og|i|ja) ?0[0-6][:.][0-5]\\d(?![\\p{N}])', 'wig', 'wigs', 'headscarf', 'headscarves', 'head scarf', 'head scarves', 'chemo*', 'perucas', 'peruca', 'lencos de cabeca', 'lenco de cabeca', 'peluca*', 'perruque*', 'parrucc*', 'pruik*', 'peruk*', 'peruka*', 'cycle tracker*', 'cycle-tracker*', 'period tracker*', 'period-tracker*', 'menstrua*', 're:(?<![\\p{N}])0?[0-4][_-]0?[1-6] ?h(?![\\p{L}])', 'braille', 'screen reader*', 'screen-reader*', 'visually impaired', 'sight loss', 'low vision', 'coeliac*', 'celiac*', 'gluten-free', 'gluten free'],
    de: ['blindenschrift', 'brailleschrift', 'sehbehinder*', 'bildschirmleser*', 'zoeliakie', 'glutenfrei*'],
    fr: ['malvoyant*', 'non-voyant*', 'lecteur d ecran', 'coeliaque*', 'sans gluten'],
    es: ['invidente*', 'baja vision', 'lector de pantalla', 'celiaco*', 'celiaca*', 'sin gluten'],
    it: ['ipovedent*', 'non vedent*', 'celiachia', 'celiaci', 'senza glutine', 'dermatologic*', 'pulsossimetr*', 'saturimetr*', 'spirometr*', 'misuratore di pressione', 'glucometr*'],
    // Twenty-third round: medical devices and a dermatology class in every language ('pulse oximeter', 'Spirometer', 'dermatologique').
    xx: ['dermatolog*', 'pulse oximeter*', 'oximeter*', 'oxymeter*', 'spirometer*', 'spirometr*', 'pulsoximeter*', 'oxymetre*', 'oximetro*', 'pulsioximetro*', 'pulsoksymetr*', 'pulsoximetr*', 'blood glucose meter*', 'glucose meter*', 'nebuli*', 'inhalator*', 'inhaler*'],
    nl: ['slechtziend*', 'brailleleesregel*', 'coeliakie', 'glutenvrij*'],
    pt: ['deficiencia visual', 'celiac*', 'sem gluten'],
    pl: ['niedowidz*', 'niewidom*', 'celiaki*', 'bezglutenow*'],
    sv: ['synskad*', 'glutenfri*'],
    da: ['høretest*', 'svært ved at høre', 'hørelse*', 'sygdom*', 'diabet*', 'blodsukker*', 'depression*', 'angst', 'angstanfald', 'medicin*', 'høreapparat*', 'hørenedsættelse', 'inkontinens*', 'overgangsalder*', 'hedeture', 'gigt', 'kræft*', 'migræne*', 'vægttab*', 'slankekur*', 'rollator*', 'kørestol*', 'handicap*', 'svagtseende', 'cøliaki', 'glutenfri*', 'paryk*'],
    no: ['hørselstest*', 'vanskelig for å høre', 'sykdom*', 'diabet*', 'blodsukker*', 'depresjon*', 'angst', 'medisin*', 'høreapparat*', 'hørselstap', 'inkontinens*', 'overgangsalder*', 'hetetokt*', 'kreft*', 'migrene*', 'vekttap*', 'slankekur*', 'rullator*', 'rullestol*', 'svaksynt*', 'cøliaki', 'glutenfri*', 'parykk*'],
    cs: ['nemoc*', 'cukrovk*', 'diabet*', 'deprese', 'antidepres*', 'úzkost*', 'inkontinen*', 'menopauz*', 'naslouchadl*', 'chodítk*', 'invalidní', 'rakovin*', 'onkolog*', 'hubnutí', 'bezlepk*', 'celiaki*', 'paruk*', 'nevidom*', 'slabozrak*'],
    fi: ['vuotoja', 'vuodot', 'vuotosuoj*', 'virtsankarkailu*', 'pidätyskyvyttömyy*', 'sairau*', 'diabet*', 'verensokeri*', 'masennu*', 'ahdistu*', 'lääke*', 'inkontinen*', 'vaihdevuo*', 'kuulolaite*', 'syöpä*', 'syövän', 'rollaattor*', 'pyörätuol*', 'laihdu*', 'gluteeniton*', 'keliaki*', 'peruuk*', 'pahoinvointi*', 'näkövammai*'],
  },
  pregnancy: {
    en: ['raskaana', 'raskaus*', 'raskaana olevat', 'your little one', 'little one on the way', 'expecting', 'expectant', 'mums-to-be', 'moms-to-be', 'mum-to-be', 'mom-to-be', 'parents-to-be', 'trying to conceive', 'ttc', 're:(?<![\\p{L}])(?<!(?:past|after|before|overdue|invoice|invoices|payment|payments|bill|bills|renewal|return|library|mot|service|rent|loan|card)(?: (?:their|the|its|a))? )due[ -]dates?(?![\\p{L}])', 'estimated due', 'expected delivery date'], de: ['geburtstermin*', 'entbindungstermin*', 'errechneter termin'], fr: ['date prevue d accouchement', 'terme prevu', 'date du terme'], es: ['fecha prevista de parto', 'fecha probable de parto', 'fecha de parto'],
    it: ['data presunta del parto', 'data prevista del parto'], nl: ['uitgerekende datum'], pt: ['data prevista do parto', 'data provavel do parto'], pl: ['termin porodu'], sv: ['beräknat förlossningsdatum', 'bf-datum'],
    da: ['gravid*', 'graviditet*', 'svangerskab*', 'ammeindlæg', 'amning', 'folsyre', 'ægløsning*', 'fertilitet*', 'barsel*', 'babymad', 'modermælkserstatning'],
    no: ['gravid*', 'graviditet*', 'svangerskap*', 'ammeinnlegg', 'amming', 'folsyre', 'eggløsning*', 'fertilitet*', 'babymat', 'morsmelkerstatning'],
    cs: ['těhoten*', 'těhotn*', 'kojení', 'kojící', 'ovulač*', 'plodnost*', 'kyselina listová', 'kyselinu listovou', 'dětská výživa', 'plenky', 'pleny'],
    fi: ['raskau*', 'raskaustesti*', 'imetys*', 'imettä*', 'foolihappo*', 'ovulaatio*', 'hedelmällisyy*', 'vauvanruoka*', 'äidinmaidonkorvik*'],
  },
  sexuality: {
    // A switch between women's and men's departments written with an arrow ("kvindeafdeling → herreafdeling", "Damen -> Herren"), in any of the thirteen languages.
    en: ['re:(?<![\\p{L}])(?:women|womens|woman|ladies|ladieswear|womenswear|damen|damenmode|femmes?|mujer(?:es)?|donna|donne|dames|vrouwen|mulher(?:es)?|damsk\\p{L}*|dam|kvinde\\p{L}*|kvinne\\p{L}*|dame\\p{L}*|naisten|nais\\p{L}*|zensk\\p{L}*|damsk\\p{L}*)[\\p{L}_]* ?-> ?[\\p{L}_]*?(?:men|mens|menswear|herren|herrenmode|hommes?|hombres?|uomo|uomini|heren|mannen|homem|homens|meski\\p{L}*|herr\\p{L}*|mande\\p{L}*|manne\\p{L}*|miesten|mies\\p{L}*|pansk\\p{L}*)(?![\\p{L}])', 're:(?<![\\p{L}])(?:men|mens|menswear|herren|herrenmode|hommes?|hombres?|uomo|uomini|heren|mannen|homem|homens|meski\\p{L}*|herr\\p{L}*|mande\\p{L}*|manne\\p{L}*|miesten|mies\\p{L}*|pansk\\p{L}*)[\\p{L}_]* ?-> ?[\\p{L}_]*?(?:women|womens|woman|ladies|ladieswear|womenswear|damen|damenmode|femmes?|mujer(?:es)?|donna|donne|dames|vrouwen|mulher(?:es)?|damsk\\p{L}*|dam|kvinde\\p{L}*|kvinne\\p{L}*|dame\\p{L}*|naisten|nais\\p{L}*|zensk\\p{L}*)(?![\\p{L}])'],
    de: [], fr: [], es: [],
    da: ['homoseksuel*', 'biseksuel*', 'transkøn*', 'kønsskifte*'], no: ['homofil*', 'skeiv*', 'kjønnsskifte*', 'kjønnsbekreft*'],
    cs: ['homosexuál*', 'změna pohlaví', 'změnu pohlaví'], fi: ['homoseksuaal*', 'transsukupuol*', 'sukupuolen korjau*'],
  },
  religion: {
    // Nineteenth round: origin named as being new to a country.
    en: ['dna ancestry', 'ancestry kit*', 'ancestry test*', 'ancestry dna', 'heritage dna', 'herkunftsanalyse', 'dna-test*', 'test adn', 'test de adn', 'test del dna', 'dna-test', 'new in the country', 'new to the country', 'newly arrived', 'recent immigrants', 'immigrants', 'migrants', 'refugees'], de: ['zugewandert*', 'migrant*', 'gefluechtet*', 'geflüchtet*'], fr: ['nouveaux arrivants', 'immigre*', 'migrant*', 'refugie*'], es: ['recien llegados', 'inmigrante*', 'migrante*', 'refugiado*'],
    da: ['bøn', 'bønner', 'andagt*', 'muslim*', 'jødisk*', 'moské*', 'religi*', 'etnisk*', 'indvandrer*'], no: ['muslim*', 'jødisk*', 'moské*', 'religi*', 'etnisk*', 'innvandrer*'],
    cs: ['muslim*', 'židovsk*', 'křesťan*', 'církev*', 'náboženstv*', 'košer', 'etnick*', 'přistěhoval*'], fi: ['muslimi*', 'juutala*', 'kristit*', 'uskonno*', 'etnin*', 'maahanmuutta*'],
  },
  politics: {
    // Eighteenth round: the voter and their views named in Polish, Swedish, Italian, Portuguese and Dutch copy.
    en: ['voter', 'voters', 'conservative views', 'liberal views', 'your politics', 'your vote'], de: ['waehler*', 'wähler*', 'konservative ansichten'], fr: ['electeur*', 'électeur*', 'vos convictions politiques'], es: ['votante*', 'elector*', 'ideas conservadoras'],
    pl: ['wyborc*', 'konserwatywn* poglad*', 'konserwatywn* pogląd*', 'poglądach', 'pogladach', 'lewicow*', 'prawicow*', 'polityczn*'], sv: ['väljare', 'politisk*'], it: ['elettor*', 'idee conservatrici'], pt: ['eleitor*'], nl: ['kiezer*'],
    da: ['politisk*', 'fagforening*'], no: ['politisk*', 'fagforening*'], cs: ['politick*', 'odborov*'], fi: ['poliitti*', 'ammattiliit*', 'puolue*'],
  },
  finances: {
    // Nineteenth round: money worries as copy puts them to the reader.
    en: ['payment deferral*', 'payment holiday*', 'deferred payment*', 'adiamento do pagamento', 'zahlungsaufschub', 'stundung*', 'report de paiement', 'aplazamiento del pago', 'dilazione di pagamento', 'uitstel van betaling', 'odroczenie platnosci', 'betalingsudsaettelse', 'betalingsutsettelse', 'heating off', 'heating turned off', 'heating switched off', 'heizung aus', 'chauffage coupe', 'calefaccion apagada', 'prepayment meter*', 'self-disconnect*', 'smart-meter data', 'meter data shows', 'behind on payments', 'behind with payments', 'behind on bills', 'in arrears', 'endividad*', 'sobreendividad*', 'skuldsatt*', 'velkaantunee*', 'minimum payment*', 'minimum repayment*', 're:(?<![\\p{L}])money (?:a bit |so |is |rather |pretty |quite )?tight(?![\\p{L}])', 'make ends meet', 'worried about your balance', 'money is tight', 'money tight', 'short of money', 'short on cash', 'until payday', 'payday still', 'before payday', 'strapped for cash'], de: ['knapp bei kasse', 'bis zum zahltag', 'geld ist knapp'], fr: ['fins de mois difficiles', 'jusqu a la paie', 'argent serre'], es: ['llegar a fin de mes', 'hasta el dia de cobro', 'dinero justo'],
    da: ['pantsat*', 'pantelån*', 'gæld*', 'inkasso*', 'rykker*', 'afvist* betaling*', 'overtræk*', 'afdrag*', 'betalingsanmærkning*', 'restance*', 'kviklån*', 'forbrugslån*'],
    no: ['pantsatt*', 'pantelån*', 'gjeld*', 'inkasso*', 'purring*', 'avvist* betaling*', 'overtrekk*', 'avdrag*', 'betalingsanmerkning*', 'forbrukslån*', 'inkassovarsel*'],
    cs: ['výplat*', 'do výplaty', 'dluh*', 'exekuc*', 'splátk*', 'po splatnosti', 'zamítnut*', 'insolven*', 'půjčk*', 'upomín*', 'oddlužen*'],
    fi: ['velka*', 'velkaa', 'perintä*', 'maksuhäiriö*', 'hylät* maksu*', 'osamaksu*', 'pikavip*', 'ulosotto*', 'nettotappi*'],
  },
  'life-event': {
    // Nineteenth round (the project's own adversarial list): households and new parents named as a group.
    en: ['nyskild*', 'frånskild*', 'separerad*', 'eronneet', 'nyskilt*', 'new parents', 'new parent', 'living alone', 'lives alone', 'single parents', 'single parent', 'single mums', 'single dads', 'empty nesters'], de: ['alleinerziehend*', 'alleinlebend*', 'frischgebackene eltern', 'junge eltern'], fr: ['jeunes parents', 'nouveaux parents', 'vivant seul*', 'parent* isole*', 'famille* monoparentale*'], es: ['nuevos padres', 'padres primerizos', 'viven solos', 'monoparental*'],
    it: ['neo-genitori', 'neogenitori', 'neo genitori', 'vivono da sol*', 'monogenitor*'], nl: ['kersverse ouders', 'alleenwonend*', 'alleenstaande ouder*'], pt: ['pais de primeira viagem', 'recem-pais', 'vivem sozinh*', 'monoparenta*'], pl: ['mlodzi rodzice', 'samotni rodzice', 'mieszkajacy samotnie'], sv: ['nyblivna föräldrar', 'ensamstående', 'bor ensam*'],
    da: ['skilsmisse*', 'separation*', 'bruddet', 'samlivsbrud*', 'forlovelse*', 'forlovelsesring*', 'vielsesring*', 'bryllup*', 'partnerkort*', 'civilstand*', 'skilt'],
    no: ['skilsmisse*', 'separasjon*', 'bruddet', 'samlivsbrudd*', 'forlovelse*', 'forlovelsesring*', 'bryllup*', 'partnerkort*', 'sivilstatus*', 'sivilstand*', 'skilt'],
    cs: ['rozvod*', 'rozchod*', 'zasnoub*', 'svatb*', 'svatební', 'rodinný stav', 'rodinného stavu'],
    fi: ['avioero*', 'eron', 'eronnut', 'eronneet', 'kihla*', 'häät', 'siviilisääty*'],
  },
  bereavement: {
    en: [], de: [], fr: [], es: [],
    da: ['dødsfald*', 'begravelse*', 'bisættelse*', 'afdød*', 'enke', 'enkemand', 'kondolence*'], no: ['dødsfall*', 'begravelse*', 'avdød*', 'enke', 'enkemann', 'kondolanse*'],
    cs: ['úmrt*', 'pohřeb*', 'pohřb*', 'pozůstal*', 'vdov*', 'zesnul*', 'soustrast*'], fi: ['kuolema*', 'kuollut', 'hautajai*', 'hautau*', 'leski*', 'osanott*', 'suruadress*', 'hautakuk*', 'surukuk*', 'suru'],
  },
  minors: {
    en: [], de: [], fr: [], es: [],
    da: ['mindreårig*', 'børn', 'børnene'], no: ['mindreårig*', 'barna'], cs: ['nezletil*', 'děti', 'dětí', 'dětem'], fi: ['alaikäi*', 'lapset', 'lapsi', 'lapsille', 'teini*'],
  },
  elderly: {
    // Twenty-fifth round: customers who do not shop around, the proxy a price raised for older customers is aimed at.
    en: ['never compare prices', 'never compares prices', 'never compared prices', "don't shop around", "doesn't shop around", 'do not shop around', 'does not shop around', 'unlikely to shop around', 'rarely shop around', 'price-insensitive', 'price insensitive', 'never switch*', 'loyalty penalty'],
    de: ['vergleichen nie preise', 'nie preise vergleich*', 'keine preise vergleich*', 'preisunempfindlich*'], fr: ['ne comparent jamais', 'jamais les prix', 'insensibles au prix'], es: ['nunca comparan precios', 'nunca compara precios', 'no comparan precios'],
    it: ['non confrontano mai', 'mai i prezzi'], nl: ['nooit prijzen vergelijk*', 'vergelijken nooit prijzen', 'prijsongevoelig*'], pt: ['nunca comparam precos', 'nunca compara precos'], pl: ['nigdy nie porownuj*'], sv: ['jaemfoer aldrig priser', 'jämför aldrig priser'],
    da: ['pensionist*', 'ældre', 'sammenligner aldrig priser'], no: ['pensjonist*', 'eldre', 'sammenligner aldri priser'], cs: ['důchod*', 'nikdy neporovnávají ceny'], fi: ['eläkeläi*', 'ikäihmi*', 'vanhu*', 'eivät koskaan vertaile hintoja', 'eivaet koskaan vertaile'],
  },
  addictive: {
    // Seventeenth round: instant-win and scratch games in each language.
    en: ['whale', 'whales', 'high rollers', 'high-rollers', 'hard seltzer*', 'instant-win', 'instant win', 'scratchcard*', 'scratch card*', 'rubbellos*', 'jeux de grattage', 'jeu de grattage', 'rasca y gana', 'rascas', 'gratta e vinci', 'kraslot*', 'raspadinha*', 'zdrapk*', 'skraplott*', 'skrabelod*', 'skrapelodd*', 'raaputusarp*', 'stírací los*', 'gacha*', 'pity counter*', 'pity timer*', 'pity system', 'banner pull*', 'loot crate*', 'summons'],
    // Twenty-fifth round: a self-exclusion or a time-out taken and lifted is a gambling harm marker in every language (leaving such people out is housekeeping, choices.ts).
    de: ['selbstsperre*', 'spielersperre*', 'spielpause*', 'einzahlungslimit*'], fr: ['auto-exclu*', 'autoexclu*', 'limite* de depot'], es: ['autoexclu*', 'autoprohibi*', 'limite* de deposito'],
    it: ['autoesclus*', 'limit* di deposito'], nl: ['zelfuitsluit*', 'cruks', 'stortingslimiet*'], pt: ['autoexclus*', 'autoexclu*'], sv: ['spelpaus*', 'självavstäng*', 'insättningsgräns*'], pl: ['samowyklucz*'],
    xx: ['self-exclu*', 'self exclusion*', 'time-out*', 'cooling-off', 'gamstop*', 'rofus', 'oasis-sperre*'],
    // Sixteenth round: a purchase of wine or beer written as one compound ("vinkøb hver dag").
    da: ['vinkøb*', 'ølkøb*', 'spirituskøb*', 'spiritus', 'brændevin', 'snaps', 'tobak*', 'cigaret*', 'snus', 'væddemål*', 'spillemaskin*', 'kasino*'],
    no: ['vinkjøp*', 'ølkjøp*', 'brennevinskjøp*', 'brennevin', 'tobakk*', 'sigarett*', 'snus', 'betting*', 'spilleautomat*', 'kasino*', 'pengespill*'],
    cs: ['alkohol*', 'lihovin*', 'tabák*', 'cigaret*', 'sázk*', 'kasino*', 'hazard*', 'truhl*', 'truhel', 'herní měn*'],
    fi: ['alkoholi*', 'viina*', 'olut', 'oluet', 'tupak*', 'savuk*', 'nuuska*', 'vedonly*', 'kasino*', 'rahapel*', 'uhkapel*', 'pelin sisäi*', 'lootbox*'],
  },
} as const;
