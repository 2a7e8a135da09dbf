/**
 * The words an audience condition may consist of for the review to say it understands it: the
 * people addressed (customers, subscribers…), and recency, frequency, spend and tenure with
 * their thresholds and time windows. A condition with any other word is not understood, and an
 * audience with a condition that is not understood goes to the committee. These are allow-lists:
 * a word missing here costs a committee look, never a wrong approval.
 */
import type { Lexicon } from '../lexicon.js';

/** Function words, the people addressed and the channels: an audience of only these is everyone. */
export const EVERYONE_WORDS = new Set(
  [
    'all', 'every', 'everyone', 'everybody', 'our', 'the', 'a', 'an', 'of', 'on', 'in', 'to', 'at', 'for', 'by', 'from', 'and', 'or', 'who', 'whose', 'that', 'which', 'is', 'are', 'whole', 'entire', 'customers', 'customer', 'clients', 'client', 'shoppers', 'users', 'subscribers', 'subscriber', 'recipients', 'contacts', 'visitors', 'people', 'accounts', 'account', 'list', 'lists', 'mailing', 'newsletter', 'newsletters', 'email', 'e-mail', 'emails', 'sms', 'push', 'app', 'apps', 'website', 'web', 'site', 'online', 'store', 'stores', 'shop', 'shops', 'base', 'database', 'active', 'registered', 'shown', 'sent', 'displayed', 'receive', 'notification', 'notifications', 'opted', 'mobile', 'country', 'nationwide', 'wide', 'application', 'installed',
    'alle', 'allen', 'aller', 'jeden', 'jede', 'unsere', 'unseren', 'unserer', 'unser', 'die', 'der', 'den', 'des', 'dem', 'das', 'im', 'in', 'auf', 'an', 'von', 'und', 'oder', 'kunden', 'kundinnen', 'kundschaft', 'abonnenten', 'abonnentinnen', 'nutzer', 'nutzerinnen', 'empfaenger', 'besucher', 'newsletter-abonnenten', 'newsletterabonnenten', 'liste', 'verteiler', 'filiale', 'filialen', 'gesamten', 'gesamter', 'kundenstamm', 'ganz', 'ganze', 'bundesweit', 'app', 'nutzerinnen', 'kundenkonto', 'kundenkonten',
    'tous', 'toutes', 'tout', 'les', 'des', 'de', 'du', 'la', 'le', "l'", 'nos', 'notre', 'au', 'aux', 'et', 'ou', 'clients', 'clientes', 'abonnes', 'abonnees', 'utilisateurs', 'visiteurs', 'destinataires', 'lettre', 'ensemble', 'clientele', 'magasins', 'magasin', "l'application", 'application', "l'appli", 'appli', "l'ensemble",
    'todos', 'todas', 'los', 'las', 'del', 'el', 'nuestros', 'nuestras', 'nuestro', 'al', 'en', 'y', 'o', 'suscriptores', 'usuarios', 'visitantes', 'boletin', 'base', 'tiendas', 'tienda', 'toda', 'aplicacion', 'la',
    'tutti', 'tutte', 'i', 'gli', 'nostri', 'nostre', 'clienti', 'utenti', 'della', 'dei', 'di', 'e', 'iscritti', "dell'app", 'negozi', 'negozio',
    'onze', 'klanten', 'abonnees', 'gebruikers', 'nieuwsbrief', 'nieuwsbriefabonnees', 'het', 'van', 'alle', 'al', 'iedereen', 'winkels', 'winkel',
    'os', 'as', 'nossos', 'nossas', 'assinantes', 'utilizadores', 'usuarios', 'do', 'da', 'aplicacao', 'lojas', 'loja',
    'wszyscy', 'wszystkich', 'nasi', 'naszych', 'klienci', 'klientow', 'subskrybenci', 'uzytkownicy', 'z', 'w', 'na', 'aplikacji', 'sklepu', 'sklepow',
  ],
);

/** Recency, frequency, spend and tenure: how Segbot itself builds segments. */
export const RFM_WORDS = new Set(
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
  ],
);

export const isNumberish = (token: string): boolean => /^[£€$]?[\d.,:+%<>=]+(?:[£€$%+]|k|eur|gbp|usd|chf|zl|kr|st|nd|rd|th|e|er)?$/.test(token) || /^[<>=+%£€$]+$/.test(token);

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
};

/** The audience as everyone, in the languages the older cue table lacks. */
export const BROADCAST_EXTRA: Lexicon = {
  en: ['all customers', 'everyone on'], de: ['alle kunden'], fr: ['tous les clients'], es: ['todos los clientes'],
  it: ['tutti i clienti', 'tutti i nostri clienti', 'tutti gli iscritti', 'tutti gli utenti'],
  nl: ['alle klanten', 'al onze klanten', 'alle abonnees', 'alle gebruikers', 'iedereen'],
  pt: ['todos os clientes', 'todos os nossos clientes', 'todos os assinantes', 'todos os utilizadores', 'todos os usuarios'],
  pl: ['wszyscy klienci', 'wszystkich klientow', 'wszyscy subskrybenci', 'wszyscy uzytkownicy'],
};

/** A segment Segbot built itself: the narrator's wording, and any "segment S3". */
export const ENGINE_SEGMENT: Lexicon = {
  en: ['re:(?<![\\p{L}])segment s?\\d+', 'as assigned by the latest segmentation run', 'segmentation run'],
  de: [], fr: [], es: [],
};

/** A change over time: the life pattern moved. */
export const CHANGE: Lexicon = {
  en: ['stopped', 'started', 'switched', 'changed', 'shifted', 'moved from', 'dropped', 'fell', 'fallen', 'halved', 'doubled', 'increased', 'decreased', 'declined', 'no longer', 'used to', 'suddenly', 'compared with', 'compared to', 'than before', 'went from', 'instead of'],
  de: ['aufgehoert', 'gewechselt', 'gesunken', 'gefallen', 'halbiert', 'verdoppelt', 'gestiegen', 'nicht mehr', 'ploetzlich', 'statt', 'zurueckgegangen'],
  fr: ['arrete', 'change', 'passe de', 'baisse', 'chute', 'divise', 'double', 'augmente', 'ne plus', 'n\'achete plus', 'soudain*', 'au lieu de'],
  es: ['dejaron de', 'dejado de', 'cambiaron', 'pasaron de', 'bajado', 'cayo', 'reducido a la mitad', 'duplicado', 'aumentado', 'ya no', 'de repente', 'en lugar de'],
};

export const AGE: Lexicon = {
  en: ['aged', 'age', 'ages', 'year-old*', 'years old', 'born', 'birth year*', 're:(?<![\\p{L}])(?:over|under|above|below) \\d\\d(?! ?(?:%|£|€|\\$|days|weeks|months|orders|times|items))'],
  de: ['alter', 'jahre alt', 'jaehrig*', 'geboren', 'jahrgang*'],
  fr: ['age', 'agee*', 'ans', 'ne en', 'nee en', 'nes en'],
  es: ['edad', 'anos de edad', 'nacid*'],
};

export const LOCATION: Lexicon = {
  en: ['lives', 'living', 'live in', 'postcode*', 'zip*', 'city', 'town', 'village', 'street', 'district', 'area', 'region', 'near', 'nearby', 'within', 'km', 'miles', 'neighbourhood', 'neighborhood', 'address*'],
  de: ['wohn*', 'plz', 'postleitzahl*', 'stadt', 'strasse', 'viertel', 'region', 'naehe', 'umkreis'],
  fr: ['habit*', 'vivant', 'code postal', 'ville', 'rue', 'quartier', 'region', 'pres de', 'proximite'],
  es: ['viven', 'residentes', 'codigo postal', 'ciudad', 'calle', 'barrio', 'region', 'cerca de'],
};
