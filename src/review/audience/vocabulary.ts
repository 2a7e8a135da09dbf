/**
 * The words an audience condition may consist of for the review to say it understands it: the
 * people addressed (customers, subscribers…), and recency, frequency, spend and tenure with
 * their thresholds and time windows. A condition with any other word is not understood, and an
 * audience with a condition that is not understood goes to the committee. These are allow-lists:
 * a word missing here costs a committee look, never a wrong approval.
 */
import type { Lexicon } from '../lexicon.js';
import { normalizeText } from '../normalize.js';
import { EVERYONE_MORE, RFM_MORE } from './more-languages.js';

/** Word lists are written in natural spelling and compared with normalised text ("över" is "oever", "więcej" is "wiecej"). */
const words = (list: readonly string[]): ReadonlySet<string> => new Set(list.map((w) => normalizeText(w)));

/** Function words, the people addressed and the channels: an audience of only these is everyone. */
export const EVERYONE_WORDS = words(
  [
    'all', 'every', 'everyone', 'everybody', 'our', 'the', 'a', 'an', 'of', 'on', 'in', 'to', 'at', 'for', 'by', 'from', 'and', 'or', 'who', 'whose', 'that', 'which', 'is', 'are', 'whole', 'entire', 'customers', 'customer', 'clients', 'client', 'shoppers', 'users', 'subscribers', 'subscriber', 'recipients', 'contacts', 'visitors', 'people', 'accounts', 'account', 'list', 'lists', 'mailing', 'newsletter', 'newsletters', 'email', 'e-mail', 'emails', 'sms', 'push', 'app', 'apps', 'website', 'web', 'site', 'online', 'store', 'stores', 'shop', 'shops', 'base', 'database', 'active', 'registered', 'shown', 'sent', 'displayed', 'receive', 'notification', 'notifications', 'opted', 'mobile', 'country', 'nationwide', 'wide', 'application', 'installed',
    'alle', 'allen', 'aller', 'jeden', 'jede', 'unsere', 'unseren', 'unserer', 'unser', 'die', 'der', 'den', 'des', 'dem', 'das', 'im', 'in', 'auf', 'an', 'von', 'und', 'oder', 'kunden', 'kundinnen', 'kundschaft', 'abonnenten', 'abonnentinnen', 'nutzer', 'nutzerinnen', 'empfaenger', 'besucher', 'newsletter-abonnenten', 'newsletterabonnenten', 'liste', 'verteiler', 'filiale', 'filialen', 'gesamten', 'gesamter', 'kundenstamm', 'ganz', 'ganze', 'bundesweit', 'app', 'nutzerinnen', 'kundenkonto', 'kundenkonten',
    'tous', 'toutes', 'tout', 'les', 'des', 'de', 'du', 'la', 'le', "l'", 'nos', 'notre', 'au', 'aux', 'et', 'ou', 'clients', 'clientes', 'abonnes', 'abonnees', 'utilisateurs', 'visiteurs', 'destinataires', 'lettre', 'ensemble', 'clientele', 'magasins', 'magasin', "l'application", 'application', "l'appli", 'appli', "l'ensemble",
    'todos', 'todas', 'los', 'las', 'del', 'el', 'nuestros', 'nuestras', 'nuestro', 'al', 'en', 'y', 'o', 'suscriptores', 'usuarios', 'visitantes', 'boletin', 'base', 'tiendas', 'tienda', 'toda', 'aplicacion', 'la',
    'tutti', 'tutte', 'i', 'gli', 'nostri', 'nostre', 'clienti', 'utenti', 'della', 'dei', 'di', 'e', 'iscritti', "dell'app", 'negozi', 'negozio',
    'onze', 'ons', 'bestand', 'klanten', 'abonnees', 'gebruikers', 'nieuwsbrief', 'nieuwsbriefabonnees', 'het', 'van', 'alle', 'al', 'iedereen', 'winkels', 'winkel',
    'os', 'as', 'nossos', 'nossas', 'assinantes', 'utilizadores', 'usuarios', 'do', 'da', 'aplicacao', 'lojas', 'loja',
    'wszyscy', 'wszystkich', 'nasi', 'naszych', 'klienci', 'klientow', 'subskrybenci', 'uzytkownicy', 'z', 'w', 'na', 'aplikacji', 'sklepu', 'sklepow',
    // Registered, the whole list or base, contacts, in every language.
    'op', 'lijst', 'lijsten', 'lista', 'listas', 'liste', 'listan', 'listen', 'bei', 'chez', 'bij', 'hos',
    // Eighth round: the kinds of customer a whole base is split into, files and suppression, service messages.
    'residential', 'personal', 'private', 'retail', 'banking', 'online-banking', 'particulares', 'particuliers', 'particuliere', 'particulier', 'privatkunden', 'privati', 'prive', 'particular', 'prywatni', 'privatkunder', 'samtliga', 'branches', 'filialen', 'succursales', 'sucursales', 'filiali', 'filialen', 'agencias', 'oddzialy', 'kontor',
    'main', 'file', 'mailing-file', 'suppression', 'suppressions', 'applied', 'service', 'message', 'consent', 'filter', 'postadres', 'postal', 'address', 'addresses', 'rewards', 'verified', 'profiles', 'profile', 'prenumererar', 'prenumeranter', 'nyhetsbrevet', 'nyhetsbrev', 'som', 'pa', 'alla',
    'marketing', 'marketinglist', 'marketingliste', 'anvaendare', 'appanvaendare', 'appli', 'notif', 'notifs', 'activees', 'activee', 'aktiverade', 'ingeschakeld', 'attivate', 'activadas', 'ativadas', 'wlaczone',
    'contacts', 'complete', 'full', 'general', 'unsegmented', 'mass', 'mailout', 'send', 'send-out', 'audience', 'everywhere', 'across',
    'registrierten', 'registrierte', 'kontakte', 'gesamte', 'gesamtverteiler', 'kundenbasis', 'versand', 'allgemein', 'allgemeiner',
    'inscrits', 'contacts', 'base', 'complete', 'envoi', 'general', 'generale', 'toute', 'notre',
    'registrados', 'registradas', 'contactos', 'envio', 'completa', 'nuestra',
    'registrati', 'registrate', 'contatti', 'invio', 'tutta', 'nostra', 'intera', 'anagrafica', 'base',
    'geregistreerde', 'geregistreerd', 'contacten', 'klantenbestand', 'klantenbase', 'hele', 'volledige', 'verzending', 'algemene',
    'registados', 'registadas', 'cadastrados', 'cadastradas', 'contactos', 'contatos', 'envio', 'geral', 'toda', 'nossa',
    'zarejestrowani', 'zarejestrowanych', 'kontakty', 'cala', 'calej', 'baza', 'bazy', 'wysylka', 'ogolna', 'naszej', 'naszego',
    // Recipients of a newsletter, and how often it goes out.
    'destinatarios', 'destinatarias', 'destinatari', 'destinataires', 'ontvangers', 'odbiorcy', 'odbiorcow', 'newslettera', 'newslettern', 'nieuwsbrieven', 'weekly', 'monthly', 'hebdomadaire', 'mensuelle', 'woechentliche', 'woechentlichen', 'monatliche', 'monatlichen', 'semanal', 'mensual', 'settimanale', 'mensile', 'wekelijkse', 'maandelijkse', 'mensal', 'cotygodniowego', 'comiesiecznego', 'veckans', 'veckobrev', 'månadsbrev', 'månadens', 'newsletter-empfaenger', 'newsletterempfaenger',
    // Swedish.
    'alla', 'våra', 'vår', 'kunder', 'kund', 'prenumeranter', 'användare', 'medlemmar', 'mottagare', 'kontakter', 'nyhetsbrev', 'nyhetsbrevet', 'registrerade', 'hela', 'kundbasen', 'kundregistret', 'butiker', 'butik', 'butikerna', 'appen', 'app', 'i', 'på', 'och', 'eller', 'av', 'för', 'till', 'som', 'med', 'hela', 'landet', 'en', 'ett',
    // Articles and elisions ("un panier", "all'anno", "n'ayant"), the CRM, a valid address.
    'un', 'une', 'una', 'uno', 'ein', 'eine', 'einen', 'einem', 'een', 'um', 'uma', 'l', 'd', 'n', 'qu', 's', 'c', 'j', 'dell', 'nell', 'all', 'sull', 'crm', 'cdp', 'system', 'valid', 'verified', 'address', 'addresses', 'phone', 'number', 'numbers', 'gueltig', 'gueltige', 'gueltiger', 'adresse', 'adressen', 'valide', 'valides', 'adresses', 'valido', 'valida', 'direccion', 'validi', 'indirizzo', 'geldig', 'geldige', 'adres', 'endereco', 'prawidlowy', 'adresem', 'giltig', 'adress',
    ...EVERYONE_MORE,
  ],
);

/**
 * A whole country or the whole market is not a narrow place: "all app users in the UK",
 * "alle Kunden in Deutschland", "bundesweit". Only "in <country>" and nationwide words count:
 * "customers from Poland" may be an origin, and a city, a district or a postcode is still a place.
 */
const COUNTRIES = 'uk|the uk|united kingdom|the united kingdom|great britain|britain|england|scotland|wales|ireland|northern ireland|the eu|eu|europe|the us|us|usa|the usa|united states|the united states|canada|australia|deutschland|germany|oesterreich|osterreich|austria|der schweiz|schweiz|switzerland|suisse|svizzera|france|frankreich|belgique|belgium|belgie|luxembourg|espana|spain|spanien|italia|italy|italien|nederland|netherlands|the netherlands|den niederlanden|niederlande|portugal|polska|polsce|poland|polen|sverige|sweden|schweden|danmark|denmark|norge|norway|suomi|finland';
const IN = 'in|im|in der|en|au|aux|dans|a|en el|nel|in de|em|no|na|w|i|across|throughout|all over|across the';
export const WHOLE_COUNTRY = new RegExp(`^(?:${COUNTRIES})$|(?<![\\p{L}])(?:(?:${IN}) (?:${COUNTRIES})|(?:region|country|market|land|pays|pais|paese|regio|kraj)\\s?[=:]\\s?'?(?:${COUNTRIES})'?|nationwide|countrywide|bundesweit|landesweit|deutschlandweit|dans toute la france|en toda espana|in tutta italia|in heel nederland|em todo o pais|w calej polsce|ogolnopolsk[\\p{L}]*|i hela sverige|i hela landet|rikstaeckande|(?:(?:in|within|across|on|to) )?(?:our |the |all )?(?:\\d+ )?(?:[\\p{L}-]+ )?(?:delivery|service|door-drop|distribution|(?:network )?coverage) (?:area|areas|zone|zones|region|regions|route|routes)|(?:(?:de la|dans la|in the|in our|im|nel|en la|in het|na|w|i) )?(?:zone de chalandise|catchment area|einzugsgebiet|area de influencia|bacino d utenza|verzorgingsgebied|upptagningsomrade|opland)$|(?:(?:dei|des|der|de los|van de|dos|in the|in our|w) )?(?:comuni serviti|communes desservies|belieferten gemeinden|municipios atendidos|bediende gemeenten|municipios servidos|concelhos servidos|obsluhovane obce|served (?:towns|municipalities|areas|postcodes)|towns we serve|towns we deliver to)|(?:on |in )?(?:the )?(?:${COUNTRIES}) (?:region|market)(?: list)?|(?:im |in unserem )?liefergebiet|(?:dans (?:notre|la) )?zone de livraison|(?:en (?:nuestra|la) )?zona de (?:entrega|reparto)|(?:nella (?:nostra )?)?zona di consegna|(?:in (?:ons|het) )?bezorggebied|(?:na (?:nossa )?)?(?:area|zona) de entrega|(?:w )?(?:naszym )?obszarze dostaw|(?:i (?:vart )?)?leveransomrade|jakelualue\\p{L}*)(?![\\p{L}])`, 'gu');

/**
 * A region or a store's catchment taken whole (sixteenth round): "All customers (Yorkshire region)", "All customers, North West
 * region", "Customers in the Leeds store catchment". A regional broadcast, read as everyone only when the condition says nothing
 * sensitive (classify checks that) and the rest of it is who everyone is; a city's postcode, a street or a district stays a place.
 */
const REGION_WORD_FIRST = /(?<![\p{L}])(?:(?:de la|de|del|della|dalla|der|im|in der|in|van|da|do|na|w) )?(?:region|regione|regio|regiao|bundesland|provincia|provincie|wojewodztwo|comune|gemeinde|commune|municipio|gemeente|gmina|kunta|obec|municipality|borough) (?:(?:di|de|van|der|of|do|da) )?[\p{L}-]+(?: [\p{L}-]+)?$/u;
/** A store's catchment named by the store ("im Einzugsgebiet der Filiale Freiburg-Süd"), eighteenth-round wording; nineteenth and twentieth rounds. */
const STORE_CATCHMENT = /(?<![\p{L}])(?:(?:in|im|en|dans|nella|in de|na|w|i) )?(?:the |la |le |das |het |a )?(?:catchment(?: area)?|einzugsgebiet|zone de chalandise|area de influencia|bacino d utenza|verzorgingsgebied|upptagningsomrade|opland|trading area)\s(?:of|der|des|de la|du|del|della|van|do|da|dla|for|til|foer)\s(?:the |our |la |le |het |unserer |notre )?(?:store|shop|branch|filiale|magasin|tienda|negozio|winkel|loja|sklepu|butik|butikken|butikkens|myymala|prodejny)(?: [\p{L}-]+){0,2}$/u;
const REGION_NAME_FIRST = /(?<![\p{L}])(?:(?:in|im|en|dans|nella|in de|na|w|i) )?(?:the |la |le |der |die |de |het |a )?(?:[\p{L}-]+ ){1,2}(?:region|regions|county|province|regio|regione|regiao|bundesland|laen|landsdel|fylke|maakunta|provincia|provincie|wojewodztwo|store catchment|shop catchment|catchment area|catchment|kommune|kommun|municipality|borough|zone de chalandise|einzugsgebiet|area de influencia|bacino d utenza|verzorgingsgebied|upptagningsomrade|opland|spadowa)(?![\p{L}])/gu;
/** The condition without its region or catchment. */
export const withoutRegion = (text: string): string => text.replace(STORE_CATCHMENT, ' ').replace(REGION_WORD_FIRST, ' ').replace(REGION_NAME_FIRST, ' ').replace(/\s+/g, ' ').trim();

/** Recency, frequency, spend and tenure: how Segbot itself builds segments. */
export const RFM_WORDS = words(
  [
    'not', 'no', 'nothing', "haven't", 'havent', "hasn't", 'have', 'has', 'had', 'been', 'never', 'purchased', 'bought', 'ordered', 'shopped', 'purchase', 'purchases', 'order', 'orders', 'buy', 'visit', 'visits', 'visited', 'last', 'past', 'previous', 'since', 'within', 'over', 'under', 'more', 'less', 'fewer', 'than', 'least', 'most', 'top', 'bottom', 'highest', 'lowest', 'above', 'below', 'times', 'time', 'once', 'twice', 'spent', 'spend', 'spending', 'total', 'lifetime', 'value', 'revenue', 'average', 'frequency', 'frequent', 'frequently', 'often', 'recency', 'recent', 'recently', 'monetary', 'rfm', 'score', 'scores', 'tier', 'high', 'low', 'big', 'biggest', 'spenders', 'spender', 'lapsed', 'inactive', 'dormant', 'churned', 'days', 'day', 'weeks', 'week', 'months', 'month', 'year', 'years', 'quarter', 'ago', 'first', 'new', 'newest', 'joined', 'signed', 'up', 'tenure', 'loyal', 'loyalty', 'long-standing', 'repeat', 'returning', 'one-time', 'only', 'percent', 'gold', 'silver', 'bronze', 'platinum', 'vip', 'members', 'member', 'used', 'but', 'still', 'anything', 'any', 'again', 'were', 'was', 'this', 'these', 'six', 'three', 'twelve', 'two', 'buyers', 'shoppers', 'categories', 'category', 'items', 'products', 'distinct', 'with', 'least',
    'nicht', 'nichts', 'gekauft', 'bestellt', 'eingekauft', 'seit', 'letzten', 'letzte', 'tagen', 'tage', 'monaten', 'monate', 'wochen', 'woche', 'jahr', 'jahren', 'mehr', 'als', 'ueber', 'unter', 'mindestens', 'ausgegeben', 'umsatz', 'bestellungen', 'bestellung', 'einkaeufe', 'kauf', 'kaeufe', 'erste', 'ersten', 'erstem', 'neu', 'neue', 'neuen', 'frueher', 'viel', 'haeufig', 'treue', 'stammkunden', 'inaktiv', 'inaktive', 'prozent', 'mal', 'haben', 'hat', 'sind', 'waren', 'zuletzt',
    'rien', 'pas', 'achete', 'commande', 'depuis', 'derniers', 'dernier', 'derniere', 'dernieres', 'jours', 'mois', 'semaines', 'an', 'ans', 'annee', 'plus', 'moins', 'que', 'depense', 'depenses', 'commandes', 'achat', 'achats', 'premiere', 'premier', 'nouveaux', 'nouvelles', 'fideles', 'inactifs', 'fois', 'ayant', "n'ayant", 'ont', 'qui', 'sont',
    'nada', 'compran', 'compraron', 'comprado', 'desde', 'hace', 'ultimos', 'ultimo', 'ultima', 'dias', 'meses', 'semanas', 'ano', 'anos', 'mas', 'menos', 'gastaron', 'gasto', 'gastado', 'pedidos', 'pedido', 'compra', 'compras', 'primera', 'primer', 'nuevos', 'fieles', 'inactivos', 'veces', 'que', 'han',
    'antiguedad', 'fidelidad', 'clientes', 'este', 'esta', 'ultimas', 'gastado', 'desde hace', 'no', 'ningun', 'ninguna', 'al', 'menos',
    'cette', 'cet', 'ce', 'ces', "d'anciennete", 'anciennete', 'fidelite', 'de', 'dernieres', 'plus', 'au', 'cours', 'des', 'il', 'y', 'a', 'client', 'clients', 'ete', 'ans', "n'ont", 'aucun', 'aucune', 'commande',
    'dieses', 'diesem', 'dieses', 'jahres', 'kunde', 'kunden', 'treuejahre', 'jahre', 'ab', 'bis', 'zum', 'im', 'letzten', 'ohne', 'einkauf', 'keine', 'keinen', 'kein',
    'non', 'acquistano', 'acquistato', 'acquisto', 'acquisti', 'ordini', 'ordine', 'da', 'dal', 'negli', 'ultimi', 'ultime', 'mesi', 'mese', 'giorni', 'settimane', 'anno', 'anni', 'quest', "quest'anno", 'piu', 'di', 'almeno', 'speso', 'spesa', 'fedelta', 'anzianita', 'che', 'hanno', 'volte', 'nessun', 'nessuno',
    'met', 'bestellingen', 'bestelling', 'besteld', 'gekocht', 'aankoop', 'aankopen', 'dit', 'jaar', 'jaren', 'maanden', 'maand', 'weken', 'dagen', 'laatste', 'sinds', 'meer', 'dan', 'minstens', 'uitgegeven', 'niets', 'niet', 'die', 'keer', 'trouwe', 'klant', 'klanten', 'hebben', 'heeft', 'afgelopen',
    'com', 'mais', 'de', 'anos', 'meses', 'dias', 'semanas', 'ultimos', 'ultimas', 'este', 'ano', 'compras', 'compraram', 'encomendas', 'encomenda', 'gastaram', 'gastou', 'fidelidade', 'antiguidade', 'pelo', 'menos', 'nao', 'ha', 'desde', 'que', 'vezes', 'clientes',
    'ktorzy', 'ktore', 'wydali', 'wydal', 'ponad', 'co', 'najmniej', 'roku', 'tym', 'lat', 'lata', 'miesiecy', 'miesiace', 'dni', 'tygodni', 'ostatnich', 'od', 'zamowien', 'zamowienia', 'zakupow', 'zakupy', 'kupili', 'nie', 'nic', 'razy', 'stali', 'klienci', 'zl',
    'waiting', 'awaiting', 'pending', 'ready', 'click-and-collect', 'collection', 'delivery', 'us', 'being', 'made', 'their', 'placed', 'push', 'enabled', 'first-time',
    'neukunden', 'neukundinnen', 'bestandskunden', 'des', 'monats', 'jahr', 'diesem', 'monat', 'sans', 'achat', 'passe', 'ayant', 'mois', 'nouveau', 'sin', 'este', 'mes', 'senza', 'nuovi', 'nuove', 'mese', 'zonder', 'aankoop', 'nieuwe', 'deze', 'sem', 'novos', 'novas', 'deste', 'mes', 'bez', 'zakupow', 'zakupu', 'miesiacach', 'miesiacu', 'miesiaca', 'zamowieniami', 'zamowieniem', 'nowi', 'nowych', 'tygodniach',
    // Thresholds, ranges and rates: per year, annual, between, above/below, in each language.
    'per', 'a', 'each', 'every', 'annual', 'annually', 'yearly', 'monthly', 'weekly', 'quarterly', 'between', 'range', 'exactly', 'or', 'equal', 'greater', 'higher', 'lower', 'up', 'at', 'most', 'minimum', 'maximum', 'threshold', 'aov', 'ltv', 'clv', 'r', 'f', 'm', 'avg', 'mean', 'basket', 'baskets', 'cart', 'order-value', 'amount', 'sum', 'count', 'number', 'per-year', 'per-month', 'calendar', 'fiscal', 'ytd', 'year-to-date', 'this', 'current', 'previous', 'prior', 'so', 'far', 'far.',
    'pro', 'jaehrlich', 'jaehrliche', 'jaehrlichen', 'monatlich', 'woechentlich', 'zwischen', 'oberhalb', 'unterhalb', 'hoechstens', 'genau', 'jahresumsatz', 'umsatz', 'gesamtumsatz', 'bestellwert', 'durchschnittlicher', 'durchschnittliche', 'durchschnittlichen', 'warenkorb', 'warenkorbwert', 'einem', 'einer', 'deren', 'letzter', 'letztes', 'letzte', 'zurueckliegt', 'liegt', 'betraegt', 'kaufen', 'kauften', 'einkaeufen', 'kaeufen', 'kaeufer', 'ist', 'war', 'zuletzt',
    'par', 'annuel', 'annuelle', 'annuelles', 'mensuel', 'mensuelle', 'hebdomadaire', 'entre', 'superieur', 'superieure', 'inferieur', 'inferieure', 'au-dessus', 'au-dessous', 'maximum', 'moyen', 'moyenne', 'panier', 'montant', 'chiffre', "d'affaires", 'affaires', 'le', 'dernier', 'date', 'remonte', 'achetent', 'achete', 'acheteurs', 'fois', 'chaque', 'client', 'depuis', 'plus', 'est', 'etait', 'entre',
    'por', 'anual', 'anuales', 'mensual', 'semanal', 'entre', 'superior', 'inferior', 'encima', 'debajo', 'medio', 'media', 'ticket', 'importe', 'cesta', 'cuya', 'cuyo', 'fue', 'es', 'cada', 'cliente', 'compraron', 'compran', 'compradores', 'gasto', 'gastos', 'total', 'hasta', 'mas', 'o', 'igual',
    'all', 'annuo', 'annua', 'annuale', 'mensile', 'settimanale', 'tra', 'fra', 'superiore', 'inferiore', 'oltre', 'sopra', 'sotto', 'medio', 'media', 'scontrino', 'carrello', 'importo', 'il', 'cui', 'ultimo', 'ultima', 'risale', 'a', 'fa', 'e', 'era', 'ogni', 'cliente', 'acquistano', 'acquistato', 'hanno', 'o', 'fino',
    'per', 'jaarlijks', 'jaarlijkse', 'maandelijks', 'wekelijks', 'tussen', 'boven', 'onder', 'hoger', 'lager', 'gemiddeld', 'gemiddelde', 'besteding', 'bestedingen', 'besteed', 'orderwaarde', 'winkelmand', 'wie', 'waarvan', 'geleden', 'is', 'was', 'elke', 'iedere', 'kochten', 'gekocht', 'kopen', 'of', 'tot',
    'por', 'anual', 'anuais', 'mensal', 'semanal', 'entre', 'acima', 'abaixo', 'superior', 'inferior', 'medio', 'media', 'cesto', 'carrinho', 'valor', 'cuja', 'cujo', 'ultima', 'ultimo', 'foi', 'e', 'cada', 'cliente', 'compraram', 'compram', 'gasto', 'gastos', 'primeira', 'primeiro', 'nos', 'no', 'na', 'ou', 'ate', 'total', 'ha',
    'rocznie', 'roczne', 'roczny', 'roczna', 'miesiecznie', 'tygodniowo', 'miedzy', 'pomiedzy', 'powyzej', 'ponizej', 'srednia', 'sredni', 'koszyk', 'koszyka', 'wartosc', 'wartosci', 'ktorych', 'ktorego', 'ostatni', 'ostatnie', 'ostatnia', 'zakup', 'byl', 'bylo', 'temu', 'kazdy', 'kupuja', 'kupowali', 'wydatki', 'wydatkow', 'lub', 'albo', 'pierwszy', 'pierwsze', 'pierwszego', 'klient', 'klientem', 'razem', 'do',
    // Swedish.
    'inte', 'ingenting', 'har', 'hade', 'köpt', 'köp', 'köpte', 'handlat', 'handlade', 'beställt', 'beställning', 'beställningar', 'ordrar', 'order', 'senaste', 'sista', 'sedan', 'inom', 'dagar', 'dagarna', 'dag', 'veckor', 'veckorna', 'vecka', 'månader', 'månaderna', 'månad', 'år', 'året', 'åren', 'i', 'under', 'över', 'mer', 'fler', 'färre', 'mindre', 'än', 'minst', 'högst', 'mellan', 'och', 'spenderat', 'spenderade', 'köpsumma', 'köpbelopp', 'belopp', 'årlig', 'årligen', 'per', 'månatligen', 'varje', 'gånger', 'gång', 'nya', 'ny', 'första', 'förstagångskunder', 'trogna', 'lojala', 'stamkunder', 'inaktiva', 'vars', 'var', 'för', 'kr', 'sek', 'snitt', 'genomsnittligt', 'genomsnittlig', 'ordervärde', 'varukorg', 'medlem', 'kund', 'kunder', 'som', 'utan', 'något', 'någon', 'sitt', 'sista',
    'rocznymi', 'rocznych', 'wydatkami', 'wydatkach', 'zakupami', 'zamowieniach', 'all', "all'anno", 'anno', 'quest', "dell'anno", 'dellanno',
    // Engagement with the shop itself: points, vouchers, links clicked, a cart left, a birthday the customer gave.
    'points', 'balance', 'discount', 'coupon', 'coupons', 'voucher', 'vouchers', 'promo', 'code', 'codes', 'redeemed', 'link', 'links', 'campaign', 'campaigns', 'abandoned', 'abandonment', 'left', 'downloaded', 'birthday', 'birthdays',
    'hours', 'hour', 'stunden', 'stunde', 'heures', 'heure', 'horas', 'hora', 'ore', 'uur', 'godzin', 'godziny', 'timmar', 'timme', 'their', 'leur', 'leurs', 'ihren', 'ihr', 'ihre', 'su', 'sus', 'loro', 'il', 'hun', 'seu', 'sua', 'swoj', 'swoje', 'sin', 'sitt', 'sina',
    'punkte', 'punktestand', 'gutschein', 'gutscheine', 'rabattcode', 'eingeloest', 'abgebrochen', 'warenkorbabbrecher', 'geburtstag', 'heruntergeladen',
    'fidelite', 'bon', 'bons', 'reduction', 'utilise', 'abandonne', 'telecharge', 'anniversaire',
    'puntos', 'cupon', 'cupones', 'descuento', 'canjearon', 'abandonado', 'abandonaron', 'descargaron', 'cumpleanos',
    'punti', 'buono', 'buoni', 'sconto', 'codice', 'abbandonato', 'scaricato', 'compleanno',
    'punten', 'kortingscode', 'tegoedbon', 'verlaten', 'gedownload', 'verjaardag',
    'pontos', 'vale', 'cupao', 'desconto', 'abandonado', 'descarregaram', 'aniversario',
    'punkty', 'kupon', 'kod', 'rabatowy', 'porzucony', 'porzucili', 'pobrali', 'urodziny',
    'poäng', 'rabattkod', 'värdecheck', 'övergiven', 'laddat', 'ned', 'födelsedag',
    // Recency, frequency, spend and tenure named as such: lapse and win-back, tiers and cards, anniversaries.
    'win-back', 'winback', 'reactivation', 'reactivate', 'churn', 'churning', 'risk', 'at-risk', 'lapsing', 'sleeping', 'anniversary', 'account', 'accounts', 'older', 'tenure', 'card', 'cards', 'holders', 'holder', 'level', 'status', 'rank', 'ranked', 'percentile', 'decile', 'quartile', 'quintile', 'segment', 'highest-spending', 'best', 'most-valuable', 'valuable', 'regular', 'regulars', 'occasional', 'light', 'heavy-spending', 'engaged', 'engagement', 'opened', 'clicked', 'opens', 'clicks', 'email', 'emails',
    'stufe', 'status', 'karte', 'karteninhaber', 'gold', 'silber', 'platin', 'bronze', 'jubilaeum', 'jahrestag', 'rueckgewinnung', 'reaktivierung', 'abwanderung', 'gelegenheitskaeufer', 'stammkundinnen', 'geoeffnet', 'geklickt',
    'niveau', 'statut', 'carte', 'titulaires', 'or', 'argent', 'platine', 'anniversaire', 'reactivation', 'occasionnels', 'reguliers', 'ouvert', 'clique',
    'nivel', 'estado', 'tarjeta', 'titulares', 'oro', 'plata', 'platino', 'aniversario', 'reactivacion', 'ocasionales', 'habituales', 'abrieron', 'clic',
    'livello', 'stato', 'carta', 'titolari', 'oro', 'argento', 'platino', 'anniversario', 'riattivazione', 'occasionali', 'abituali', 'aperto', 'cliccato',
    'niveau', 'kaart', 'kaarthouders', 'goud', 'zilver', 'platina', 'brons', 'jubileum', 'verjaardag', 'heractivering', 'vaste', 'geopend', 'geklikt',
    'nivel', 'cartao', 'titulares', 'ouro', 'prata', 'platina', 'bronze', 'aniversario', 'reativacao', 'ocasionais', 'habituais', 'abriram', 'clicaram',
    'poziom', 'status', 'karta', 'karty', 'posiadacze', 'zlota', 'zloty', 'srebrna', 'srebrny', 'platynowa', 'brazowa', 'rocznica', 'reaktywacja', 'okazjonalni', 'regularni', 'otworzyli', 'kliknieli',
    'nivå', 'kort', 'kortinnehavare', 'guld', 'silver', 'platina', 'brons', 'jubileum', 'återkommande', 'tillfälliga', 'öppnat', 'klickat',
    ...RFM_MORE,
  ],
);

/** "R=5", "F=4-5", "M>3", "RFM=555": an RFM score written as such. */
const RFM_SCORE = /^(?:r|f|m|rfm)(?:[=:<>]+|-score)?\d[\d.,-]*$/;
/**
 * A marketer's shorthand for a duration, a date or a model (seventh round): "90d", "180-365d", "12m",
 * "6mo", "30gg", "J-90", "D-30", "FY26", "Q4", "H1", "v3". A number with such a unit says how long ago
 * or which period, never who a person is.
 */
const SHORTHAND = /^(?:[<>=≥≤]*\d[\d.,]*(?:d|dd|w|wk|wks|m|mo|mos|mth|mths|mon|y|yr|yrs|j|gg|t|dgn|mnd|h)\+?|(?:aov|clv|ltv|r|f|m|t)[<>=≥≤]+\d[\d.,]*(?:d|w|m|y|mo)?|(?:r[1-5]f[1-5]m[1-5])|seg-?\d+|[jdt]-\d+|fy\d{2,4}|q[1-4]|h[12]|v\d+|l\d+[dwmy]|\d+(?:pct|pc))$/;
export const isNumberish = (token: string): boolean => RFM_SCORE.test(token) || SHORTHAND.test(token) || /^[£€$]?[\d.,:+%<>=]+(?:[£€$%+]|k|k€|x|eur|gbp|usd|chf|zl|pln|kr|sek|st|nd|rd|th|e|er|o|a)?$/.test(token) || /^[<>=+%£€$]+$/.test(token);

/**
 * Consent to be contacted, as such: "with SMS consent", "double opt-in", "ze zgodą na SMS",
 * "mit Werbeeinwilligung". A condition made of these words (and of the people and channel words)
 * is something the customer chose.
 */
export const CONSENT_WORDS = words([
  'follow-up', 'updates', 'newsletters', 'emails', 'news', 'consent', 'consented', 'consenting', 'consents', 'opt-in', 'opted-in', 'opt', 'opted', 'in', 'double', 'single', 'confirmed', 'marketing', 'permission', 'permissions', 'contactable', 'agreed', 'agree', 'agreeing', 'gave', 'given', 'granted', 'accepted', 'valid', 'enabled', 'activated', 'turned', 'on', 'allowed', 'allow', 'promotional', 'promotions', 'offers', 'communications', 'messages', 'texts', 'text', 'whatsapp', 'post', 'postal', 'mail', 'to', 'receive',
  'einwilligung', 'werbeeinwilligung', 'zustimmung', 'eingewilligt', 'zugestimmt', 'double-opt-in', 'opt-in', 'werbung', 'erlaubt', 'aktiviert', 'aktivierter', 'aktivierten', 'benachrichtigungen', 'nachrichten', 'angebote', 'zu', 'erhalten', 'per', 'gueltiger', 'gueltige',
  'consentement', 'consenti', 'accord', 'optin', 'communications', 'commerciales', 'recevoir', 'active', 'activees', 'autorise', 'offres', 'notifications', 'sms', 'a',
  'consentimiento', 'consintieron', 'aceptaron', 'aceptado', 'comunicaciones', 'comerciales', 'recibir', 'activadas', 'activado', 'notificaciones', 'ofertas', 'autorizacion',
  'consenso', 'consensi', 'marketing', 'comunicazioni', 'commerciali', 'ricevere', 'attive', 'attivate', 'notifiche', 'offerte', 'autorizzazione',
  'toestemming', 'toestemmingen', 'gegeven', 'ingeschakeld', 'meldingen', 'aanbiedingen', 'ontvangen',
  'consentimento', 'consentiram', 'aceitaram', 'comunicacoes', 'receber', 'ativadas', 'ativado', 'notificacoes', 'ofertas', 'autorizacao',
  'zgoda', 'zgoda', 'zgode', 'zgody', 'zgodami', 'wyrazili', 'wyrazona', 'marketingowa', 'marketingowe', 'powiadomienia', 'wlaczone', 'otrzymywanie', 'oferty', 'ze',
  'samtycke', 'samtyckt', 'godkänt', 'aviseringar', 'notiser', 'erbjudanden', 'utskick', 'aktiverade', 'accepte', 'acceptee', 'acceptent', 'accepted', 'de', 'nos', 'par', 'leur', 'donne', 'ont', 'ayant',
]);

/** A consent word proper: a condition of people, channel and consent words must contain one. */
export const CONSENT: Lexicon = {
  en: ['consent*', 'opt-in', 'opt-ins', 'optins', 'opted-in', 'opted in', 'opt in', 'permission*', 'contactable', 'agreed to receive', 'agreed to', 'enabled notifications', 'notifications enabled', 'notifications on', 'push enabled', 'marketing preferences'],
  de: ['einwilligung*', 'werbeeinwilligung*', 'zustimmung', 'eingewilligt', 'zugestimmt', 'double-opt-in', 'benachrichtigungen aktiviert', 'aktivierten benachrichtigungen'],
  fr: ['consentement*', 'consenti*', 'optin', 'ont accepte', 'accepte* de recevoir', 'notifications activees', 'ont active les notifications', 'accepte', 'acceptee', 'acceptes', 'acceptees'],
  es: ['consentimiento*', 'consintieron', 'aceptaron', 'aceptaron recibir', 'notificaciones activadas', 'activaron las notificaciones'],
  it: ['consenso', 'consensi', 'hanno accettato', 'accettato', 'notifiche attive', 'notifiche attivate', 'hanno attivato le notifiche'],
  nl: ['toestemming*', 'meldingen ingeschakeld', 'geaccepteerd', 'akkoord gegeven'],
  pt: ['consentimento*', 'consentiram', 'aceitaram', 'notificacoes ativadas', 'ativaram as notificacoes'],
  pl: ['zgod*', 'wyrazili zgode', 'zaakceptowali', 'powiadomienia wlaczone', 'wlaczone powiadomienia'],
  sv: ['samtycke*', 'samtyckt', 'godkänt', 'accepterat', 'aviseringar aktiverade', 'aktiverade aviseringar'],
  da: ['samtykke*', 'har accepteret'], no: ['samtykke*', 'har godtatt'], cs: ['souhlas*'], fi: ['suostumu*', 'markkinointilupa', 'hyväksyneet'],
};

/** Someone chose this: clubs, schemes, subscriptions, stated preferences (extends rules/audience-cues OPT_IN). */
export const OPT_IN_EXTRA: Lexicon = {
  en: ['loyalty scheme*', 'loyalty programme*', 'loyalty program*', 'loyalty card*', 'cardholders', 'card holders', 'all members', 'club', 'members', 'subscribers to', 'opted into', 'chose', 'selected in', 'their preferences', 'preference', 'joined', 'signed up', 'registered', 'enrolled'],
  de: ['kundenkarte*', 'treueprogramm*', 'bonusprogramm*', 'club', 'klub', 'mitglied*', 'abonnenten', 'praeferenz*'],
  fr: ['carte de fidelite', 'programme de fidelite', 'club', 'membre*', 'abonne*', 'choisi', 'preference*'],
  es: ['tarjeta de fidelidad', 'programa de fidelidad', 'club', 'socio*', 'suscrit*', 'eligieron', 'preferencia*'],
  it: ['iscritt*', 'soci', 'membri', 'abbonati', 'programma fedelta', 'carta fedelta', 'club'],
  nl: ['leden', 'lid', 'ingeschreven', 'aangemeld', 'abonnees', 'klantenkaart', 'club'],
  pt: ['socios', 'membros', 'inscrit*', 'assinantes', 'cartao de fidelidade', 'clube'],
  pl: ['czlonk*', 'zapisani', 'zapisal*', 'subskrybenci', 'program lojalnosciow*', 'karta lojalnosciowa', 'klub*'],
  sv: ['medlemmar', 'medlem', 'klubb*', 'prenumerant*', 'anmälda', 'anmält sig', 'registrerade', 'kundklubb*', 'lojalitetsprogram*', 'valt', 'valde', 'samtycke*'],
};

/**
 * A topic the customer chose to hear about: notifications, alerts or a newsletter on a subject,
 * an interest ticked in a profile, a category followed. The subject is what they chose, so a
 * sensitive subject here ("notifications for Health & wellbeing") is declared, not inferred.
 */
export const CHOSEN_TOPIC: Lexicon = {
  en: ['follow the', 'follows the', 'followed the', 'following the', 'chose', 'selected', 'as an interest', 'as interests', 'in their preferences', 'preference centre', 'preference center', 'notifications for', 'notifications about', 'notifications on', 'alerts for', 'alerts about', 'alerts on', 'updates on', 'updates about', 'newsletter on', 'newsletter about', 'who follow', 'who followed', 'followers of', 'ticked', 'opted into', 'subscribed to', 'interest in their profile', 'interests in their profile', 'as an interest', 'as interest', 'in their profile', 'in their preferences', 'saved as'],
  de: ['interessenauswahl', 'interessen-auswahl', 'als interessen', 'benachrichtigungen zu', 'benachrichtigungen fuer', 'benachrichtigungen ueber', 'newsletter zu', 'newsletter ueber', 'folgen', 'angekreuzt', 'ausgewaehlt', 'gewaehlt', 'als interesse', 'im profil', 'in ihrem profil', 'in den praeferenzen', 'angegeben', 'mitgeteilt', 'eingetragen'],
  fr: ['centre de preferences', 'notifications sur', 'notifications pour', 'notifications de', 'alertes sur', 'alertes de', 'newsletter sur', 'lettre sur', 'suivent', 'coche', 'cochee', 'choisi', 'choisie', 'dans leur profil', 'dans leurs preferences', 'comme interet', 'indique', 'renseigne', 'declare'],
  es: ['notificaciones de', 'notificaciones sobre', 'alertas de', 'alertas sobre', 'boletin de', 'boletin sobre', 'siguen', 'marcaron', 'seleccionaron', 'eligieron', 'en su perfil', 'en sus preferencias', 'como interes', 'indicaron', 'declararon'],
  it: ['ha selezionato', 'ha scelto', 'tra i propri interessi', 'tra i suoi interessi', 'notifiche su', 'notifiche di', 'avvisi su', 'newsletter su', 'seguono', 'hanno selezionato', 'hanno scelto', 'nel loro profilo', 'nelle preferenze', 'come interesse', 'hanno indicato', 'hanno dichiarato'],
  nl: ['meldingen over', 'meldingen voor', 'nieuwsbrief over', 'volgen', 'aangevinkt', 'gekozen', 'in hun profiel', 'in hun voorkeuren', 'als interesse', 'opgegeven', 'aangegeven'],
  pt: ['notificacoes de', 'notificacoes sobre', 'alertas de', 'newsletter sobre', 'seguem', 'marcaram', 'selecionaram', 'escolheram', 'no seu perfil', 'nas suas preferencias', 'como interesse', 'indicaram', 'declararam'],
  pl: ['powiadomienia o', 'powiadomienia z', 'newsletter o', 'obserwuja', 'zaznaczyli', 'wybrali', 'w swoim profilu', 'w preferencjach', 'jako zainteresowanie', 'podali', 'wskazali'],
  sv: ['aviseringar om', 'aviseringar för', 'nyhetsbrev om', 'följer', 'kryssat i', 'valt', 'valde', 'i sin profil', 'i sina inställningar', 'som intresse'],
  // Thirtieth round: a topic chosen in Czech, Danish, Norwegian and Finnish ("Odběratelé tématu 'Rodina a děti' (vybráno v preferencích)").
  cs: ['tématu', 'téma', 'vybráno v preferencích', 'v preferencích'], da: ['emnet', 'i deres præferencer', 'valgt i præferencer'], no: ['emnet', 'valgt i preferanser'], fi: ['aiheen', 'valittu asetuksista'],
};

/**
 * Data the customer gave us themselves ("members who listed a child born in 2023", "die ihr
 * Geburtsdatum angegeben haben"): in an opt-in audience, a condition on it is part of what they
 * declared. (Being a minor is never declared: conditions.ts still reads minors.)
 */
export const DECLARED_DATA: Lexicon = {
  en: ['self-reported', 'self reported', 'listed', 'told us', 'gave us', 'gave', 'entered', 'owner-entered', 'entered by', 'supplied by', 'supplied', 'provided', 'shared', 'said', 'stated', 'indicated', 'declared', 'registered', 'filled in', 'added to their profile', 'given by the parent', 'given by parents', 're:(?<![\\p{L}])added (?:[\\p{L}\x27-]+ ){1,4}to (?:their|his|her|the) (?:profile|account)(?![\\p{L}])', 'given by the member', 'given by the customer', 'given at sign-up'],
  de: ['angegeben', 'mitgeteilt', 'eingetragen', 'hinterlegt', 'genannt'],
  fr: ['indique*', 'renseigne*', 'declare*', 'communique*', 'saisi*', 'formulaire rempli*', 'rempli* par'],
  es: ['indicaron', 'indicado', 'declararon', 'declarado', 'facilitaron', 'registraron', 'introdujeron'],
  it: ['indicato', 'dichiarato', 'inserito', 'comunicato'], nl: ['opgegeven', 'aangegeven', 'ingevuld', 'doorgegeven'], pt: ['indicaram', 'indicado', 'indicada', 'indicadas', 'indicados', 'declararam', 'declarado', 'informaram'], pl: ['podali', 'podal*', 'wskazali', 'zadeklarowali', 'wpisali'], sv: ['angett', 'angav', 'uppgett', 'uppgav', 'registrerat'],
  da: ['oplyst', 'angivet', 'indtastet'], no: ['oppgitt', 'opplyst'], cs: ['uvedl*', 'zadal*', 'vyplnil*'], fi: ['ilmoittaneet', 'ilmoittama', 'antaneet'],
};

/** The audience as everyone, in the languages the older cue table lacks. */
export const BROADCAST_EXTRA: Lexicon = {
  en: ['all customers', 'everyone on'], de: ['alle kunden'], fr: ['tous les clients'], es: ['todos los clientes'],
  it: ['tutti i clienti', 'tutti i nostri clienti', 'tutti gli iscritti', 'tutti gli utenti'],
  nl: ['alle klanten', 'al onze klanten', 'alle abonnees', 'alle gebruikers', 'iedereen'],
  pt: ['todos os clientes', 'todos os nossos clientes', 'todos os assinantes', 'todos os utilizadores', 'todos os usuarios'],
  pl: ['wszyscy klienci', 'wszystkich klientow', 'wszyscy subskrybenci', 'wszyscy uzytkownicy'],
  sv: ['alla kunder', 'alla våra kunder', 'alla prenumeranter', 'alla användare', 'alla medlemmar', 'hela kundbasen'],
  da: ['alle kunder', 'alle vores kunder', 'alle medlemmer', 'alle abonnenter', 'alle brugere'],
  no: ['alle kunder', 'alle våre kunder', 'alle medlemmer', 'alle abonnenter', 'alle brukere'],
  cs: ['všichni zákazníci', 'všem zákazníkům', 'všichni členové', 'všichni odběratelé', 'všichni uživatelé'],
  fi: ['kaikki asiakkaat', 'kaikille asiakkaille', 'kaikki jäsenet', 'kaikki tilaajat', 'kaikki käyttäjät', 'kaikki kanta-asiakkaat'],
};

/** A segment Segbot built itself: the narrator's wording, and any "segment S3". */
export const ENGINE_SEGMENT: Lexicon = {
  en: ['re:(?<![\\p{L}])segment s?\\d+', 'as assigned by the latest segmentation run', 'segmentation run'],
  de: [], fr: [], es: [],
};

/** A change over time: the life pattern moved. */
export const CHANGE: Lexicon = {
  en: ['re:[\\p{L}_] ?(?:->|=>) ?[\\p{L}_]', 're:(?<![\\p{L}])previously (?:above|below|over|under|at least|at most|more than|less than)(?![\\p{L}])', 'closed before', 'closed early', 'closed ahead of', 'poistettu', 'poistettiin', 'poistunut', 'poistui', 'revoked', 'revocato', 'revocata', 'widerrufen', 'revoque', 'revoquee', 'revocado', 'revocada', 'ingetrokken', 'revogado', 'revogada', 'odwolal*', 'aterkallat', 'tilbagekaldt', 'tilbakekalt', 'peruttu', 'odvolal*', 'lifted', 'aufgehoben', 'leve', 'levee', 'levantado', 'levantada', 'revocat*', 'dan vorig jaar', 'als letztes jahr', 'als im vorjahr', 'que l an dernier', 'que l annee derniere', 'que el ano pasado', 'dell anno scorso', 'rispetto all anno scorso', 'do que no ano passado', 'niz w zeszlym roku', 'aen foerra aaret', 'end sidste aar', 'enn i fjor', 'kuin viime vuonna', 'nez loni', 'half of last year', 'helft van', 'scesa a zero', 'sceso a zero', 'dropped to zero', 'fell to zero', 'passou de', 'went from', 'kasvaneet', 'loppuivat', 'maten groter', 'sizes larger', 'sizes bigger', 'groessen groesser', 'tailles de plus', 'tallas mas', 'taglie in piu', 'than before', 'than usual', 'than last month', 'than last year', 'than last week', 'than the previous', 'than previously', 'vs previous', 'vs prior', 'vs last', 'versus previous', 'compared to last', 'compared with last', 'compared to the previous', 'paying later', 'pays later', 'later each month', 'later every month', 'weniger als zuvor', 'mehr als zuvor', 'moins qu avant', 'plus qu avant', 'menos que antes', 'mas que antes', 'meno di prima', 'piu di prima', 'minder dan voorheen', 'meer dan voorheen', 'menos do que antes', 'mniej niz wczesniej', 'mindre aen tidigare', 'mindre end foer', 'mindre enn foer', 'faldende', 'fallende', 'synkende', 'dalende', 'stigende', 'klesající', 'rostoucí', 'laskeva', 'nouseva', 're:(?<![\\p{L}])(?:previously|formerly|used to|until recently|once)(?: \\p{L}+)? (?:bought|buy|purchased|shopped|ordered) only(?![\\p{L}])', 're:(?<![\\p{L}])(?:now|recently|lately) (?:bought|buy|buys|purchased|shop|shops|order|orders) only(?![\\p{L}])', 'removed', 'was removed', 'cancelled', 'canceled', 'cancelling', 'stopped', 'started', 'switched', 'changed', 'shifted', 'moved from', 'dropped', 'fell', 'fallen', 'halved', 'doubled', 'increased', 'decreased', 'declined', 'no longer', 'used to', 'suddenly', 'compared with', 'compared to', 'than before', 'went from', 'instead of'],
  de: ['entfernt', 'gekuendigt', 'storniert', 'abbestellt', 'aufgehoert', 'gewechselt', 'gesunken', 'gefallen', 'halbiert', 'verdoppelt', 'gestiegen', 'nicht mehr', 'ploetzlich', 'statt', 'zurueckgegangen'],
  fr: ['retire', 'retiree', 'supprime', 'annule', 'annulee', 'resilie', 'resiliee', 'arrete', 'change', 'passe de', 'baisse', 'chute', 'divise', 'double', 'augmente', 'ne plus', 'n\'achete plus', 'soudain*', 'au lieu de'],
  es: ['eliminado', 'eliminada', 'quitado', 'cancelaron', 'cancelado', 'cancelada', 'anularon', 'anulado', 'dieron de baja', 'dejaron de', 'dejado de', 'cambiaron', 'pasaron de', 'bajado', 'cayo', 'cae', 'reducido a la mitad', 'duplicado', 'aumentado', 'ya no', 'de repente', 'en lugar de'],
  it: ['rimosso', 'rimossa', 'annullato', 'annullata', 'annullati', 'disdetto', 'disdetta', 'cancellato', 'hanno smesso', 'smesso di', 'non piu', 'cambiato', 'passati da', 'passate da', 'calato', 'calata', 'dimezzat*', 'raddoppiat*', 'improvvisamente', 'invece di'],
  nl: ['verwijderd', 'opgezegd', 'geannuleerd', 'gestopt', 'overgestapt', 'niet meer', 'niks meer', 'gedaald', 'gehalveerd', 'verdubbeld', 'plotseling', 'in plaats van'],
  pt: ['removido', 'removida', 'cancelaram', 'cancelou', 'cancelado', 'cancelada', 'anularam', 'anulou', 'deixaram de', 'deixou de', 'mudaram de', 'passaram de', 'ja nao', 'caiu', 'diminuiu', 'reduzido para metade', 'de repente', 'em vez de'],
  pl: ['usuniet*', 'anulowal*', 'anulowan*', 'zrezygnowal*', 'wypowiedzial*', 'przestali', 'przestal*', 'zmienili', 'przeszli z', 'juz nie', 'spadl*', 'zmalal*', 'nagle', 'zamiast'],
  sv: ['borttagen', 'borttagna', 'sagt upp', 'sade upp', 'avslutat', 'avslutade', 'slutat', 'slutade', 'bytt', 'bytte', 'inte längre', 'sjunkit', 'halverat*', 'plötsligt', 'i stället för', 'istället för'],
  da: ['ændret', 'ændrede', 'ændring', 'lukket', 'lukkede', 'stoppet', 'stoppede', 'skiftet', 'skiftede', 'faldet', 'halveret', 'fordoblet', 'steget', 'opsagt', 'holdt op', 'ikke længere', 'ophørt', 'fjernet', 'annulleret', 'pludselig'],
  no: ['endret', 'endrede', 'endring', 'lukket', 'stoppet', 'byttet', 'falt', 'halvert', 'doblet', 'steget', 'sagt opp', 'sluttet', 'ikke lenger', 'fjernet', 'kansellert', 'plutselig', 'skiftet'],
  cs: ['změnil*', 'změna', 'změnou', 'zrušil*', 'zrušen*', 'přestal*', 'klesl*', 'snížil*', 'snížen*', 'vzrostl*', 'už ne', 'již ne', 'odstranil*', 'náhle'],
  fi: ['muuttunut', 'muuttuneet', 'muuttaneet', 'muutti', 'lopettaneet', 'lopettanut', 'laskenut', 'laskeneet', 'pudonnut', 'puolittunut', 'kaksinkertaistunut', 'kasvanut', 'peruneet', 'perunut', 'vaihtaneet', 'vaihtanut', 'ei enää', 'eivät enää', 'poistanut', 'poistaneet', 'äkillisesti'],
};

/**
 * A low amount, a rare habit or none at all ("low spend on wines", "rarely buy beer", "never
 * bought tobacco"): a condition like this on an addictive product is the opposite of heavy use,
 * and reveals no habit (a change, "stopped buying alcohol", still does).
 */
export const LOW: Lexicon = {
  en: ['low', 'lower', 'lowest', 'little', 'less', 'least', 'rarely', 'seldom', 'never', 'light', 'bottom', 'below average', 'below-average', 'few', 'fewer', 'minimal'],
  de: ['niedrig*', 'wenig*', 'gering*', 'selten', 'nie', 'niemals', 'unterdurchschnittlich*'],
  fr: ['faible*', 'peu', 'rarement', 'jamais', 'bas', 'basse', 'basses', 'moins'],
  es: ['bajo', 'baja', 'bajos', 'bajas', 'poco', 'poca', 'pocos', 'pocas', 'rara vez', 'nunca', 'menos'],
  it: ['basso', 'bassa', 'bassi', 'basse', 'poco', 'poca', 'pochi', 'poche', 'raramente', 'mai', 'meno'],
  nl: ['laag', 'lage', 'weinig', 'zelden', 'nooit', 'minder'],
  pt: ['baixo', 'baixa', 'baixos', 'baixas', 'pouco', 'pouca', 'poucos', 'poucas', 'raramente', 'nunca', 'menos'],
  pl: ['nisk*', 'malo', 'rzadko', 'nigdy', 'mniej'],
  sv: ['låg', 'låga', 'lite', 'sällan', 'aldrig', 'mindre'],
};

export const AGE: Lexicon = {
  en: ['aged', 'age', 'ages', 'year-old*', 'years old', 'born', 'birth year*', 're:(?<![\\p{L}])(?:over|under|above|below) \\d\\d(?! ?(?:%|£|€|\\$|days|weeks|months|orders|times|items))'],
  de: ['alter', 'jahre alt', 'jaehrig*', 'geboren', 'jahrgang*'],
  fr: ['age', 'agee*', 'ans', 'ne en', 'nee en', 'nes en'],
  es: ['edad', 'anos de edad', 'nacid*'],
  da: ['alder', 'år gamle', 'årig*', 'født', 'fødselsår'], no: ['alder', 'år gamle', 'åring*', 'født', 'fødselsår'],
  cs: ['věk', 'věku', 'narozen*', 'ročník*'], fi: ['ikä*', '*vuotiaat', '*vuotias', '*vuotiaille', 'syntyneet', 'syntynyt'],
};

export const LOCATION: Lexicon = {
  en: ['lives', 'living in', 'living near', 'living within', 'living close', 'live in', 'postcode*', 'zip*', 'city', 'town', 'village', 'street', 'district', 'area', 'region', 'near', 'nearby', 'within', 'km', 'miles', 'neighbourhood', 'neighborhood', 'address*'],
  de: ['wohn*', 'plz', 'postleitzahl*', 'stadt', 'strasse', 'viertel', 'region', 'naehe', 'umkreis'],
  fr: ['habit*', 'vivant', 'code postal', 'ville', 'rue', 'quartier', 'region', 'pres de', 'proximite'],
  es: ['viven', 'residentes', 'codigo postal', 'ciudad', 'calle', 'barrio', 'region', 'cerca de'],
  da: ['bor i', 'bosat i', 'postnummer', 'postnr', 'kommune', 'nær', 'nærheden', 'område'], no: ['bor i', 'bosatt i', 'postnummer', 'kommune', 'nær', 'nærheten', 'område'],
  cs: ['obec', 'obce', 'obci', 'město', 'města', 'psč', 'bydlí', 'bydlící', 'okres', 'okolí', 'blízkosti'], fi: ['asuvat', 'asuu', 'postinumero*', 'kunta', 'kunnan', 'kaupunki', 'kaupungin', 'lähellä', 'alueella'],
};

/** A product class named by a code ("product class PC-220", "Warengruppe 612", "famille 93-K", "category 4711"): what was bought is hidden. */
export const PRODUCT_CODE: readonly string[] = ['re:(?<![\\p{L}])(?:tuoteryhm\\p{L}*|tuoteluok\\p{L}*|tuotekoodi\\p{L}*|skupin\\p{L}*|produktgrupp\\p{L}*|produktgruppe|varegruppe\\p{L}*|pg|ag|wg|vg|article group|article class|item group|varegruppe|varenr|artikelnr|product class|class|product group|group|family|sku|sku family|sku group|category|categories|code|codes|article codes|item codes|product codes|warengruppe|artikelgruppe|produktgruppe|kategorie|famille produits|famille|categorie|familia|categoria|famiglia|gruppo|artikelgroep|productgroep|groep|categorie|familia de produtos|grupa|grupy|kategoria|kategorii|varugrupp|kategori|dept|department|dzial|dzialu|abteilung|seccion|reparto|afdeling|avdelning|avdeling|osasto|oddeleni)[\\s-](?:[\\p{L}]{1,3}-?\\d+|\\d{2,})(?:-?[\\p{L}]|-\\d{2,4})?(?![\\p{L}\\p{N}])'];

/**
 * A money state nobody chooses (seventeenth round): a topic the customer picked may be about money ("'Money-saving tips' as an
 * interest"), never about debts, arrears, declined payments or loans ("Preference centre: debt help = on" stays with the committee).
 */
export const DEBT_STATE = /(?<![\p{L}])(?:financial (?:difficult\p{L}*|hardship)|money (?:troubles?|problems?)|difficolta economiche|difficolta finanziarie|difficultes financieres|difficultes economiques|dificultades economicas|dificultades financieras|finanzielle schwierigkeiten|zahlungsschwierigkeiten|geldsorgen|financiele problemen|betalingsproblemen|dificuldades financeiras|dificuldades economicas|trudnosci finansowe|ekonomiska svarigheter|betalningssvarigheter|oekonomiske vanskeligheder|oekonomiske problemer|taloudelliset vaikeudet|financni potize|payment (?:deferral|holiday)s?|deferred payments?|adiamento do pagamento|zahlungsaufschub|stundung|report de paiement|aplazamiento del pago|dilazione di pagamento|uitstel van betaling|odroczenie platnosci|betalingsudsaettelse|betalingsutsettelse|debts?|arrears|overdra\p{L}*|declined|missed payments?|loans?|payday loans?|bailiffs?|insolven\p{L}*|bankrupt\p{L}*|collections?|schulden|mahnung\p{L}*|dettes?|impayes?|deudas?|impagos?|debiti|insoluti|achterstand\p{L}*|dividas?|dlug\p{L}*|zadluz\p{L}*|skuld\p{L}*|gaeld|gjeld|velk\p{L}*|dluh\p{L}*|luotto\p{L}*|perinta\p{L}*|unemploy\p{L}*|jobless|out of work|arbeitslos\p{L}*|chomage|chomeur\p{L}*|chomeuse\p{L}*|sans emploi|desemplead\p{L}*|en paro|disoccupat\p{L}*|werkloo?s\p{L}*|desempregad\p{L}*|bezrobotn\p{L}*|arbetslos\p{L}*|arbetsloes\p{L}*|arbejdslos\p{L}*|arbejdsløs\p{L}*|arbeidsledig\p{L}*|tyoeto\p{L}*|tyoettoem\p{L}*|nezamestnan\p{L}*)(?![\p{L}])/u;
