/**
 * Column roles guessed from names, in several languages and naming styles. Names are compared
 * normalised (lower case, letters and digits only): "Customer ID", customer_id and CustomerID match alike.
 */
export type Role = 'customer' | 'date' | 'invoice' | 'quantity' | 'price' | 'amount' | 'country' | 'product' | 'productLabel';

export const normaliseName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Per role, patterns from best to worst: the earlier a pattern, the stronger the guess. */
export const ROLE_PATTERNS: Record<Role, RegExp[]> = {
  customer: [
    /^(customer|cust|client|clients|buyer|shopper|member|account|acct|user|contact|consumer|patron)(id|no|nr|num|number|code|key|ref|reference)$/,
    /^(kunde|kunden|kund|klant|cliente|client|asiakas)(id|nr|nummer|no|num|numero|code|codigo)$/,
    /^(id|nr|no|num|numero|cod|codigo|code)(customer|cust|client|cliente|kunde|kunden|user|klant)$/,
    /^(customer|client|cliente|kunde|kundennummer|kundennr|klant|klantnummer|kund|kundnummer|buyer|shopper|member|user|consumer|customerno|custno)$/,
    // Prefixes only for words that mean a customer: "user_agent" or "membership_level" are not ids.
    /^(customer|client|cliente|kunde|kunden)/,
    /^(id|uid)$/,
  ],
  date: [
    /^(invoice|order|purchase|transaction|sale|sales|trans|tx|txn|booking|bestell|rechnungs|kauf)(date|datetime|time|timestamp|datum|day|fecha|ts|at)$/,
    /^(date|datetime|timestamp|datum|fecha|data|date|dia|jour|ts|time|day|createdat|created|orderedat|purchasedat)$/,
    /^(date|datum|fecha)/,
    /(date|datum|fecha|timestamp|time)$/,
  ],
  invoice: [
    /^(invoice|order|receipt|transaction|basket|ticket|bill|rechnung|rechnungs|bestellung|bestell|beleg|factura|pedido|fattura|commande|bon)(no|nr|id|num|number|nummer|numero|code|key)?$/,
    /^(invoice|order|transaction|receipt)/,
    /^(txid|txnid|tid)$/,
  ],
  quantity: [
    /^(quantity|qty|units|unitssold|menge|anzahl|cantidad|quantita|quantite|aantal|items|itemcount|pieces|stueck|stuck)$/,
    /^(numberof|num|nb|nbr)[a-z]+$/,
    /(quantity|qty|menge|anzahl|cantidad)/,
  ],
  price: [
    /^(unitprice|price|priceeach|itemprice|preis|einzelpreis|stueckpreis|precio|preciounitario|prezzo|prix|prixunitaire|prijs|unitcost|salesprice|saleprice|pricepaid)$/,
    /(unitprice|price|preis|precio|prezzo|prix|prijs)/,
  ],
  amount: [
    /^(amount|total|totalprice|totalamount|linetotal|lineamount|value|dollarvalue|revenue|sales|salesamount|spend|betrag|umsatz|gesamtpreis|importe|monto|total|importo|montant|bedrag|netamount|grossamount|ordervalue|ordertotal|subtotal)$/,
    /(amount|dollarvalue|revenue|betrag|umsatz|importe|monto|linetotal|ordervalue)/,
  ],
  country: [
    /^(country|countryname|countrycode|land|pais|paese|pays|staat|nation|billingcountry|shippingcountry|shipto|shiptocountry|destinationcountry)$/,
    /(country|land$|pais)/,
  ],
  product: [
    /^(stockcode|sku|productid|productcode|productno|itemid|itemcode|itemno|article|articleno|artikel|artikelnummer|artikelnr|artnr|producto|codigoproducto|prodotto|produit|ean|upc|asin)$/,
    /^(product|item|productname|itemname|produkt|producto|prodotto|produit)$/,
    /(sku|stockcode|product|artikel)/,
  ],
  productLabel: [/^(description|productdescription|itemdescription|productname|itemname|itemtext|producttext|beschreibung|bezeichnung|artikeltext|descripcion|descrizione|libelle)$/],
};

/** How strongly a column name suggests a role: 0 = not at all, higher = better. */
export function nameScore(role: Role, name: string): number {
  const n = normaliseName(name);
  const patterns = ROLE_PATTERNS[role];
  const i = patterns.findIndex((p) => p.test(n));
  return i < 0 ? 0 : patterns.length - i;
}

/** Examples of names tried, for error messages. */
export const CUSTOMER_NAME_EXAMPLES = ['CustomerID', 'customer_id', 'client', 'Kunde', 'Kundennummer', 'cliente', 'user_id', 'ID'];

/** Customer-table columns that hold a year of birth and become an age. */
export const BIRTH_YEAR = /^(yearbirth|yearofbirth|birthyear|yob|geburtsjahr|anonacimiento|annonascita|anneenaissance)$/;
/** Spend columns whose sum is a customer table's revenue (Mnt* in marketing_campaign). */
export const SPEND_COLUMN = /^(mnt|amount|spend|spent|revenue|sales|umsatz)/;
/** Money and count columns that are skewed by nature: clustered on log1p. */
export const MONEY_NAME = /^(mnt|income|salary|revenue|spend|spent|amount|sales|value|umsatz|einkommen)|(income|spend|amount|revenue|sales|value)$/;
export const COUNT_NAME = /^(num|count|nb|nbr|number|anzahl)|(purchases|visits|orders|count|kidhome|teenhome|children)$/;
