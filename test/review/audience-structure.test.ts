/**
 * The fourth round of issue 24: who receives a campaign, read structurally rather than word by
 * word. The sending shop is no condition (audience/shop.ts), an ordinary product category is a
 * segment the review understands (audience/ordinary-categories.ts), recency, frequency and spend
 * are read by stem (rfm-words.ts RFM_STEM), and a plain segment's copy may still claim a sensitive
 * state (A6 review, A7 block). The wording was written for this test, after the failures of the
 * 2026-12e set (a tuning set now); the guards next to each case keep the same means from opening
 * a risky audience.
 */
import { describe, expect, it } from 'vitest';
import { reviewCampaign, type CampaignForReview } from '../../src/review/index.js';
import { withoutShop } from '../../src/review/audience/shop.js';
import { normalizeText } from '../../src/review/normalize.js';

const c = (audience: string, message = 'New season collection now in store.', offer = '10% off'): CampaignForReview => ({ id: 't', segment_stats: { size: 5000 }, campaign: { channel: 'email', audience, message, offer } });
const review = (audience: string, message?: string, offer?: string) => reviewCampaign(c(audience, message, offer));
const decision = (audience: string, message?: string, offer?: string) => review(audience, message, offer).decision;
const codes = (audience: string, message?: string, offer?: string) => review(audience, message, offer).findings.map((f) => f.code);

describe('the sending shop is no condition', () => {
  const strip = (a: string) => withoutShop(a, () => false).audience;
  it('removes a named shop, a shop kind before other conditions, and "customers of the <shop>" in several languages', () => {
    expect(strip('Greenway Pharmacy customers with 4 or more orders')).toBe('customers with 4 or more orders');
    expect(strip('Optician customers whose last visit was 2 years ago')).toBe('customers whose last visit was 2 years ago');
    expect(strip('Clients de la pharmacie en ligne sans commande depuis 5 mois')).toBe('Clients sans commande depuis 5 mois');
    expect(strip('Apothekenkunden mit mehr als 3 Bestellungen')).toBe('kunden mit mehr als 3 Bestellungen');
    expect(strip('Slijterij-klanten met 2 bestellingen dit jaar')).toBe('klanten met 2 bestellingen dit jaar');
    expect(strip('Klienci apteki internetowej bez zamówień od 6 miesięcy')).toBe('Klienci bez zamówień od 6 miesięcy');
  });
  it('keeps a bare shop kind, a department, a sensitive "name", a behaviour and heavy use of an alcohol shop', () => {
    expect(strip('Pharmacy customers')).toBe('Pharmacy customers');
    expect(strip('Pharmacy counter customers with 3 orders')).toBe('Pharmacy counter customers with 3 orders');
    expect(strip('Clients du rayon parapharmacie avec 3 commandes')).toBe('Clients du rayon parapharmacie avec 3 commandes');
    expect(withoutShop('Diabetic Pharmacy customers with 3 orders', (w) => /diabetic/i.test(w)).audience).toBe('Diabetic Pharmacy customers with 3 orders');
    expect(strip('Frequent pharmacy buyers with 3 orders')).toBe('Frequent pharmacy buyers with 3 orders');
    expect(strip('Wine shop customers buying 30 bottles a month')).toBe('Wine shop customers buying 30 bottles a month');
  });
  it('auto-approves a shop\'s plain segment, and still reads what follows the shop', () => {
    expect(decision('Greenway Pharmacy customers with 4 or more orders', 'Thank you for shopping with us: free delivery this month.')).toBe('ok');
    expect(decision('Vinothek-Kund:innen ohne Bestellung seit 5 Monaten', 'Neue Jahrgänge sind da.')).toBe('ok');
    expect(decision('Greenway Pharmacy customers who bought ovulation tests', 'Spring offers inside.')).toBe('block');
    expect(decision('Pharmacy customers')).not.toBe('ok');
  });
});

describe('an ordinary product category is a segment the review understands', () => {
  it('auto-approves buyers of ordinary categories with copy that makes no claim about them', () => {
    expect(decision('Customers who bought a lawn mower last summer', 'New blades and grass seed are in.')).toBe('ok');
    expect(decision('Kunden, die Laufschuhe gekauft haben', 'Neue Sportsocken im Sortiment.')).toBe('ok');
    expect(decision('Clientes que compraron una cafetera', 'Nuevos cafés de temporada.')).toBe('ok');
    expect(decision('Klanten die tuinmeubelen kochten', 'Beschermhoezen nu in de aanbieding.')).toBe('ok');
  });
  it('sends copy that asks about or speaks of the reader\'s situation to the committee (A6)', () => {
    expect(codes('Customers who bought a lawn mower last summer', 'New house? Our garden kits make it easy.')).toEqual(['CATEGORY_AUDIENCE_PERSONAL_COPY']);
  });
  it('never takes a sensitive product, a change, a size or an unknown product for an ordinary category', () => {
    expect(decision('Customers who bought garden gloves and nicotine gum')).toBe('block');
    expect(decision('Customers who bought pregnancy pillows')).not.toBe('ok');
    expect(decision('Customers who stopped buying running shoes')).not.toBe('ok');
    expect(decision('Customers who bought jeans two sizes larger than last year')).not.toBe('ok');
    expect(decision('Customers who bought a walking frame')).not.toBe('ok');
  });
});

describe('recency, frequency and spend read by stem, in more languages', () => {
  it('auto-approves plain segments worded in inflections and compounds', () => {
    for (const audience of [
      'Klienci z wydatkami powyżej 1500 zł w ostatnim roku',
      'Klienci, którzy nie robili zakupów od 5 miesięcy',
      'Clients dont la dépense annuelle dépasse 800 EUR',
      'Clientes con una sola compra en el último año',
      'Customers with an average order value above GBP 60',
      'Lapsed customers, previously 4 or more orders',
      'Klanten in de top 10% qua besteding',
      'Clientes que gastaron más de 200 EUR el último trimestre',
      'Kund:innen mit mindestens 4 Bestellungen im letzten Jahr',
      'Clientes con una antigüedad superior a 5 años',
      'Kund:innen seit über 12 Jahren',
      'All households in our delivery area',
      'Alle Newsletter-Empfänger:innen',
    ]) expect([audience, decision(audience)]).toEqual([audience, 'ok']);
  });
  it('still reads a product, an age, a relationship status and minors next to the same words', () => {
    expect(decision('Customers with an average order value above GBP 60 on vodka', 'Stock up now, only 2 hours left!')).toBe('block');
    expect(decision('Clientes con una sola compra de test de embarazo')).not.toBe('ok');
    expect(decision('Single customers')).not.toBe('ok');
    expect(decision('Kund:innen unter 16 Jahren', 'Neue Energy-Drinks!')).not.toBe('ok');
    expect(decision('Customers over 70 years', 'Your tariff has changed.', 'price +15%')).toBe('block');
  });
});

describe('a plain segment whose copy claims a sensitive state (A7)', () => {
  it('blocks copy that asks about, tells of or knows a state the selection never showed', () => {
    expect(codes('Customers with no order in 4 months', 'Money tight this month? Pay in 30 days.')).toContain('COPY_CLAIMS_SENSITIVE_STATE');
    expect(decision('Drogerie-Kund:innen mit 6 Bestellungen', 'Schwanger? Herzlichen Glückwunsch!')).toBe('block');
    expect(decision('Bloom baby boutique customers with 2 orders', 'Congratulations on your little one!')).toBe('block');
  });
  it('leaves plain thanks, loyalty and a club the customer joined alone', () => {
    expect(decision('Customers who spent over 400 EUR this year', 'Thank you! Congratulations on reaching Gold status.')).toBe('ok');
    expect(decision('Members of our Baby Club who gave a due date', 'Your baby\'s first weeks: tips for members.')).toBe('ok');
    expect(decision('All customers with an open order', 'Your parcels will come with a new courier from May.')).toBe('ok');
  });
});

describe('names and inclusive forms', () => {
  it('reads German inclusive forms as one word', () => {
    expect(normalizeText('Kund:innen, Nutzer*innen, Leser_innen')).toBe('kundinnen nutzerinnen leserinnen');
  });
  it('reads a club name split at "and" as the club', () => {
    expect(decision('Socios del Club Papás y Bebés (alta voluntaria)', 'Nuevo catálogo de sillas de paseo.')).toBe('ok');
    expect(decision('Socios del Club Ahorro y Deudas', 'Ofertas')).not.toBe('block');
  });
});

describe('the fifth round (tuned on 2026-12f): whole bases, compounds, numbers and seasons as words', () => {
  it('auto-approves audiences of a whole base and plain segments in words', () => {
    for (const audience of [
      'Every insurance policyholder',
      'Tutti i titolari di carta fedeltà',
      'Alle Leser:innen unseres Magazins',
      'Toute notre communauté de donateurs',
      'Iedereen op onze klantenlijst',
      'Kunden, die seit einem halben Jahr nicht bestellt haben',
      'Clientes con cuatro o más pedidos este año',
      'Clienti che non ordinano dalla primavera',
      'Kunder som varit med oss sedan 2016',
      'Alle, die dieses Jahr mindestens zweimal bei uns bestellt haben',
    ]) expect([audience, decision(audience)]).toEqual([audience, 'ok']);
  });
  it('never lets a purchase or a cancellation ride on a choice word', () => {
    expect(decision("Clienti che hanno ordinato corone funebri e annullato l'abbonamento di coppia", 'Ci dispiace per la sua perdita.', 'Weekend singolo -20%')).not.toBe('ok');
    expect(decision('Subscribers who cancelled their joint account', 'A fresh start: our single plans.')).not.toBe('ok');
  });
  it('reads the subscribers named by their subscription\'s topic as that choice, never a further filter on it', () => {
    expect(decision('Parents-to-be who signed up for our pregnancy newsletter', 'Week 24: what to pack for the hospital.')).toBe('ok');
    expect(decision('Members of our Healthy Heart Circle with blood pressure readings', 'New low-salt recipes for blood pressure.')).toBe('review');
  });
});

describe('the sixth round (tuned on 2026-12g): windows, schemes and titles', () => {
  it('auto-approves tenure and windows in years, schemes named for an age, parents\' newsletters and titled newsletters', () => {
    for (const [audience, message] of [
      ['Customers who have been with us 8+ years', 'Eight years together: thank you.'],
      ['Kopers van een wasmachine in de afgelopen 3 jaar', 'Tijd voor nieuwe filters?'],
      ['Clientes con 2 a 4 años de antigüedad y alguna compra este año', 'Puntos dobles este mes.'],
      ['Holders of our Senior Travelcard', 'Off-peak fares are a third cheaper with your card.'],
      ['Iscritti alla newsletter Papà & Bambini', 'Idee per il weekend in famiglia.'],
      ['Subscribers to the Good Living newsletter', 'This month: heart-healthy recipes for everyone.'],
      ['Customers who bought a tent or sleeping bag last summer', 'New lightweight gear just in.'],
    ]) expect([audience, decision(audience, message)]).toEqual([audience, 'ok']);
  });
  it('keeps a place, a fall in a plan, minors and a worse price for a scheme\'s age', () => {
    expect(decision('Customers living in Little Snoring')).not.toBe('ok');
    expect(decision('Customers who bought a jacket', 'Time for a bigger size?')).not.toBe('ok');
    expect(decision('Customers who bought paint', 'Moving house?')).not.toBe('ok');
    expect(decision('Abonnés dont le forfait est passé de 50 € à 15 €', 'Nos nouvelles options.')).not.toBe('ok');
    expect(decision('Holders of our Senior Railcard', 'Your fares are changing.', 'fares +20% for Senior Railcard holders')).toBe('block');
    expect(decision('Iscritti alla newsletter Bambini 12-15 anni', 'Nuove casse premio a sorpresa, solo 24 ore!')).toBe('block');
  });
});

describe('the seventh round (tuned on 2026-12h): shorthand, exclusions, everyday goods and product questions', () => {
  it("auto-approves a marketer's shorthand, housekeeping exclusions, more everyday goods, choices the customer switched on and questions about the product", () => {
    for (const [audience, message] of [
      ['Win-back cohort: LOD 180–365d, excl. complaints', 'New season, new range.'],
      ['Lapsed 60-120d, AOV < €30, excluding staff and test accounts', 'Fresh picks for you.'],
      ['Ø-Bon 40–90 € (letzte 6 Mon.)', 'Neu im Sortiment.'],
      ['Registrati da 3–14 gg, 0 ordini', 'Scopri i best seller.'],
      ["Segmento 'Campeones' (R5 F4 M5)", 'Prueba antes que nadie la nueva colección.'],
      ['Clients 3+ commandes sur 6 mois glissants', 'Merci pour votre fidélité.'],
      ['Kopers van elektrisch gereedschap in 2026', 'Nieuw accuplatform.'],
      ['Köpare av kattmat (3+ köp)', 'Nytt i hyllan.'],
      ['Klanten die 5 jaar of langer klant zijn', 'Vijf jaar samen!'],
      ['Compradores de botas de montaña hace más de 1 año', '¿Tus botas ya tienen muchos kilómetros?'],
      ['Cat litter buyers, last purchase 20–35 days ago', 'Running low? Free delivery this week.'],
      ['Users who activated Travel mode in the app and agreed to receive tips', 'Your packing checklist is ready.'],
    ]) expect([audience, decision(audience, message)]).toEqual([audience, 'ok']);
  });
  it('keeps a stop spread around its object, an exclusion of a trait, a fit question, a death notice and missed instalments', () => {
    expect(decision('Kunden, die seit März keine Damenartikel mehr kaufen', 'Neue Gartenmöbel.')).not.toBe('ok');
    expect(decision('Lapsed 90d, excluding customers over 70')).not.toBe('ok');
    expect(decision('Customers who bought a jacket', 'Your jacket too tight?')).not.toBe('ok');
    expect(decision('Account holders whose joint cardholder was removed after a registered death notice', 'So sorry for your loss.', 'A £10 voucher with our condolences')).toBe('block');
    expect(decision('Customers with a missed instalment on 1 of 3+ active instalment plans', 'Behind on payments? Our credit line can bring it all together.', 'Credit 29.9% APR')).toBe('block');
  });
});

describe('the eighth round (tuned on 2026-12i): kinds of customer, more shorthand, tenure in years, payments', () => {
  it('auto-approves a whole base by kind of customer, shorthand with a plus, former customers and tenure in years', () => {
    for (const [audience, message] of [
      ['All residential customers', 'Your tariff is changing from 1 April: here is what it means.'],
      ['Todos os clientes particulares', 'Novas tarifas a partir de abril.'],
      ['Everyone on the main newsletter list', 'Our spring event is back.'],
      ['lapsed 9m+, AOV>60', "It's been a while."],
      ['nieaktywni 90d+, min. 2 zamówienia wcześniej', 'Sprawdź nowości.'],
      ['Kunden inaktiv seit 200+ Tagen, ehemals 5+ Bestellungen', 'Entdecken Sie unsere Neuheiten.'],
      ['Clientes con más de 12 años de antigüedad', 'Gracias por estos 12 años.'],
      ['Saisonkäufer Gartenmöbel, letzte 3 Jahre', 'Die neue Kollektion ist da.'],
    ]) expect([audience, decision(audience, message)]).toEqual([audience, 'ok']);
  });
  it('keeps a payment to a party, a child of a given age and an age in years', () => {
    expect(decision('Kunder som betalat medlemsavgift till politiskt parti', 'Hej!')).not.toBe('ok');
    expect(decision('Klanten die contributie betaalden aan een politieke partij', 'Hallo!')).not.toBe('ok');
    expect(decision('Niños de 11 años con cuenta', 'Nuevos juegos.')).not.toBe('ok');
    expect(decision('Clientes de 15 años', 'Nuevos juegos.')).not.toBe('ok');
  });
});

describe('the ninth round (tuned on 2026-12j): plain products by shape, plainly named groups, query notation', () => {
  it('auto-approves a purchase of a few plain words that no list names, in several languages', () => {
    for (const [audience, message] of [
      ['Bought loose-leaf tea in last 12 months', 'Our winter blends are back.'],
      ['Customers who bought roof boxes or bike racks', 'New roof bars are in.'],
      ['Acheteurs de perceuses ou visseuses depuis 2024', "Nouveaux coffrets d'embouts."],
      ['Käufer von Vogelfutter in den letzten 12 Monaten', 'Neue Futterhäuschen sind da.'],
      ['Klientki kupujące kremy do rąk', 'Zimowe nowości.'],
      ['dog food buyers L12M', 'New grain-free recipes.'],
      ['Customers who booked a ski holiday in 2025 or 2026', 'Late deals to the Alps.'],
    ]) expect([audience, decision(audience, message)]).toEqual([audience, 'ok']);
  });
  it('keeps a product near a sensitive area, in a compound or a spelling no taxonomy term matches, with the committee', () => {
    for (const audience of [
      'Customers who bought a walking frame',
      'Kunder som köpt kompressionsärm och protesbehå senaste halvåret',
      'Kunder som köpt receptfria sömnmedel 3 eller fler gånger',
      'Klienci, którzy kupili mleko modyfikowane w ostatnim miesiącu',
      'Kunder som köpt nappflaskor senaste 6 veckorna',
      'Clientes que compraron biberones en los últimos 60 días',
      'Customers who bought meal-replacement shakes 3+ times since January',
      'Clienti che hanno ordinato corone o cuscini funebri negli ultimi 30 giorni',
      'Readers who bought 2+ books by conservative commentators this year',
      'Clientes que encomendaram sopa, paracetamol e lenços na mesma semana, 2+ vezes',
      'Clienti con acquisti ripetuti di melatonina e valeriana (4+ in 3 mesi)',
      'Acheteurs de billets pour des meetings politiques',
      'Customers who bought plus-size jeans',
      'Customers who bought school uniform in July',
    ]) expect([audience, decision(audience)]).not.toEqual([audience, 'ok']);
  });
  it('keeps a habit, a change, an only, a code, a place and a non-purchase behaviour around a plain product with the committee', () => {
    for (const audience of [
      'Soci che hanno comprato grappa ogni settimana da settembre',
      'Households that bought lunchbox items every week until September and none since',
      'Klanten die altijd hondenvoer kochten en sinds 2 mnd niets meer',
      'Klanten die sinds kort alleen nog uit de damesafdeling kopen terwijl ze eerder herenkleding kochten',
      'klienci kupujący produkty z kodu 8823',
      'Clientes en Roma que compraron zapatos',
      'Customers who bought shoes in Rome',
      'Kunden, die eine Jacke gesucht haben',
      'Klienci kupujący wyłącznie produkty bezmięsne w piątki (wykryty wzorzec)',
      'Titulaires carte enseigne avec réserve utilisée > 90 %',
    ]) expect([audience, decision(audience)]).not.toEqual([audience, 'ok']);
  });
  it('still asks the committee when a plain product comes with copy about the reader (A6)', () => {
    expect(codes('Customers who bought a kayak', 'Feeling low lately? Get out on the water.')).toEqual(['CATEGORY_AUDIENCE_PERSONAL_COPY']);
  });
  it('reads all of a plainly named group as everyone, and not one with a behaviour, a number, a place or a caution stem', () => {
    for (const audience of ['Alle klanten van de dealer', 'Todos los usuarios de la app del súper', 'Tutti i correntisti', 'Alla som tackat ja till sms', 'Samtliga försäkringskunder', 'Full travel newsletter list'])
      expect([audience, decision(audience, 'Our winter opening hours.')]).toEqual([audience, 'ok']);
    for (const audience of ['All heavy drinkers', 'Alle klanten met betalingsachterstand', 'All customers near the clinic', 'Tutti i clienti sopra i 70 anni', 'All users who viewed the sleep page'])
      expect([audience, decision(audience, 'Our winter opening hours.')]).not.toEqual([audience, 'ok']);
  });
  it('reads query notation and saved-list names made of recency, frequency and spend words', () => {
    for (const audience of [
      'recency_days BETWEEN 90 AND 180 AND orders_12m >= 2',
      'WHERE last_order_dt < CURRENT_DATE - 120 AND total_spend_24m > 200',
      'R<=30d & F>=3',
      "Seg. 'Leais em risco' (R=2, F≥4, M≥3)",
      'lapsed_12_24m: last order between 12 and 24 months ago, any spend',
      "Saved segment 'VIP_TOP_1PCT' (top 1% by 12-month spend)",
      'Single-purchase customers (orders_lifetime = 1), first order > 60 days ago',
    ]) expect([audience, decision(audience, "It's been a while: here is what's new.")]).toEqual([audience, 'ok']);
    // A saved list whose name is not made of such words is still a person's to check.
    expect(decision('SEG_sleep_aid_plus_st_johns_wort_repeat')).not.toBe('ok');
    expect(decision("Segment 'Wale_U18_Verdacht': Ausgaben > 300 €/Monat")).not.toBe('ok');
  });
});

describe('the tenth round (tuned on 2026-12k): what an opt-in audience adds, and more plain wording', () => {
  it('does not read a threshold, a record field or a relationship event inside an opt-in audience as part of the choice', () => {
    expect(decision('Wine club: avg 14+ bottles/month AND 60% of orders placed after 23:00', 'Your nightcap is on us.')).not.toBe('ok');
    expect(decision("Members with membership_status = 'medical_freeze'", 'New yoga timetable.')).not.toBe('ok');
    expect(decision('medlemmar vars partnerkort spärrats senaste 60 dgr + adressändring', 'Höstens nyheter.')).not.toBe('ok');
    // The choice itself, a legal-age check and a consent flag still are.
    expect(decision('Mitglieder Bierclub (selbst angemeldet, Altersprüfung 18+)', 'Neue Sorten im Club.')).toBe('ok');
    expect(decision('last_order_date < CURRENT_DATE - 180 AND email_opt_in = 1', 'We miss you.')).toBe('ok');
  });
  it('keeps a food or language range that reads as origin with the committee', () => {
    expect(decision("Klanten die voornamelijk uit het assortiment 'Surinaams/Antilliaans' kopen", 'De zomeractie is gestart.')).not.toBe('ok');
    expect(decision('Clientes com app em crioulo e transferências mensais para Cabo Verde', 'Novo tarifário.')).not.toBe('ok');
  });
  it('reads a quoted category, a range of years and all of a group in Czech', () => {
    expect(decision("Clienti con acquisti nella categoria 'cucina' negli ultimi 12 mesi", 'Nuove padelle antiaderenti.')).toBe('ok');
    expect(decision('köpt trädgårdsmöbler 2022-2024', 'Nu är utemöblerna tillbaka.')).toBe('ok');
    expect(decision('Všichni zákazníci', 'Otevírací doba o svátcích.')).toBe('ok');
  });
});

describe('the eleventh round (tuned on 2026-12l): four more languages, query notation, and what a customer declared', () => {
  it('reads who an audience is in Danish, Norwegian, Czech and Finnish, and keeps their changes and sensitive stems with the committee', () => {
    expect(decision('Kunder uden køb i 120+ dage', 'Vi har savnet dig: fri fragt hele ugen.')).toBe('ok');
    expect(decision('Kunder med 10+ kjøp siste 12 mnd', 'Takk for at du handler hos oss.')).toBe('ok');
    expect(decision('RFM 5-5-5 (nejvěrnější zákazníci)', 'Máte přednostní přístup k výprodeji.')).toBe('ok');
    expect(decision('Påmeldte til nyhetsbrevet Trening og helse', 'Nytt treningsprogram for løpere.')).toBe('ok');
    expect(decision('Lapsiperheiden uutiskirjeen tilaajat', 'Koulureput nyt -20 %.')).toBe('ok');
    // "hvor" splits, "lukket" and "ændret" are changes, "bruddet" names a breakup in the copy.
    expect(decision('Medlemmer hvor partnerkort er lukket og adresse ændret inden for 60 dage', 'Ny start efter bruddet? Alt til din nye lejlighed.')).toBe('block');
    expect(decision('Medlemmer hvor partnerkort er lukket og adresse ændret inden for 60 dage', 'Efterårets nyheder er her.')).not.toBe('ok');
    expect(decision('Klienti se 3+ splátkami po splatnosti', 'Nabídka měsíce.')).not.toBe('ok');
    expect(decision('Asiakkaat, jotka ostivat raskaustestin ja foolihappoa viimeisen 30 päivän aikana', 'Kevään uutuudet.')).not.toBe('ok');
  });
  it('blocks the heaviest spenders of an understood segment pushed an addictive product with pressure, not the same segment with calm copy', () => {
    const gacha = 'The Celestial banner ends in 3 hours - your pity counter is at 74, one more pull could be it!';
    expect(decision('Top 1% by spend, > €2,000 in last 30 days', gacha)).toBe('block');
    expect(decision('Top 1% by spend, > €2,000 in last 30 days', 'Thank you for being with us: a new season starts next week.')).toBe('ok');
    // The same pressure to everyone is a broadcast, not heavy-use targeting.
    expect(decision('All players', gacha)).not.toBe('block');
  });
  it('reads query and CRM notation for recency, tenure and plain categories, but not codes', () => {
    expect(decision("orders.category = 'SOFA' AND order_date >= '2023-01-01'", 'Sofa cleaning kits 20% off.')).toBe('ok');
    expect(decision("SELECT customer_id FROM orders WHERE category='PAINT' AND order_date > now() - interval '60 days'", 'Brushes and rollers: 3 for 2.')).toBe('ok');
    expect(decision('RFM-Segment A1 (Top-Kunden, letzte Bestellung < 30 Tage)', 'Danke für Ihre Treue!')).toBe('ok');
    expect(decision('tenure >= 10 yrs (first_order_date <= 2016-12-31)', 'Thank you for ten years with us.')).toBe('ok');
    expect(decision('Members with 0 check-ins in last 60 days', 'We kept your spot warm.')).toBe('ok');
    expect(decision('Members with >500 points expiring 31 Dec', "Don't lose your points.")).toBe('ok');
    // A coded or sensitive category stays with the committee.
    expect(decision("cat_code IN ('GRD','OUT')")).not.toBe('ok');
    expect(decision("category = 'INCONTINENCE'")).not.toBe('ok');
    expect(decision("SELECT customer_id FROM orders WHERE category='PREGNANCY TESTS'")).not.toBe('ok');
  });
  it('reads a due date as pregnancy, but not an invoice that is past its due date', () => {
    expect(decision('Customers with a due date in the next 8 weeks')).not.toBe('ok');
    expect(codes('Business customers with invoices past their due date')).not.toContain('SENSITIVE_CONDITION_PREGNANCY');
  });
  it('treats what the customer declared in an opt-in as declared: a child age a parent gave, a picked topic, a wedding list, an adult age club joined freely', () => {
    expect(decision('Tilmeldt Babyklubben, barnets alder 5–6 mdr (oplyst af forælder)', 'Klar til grød? Gratis smagsprøver.')).toBe('ok');
    expect(decision('Pais inscritos no Clube Bebé (idade do filho indicada pelos próprios)', 'Dicas para o primeiro Natal do bebé.')).toBe('ok');
    expect(decision('Newsletter preference: Faith & Spirituality (ticked by customer)', 'A history of the great pilgrimage routes.')).toBe('ok');
    expect(decision('Parejas con lista de bodas activa (alta voluntaria)', 'Completad vuestra lista con un 10 % extra.')).toBe('ok');
    expect(decision('Over 60s Club (self-enrolled)', 'Tuesday is Over-60s day: 10% off everything.')).toBe('ok');
    expect(decision("Users who enabled 'events near me'", 'Cooking night in Bristol this Friday.')).toBe('ok');
    // A worse price on a declared age still blocks; minors are never a declared choice; a place outside the quotes is still a place.
    expect(decision('Over 60s Club members (self-enrolled)', 'Your renewal is at full price: no discount this year.')).toBe('block');
    expect(decision('Gym club members aged 16-17 (self-enrolled)', 'Energy drinks 2 for 1 this week only!')).not.toBe('ok');
    expect(decision('Customers who enabled location near our store')).not.toBe('ok');
  });
  it('reads a group followed by "(all)", a whole-country region field and suppression registers as everyone', () => {
    expect(decision('Clubcard holders (all)', 'Doing Dry January? Alcohol-free beers 3 for 2.')).toBe('ok');
    expect(decision('all subscribers, region = UK', 'Coming this month: a new documentary.')).toBe('ok');
    expect(decision('Alle klanten met postadres (excl. Bel-me-niet/Stop-register)', 'Onze nieuwe folder is uit.')).toBe('ok');
    expect(decision('Clientes de crédito habitação (todos)', 'A Euribor desceu.')).not.toBe('ok');
  });
  it('sends a cause someone gave to and a distance from a postcode to the committee instead of blocking them', () => {
    expect(decision('Donors to the 2025 cancer research appeal', 'Thank you: your gift funded three research nurses.')).toBe('review');
    expect(decision('Customers within 10 km of LS5 3 (new Kirkstall store)', 'Our new store opens on Saturday.')).toBe('review');
    expect(decision('Phones detected within 200 m of the clinic')).toBe('block');
  });
});

describe('the eleventh round, safety: a switch between departments, a rate that does not apply, heavy users offered an addictive product', () => {
  it('reads "previously bought only X, now only Y" as a change, not as a plain category, while a lapse stays recency', () => {
    expect(decision('Customers who previously bought only menswear and in the last 3 months bought only womenswear', 'Our winter sale starts Thursday.')).not.toBe('ok');
    expect(decision('Customers who previously bought but not in the last 12 months', "It's been a while: 10% off.")).toBe('ok');
  });
  it('blocks an older age band told that the cheaper rate does not apply to them', () => {
    expect(decision('Abonnees 68+ met papieren factuur, geen app-login ooit', 'Uw abonnement loopt gewoon door.', 'Nieuw maandbedrag €34,50 (online-tarief €22,00 niet van toepassing)')).toBe('block');
  });
  it('sends the heaviest spenders offered an addictive product without pressure to the committee', () => {
    expect(codes('Top 5% of customers by 12-month spend', 'Our new single malt whisky has arrived.', 'none')).toContain('HEAVY_USERS_ADDICTIVE_OFFER');
    expect(decision('Top 5% of customers by 12-month spend', 'Our new autumn coats have arrived.', 'none')).toBe('ok');
  });
});

describe('the eleventh round: a product code bracketed with the plain words that name it', () => {
  it('reads the code as the named product, but not an unexplained code, a sensitive name or a heavy-use count', () => {
    expect(decision('Kopers productgroep PG-220 (fietsen), 2023-2025', 'Tijd voor een onderhoudsbeurt.')).toBe('ok');
    expect(decision('Kopers bloembollen najaar 2025 (artikelgroep 210)', 'De voorjaarsbollen zijn binnen.')).toBe('ok');
    expect(decision('Købere af spiseborde (varenr. 40-xxx) siden 2024', 'Nye stole der passer til dit bord.')).toBe('ok');
    expect(decision('Kopers productgroep PG-220 (vitaminen)')).not.toBe('ok');
    expect(decision('Buyers of garden tools and category 4711')).not.toBe('ok');
    expect(decision('Acheteurs de 10+ cartouches par mois (famille TAB-3) au cours des 6 derniers mois')).not.toBe('ok');
  });
});

describe('the twelfth round (tuned on 2026-12m): conditions hidden behind "members", arrows and the block words in four more languages', () => {
  it('splits "Medlemmer med …" and "+" so a behaviour after a members word is no choice', () => {
    expect(decision('Medlemmer med kjøp av snus ≥ 30 bokser/mnd', 'Storforbruker? Kjøp 50 bokser før søndag og få 10 gratis!')).toBe('block');
    expect(decision('Medlemmer med pantsatte smykker hos vores pantelåner-partner + faldende kurvværdi', 'Rækker pengene ikke helt til den 1.? Lån 2.000 kr i dag.')).toBe('block');
    expect(decision('Alle medlemmer', 'Julebryggen er landet!')).toBe('ok');
  });
  it('reads an arrow between departments as a change, and a switch between women and men as gender identity', () => {
    expect(decision('kunder_hvor_kvindeafdeling→herreafdeling_seneste_9_mdr', 'Vi kan se, at du har fundet dig selv.')).toBe('block');
    expect(decision('kunder_hvor_kvindeafdeling→herreafdeling_seneste_9_mdr', 'Efterårets nyheder er her.')).not.toBe('ok');
    expect(decision('Customers aged ≥ 70')).not.toBe('ok');
  });
  it('keeps payday timing, mental-health ranges, political shelves and product-group codes with the committee', () => {
    expect(decision('Customers who shop only on the 1st-3rd of each month', 'New month, new recipes.')).not.toBe('ok');
    expect(decision("Bought from 'Mindfulness & Calm' range 2+ times", 'Spring home refresh.')).not.toBe('ok');
    expect(decision("Bought 2+ titles from shelf 'Current Affairs > Left'", 'Our summer reading guide is out.')).not.toBe('ok');
    expect(decision('PG 3110 first purchase in last 8 wks', 'Big savings on household essentials.')).not.toBe('ok');
    // A code bracketed with a plain name is still that product.
    expect(decision('Käufer Küchenzubehör (WG 31) letzte 12 Monate', 'Neue Messer im Sortiment.')).toBe('ok');
  });
  it('reads more notation and choices: grouped queries, Finnish and Norwegian columns, a tier letter, "opt-ins", Danish age checks, Dutch sign-ups, a baby registry', () => {
    expect(decision("SELECT customer_id FROM orders WHERE order_date >= CURRENT_DATE - INTERVAL '90 days' AND category = 'GARDEN' GROUP BY customer_id HAVING COUNT(*) >= 2", 'Spring bulbs are in.')).toBe('ok');
    expect(decision("SELECT kunden_nr FROM bestellungen WHERE warengruppe = 'GARTEN' AND datum >= '2025-03-01'", 'Saatgut ist da.')).toBe('ok');
    expect(decision('ostokerrat_12kk >= 10 JA keskiostos 20–50 €', 'Uusi tilauspalvelu.')).toBe('ok');
    expect(decision('sist_kjøp < 365d AND antall_ordre >= 4 — kategori sko', 'Nye sko er her.')).toBe('ok');
    expect(decision('RFM 4-4-3, kategoria: książki', 'Nowości w księgarni.')).toBe('ok');
    expect(decision("CLV_tier = 'B' AND churn_score < 0.2", 'New homeware.')).toBe('ok');
    expect(decision('SMS marketing opt-ins', 'Flash sale: 20% off kitchen appliances until midnight.')).toBe('ok');
    expect(decision('Alle kunder over 18 (aldersverificeret)', 'Julebryggen er landet!')).toBe('ok');
    expect(decision("Leden die zich aanmeldden voor de nieuwsbrief 'Zwanger & Baby'", 'Tips voor de babykamer.')).toBe('ok');
    expect(decision('Customers who created a baby registry', 'Your registry checklist.')).toBe('ok');
  });
});

describe('the thirteenth round (tuned on 2026-12o): questions, pets, barware, query lists and product-group codes', () => {
  it('sends a plain-category audience to the committee only for a question that assumes something near a sensitive area', () => {
    expect(decision('Customers who bought a tent in the last 2 years', 'Heading off camping? 20% off sleeping bags.')).toBe('ok');
    expect(decision('Customers who bought printer ink in the last 6 months', 'Running low on ink? Subscribe and save 15%.')).toBe('ok');
    expect(decision('Customers who bought paint in the last 3 months', 'Moving house? Boxes and tape 20% off.')).not.toBe('ok');
    expect(decision('Customers who bought pillows in the last 3 months', 'Feeling tired lately? Try our new mattress topper.')).not.toBe('ok');
  });
  it('reads "senior" in pet food as the pet, and barware as barware, but not a senior customer or a drink', () => {
    expect(decision('Bought senior dog food in the last 6 months', 'Orthopaedic dog beds 20% off.')).toBe('ok');
    expect(decision('Köpt seniorfoder till katt senaste halvåret', 'Kattsängar 20 % rabatt.')).toBe('ok');
    expect(decision('Bought a cocktail shaker in the last year', 'New glassware, with a recipe card.')).toBe('ok');
    expect(decision('Senior customers who bought dog food')).not.toBe('ok');
    expect(decision('Customers who bought vodka glasses and vodka')).not.toBe('ok');
  });
  it('reads query lists, table prefixes and quoted plain values, but not a quoted record field or a code list', () => {
    expect(decision("last_order_date BETWEEN '2025-11-01' AND '2026-01-31' AND category IN ('shoes','boots')", 'New winter boots are in.')).toBe('ok');
    expect(decision("siste_kjøp >= '2026-03-01' AND kategori IN ('sko','støvler')", 'Nye vårsko er kommet.')).toBe('ok');
    expect(decision("kunde.segment = 'HØJ_FREKVENS' AND sidste_besøg <= 14 dage", 'Dine kuponer er klar.')).toBe('ok');
    expect(decision("Members with membership_status = 'medical_freeze'", 'New yoga timetable.')).not.toBe('ok');
    expect(decision("cat_code IN ('GRD','OUT')")).not.toBe('ok');
  });
  it('reads a bare four-digit product group as a code, in Finnish too, and Finnish countdowns as pressure', () => {
    expect(decision('Asiakkaat, jotka ovat ostaneet tuoteryhmää 7731 vähintään 3 kertaa', 'Vuotoja? Ei hätää. Tilaa suojat ajoissa, tarjous voimassa vain 24 tuntia!')).toBe('block');
    expect(decision('Asiakkaat, jotka ovat ostaneet tuoteryhmää 7731 vähintään 3 kertaa', 'Kevään uutuudet.')).not.toBe('ok');
  });
  it('reads a paid society membership, a registration form and a charity list as choices', () => {
    expect(decision('Customers who joined the Whisky Society (paid membership)', "Members' tasting on Friday.")).toBe('ok');
    expect(decision('Mitglieder des Weinclubs (Anmeldung per Formular)', 'Ihr Herbstpaket ist da.')).toBe('ok');
    expect(decision('Charity appeal list (opted in to charity updates)', 'Thanks to you, we raised £120,000 this year.')).toBe('ok');
  });
});

describe('the fourteenth round (tuned on 2026-12p): a whole base by its channel, more query notation, produce named "baby", payday by the day of the month', () => {
  it('reads a whole base named by how it is reached as everyone, and still blocks knowing copy sent by behaviour', () => {
    expect(decision('Global send: all contacts', 'Our continence care range is now in every store, with free discreet delivery online.')).toBe('ok');
    expect(decision('Tutta la clientela (volantino)', 'Grandi elettrodomestici: paghi in 10 rate a tasso zero.')).toBe('ok');
    expect(decision('Whole customer base (door-drop + mailing list)', 'Money-saving week: prices locked on 300 essentials.')).toBe('ok');
    expect(decision('Full SMS list, no filters', "Mother's Day gifts from £5.")).toBe('ok');
  });
  it('reads query clauses without a SELECT, RFM cells with "=", bands and Polish, Finnish, Norwegian and Dutch columns', () => {
    expect(decision('WHERE anzahl_bestellungen_12m >= 6 AND letzte_bestellung > CURRENT_DATE - 60', 'Danke für Ihre Treue.')).toBe('ok');
    expect(decision('Segment RFM = 4-4-x (récents et fréquents)', 'Nouveautés maison.')).toBe('ok');
    expect(decision('M-band 3-4 | F >= 2 | R <= 90d', "Members' preview.")).toBe('ok');
    expect(decision('staż >= 3 lata ORAZ zakupy >= 12 w ostatnim roku', 'Podwójne punkty w ten weekend.')).toBe('ok');
    expect(decision('omzet_12m >= 500 AND aantal_orders_12m >= 5', 'De wintercollectie.')).toBe('ok');
    expect(decision('anzianità_cliente >= 10 anni', 'Dieci anni insieme: grazie!')).toBe('ok');
  });
  it('reads the bracketed name of a product code and produce named "baby", but keeps baby products and wigs with the committee', () => {
    expect(decision('Warengruppe 5120 (Schläuche & Bewässerung), letzte 12 Monate', 'Regner jetzt 20 % günstiger.')).toBe('ok');
    expect(decision('Bought paint (cat DIY-PNT) in last 60 days', 'Brushes and rollers 3 for 2.')).toBe('ok');
    expect(decision("Købt 'babyleaf salat' sidste 30 dage", 'Dressinger 2 for 30 kr.')).toBe('ok');
    expect(decision('Bought baby wipes in the last 30 days')).not.toBe('ok');
    expect(decision('Clientes que compraram perucas e lenços de cabeça nos últimos 3 meses', 'A nova coleção já está disponível.')).not.toBe('ok');
    expect(decision('Warengruppe 5120 (Inkontinenz)')).not.toBe('ok');
  });
  it('reads a share of spend on days around payday as money, and night-time ordering written as a column as a health habit', () => {
    expect(decision('Send 24th 18:00 to customers with >70% of spend on 25th-28th of month', 'Nearly there! The moment payday lands, your treat is waiting. 48 hours only.')).toBe('block');
    expect(decision('orders_between_01_04h >= 4 in last 30d', 'The new loungewear collection is online.')).not.toBe('ok');
  });
});

describe('the fifteenth round (tuned on 2026-12q): choices written as fields, snake-case lists and named delivery areas', () => {
  it('reads a preference, reminder or consent field and a requested alert as the customer\'s choice, but not a status or a score', () => {
    expect(decision("newsletter_pref = 'pregnancy_and_new_parents'", 'Week by week: what to pack in your hospital bag.')).toBe('ok');
    expect(decision("Preference centre: 'Jewish holidays' reminders = on", 'Our Passover range is now in store.')).toBe('ok');
    expect(decision('Back-in-stock request: MumCurve pregnancy pillow', 'Good news: the pillow you asked about is back in stock.')).toBe('ok');
    expect(decision("Customers who requested the 'Retirement planning' guide on our website", 'Your guide is ready.')).toBe('ok');
    expect(decision("Members with membership_status = 'medical_freeze'", 'New yoga timetable.')).not.toBe('ok');
    expect(decision('Customers with pregnancy_score > 0.8', 'Baby sale.')).toBe('block');
    expect(decision("predicted_segment = 'pregnant'", 'Baby sale.')).toBe('block');
    expect(decision('Preference centre: debt help = on')).not.toBe('ok');
  });
  it('reads a snake-case whole list, a door-drop route, a named delivery area and a country region list as everyone', () => {
    expect(decision('all_customers (email)', "We've partnered with StepChange to offer free, confidential debt advice.")).toBe('ok');
    expect(decision('Every household on the door-drop route', 'Tuesday is Over-60s Day.')).toBe('ok');
    expect(decision('All households within the Bicester delivery area', "We're opening in Bicester on 12 June.")).toBe('ok');
    expect(decision('All 18+ customers on the Scotland region list', 'Whisky Tasting Night in Edinburgh.')).toBe('ok');
    expect(decision('all_customers_with_debt', 'Debt advice.')).not.toBe('ok');
  });
});

describe('the fifteenth round, more readings: health proxies, night hours, produce, pets and query shorthand', () => {
  it('keeps hair-loss treatments, sleep aids, grief shelves, the cheapest price tier and night-time sessions with the committee', () => {
    expect(decision('Bought minoxidil or hair-thinning shampoo twice in 6 months', "New in men's grooming.")).not.toBe('ok');
    expect(decision('Kjøpt lysterapilampe + søvnmiddel (reseptfritt) siste 60 dager', 'Nyheter i hjem og interiør.')).not.toBe('ok');
    expect(decision("Bought 2+ titles from the 'Grief & loss' shelf", 'New releases in biography.')).not.toBe('ok');
    expect(decision('clienti con >= 90% degli acquisti in fascia prezzo più bassa', 'Le offerte della settimana.')).not.toBe('ok');
    expect(decision('70%+ of sessions between 01:00 and 05:00', 'Our app now has a dark mode.')).not.toBe('ok');
    expect(decision('Orders placed between 09:00 and 17:00', 'New arrivals this week.')).toBe('ok');
  });
  it('reads produce, diet drinks, barware in Spanish word order, a pet\'s age and query shorthand as plain', () => {
    expect(decision("Compradores de 'cenoura baby' e 'milho baby' (30 dias)", 'Semana dos legumes.')).toBe('ok');
    expect(decision('Bought Diet Coke multipack in last 14 days', 'Multipacks 2 for £7.')).toBe('ok');
    expect(decision('Compradores de jarras de cerveza y copas de vino (familia CRISTALERÍA)', 'Nueva cristalería.')).toBe('ok');
    expect(decision('Bought senior dog food (7+ years)', 'Joint-care treats for older dogs.')).toBe('ok');
    expect(decision('segment: SINGLE_PURCHASE_L12M', 'Come back for a second look.')).toBe('ok');
    // "Lost" customers stay a person's to check: "lost", "persi", "verloren" also say players lost money.
    expect(decision('Players who lost more than €500 this month', 'New games.')).not.toBe('ok');
    expect(decision('Forbrug < 500 kr. seneste 12 mdr., >= 2 køb', 'Nyheder i butikken.')).toBe('ok');
    expect(decision('AG 3120 (cast-iron cookware) buyers L12M', 'Seasoning kits 20% off.')).toBe('ok');
    // A baby product and a child's age stay with the committee.
    expect(decision('Bought baby formula in the last 30 days')).not.toBe('ok');
    expect(decision('Customers aged 12-15 who bought dog food')).not.toBe('ok');
  });
});

describe('the sixteenth round (tuned on 2026-12s): a whole base in more words, regions, lists named by their topic, departments across conditions', () => {
  it('reads a whole base or file, the media a broadcast runs in and who it includes as everyone', () => {
    expect(decision('Gehele klantenbestand', 'Zorgen over de energierekening? Wij bevriezen de prijzen van 300 basisproducten.')).toBe('ok');
    expect(decision('Celá databáze', 'Velikonoční trhy: mazanec, beránci a víno z Moravy.')).toBe('ok');
    expect(decision('Everyone (national press + email)', "We're freezing prices on 500 basics to help with the cost of living.")).toBe('ok');
    expect(decision('All customers incl. lapsed', 'Alcohol Awareness Week: smaller bottle sizes and clearer unit labels.')).toBe('ok');
    expect(decision('Kompletter Kundenstamm', 'Grippeimpfung ohne Termin in allen Apotheken.')).toBe('ok');
    // What an inclusion names must still be understood.
    expect(decision('All customers incl. those who bought pregnancy tests', 'Baby week.')).not.toBe('ok');
  });
  it('reads a region or a store catchment taken whole as everyone, never a sensitive or narrow place', () => {
    expect(decision('All customers (Yorkshire region)', 'Our new store in Leeds opens on Friday.')).toBe('ok');
    expect(decision('All customers, North West region', 'New opening hours.')).toBe('ok');
    expect(decision('Customers in the Leeds store catchment', 'Our Leeds store is being refurbished.')).toBe('ok');
    expect(decision('Clients de la région Bretagne', 'Nouveau magasin à Rennes.')).toBe('ok');
    expect(decision('Customers who bought pelvic region support', 'New range.')).not.toBe('ok');
    expect(decision('All customers in postcode LS6', 'New range.')).not.toBe('ok');
    expect(decision('Customers in the Leeds store catchment aged 80+', 'New range.')).not.toBe('ok');
  });
  it('reads a list, course or interest group named by its topic as what people signed up to', () => {
    expect(decision('Seniors Tech Help workshop mailing list (sign-up form)', 'Next workshop: video calls with family.')).toBe('ok');
    expect(decision('Beer & Brewing Hobbyists (opted in via homebrew newsletter)', 'New hop varieties in stock.')).toBe('ok');
    // Debts and minors are never a list someone chose to be on; a heavy-use list is not a topic.
    expect(decision('Debt worries mailing list (sign-up form)', 'Struggling this month? We can help.')).not.toBe('ok');
    expect(decision('Heavy drinkers list (opted in)', 'Crates 3 for 2.')).not.toBe('ok');
  });
  it('reads a change between departments written across conditions, and compound wine purchases in Danish', () => {
    expect(decision('bought from menswear only 2019–2023; womenswear share ≥ 70% since January', 'The autumn collection is here.')).not.toBe('ok');
    expect(decision('bought menswear or womenswear in the last 12 months', 'The autumn collection is here.')).toBe('ok');
    expect(decision('medlemmer med vinkøb hver dag i 30 dage (kvitteringsdata)', 'Du har fortjent det! Kun i dag: 6 flasker til prisen af 4 – slutter ved midnat.')).toBe('block');
    expect(decision('bought TV volume amplifiers or caption-enabled remotes in last 6 months', 'Big-screen TV event.')).not.toBe('ok');
  });
});

describe('the seventeenth round (tuned on 2026-12t): how a send goes out is not whom it picks', () => {
  it('reads delivery mechanics, formats and list hygiene around everyone as everyone', () => {
    expect(decision('Shown to all users on app launch, max 1 impression per user', 'Pregnancy and baby: our new guide, free for everyone.')).toBe('ok');
    expect(decision('whole file, no segmentation, sent 09:00 local time in 3 waves', 'Flu jabs now in every pharmacy.')).toBe('ok');
    expect(decision('Base completa de clientes (todos), envío en 2 tandas', 'Vacunación de la gripe sin cita.')).toBe('ok');
    expect(decision('All customers with a valid email address (hard bounces removed, 412k)', 'Dry January: alcohol-free beers.')).toBe('ok');
    expect(decision('Distribution en boîtes aux lettres : tous les foyers de la zone de chalandise', 'Ouverture dimanche.')).toBe('ok');
    expect(decision('Alle klanten in de database, geen selectie (peildatum 1 oktober)', 'Gratis bloeddrukmeting.')).toBe('ok');
    expect(decision('All app installs, v4.0 and above', 'Our app has a new look.')).toBe('ok');
    expect(decision('Full base - wave 2 of 3', 'Spring sale.')).toBe('ok');
    expect(decision('Toute la base, test A/B sur l\'objet', 'Soldes de printemps.')).toBe('ok');
    expect(decision('All loyalty members, 10% random holdout', 'Double points week.')).toBe('ok');
    expect(decision('Alle kontakter, udsendelse kl. 9', 'Forårsudsalg.')).toBe('ok');
  });
  it('keeps a sensitive or behavioural condition among delivery mechanics with the committee', () => {
    expect(decision('App users active between 01:00 and 05:00, live 48h', 'Our app now has a dark mode.')).not.toBe('ok');
    expect(decision('All customers, split 50/50, bought baby formula in last 30 days', 'Baby week.')).not.toBe('ok');
    expect(decision('Every app user who bought nicotine pouches 20+ times, 10% holdout', 'New flavours.')).not.toBe('ok');
    expect(decision('Accounts where the second cardholder was removed in the last 30 days', "We've refreshed our app.")).not.toBe('ok');
    expect(decision('Customers who switched from weekly to monthly shopping in the last quarter', 'Our spring catalogue is out.')).not.toBe('ok');
    expect(decision('Players who bought instant-win games on 20+ days last month', 'Your next big win could be today! Buy 5 get 1 free, until midnight.')).toBe('block');
  });
  it('reads choices switched on, taken into use or registered for, and topics ticked for the family or about money', () => {
    expect(decision('Sovelluksen käyttäjät, jotka ottivat käyttöön Vauvaperhe-ilmoitukset', 'Uusi vauvaopas.')).toBe('ok');
    expect(decision('Brugere der har slået notifikationer om odds til og er alderstjekket 18+', 'Nye odds på weekendens kampe.')).toBe('ok');
    expect(decision('Registrants for the menopause wellbeing webinar', 'Your menopause webinar starts Thursday.')).toBe('ok');
    expect(decision('Abonnés ayant coché « Bébé & enfant » dans leur centre de préférences', 'Nouvelle collection bébé.')).toBe('ok');
    expect(decision("Users who chose 'Money-saving tips' as an interest", 'Ten ways to save on your weekly shop.')).toBe('ok');
    // Debts are never a topic someone ticks; a minor's age stays an age.
    expect(decision('Preference centre: debt help = on')).not.toBe('ok');
    expect(decision("Users who ticked 'teens' as an interest", 'New in.')).not.toBe('ok');
  });
});

describe('the eighteenth round (tuned on 2026-12u): when a broadcast goes out, birth years, newsletters about children', () => {
  it('reads a send scheduled for a day, a time, an issue or a holiday as when, not whom', () => {
    expect(decision('Everyone on the SMS list, sent 23 December at 10am', 'Christmas opening hours.')).toBe('ok');
    expect(decision('Alle app-brugere i Danmark, push sendt fredag kl. 16', 'Weekendtilbud.')).toBe('ok');
    expect(decision('Kaikki sovelluksen käyttäjät, ilmoitus lähetetään 23.12. klo 12', 'Hyvää joulua!')).toBe('ok');
    expect(decision('Alle Newsletter-Abonnenten (Double-Opt-in bestätigt), Versand am Montag um 8 Uhr', 'Neue Woche, neue Angebote.')).toBe('ok');
    expect(decision('Všichni odběratelé newsletteru, listopadové vydání, bez segmentace', 'Novinky v listopadu.')).toBe('ok');
    expect(decision('All app users (no targeting), home-screen card for 30 days from the first day of Ramadan', 'Ramadan Mubarak: our stores open late all month.')).toBe('ok');
    expect(decision('All users who allow notifications, sent the morning of Eid in every time zone', 'Eid Mubarak from all of us.')).toBe('ok');
    expect(decision('All app users in the UK on version 8.2 or later', 'Our app has a new look.')).toBe('ok');
    expect(decision('Every household on the mailing file (deduplicated to one per address, gone-aways removed)', 'Our spring catalogue.')).toBe('ok');
    expect(decision('Entire newsletter list, all regions, no segmentation or suppression beyond unsubscribes', 'Spring sale.')).toBe('ok');
  });
  it('keeps a time of day or a holiday that says who, not when, with the committee', () => {
    expect(decision('App users active at 01:00, sent at 9am', 'Our app now has a dark mode.')).not.toBe('ok');
    expect(decision('Customers who shopped during Ramadan', 'Eid offers.')).not.toBe('ok');
    expect(decision('All customers active during Ramadan', 'Eid offers.')).not.toBe('ok');
    expect(decision('Shoppers with a first-ever purchase in dept 88 in the last 30 days', 'Free delivery all weekend.')).not.toBe('ok');
  });
  it('reads a birth year as an age, and a newsletter about children as a choice of the parent', () => {
    // Birth years are read against the current year, so the test picks years that are 15 to 17 years back.
    const year = new Date().getUTCFullYear();
    expect(decision(`App users with self-declared birth year ${year - 17}–${year - 15}`, 'Weekend vibes! Our new fruity hard seltzers are in.')).toBe('block');
    expect(decision('Abonnenter på nyhedsbrevet Familie & børn', 'Nyt i børnetøj.')).toBe('ok');
    expect(decision('Subscribers to the Teen newsletter', 'New in.')).not.toBe('ok');
  });
});

describe('the nineteenth round (tuned on 2026-12v): the rest of a broadcast, chosen topics named in quotes, questions that know', () => {
  it('reads a plain further condition of an audience that takes all of everyone as part of the broadcast', () => {
    expect(decision('Universal in-app card, all users, all markets', 'Our app has a new look.')).toBe('ok');
    expect(decision('An alle App-Nutzer, ohne Einschränkung', 'Neue Funktionen in der App.')).toBe('ok');
    expect(decision('Global home-screen tile (shown to every visitor)', 'Spring sale.')).toBe('ok');
    expect(decision('Members of the Silver Club (55+ scheme customers join at the till)', 'Tuesday is Silver Day.')).toBe('ok');
  });
  it('never reads a behaviour, a purchase, a sensitive group or a number in the rest of a broadcast as everyone', () => {
    expect(decision('All customers, frequent returners of swimwear', 'New range in store.')).not.toBe('ok');
    expect(decision('All customers, new in the country', 'New range in store.')).not.toBe('ok');
    expect(decision('All customers, expecting', 'New range in store.')).not.toBe('ok');
    expect(decision('All customers, new parents', 'New range in store.')).not.toBe('ok');
    expect(decision('All customers, living alone', 'New range in store.')).not.toBe('ok');
    expect(decision('All customers, big-and-tall fit', 'New range in store.')).not.toBe('ok');
    expect(decision('Alle Kunden, Alleinerziehende', 'Neu im Laden.')).not.toBe('ok');
    expect(decision('All users, whales', 'New gems.')).not.toBe('ok');
  });
  it('reads a topic in quotes that the customer switched on, signed up for or followed as their choice', () => {
    expect(decision("Brugere, der har slået 'Gravid & baby'-notifikationer til", 'Nyt i babyafdelingen.')).toBe('ok');
    expect(decision("Kunder som meldte seg på 'Lønningsdager'-varsler", 'Lønningshelg: 20 % på alt.')).toBe('ok');
    expect(decision("Users who follow the 'Craft Beer' topic", 'New IPAs this week.')).toBe('ok');
    expect(decision("Preference centre: 'Money tips' = yes", 'Five ways to save on your energy bill.')).toBe('ok');
    expect(decision('Payday Deals alerts (customer subscribed at checkout)', 'Payday weekend: 20% off.')).toBe('ok');
    expect(decision('Customers who took out a payday loan', 'Payday weekend: 20% off.')).not.toBe('ok');
  });
  it('blocks a question about the reader\'s own sensitive state to an audience no rule could place', () => {
    expect(decision("Kunder, hvor den anden voksne blev fjernet fra husstandskontoen", 'Ny start efter bruddet? 20 % på boligudstyr.')).toBe('block');
    expect(decision('Gebruikers die 3+ keer de pagina /hulp/betalingsregeling bezochten', 'Krap bij kas? Betaal pas over 60 dagen.')).toBe('block');
    expect(decision("Users whose linked cycle-tracking app stopped logging periods 8+ weeks ago", 'Baby on the way? Start your registry now.')).toBe('block');
    // A plain category bought, with a question about moving, stays with the committee at most.
    expect(decision('Bought paint in the last 30 days', 'Moving house? Our removal boxes are half price.')).not.toBe('block');
  });
});

describe('the twentieth round (tuned on 2026-12w): counts, list ids, municipalities, settings switched on', () => {
  it('reads approximate counts, list ids, a whole municipality and a store catchment named by the store as part of a broadcast', () => {
    expect(decision('All subscribers on the main newsletter list (list ID 0017, approx. 210k)', 'Flu season is here: walk-in vaccinations.')).toBe('ok');
    expect(decision('All app users with push enabled (approx. 312k tokens)', 'During Ramadan our stores stay open until midnight.')).toBe('ok');
    expect(decision('Wszyscy subskrybenci newslettera (lista główna, ok. 165 tys.)', 'Wielkanoc: godziny otwarcia.')).toBe('ok');
    expect(decision('Husstandsomdeling i hele Aarhus Kommune', 'Vi åbner nyt byggemarked i Viby.')).toBe('ok');
    expect(decision('Volantino a tutte le famiglie del comune di Lecco', 'Inaugura il nuovo supermercato.')).toBe('ok');
    expect(decision('Postwurf an alle Haushalte im Einzugsgebiet der Filiale Freiburg-Süd', '50 Jahre Weinhaus Berger.')).toBe('ok');
    // A customer number is still one person.
    expect(decision('customer id 104233', 'Hello.')).toBe('block');
  });
  it('reads a setting switched on or an SMS keyword as a choice, and an age after any people word as an age', () => {
    expect(decision('Users who switched on the Pregnancy Tracker feature in the app', 'Your tracker now includes a partner view.')).toBe('ok');
    expect(decision('Customers who texted JOIN to our baby offers shortcode', 'Baby event starts Thursday.')).toBe('ok');
    expect(decision('Complete klantenbestand met e-mailtoestemming', 'Wanneer heeft u uw medicijnkastje voor het laatst opgeruimd?')).toBe('ok');
    expect(decision('Viewers 70+ with subtitles switched on for every title in the last 3 months', 'New this month: three dramas.')).not.toBe('ok');
    expect(decision('Customers who switched from weekly to monthly shopping in the last quarter', 'Our spring catalogue is out.')).not.toBe('ok');
  });
});

describe('the twenty-first round (tuned on 2026-12x): reminders set, door drops, minimum payments, hearing in Danish', () => {
  it('reads a reminder the customer set and a door drop to every household as choices and broadcasts', () => {
    expect(decision('Users who set a reminder for the flu clinic', 'Reminder: your flu clinic is tomorrow at 10:30.')).toBe('ok');
    expect(decision('Door drop, all households in delivery zones A-F', 'Grand opening Saturday.')).toBe('ok');
    expect(decision('Every household on the delivery round', 'Community health fair on Saturday: free blood pressure checks.')).toBe('ok');
    // A postcode is still a place.
    expect(decision("Kunder med køb i kategorien 'Bøn og andagt' og postnummer 2200", 'Længere åbningstid.')).not.toBe('ok');
  });
  it('blocks minimum payments and hearing loss spoken to with pressure', () => {
    expect(decision('Cardholders on minimum payment for 3 consecutive statements', 'Money a bit tight? Raise your limit in two minutes. This offer closes tonight.')).toBe('block');
    expect(decision("Kunder med køb i varegruppe 'Høre' og søgning på 'tinnitus'", 'Svært ved at høre, hvad familien siger? Book en gratis høretest, der er kun 3 tider tilbage.')).toBe('block');
  });
});

describe('the project\'s own adversarial list against the rest of an "all" audience, in more languages', () => {
  it('never reads a sensitive group named after everyone as part of the broadcast', () => {
    for (const audience of ['Todos os clientes, endividados', 'Alla kunder, nyskilda', 'Kaikki asiakkaat, raskaana olevat', 'All members, behind on payments', 'Alle Kunden, frisch getrennt', 'Tous les clients, en deuil', 'All users, problem gamblers', 'Everyone, single mums']) {
      expect(decision(audience, 'New range in store.'), audience).not.toBe('ok');
    }
  });
});

describe('the twenty-second round (tuned on 2026-12z): door drops, send mechanics, suppression lists, material asked for', () => {
  it('reads door drops to every letterbox of an area or a town, one send per person and suppression lists as part of a broadcast', () => {
    expect(decision('Prospectus distribué dans toutes les boîtes aux lettres de la zone de chalandise', 'Aïd Moubarak ! Dattes et pâtisseries en promotion.')).toBe('ok');
    expect(decision('Husstandsomdelt brosjyre til alle i Bodø', '17. mai-feiring: gratis is til alle barn.')).toBe('ok');
    expect(decision('Volantino a tutte le famiglie dei comuni serviti', 'Prestiti personali a tasso fisso.')).toBe('ok');
    expect(decision('Leaflet to all households in our 12 delivery zones', 'Lost a loved one? Our funeral planning advisers can help.')).toBe('ok');
    expect(decision('Base completa de SMS (sin segmentar)', '¡Feliz Semana Santa!')).toBe('ok');
    expect(decision('Toda a base de clientes com consentimento de marketing (Continente e Ilhas, 1 envio por NIF)', 'Campanha de vacinação da gripe.')).toBe('ok');
    expect(decision('Hele kundedatabasen (ingen filtre), 18+ jf. kundeprofil, ét udsendelsestidspunkt kl. 07.30', 'Snaps, øl og sild til hele bordet.')).toBe('ok');
    expect(decision('whole database (unsegmented), sent in 4 batches of ~90k to protect deliverability', 'Introducing our adaptive clothing range.')).toBe('ok');
    expect(decision('entire customer file, excluding the 2025-Q4 deceased-suppression list and staff accounts', 'Our free guide to pensions is out now.')).toBe('ok');
    // A door drop does not take a condition on people with it, and a street is still a place.
    expect(decision('Leaflet to all households in Ashby, customers over 75 only', 'Prices for you.')).not.toBe('ok');
    expect(decision('Flyer to every letterbox in Ashby Road 12', 'Hello neighbours.')).not.toBe('ok');
    expect(decision('All households in Leeds who bought incontinence pads', 'Stock up now.')).not.toBe('ok');
  });
  it('reads material asked for and an answer texted back as choices, but not an enquiry on a sensitive topic', () => {
    expect(decision('Kund:innen, die den Baby-Club-Katalog selbst bestellt haben', 'Im neuen Katalog: alles für die ersten Monate.')).toBe('ok');
    expect(decision("Customers who replied YES to 'Beer & cider deals by text'", 'Weekend deal: 4 craft cans for £6.')).toBe('ok');
    expect(decision("Users who switched on 'Fitness goals' and picked 'lose weight' as their goal", 'Your weekly workout plan is ready.')).toBe('ok');
    expect(decision("Users who toggled 'Show me age-restricted offers' and verified 18+ with ID", 'Craft beer festival week.')).toBe('ok');
    expect(decision("Recipients of the 'Gluten-free living' recipe email (preference chosen at sign-up)", 'Five new gluten-free bakes.')).toBe('ok');
    expect(decision('People who requested a funeral plan brochure last month', 'Our offices will be closed on Monday.')).not.toBe('ok');
    expect(decision('Customers who requested our free debt advice guide', 'Hello.')).not.toBe('ok');
    expect(decision('Customers who ordered baby bottles', 'Hello.')).not.toBe('ok');
  });
});

describe('the twenty-third round (tuned on 2026-12za): safer-gambling exclusions, requests to receive, tenure and recency notation, medical devices', () => {
  it('reads housekeeping said after its objects and safer-gambling exclusions as housekeeping, never a lifted limit', () => {
    expect(decision('Full list, no segmentation; seed addresses and test accounts removed before send', 'Spring sale.')).toBe('ok');
    expect(decision("Account holders who switched on 'Racing promotions' in settings; anyone with deposit limits, time-outs or self-exclusion removed", 'Cheltenham week: race cards inside.')).toBe('ok');
    expect(decision('Players with deposit limits removed', 'Come back and play: 50 free spins.')).not.toBe('ok');
    expect(decision('Players whose self-exclusion was removed', 'Welcome back.')).not.toBe('ok');
  });
  it('reads a request to receive something as a choice, and a class reminder as no tracking', () => {
    expect(decision('Customers who asked to receive our tobacco and vape price list (age-verified 18+)', 'New price list inside.')).toBe('ok');
    expect(decision("Parents who added a child's birthday to their profile and ticked 'birthday reminders'", 'Happy birthday to your little one!')).toBe('ok');
    expect(decision('Customers who signed up for our free tablet classes at the library open day', 'Your next free tablet class is Wednesday at 10am.')).toBe('ok');
    expect(decision('Customers who bought sleeping pills', 'You were up at 3am again? Try our night tea.')).toBe('block');
  });
  it('reads recency, frequency and tenure in more cases, and medical devices and ancestry tests as sensitive', () => {
    for (const audience of ['Clientes com mais de 8 anos de conta e pelo menos uma compra este ano', 'Klienci z co najmniej 3 zakupami w ostatnich 90 dniach', 'Zákazníci s alespoň 5 objednávkami za 12 měsíců', 'Loyalty anniversary falls in current month']) {
      expect(decision(audience, 'Thank you for shopping with us.'), audience).toBe('ok');
    }
    expect(decision('Clienti con acquisti ripetuti della categoria dermatologica D-14 negli ultimi 6 mesi', 'Offerta.')).not.toBe('ok');
    expect(decision('Clienti che hanno acquistato un pulsossimetro e uno spirometro negli ultimi 30 giorni', 'Offerta.')).not.toBe('ok');
    expect(decision('Customers who bought a home DNA ancestry kit and two or more world-cuisine cookbooks', 'Recipes from home.')).not.toBe('ok');
  });
});

describe('the twenty-fourth round (tuned on 2026-12zb and 2026-12zc, each first measured held out): door drops to a town or district, queries, consent flags, lists named in quotes', () => {
  it('reads a door drop to every household of a town, a city district or a postcode district as a broadcast, never a street or a condition on people', () => {
    for (const audience of ['Huis-aan-huis, heel Utrecht', 'Buzoneo a todos los hogares de Sevilla capital', 'Todos os lares da área de Braga', 'Door-to-door to all addresses in the Leeds LS1-LS9 districts', 'Leaflet to all households in SE15']) {
      expect(decision(audience, 'Our new store opens on Saturday.'), audience).toBe('ok');
    }
    expect(decision('Flyer to every letterbox in Ashby Road 12', 'Hello neighbours.')).not.toBe('ok');
    expect(decision('Postwurf an alle Haushalte in der Hauptstraße', 'Hallo Nachbarn.')).not.toBe('ok');
    expect(decision('Leaflet to all households near the Ashby clinic', 'Hello.')).not.toBe('ok');
    expect(decision('Leaflet to all households in Ashby, Pregnant Women', 'Hello.')).not.toBe('ok');
  });
  it("reads a query's frame, a consent flag, paid memberships, a list's name and money named in quotes as what the customer chose", () => {
    expect(decision('SELECT id FROM contacts WHERE consent_email = TRUE', 'Free pregnancy tests with any pharmacy purchase this month.')).toBe('ok');
    expect(decision('SELECT id FROM customers WHERE declined_payments > 2', 'Struggling this month? Spread the cost.')).toBe('block');
    expect(decision('Whisky Society members (paid annual subscription)', 'Your society bottling is ready.')).toBe('ok');
    expect(decision('Participants in our Quit Smoking programme (enrolled with the pharmacist)', 'Day 30: well done for sticking with it!')).toBe('ok');
    expect(decision('Users who entered a due date in the Bump & Baby app and allowed notifications', 'Week 28 checklist: what to pack in your hospital bag.')).toBe('ok');
    expect(decision('Double opt-in list: Budget Recipes', 'Feed four for under £10.')).toBe('ok');
    expect(decision("Users who switched on 'Money tips' notifications", 'Tip of the week: set a grocery budget.')).toBe('ok');
    expect(decision("Abonnees op de nieuwsbrief 'Geld & Wonen'", 'Hypotheekrente gestegen? Zo bereken je wat je kunt lenen.')).toBe('ok');
    expect(decision("Subscribers to 'Debt help' emails", 'Hello.')).not.toBe('ok');
    expect(decision('Customer list: heavy drinkers', 'Hello.')).not.toBe('ok');
  });
  it('reads send mechanics said in other words: no targeting, no inclusion rules, nothing else, a refresh time, a list id, any country', () => {
    for (const audience of ['Toute la base clients, sans ciblage', 'Entire customer database, last refreshed Sunday night, no inclusion rules', 'Master list, suppressions applied, nothing else', 'list_id=1 (everyone)', 'All contacts with a valid email address, any country, any signup source']) {
      expect(decision(audience, 'Had your blood pressure checked lately? Our pharmacists now do it free.'), audience).toBe('ok');
    }
  });
});

describe('the twenty-fifth round (tuned on two written corpora of broadcast and opt-in audiences): the rest of an "all" audience read by what could pick people', () => {
  it("reads a broadcast's own numbers (times, shares, batches, versions) and mechanics words as part of it", () => {
    for (const audience of ['Door drop: every household in postcode districts LS1–LS29, c.180k letterboxes', 'All iOS users on app version >= 7.0', 'Whole base; fixed 2% control group, sends spread over 3 days']) {
      expect(decision(audience, 'Our winter opening hours.'), audience).toBe('ok');
    }
  });
  it('never reads a comparison, a change, an amount, a threshold or a range of night hours as part of the broadcast', () => {
    for (const audience of ['All customers, buying less than before', 'All cardholders, paying later each month', 'All app users, most active between 1 and 4', 'All players, more sessions than last month', 'All customers, spend last 3 months vs previous 3 months down', 'All customers, frequent late-night shoppers', 'All members, spending dropped recently', 'Kunder med insättning varje dag de senaste 3 veckorna och ökande insatser', 'All customers, top 1% by visits to the clinic page']) {
      expect(decision(audience, 'We have something for you this week.'), audience).not.toBe('ok');
    }
    // Order counts in a range are recency and frequency, not night hours.
    expect(decision('cohort_2023Q4 & orders_12m between 2 and 5', 'Spring sale.')).toBe('ok');
  });
});

describe('the twenty-fifth round, opt-ins: a number no longer leaves the choice, event reminders are no tracking, gambling harm markers are sensitive', () => {
  it('reads a reminder of an event the customer booked as no tracking, and still blocks a clock put on what someone did', () => {
    expect(decision('Registered for the in-store wreath-making workshop', 'Your wreath-making workshop starts at 10 am on Sunday.')).toBe('ok');
    expect(decision('Registered for the Half-Term Lego Build event', 'See you Saturday at 10am, and bring your builders!')).toBe('ok');
    expect(decision("Inscrites à l'atelier « Bien cuisiner »", 'Rendez-vous le 14 mai à 18 h à la boutique.')).toBe('ok');
    expect(decision('All customers', 'We saw you ordered at 11pm last night.')).toBe('block');
    expect(decision('All customers', 'Vous avez commandé à 23 h hier soir.')).toBe('block');
  });
  it('keeps a deprivation decile, a lifted self-exclusion and funeral flowers out of an opt-in', () => {
    expect(decision('Loyalty members in LSOAs with IMD decile 1', 'Price drops on 500 everyday lines.')).not.toBe('ok');
    expect(decision("Utenti che hanno attivato e poi revocato l'autoesclusione negli ultimi 6 mesi", 'Scopri le novità della nostra app.')).not.toBe('ok');
    expect(decision('Asiakkaat, jotka tilasivat suruadressin ja hautakukkia 14 vrk sisällä', 'Tilaa valmisateriat nyt.')).not.toBe('ok');
    expect(decision('Opted in to marketing, verified 18+, not self-excluded', 'The Grand National runners are confirmed.')).toBe('ok');
  });
});

describe('the twenty-fifth round, contrast audiences: customers who do not shop around, fuel poverty read from meters', () => {
  it('reads "never compare prices" as the proxy a price raised for older customers aims at, in more languages', () => {
    expect(decision('Members aged 75+ who never compare prices', 'Your plan rises to £30 next month.')).toBe('block');
    expect(decision('Leden 75+ die altijd de duurste variant kiezen en nooit prijzen vergelijken', 'Exclusief voor u: ons luxe onderhoudspakket.')).not.toBe('ok');
    expect(decision('Subscribers whose smart-meter data shows heating off during the cold snap', 'Upgrade to our premium boiler cover.')).not.toBe('ok');
  });
});

describe("the twenty-fifth round, a query's hygiene and the jargon of print and radio (third written corpus)", () => {
  it("reads a query's hygiene flags, a market code and suppression lists in several languages as part of a broadcast", () => {
    for (const audience of ["SELECT customer_id FROM crm.customers WHERE email_status = 'valid' AND unsubscribed = 0 AND country_code = 'IE'", "SELECT lid_id FROM leden WHERE land IN ('NL','BE') AND overleden=0 AND medewerker=0", "WHERE pais='ES' AND baja_comercial=0 AND fallecido=0 -- 10 % grupo de control aleatorio", 'Base clients totale (fichier CRM), hors désinscrits, NPAI et décédés ; envoi mardi 9h']) {
      expect(decision(audience, 'Nouvelle collection en magasin.'), audience).toBe('ok');
    }
  });
  it('still sends a flag that picks people to the committee', () => {
    expect(decision("SELECT id FROM customers WHERE arrears_flag = 1 AND unsubscribed = 0", 'Need a little breathing space?')).not.toBe('ok');
    expect(decision("SELECT id FROM customers WHERE deceased_partner = 1", 'Hello.')).not.toBe('ok');
  });
});

describe('the twenty-sixth round (tuned on a written corpus of 300 subtle block and review campaigns): an "all" audience narrowed after all', () => {
  it('never reads a restriction, a change, a third-party match or activity at night as part of the broadcast', () => {
    for (const [audience, message] of [
      ['All customers, restricted to purchasers of product class PC-HYG-07 in the last 90 days', "This month's new arrivals in personal care are now online."],
      ['All customers, send time personalised to 1am-4am for users whose typical activity falls in that window', "This week's recommendations are ready."],
      ["Tutta la clientela, ma solo le famiglie la cui spesa in prodotti per l'infanzia è scesa a zero dopo agosto", "La newsletter d'autunno è arrivata."],
      ['Alle klanten met een klantenkaart, alleen diegenen van wie de laatste drie kledingbestellingen twee maten groter waren dan vorig jaar', 'Je figuur verandert? Onze comfortcollectie groeit met je mee.'],
      ['Todos os agregados, filtrando aqueles em que o número de titulares passou de dois para um no último trimestre', 'Pode gerir as suas preferências de entrega na app.'],
      ['Kaikki jäsenet, mutta vain ne, joiden kuntosalikäynnit loppuivat kokonaan viimeisen 8 viikon aikana', 'Kesän tuntiaikataulu on nyt saatavilla.'],
      ['Customers matched via data partner to a trade-union membership list', "As someone who stands up for workers, you'll love our fair-trade range."],
      ['Clientes que pediram o adiamento do pagamento da fatura do cartão duas vezes este ano', 'A sua fatura digital já está disponível.'],
      ['Klanten die dit jaar voor minder dan de helft van het bedrag van vorig jaar Sinterklaascadeaus kochten', 'Bekijk ons kerstassortiment.'],
    ]) {
      expect(decision(audience, message), audience).not.toBe('ok');
    }
  });
  it('still reads an exclusion of a technical blacklist as housekeeping', () => {
    expect(decision('Tutti i clienti iscritti alla newsletter, esclusi solo gli indirizzi in blacklist tecnica', 'Ottobre rosa: prenota gratis la visita senologica.')).toBe('ok');
  });
});

describe('the twenty-seventh round (tuned on 2026-12zd, 12zg and 12zi, each first measured held out)', () => {
  it('reads hearing-aid batteries, spirits, lottery tickets, payday timing, petitions and elections as sensitive', () => {
    for (const [audience, message] of [
      ['Clientes que compraram amplificador de bolso e pilhas 312 nos últimos 90 dias', 'Tem dificuldade em ouvir a família? Faça já o teste gratuito, restam poucas vagas.'],
      ['Clienti con ≥ 3 acquisti di batterie misura 312 negli ultimi 6 mesi', 'Il suo udito non è più quello di una volta: provi i nostri apparecchi acustici.'],
      ['Compradores de ginebra y ron en el 10 % superior por litros/semana durante 3 meses', 'Eres de nuestros mejores clientes. Llévate 3 botellas y paga 2, solo este fin de semana.'],
      ['Club card holders averaging 14+ units of spirits per week over the last 12 weeks', 'Stock up on your usual: 3 bottles for the price of 2, this weekend only.'],
      ['Basket value in the last 7 days of the month < 60% of monthly average; send on the 25th at 07:00', "You made it through to payday. Go on, you've earned it, but only until tonight."],
    ]) {
      // Never auto-approved: stopped, or sent to the committee with the finding.
      expect(decision(audience, message), audience).not.toBe('ok');
    }
    for (const audience of ['Loyalty members in the top 1% of lottery ticket purchases at the till', 'Klanten die het afgelopen halfjaar steeds op de 24e of 25e bestelden', 'Customers who bought 2+ items from the easy-fit adaptive range in 12 months', 'Subscribers who clicked the climate-policy petition link in our March newsletter', 'Clicked 2+ links in the election coverage section of our newsletter']) {
      expect(decision(audience, 'New in this week.'), audience).not.toBe('ok');
    }
    // A reminder the customer asked for by clicking is still their choice.
    expect(decision("Customers who clicked 'remind me when my car insurance is due' (own request)", 'Your car insurance is due in 3 weeks.')).toBe('ok');
  });
  it('reads "regardless of", a Finnish ad ban, "without any segmentation filter", how people signed up and a quoted community name as part of a broadcast or a choice', () => {
    for (const audience of ['Hela kundregistret med giltig e-postadress, oavsett köphistorik eller ålder', 'Kaikki kotitaloudet jakelualueella, lukuun ottamatta talouksia, joissa on mainoskielto', 'Todos los usuarios de la app en España y Portugal, sin ningún filtro de segmentación', 'Hearing Centre newsletter subscribers (requested by post)', "Members of 'The Change, Together' community (joined via website)", 'Iscritti al programma Over 65 (adesione in negozio)', 'Asiakkaat, jotka ovat tilanneet Vauvaperhe-uutiskirjeen']) {
      expect(decision(audience, 'Hello, here is our news.'), audience).toBe('ok');
    }
  });
});

describe('the twenty-eighth round (tuned on 2026-12y, 12zj and 12zk, each first measured held out, and the in-sample sets)', () => {
  const sized = (audience: string, size: number, message = 'Back in stock now.') => reviewCampaign({ ...c(audience, message), segment_stats: { size } }).decision;
  it('reads unaddressed mail, door to door, a catchment, a municipality, postcode ranges and one piece per household as a door drop to everyone there', () => {
    for (const audience of [
      'Unaddressed flyer to all households in the catchment',
      'Oadresserad reklam till alla hushåll i Luleå',
      'Distribuição porta a porta em todo o município',
      'Huis-aan-huiskrant, alle adressen in postcodegebied 52xx',
      'Ulotka do wszystkich gospodarstw domowych w Gdańsku i okolicach',
      'Celá databáze kontaktů e-shopu, 1 leták na domácnost',
      'Unaddressed door drop to every household in the 9 postcode districts our vans serve',
    ]) {
      expect(decision(audience, 'Grand opening on Saturday: free coffee.'), audience).toBe('ok');
    }
  });
  it('reads quiet hours, suppressed deceased flags, an adult-only check from the customer record and a whole games audience as part of a broadcast', () => {
    for (const audience of [
      'Whole SMS base, usual quiet-hours rules (no texts before 9am or after 8pm)',
      'All cardholders in the UK, suppressing deceased and gone-away flags',
      'Gesamter Verteiler, nur Kontakte ab 18 Jahren laut Stammdaten',
      'All players of the game (EU servers)',
    ]) {
      expect(decision(audience, 'Our winter opening hours are here.'), audience).toBe('ok');
    }
  });
  it('reads a quoted topic joined by a hyphen, "chosen in preferences", "self-applied", a topic push switched on and a club child’s birth date as the customer’s choice', () => {
    for (const [audience, message] of [
      ["Kunder der har valgt 'Vin og spiritus'-nyheder i deres præferencer", 'Nye vine fra Rioja er landet.'],
      ['Easy Dinners weekly email (chosen in preferences)', 'Five dinners for under £20 this week.'],
      ['Holders of the over-65s café card (self-applied)', 'Your café discount now applies on Thursdays too.'],
      ['Nutzer mit aktiviertem Themen-Push „Bier & Cider“', 'Neue Craft-Biere im Sortiment.'],
      ["Newsletter topic = 'money-saving tips' (customer selected)", 'Batch cooking for a week under £25.'],
      ["Membres du club Bébé (inscription avec la date de naissance de l'enfant)", 'Nos conseils de diversification sont en ligne.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('sends an opt-in of 30 to 49 people straight through, and a smaller one, or any other audience under 50, to the committee', () => {
    expect(sized("Asked for a back-in-stock alert on 'Trail shoes size 47'", 41)).toBe('ok');
    expect(sized("Asked for a back-in-stock alert on 'Trail shoes size 47'", 25)).toBe('review');
    expect(sized('All customers', 41)).toBe('review');
    expect(sized('Bought garden furniture in the last 12 months', 41)).toBe('review');
    // A customer base in a town, mailed a catalogue per address, is a place the shop picked, not a door drop.
    expect(decision('Cała baza klientów w Gdańsku i okolicach, 1 katalog na adres', 'Nowy katalog już jest.')).toBe('review');
  });
  it('sends material the customer asked for on a sensitive topic to the committee, and still blocks it with pressure', () => {
    expect(decision('Customers who requested incontinence samples online', 'Your samples are on the way, in discreet packaging as requested.')).toBe('review');
    expect(decision('Customers who requested a pregnancy guide', 'Congratulations on your pregnancy! Nappies 20% off, today only.')).toBe('block');
  });
  it('still flags a heavy-use list, a street, an age or a loss behind the same words', () => {
    for (const audience of [
      'Heavy drinkers list (opted in)',
      'Daily drinkers weekly email (opted in)',
      'Unaddressed leaflet to every household on Mill Lane',
      'All customers, suppressing those over 70',
      'All players who lost more than €500 this month',
      'Unaddressed leaflet to all households near the fertility clinic',
    ]) {
      expect(decision(audience, 'New offers this week.'), audience).not.toBe('ok');
    }
  });
});

describe('the twenty-ninth round (tuned on 2026-12zl, 12zm, 12zn and 12zo, each first measured held out)', () => {
  const sized = (audience: string, size: number) => reviewCampaign({ ...c(audience, 'See you on Thursday.'), segment_stats: { size } }).decision;
  it('reads no selection in more words, all of the shop’s tiers, markets or postcodes, 100% of a base, and where a banner is shown as a broadcast', () => {
    for (const audience of [
      'Unsegmented send, whole list',
      'Every app user: no segment, no frequency-cap exclusions, usual quiet hours',
      'All members, every tier, no behavioural filters',
      'Total base, no filters applied',
      'Alle Empfänger (Gesamtverteiler, ohne Ausschlüsse außer der Sperrliste)',
      'Untargeted: shown on the home page to everyone',
      'Global: all devices, all markets',
      '100% of app users (holdout group excluded)',
      'Bannière affichée à tous les utilisateurs du site',
      'No filter applied — full CRM export',
      'Full mailing file, all postcodes',
      'Envío masivo a toda la lista de correo, sin segmentar',
    ]) {
      expect(decision(audience, 'Breast Cancer Awareness Month: our pink ribbon range is back, with every penny of profit going to research.'), audience).toBe('ok');
    }
  });
  it('reads a door drop to a new shop’s catchment, a postcode area by its number, Czech letterboxes and a Christmas catalogue to every home as a door drop', () => {
    for (const audience of ['Door-drop to every household in the catchment of the new Leeds store', 'Postwurfsendung an alle Haushalte im PLZ-Gebiet 44', 'Leták do všech schránek v Plzni', 'Catálogo de Natal para todos os lares do concelho']) {
      expect(decision(audience, 'Our Christmas catalogue is here.'), audience).toBe('ok');
    }
  });
  it('reads a profile choice, a tick, a sign-up in Portuguese, "asked to hear about", a self-reported date in a club and a money-tips newsletter as the customer’s choice', () => {
    for (const [audience, message] of [
      ['Dietary preference chosen in profile: Halal', 'Our Eid range is now in stock.'],
      ["Kundinnen und Kunden mit Häkchen bei 'Bierpost' im Kundenkonto", 'Neue Craft-Biere sind da.'],
      ["Clientes que se inscreveram no clube 'Bebé Feliz'", 'Novidades do clube: oficina de primeiros socorros.'],
      ['People who asked to hear about our faith & festivals range', 'Diwali gifts are here.'],
      ['Baby Club sign-ups (self-reported due date, consent given)', 'Your baby event voucher is inside.'],
      ['Money-saving tips newsletter subscribers', 'Five ways to trim your weekly shop.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('sends an event’s 30-49 registrants straight through, and keeps a place or a smaller number with the committee', () => {
    expect(sized('Registrants for our Sleep Well evening, 14 March', 44)).toBe('ok');
    expect(sized('Registrants for our Sleep Well evening, 14 March', 24)).toBe('review');
  });
  it('reads a product-class code written in capitals, bibles and rosaries, textured hair, laxatives, mystery packs, a blood-pressure monitor and a value that fell from before as conditions for the committee', () => {
    for (const audience of [
      'PT-KIT purchased in last 30 days',
      'Repeat buyers of DERM-HL class',
      'Kupili Biblię lub różaniec w ostatnich 12 mies.',
      'Bought from the textured hair care aisle 3+ times',
      'Repeat buyers of herbal laxative teas in the last 8 weeks',
      'Mystery-pack buyers in 3 of the last 4 weeks',
      'Asiakkaat, jotka ovat ostaneet verenpainemittarin viime kuussa',
      'AOV below £15 for 3 months, previously above £60',
    ]) {
      expect(decision(audience, 'New in this week.'), audience).not.toBe('ok');
    }
    // A code that opens with an ordinary category, a market pair or a saved segment's number stays as it was read.
    expect(decision('Customers who bought paint in the last 60 days (DIY-PNT)', 'Brushes and rollers 20% off.')).toBe('ok');
    expect(decision('All customers (EN-GB copy)', 'Hello.')).toBe('ok');
  });
});

describe('the thirtieth round (tuned on 2026-12zp, 12zq and 12zr, each first measured held out)', () => {
  it('reads a whole app base, "kein Filter", "ei rajauksia", suppressions removed automatically, a query for all contactable people and an age proof as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Gesamter Kundenbestand, kein Filter', 'Neu: unser Sortiment für Schwangerschaft und Stillzeit.'],
      ['Kaikki uutiskirjeen tilaajat, ei rajauksia (peruneet poistuvat automaattisesti)', 'Vauvan terveys: kätilöidemme vinkit verkossa.'],
      ['Weekly list, full send (no segments applied, unsubscribes removed automatically)', 'Meet our new head baker.'],
      ["segment = ALL_CONTACTABLE AND NOT hard_bounce", 'Period products are now cheaper every day.'],
      ['Bierclub-Mitglieder (Double-Opt-in, Altersnachweis 18+)', 'Das Oktoberfest-Paket ist da.'],
      ['Socios que activaron «Ofertas de vinos» en sus preferencias y verificaron su mayoría de edad', 'Llega la vendimia.'],
      ["Odběratelé tématu 'Rodina a děti' (vybráno v preferencích)", 'Tipy na výlety s dětmi.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('reads declined cards, financial difficulty given as a reason, stopped period products, one-letter codes and numbered product codes as conditions for the committee', () => {
    for (const audience of [
      'Kunder som har afviste kort i sidste uge af måneden',
      "Abbonati sospesi con motivo 'difficoltà finanziarie' indicato al servizio clienti",
      'Asiakkaat, jotka ostivat kuukautissuojia ja lopettivat 3 kk sitten',
      'Members buying 8+ units a month of class ALC-B',
      'Codes 31-204 and 31-207 in one basket this month',
    ]) {
      expect(decision(audience, 'New in this week.'), audience).not.toBe('ok');
    }
  });
});

describe('the thirty-first round (tuned on 2026-12zs, first measured held out)', () => {
  it('reads a blanket send, a club its members joined themselves, a sign-up sheet and an age word inside a chosen list’s name as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Blanket send to every customer', 'Our savings calculator is live.'],
      ['Golden Club members (customers 65+ who joined the club themselves)', 'Club Thursdays are back.'],
      ['Customers who put their names on the sign-up sheet for wine tastings', 'Next tasting: three Rioja reds.'],
      ["Customers who opted in to 'Ageless style' updates", 'Our autumn edit is here.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('reads a registry closed before the due date, a household member removed, a name model’s classing and a short class code as conditions for the committee', () => {
    for (const audience of [
      'Baby registry closed early, nothing bought from it since',
      'Kotitaloudet, joiden toinen jäsen poistui viime kuussa',
      'Couples whose names are classed female by the name model',
      'Bought from category BX-4 in the last 6 months',
    ]) {
      expect(decision(audience, 'We are thinking of you.'), audience).not.toBe('ok');
    }
  });
});

describe('the thirty-second round (tuned on 2026-12zv, 12zw and 12zx, first measured held out)', () => {
  it('reads a note on how a broadcast is sent, a list of the usual suppressions, a heading, a protective flag and a chosen topic’s name as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Ensemble de la base clients (courrier)', 'Notre catalogue printemps-été est arrivé.'],
      ['Alle kunder: generell utsendelse', 'Vi støtter Kirkens Bymisjon i desember.'],
      ['Všechny domácnosti v okolí prodejny (roznos do schránek)', 'Otevíráme novou prodejnu.'],
      ['Every current account holder (regulatory mailing)', 'Changes to our arranged overdraft interest rate from 1 April.'],
      ['segment = ALL; suppress: unsubscribed, hard_bounce, deceased', 'Summer sale starts now.'],
      ['all_users WHERE verified_18plus = 1 AND self_excluded = 0', 'The new season kicks off Saturday.'],
      ['Seg: ALL_OPTED_IN (marketing consent = Y)', "It's Mental Health Awareness Week, and we're donating 5% of every sale."],
      ['Newsletter: Faith & Festivals (topic chosen by subscriber)', 'Diwali sweets and lamps are in store now.'],
      ['Abonnent:innen des Themen-Newsletters „Familie & Kinder“ (im Profil gewählt)', 'Brotdosen und Trinkflaschen 20 % günstiger.'],
      ['Członkowie klubu Mama i Dziecko (zapis na stronie)', 'Nowy poradnik dla rodziców.'],
      ['Pełnoletni użytkownicy, którzy włączyli powiadomienia o promocjach na piwo kraftowe', 'Nowe piwa już w aplikacji.'],
      ['Back-in-stock alert requested for KitchenAid Artisan (Almond Cream)', 'Good news: it is back in stock.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('keeps a suppression of people by a trait, a chosen teenagers topic and a debt topic with the committee', () => {
    expect(decision('Everyone on the list; suppress: customers over 70', 'Summer sale.')).not.toBe('ok');
    expect(decision("Users who ticked 'teens' as an interest", 'New in.')).not.toBe('ok');
    expect(decision('Newsletter: Debt Help (topic chosen by subscriber)', 'New guide.')).not.toBe('ok');
  });
  it('reads a non-member’s heavy buying, instalments and reminder fees, being out of work, a range code, one department’s share and payday days as conditions', () => {
    expect(decision('Non-club shoppers buying 3+ bottles of spirits a week for 8 consecutive weeks', 'You clearly know what you like. Stock up now, only until Sunday.')).toBe('block');
    expect(decision('Kunder som delbetalat ≥ 5 köp i rad och fått påminnelseavgift', 'Tight i plånboken? Höj din kreditgräns.')).toBe('block');
    for (const audience of [
      "Medlemmer som oppga 'arbeidsledig' i kundeundersøkelsen i fjor",
      'First-ever purchase in range EXT in current calendar year',
      'Kunder vars köp på herravdelningen gått från 0 till > 70 % på ett kvartal',
      'Clienti che nell’ultimo anno hanno acquistato solo tra il 27 e il 30 del mese',
    ]) {
      expect(decision(audience, 'New in this week.'), audience).not.toBe('ok');
    }
  });
  it('blocks copy that says it knows a sensitive state it names to an audience chosen by behaviour, but not a deadline that shares a word with one', () => {
    expect(decision('Clientes que compraram bilhetes do Arraial e artigos da linha ARCO', 'Sabemos quem és e temos orgulho em ti!')).toBe('block');
    expect(decision('Antigüedad > 3 años y al menos una compra en los últimos 90 días', 'Gracias por estos años: tienes puntos dobles hasta fin de mes.')).not.toBe('block');
  });
});

describe('the thirty-third round (tuned on 2026-12zy and 12zzb, first measured held out)', () => {
  it('reads all segments, a full rollout, a Spanish sign-up, a preference flag the customer switched and a child’s birth month given to a club as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Full customer file (all countries, all segments)', 'Black Friday: up to 40% off across the store.'],
      ['Alle App-Nutzer, 100 % Ausspielung (keine Segmentierung)', 'Frohe Ostern! Unsere Öffnungszeiten.'],
      ['Clientes que se apuntaron al boletín «Semana Santa y tradiciones»', 'Torrijas y bacalao para tu mesa de Semana Santa.'],
      ['pref_pharmacy_offers = TRUE (ticked by the customer in preferences)', 'Hay fever season is here: antihistamines are 3 for 2.'],
      ['Users with notif_pref.gaming_offers = 1 (switched on by the user)', 'The new season pass is live.'],
      ["Baby Club members (signed up with child's birth month)", 'Your little one is turning one! A birthday cake voucher from Baby Club.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
    // A debt is never a preference someone switches on.
    expect(decision('pref_debt_help = TRUE', 'New guide.')).not.toBe('ok');
  });
  it('reads a party donation, heavy beer buying in Danish, accounts past due, contraception, mobility and bathing aids and anti-nausea products as sensitive conditions', () => {
    expect(decision('Medlemmer der har doneret til Fremtidspartiet via donationsknappen i appen', 'Som en af partiets trofaste støtter får du første adgang.')).toBe('block');
    expect(decision('Medlemmer, der har købt mere end 24 øl om ugen ti uger i træk', 'Bestil inden kl. 20 i aften, så får du en ekstra med gratis.')).toBe('block');
    expect(decision('Store-card accounts 30–59 days past due', 'Top up with a quick loan and catch up.', 'Instant loan up to £1,000')).toBe('block');
    for (const audience of [
      'Bought emergency contraception in last 14 days',
      'Customers who bought a walking-frame accessory and a bath seat in the last 6 months',
      'Customers who bought anti-nausea wristbands and ginger tea in Q1',
    ]) {
      expect(decision(audience, 'New in: spring skincare and fragrance.'), audience).toBe('review');
    }
    // A raised toilet seat is a product, not a raised price.
    expect(decision('Bought a walking frame or a raised toilet seat in the past year', 'Free delivery on all orders over £40 this month.')).toBe('review');
  });
});

describe('the thirty-fourth round (tuned on 2026-12zzc and 12zze, first measured held out)', () => {
  it('reads all of a named list, a paper send to a whole file, everyone with the app, a form a parent filled in, a deliverable address, a chosen list’s quoted name, a preference field opted into, no segment logic, overseas included and all store catchments as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Every address on the store-card statement run', 'Your statement now includes a free credit score check.'],
      ["Envoi papier à l'ensemble des foyers du fichier", 'Notre catalogue de la rentrée est arrivé.'],
      ['Každý, kdo má aplikaci', 'Aplikace teď umí uložit věrnostní kartu.'],
      ['Inscrits au programme Club Bébé (formulaire rempli par le parent)', 'Votre bébé a 6 mois : nos idées de premiers repas.'],
      ['All customers with a deliverable email address (suppressions and hard bounces removed)', 'Flu jab season is here.'],
      ["Opt-in list: 'Kosher Kitchen' updates", 'Our Pesach range is now in 40 stores.'],
      ["Opted in: pref_topic = 'diabetes-friendly recipes'", 'New low-GI recipes this month.'],
      ['Whole database, SMS-consented numbers only (approx. 96k), no segment logic', 'Ramadan Kareem from all of us.'],
      ['Tous les clients, toutes régions, y compris outre-mer (optin_push = 1)', 'Mois sans tabac : nos pharmaciens vous accompagnent.'],
      ['Door-drop to every household in all store catchments', 'Free hearing checks this month.'],
      ["Newsletter preference 'Betting offers' = yes, age verified, no self-exclusion or limit flags", 'Cheltenham week: price boosts on every race.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('keeps a named list of a sensitive kind, a preference field outside an opt-in and self-excluded players with the committee', () => {
    expect(decision('Every address on the overdue-accounts list', 'New in.')).not.toBe('ok');
    expect(decision("pref_topic = 'diabetes-friendly recipes'", 'New low-GI recipes.')).not.toBe('ok');
    expect(decision('Betting customers with self-exclusion flags', 'Price boosts on every race.')).not.toBe('ok');
  });
});

describe('the thirty-fifth round (tuned on 2026-12zzi and 12zzk, first measured held out)', () => {
  it('reads sign-ups, usual suppressions named before the word that removes them, a door-to-door piece, a toggle that is off by default, a store network’s coverage area, a system default segment and a choice to receive (Portuguese) as a broadcast or a choice', () => {
    for (const [audience, message] of [
      ['Sign-ups to the Ramadan recipe series (form on our site)', 'Day 12: quick lentil soup for iftar, ready in 25 minutes.'],
      ['Alle Newsletter-Empfänger (Gesamtverteiler, Double-Opt-in bestätigt, Abmelder und Bounces entfernt)', 'Ab Montag: kostenlose Blutdruckmessung in allen Filialen.'],
      ['Huis-aan-huisfolder Utrecht en omgeving', 'Nieuwe apotheekbalie in onze winkel.'],
      ["Users who switched on 'Wellbeing tips' in notification settings (toggle default off)", "Two minutes to breathe: try today's guided exercise for stress."],
      ['All customers with SMS consent in England and Wales (store network coverage area)', 'Your local store now offers free blood pressure checks.'],
      ['all_customers segment (system default)', 'Black Friday starts at 9am: up to 60% off electricals.'],
      ['Clientes que escolheram receber ofertas de vinhos por email', 'Feira de vinhos: 6 garrafas do Douro com 25 % de desconto.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('blocks a sensitive state named in the copy with pressure, condolences, minors offered alcohol, age groups by their own names with pressure or a worse price, and a department shift read from the last purchases', () => {
    expect(decision('Recurring buyers of category OVT for 6+ consecutive months, zero BB-* purchases', 'Still waiting for your little miracle? Our fertility supplement bundle could help.', 'Bundle 30% off, tonight only')).toBe('block');
    expect(decision('Klanten met 3 of meer aankopen in kaartcategorie KRT-07 in de afgelopen 14 dagen', 'Gecondoleerd met uw verlies. Wij denken aan u.')).toBe('block');
    expect(decision('Self-declared DOB puts account at 16-17; attended student-night partner events', 'Pre-drinks sorted: 2 for £12 on alcopops, this weekend only.')).toBe('block');
    expect(decision('Over-80s with single-occupancy flag and no other account holder at the address', 'With nobody around to help, let our engineer see to your boiler tomorrow.', 'Boiler service at this price for the next 60 minutes')).toBe('block');
    expect(decision('Quote rule: age 65+ arriving via direct channel, base price x1.15', 'Your travel insurance quote is ready.', 'Single-trip cover at 1.15x base rate')).toBe('block');
    expect(decision('Customers with 4+ menswear purchases in 2024 whose last 5 clothing purchases all came from womenswear', "We can see you're exploring a whole new side of yourself.")).toBe('block');
    expect(decision('Kunder som matcher et partis medlemsregister via partnerdata', 'Til deg som stemmer rødt: her er 10 % på bøker om klimakampen.')).toBe('block');
  });
  it('keeps weekday deadlines, a scheme named for an age group and neutral copy to players with the committee or ok as before', () => {
    // "Ends Monday" is ordinary retail: with neutral copy the committee still decides, nothing is blocked for it.
    expect(decision('Bought a single mattress within 30 days of removing the second address on the account', 'Our bedroom sale is on. Ends Monday.')).toBe('review');
    expect(decision('Over-60s Discount Card holders (customers applied for the card)', "Seniors' Tuesday is back: show your card for 10% off.")).toBe('ok');
    expect(decision('Spillere som har satt egen innskuddsgrense og deretter hevet den to ganger på en uke', 'Nye spill er lagt til denne uken.', 'Ingen bonus')).toBe('review');
    expect(decision('Customers with 4+ menswear purchases in 2024 whose last 5 clothing purchases all came from womenswear', 'New in: the autumn edit across every department.')).toBe('review');
    expect(decision('Menswear and womenswear buyers in the last 90 days', 'New in: the autumn edit across every department.')).toBe('ok');
  });
});

describe('the thirty-sixth round (tuned on 2026-12zzl and 12zzm, first measured held out)', () => {
  it("reads a statement run, a banner's slot, the email list in Norwegian, a count of postal addresses with a send week and a list of country lists as a broadcast", () => {
    for (const [audience, message] of [
      ['All loyalty members (entire scheme, statement run 2026-01)', 'Your annual points statement is enclosed. Thank you for shopping with us this year.'],
      ['All logged-in users, banner slot 2 on the home screen for 7 days', 'Is the TV creeping louder? Our hearing centres now offer free 15-minute checks in every store.'],
      ['Alle på e-postlisten, utsendelse uke 40', 'Vet du hva blodtrykket ditt er? Gratis blodtrykksmåling på alle våre apotek i hele oktober.'],
      ['Ensemble du fichier clients, 205 000 adresses postales, envoi semaine 12', 'Pâques approche : chocolats, agneau et tout pour votre table de fête.'],
      ['Global newsletter audience, all 14 country lists combined', "Pride Month: we're proud to support LGBTQ+ charities."],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('reads school years and classes as minors, a young birth-year band as reaching minors, the contents of wishlists as behaviour, and blocks knowing copy and pressure on them', () => {
    expect(decision('Student-card holders in school years 8–11 with app push enabled', '48 hours only: double points on all energy drinks. Power through exam week.')).toBe('block');
    expect(decision("App-gebruikers met geboortejaar 2008–2011 die pagina's uit categorie V-30 bekeken", 'Nieuwe smaken net binnen! Alleen dit weekend: 2 pods gratis bij je bestelling.')).toBe('block');
    expect(decision('Members whose saved searches and wishlists include items tagged C-PR in the last 90 days', 'New arrivals this week.')).not.toBe('ok');
    expect(decision('Buyers of SKU family 88-OVT with 2+ repeats in 90 days', "Still trying? Don't give up. Boost your chances this month with our bundle.", 'Fertility bundle 30% off')).toBe('block');
    expect(decision('Titulares de línea fija mayores de 78 años que nunca han llamado para pedir descuento: mantener tarifa histórica H1', 'Gracias por seguir con nosotros un año más.')).toBe('block');
    expect(decision('Kunder vars vanligaste klänningsstorlek gått från 38 till 44 på tolv månader', 'Kroppen förändras – och det är helt okej.')).toBe('block');
  });
  it('keeps energy drinks and deposit limits to minors or players with neutral copy, and a general money question to everyone, where they were', () => {
    expect(decision('Kunder 15–17 år i Jokkmokk som köpt energidryck', 'Vår butik i Jokkmokk har fått nya öppettider.')).toBe('review');
    expect(decision('Spillere som har satt egen innskuddsgrense og deretter hevet den to ganger på en uke', 'Nye spill er lagt til denne uken.', 'Ingen bonus')).toBe('review');
    expect(decision('Every active app user (any login in the past 12 months)', "Watching the pennies this month? We've locked the price of 500 essentials until the 31st, for everyone.")).toBe('ok');
  });
});

describe('the thirty-seventh round (tuned on 2026-12zzs and 12zzt, first measured held out)', () => {
  it('reads reminders asked for, a paid membership, the customer area, a sign-up with its detail, households in a distribution area, no segmentation, test accounts excluded or removed, an audience label, a default segment, the active base and customers with an address as a choice or a broadcast', () => {
    for (const [audience, message, offer] of [
      ['Customers who asked for payday reminders when setting up their savings jar', "It's the 25th: time to move your monthly amount into your savings jar, as you asked.", 'Savings jar bonus rate 4%'],
      ['Leden van de Wijnclub (betaald lidmaatschap)', 'Je wijnpakket van maart staat klaar: zes Italiaanse wijnen met proefnotities.'],
      ['Clientes que pediram alertas de promoções de bebé na área de cliente', 'As fraldas e toalhitas estão em promoção até domingo em todas as lojas.'],
      ['Mitglieder im Baby-Club (Anmeldung mit Geburtstermin)', 'Ihr Baby ist jetzt etwa sechs Monate alt.'],
      ['Kaikille talouksille jakelualueella', 'Uusi myymälämme avautuu Tampereen Hervannassa.'],
      ['Wszyscy subskrybenci newslettera, bez podziału na segmenty, z wyłączeniem kont testowych', 'Wielkanoc już wkrótce.'],
      ['Kaikki uutiskirjeen tilaajat Suomessa, testitilit poistettu', 'Tipaton tammikuu? Alkoholittomat oluet ja kuohuviinit nyt -20 %.'],
      ['Audiencia: todos (sin segmentar)', '¿Quieres organizar mejor tus finanzas? Prueba gratis nuestra nueva herramienta de presupuesto mensual.'],
      ['Audience: everyone (default segment)', 'Pride month: 10% of sales from our rainbow collection goes to LGBTQ+ youth charities.'],
      ['All active accounts (status = ACTIVE), every market', 'Mental Health Awareness Week: our helpline partners are open 24/7.'],
      ['Base total de clientes com morada', 'Santos Populares: o nosso arraial solidário é no dia 13 de junho.'],
    ]) {
      expect(decision(audience, message, offer), audience).toBe('ok');
    }
  });
  it('keeps coffee capsules and pool test kits out of health, and reads Czech election words as politics', () => {
    expect(decision('Coffee capsule buyers reordering every 2–3 weeks', 'Your capsules could arrive automatically.')).not.toBe('block');
    expect(decision("product_class = 'PH-7' (pH test kits for pools and ponds), buyers in last 2 seasons", 'Pool season is here: chlorine tablets and test strips are back in stock.')).not.toBe('block');
    expect(decision('Buyers of vitamin capsules in the last 90 days', 'New in.')).not.toBe('ok');
    expect(decision("Uživatelé, kteří si za rok koupili 3+ knihy z kategorie 'národní konzervatismus' a vstupenku na předvolební mítink", 'Jako vlastenec jistě nechcete zmeškat nové knihy před volbami. Sleva platí jen 48 hodin.')).toBe('block');
  });
});

describe('the thirty-eighth round (tuned on 2026-12zzv, first measured held out)', () => {
  it('reads saved and followed topics, a reminder the customer set, the app’s sessions or anyone who opens it, and returned mail excluded as a choice or a broadcast', () => {
    for (const [audience, message] of [
      ["Users who added the 'Separation & co-parenting' hub to their saved topics", 'New article in your saved topic: sharing childcare over the holidays.'],
      ["Brukere som har fulgt kategorien 'Tro og høytid' i appen", 'Adventstiden er her: lys, kranser og kalendere.'],
      ['Users who set their own payday reminder in the budgeting app', "It's payday: you asked us to remind you to move 50 to savings."],
      ['Unsegmented: all sessions on the home screen', 'Sober October? Try our new mocktail kits.'],
      ['Anyone who opens the app this weekend', 'Spin the wheel for a chance to win a free coffee!'],
      ['Ensemble du fichier clients, hors adresses en retour (NPAI)', 'Notre catalogue printemps-été est arrivé.'],
    ]) {
      expect(decision(audience, message), audience).toBe('ok');
    }
  });
  it('never reads a booking slot as gambling, keeps slot sessions as gambling, and sends a requested brochure on a sensitive topic to the committee', () => {
    expect(decision("Bought kids' school shoes in August 2025", 'Back-to-school shoe fitting is open: book a slot.')).not.toBe('block');
    expect(decision('>=10 slot sessions/day for 14 consecutive days', 'We have updated our terms and conditions.')).not.toBe('ok');
    expect(decision('Clientes que pidieron nuestro folleto de productos para la incontinencia en la web', 'Aquí tiene el folleto que solicitó, con muestras gratuitas.')).toBe('review');
  });
});
