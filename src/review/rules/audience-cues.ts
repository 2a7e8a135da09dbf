/**
 * How an audience was chosen. Precision depends on this: a trait the customer declared
 * (joined a club, opted in) or a broadcast to everyone is not an inference; a trait read
 * from purchases or browsing is. Narrator audiences are clusters of behaviour, so an
 * audience with no cue at all counts as chosen by behaviour, and so does any segment of the
 * engine: "all customers of segment S1" is not a broadcast.
 */
import type { Lexicon } from '../lexicon.js';

/** The customer chose this: clubs, subscriptions, stated preferences. */
export const OPT_IN: Lexicon = {
  en: ['opted in', 'opted-in', 'opt-in', 'signed up', 'sign-up', 'sign-ups', 'signups', 'who joined', 'joined our', 'members of', 'club members', 'programme members', 'program members', 'subscribed', 'subscribers', 'registered for', 'who registered', 'enrolled', 'who asked', 'who requested', 'consented', 'chose to', 'self-declared', 'told us', 'preference centre', 'preference center', 'stated preference*'],
  de: ['angemeldet*', 'eingetragen*', 'mitglieder', 'clubmitglieder', 'beigetreten', 'abonniert*', 'abonnent*', 'eingewilligt', 'einwilligung', 'registriert*', 'selbst angegeben', 'angegeben haben', 'auf wunsch', 'gewaehlt haben', 'ausgewaehlt haben', 'als interesse', 'interessen gewaehlt'],
  fr: ['inscrit*', 'abonne*', 'membres', 'adherent*', 'ont rejoint', 'consenti*', 'ont choisi', 'ont demande', 'declare*', 'ont indique', 'preferences'],
  es: ['pidieron', 'solicitaron', 'inscrit*', 'suscrit*', 'suscriptor*', 'socios', 'miembros', 'se unieron', 'dieron su consentimiento', 'consintieron', 'eligieron', 'solicitaron', 'declarad*', 'indicaron', 'preferencias'],
};

/** The same content goes to everyone; nobody is picked out. */
export const BROADCAST: Lexicon = {
  en: ['all customers', 'all our customers', 'all subscribers', 'all newsletter subscribers', 'everyone', 'every customer', 'all visitors', 'all shoppers', 'all members', 'all app users', 'all users', 'all recipients', 'entire customer base', 'whole customer base', 'whole mailing list', 'entire mailing list', 'untargeted', 'no targeting', 'shown to all', 'shown to everyone', 'in-store for everyone'],
  de: ['alle kunden', 'alle kundinnen', 'allen kunden', 'alle abonnenten', 'alle newsletter-abonnenten', 'alle besucher', 'alle nutzer', 'alle mitglieder', 'gesamter kundenstamm', 'gesamten kundenstamm', 'allen besuchern', 'jeden kunden', 'ohne targeting'],
  fr: ['tous les clients', 'tous nos clients', 'toutes nos clientes', 'tous les abonnes', 'tout le monde', 'tous les visiteurs', 'tous les utilisateurs', "l'ensemble des clients", 'ensemble de la clientele', 'tous les membres', 'sans ciblage'],
  es: ['todos los clientes', 'todos nuestros clientes', 'todos los suscriptores', 'todo el mundo', 'todos los visitantes', 'todos los usuarios', 'toda la base de clientes', 'todos los socios', 'sin segmentacion'],
};

/** The audience was picked from what people did (bought, browsed, were scored as). */
export const BEHAVIOUR: Lexicon = {
  en: ['who bought', 'who buy', 'who buys', 'who purchased', 'who purchase', 'buyers of', 'bought', 'purchased', 'purchases of', 'purchase history', 'basket*', 'based on', 'inferred', 'predicted', 'likely', 'probably', 'propensity', 'browsed', 'viewed', 'searched', 'who ordered', 'ordered', 'spent', 'shoppers who', 'customers buying', 'customers whose', 'transactions', 'segment*', 'cluster*', 'assigned by', 'rfm', 'recency', 'frequency', 'monetary', 'scored', 'lookalike*'],
  de: ['gekauft', 'kauften', 'kaufen', 'kaeufer*', 'einkaeufe*', 'einkauf', 'kaufverhalten', 'warenkorb*', 'basierend auf', 'anhand', 'wahrscheinlich', 'vorhergesagt', 'gesucht', 'angesehen', 'bestellt*', 'ausgegeben', 'segment*', 'cluster*', 'zugeordnet'],
  fr: ['achete*', 'achetent', 'achats', 'acheteur*', 'panier*', "d'apres", 'base sur', 'basee sur', 'probablement', 'predit*', 'consulte*', 'commande*', 'depense*', 'segment*', 'cluster*'],
  es: ['compraron', 'compran', 'compras', 'comprador*', 'comprado', 'cesta*', 'basado en', 'segun', 'probablemente', 'predich*', 'buscaron', 'vieron', 'pidieron', 'gastaron', 'segment*', 'cluster*'],
};

/** Words that end one condition of an audience and start the next. */
export const CLAUSE_BREAKS: readonly (string | RegExp)[] = [', ', '; ', ' who ', ' whose ', ' and ', ' with ', ' that ', ' die ', ' und ', ' mit ', ' qui ', ' et ', ' avec ', ' que ', ' y ', ' con ', / plus (?!de |d'|d’|que )/u]; // French "plus de 400 €" is one condition
