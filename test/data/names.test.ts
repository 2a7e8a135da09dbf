import { describe, expect, it } from 'vitest';
import { nameScore, normaliseName, type Role } from '../../src/data/names.js';

const matches = (role: Role, names: string[]) => names.filter((n) => nameScore(role, n) > 0);

describe('column names', () => {
  it('normalises case, separators and accents', () => {
    expect(normaliseName('Customer ID')).toBe('customerid');
    expect(normaliseName('País')).toBe('pais');
  });

  it('recognises customer ids in several languages and styles, and not look-alikes', () => {
    const ids = ['CustomerID', 'customer_id', 'Client', 'client_no', 'Kunde', 'Kundennummer', 'KundenNr', 'cliente', 'id_cliente', 'user_id', 'ID'];
    expect(matches('customer', ids)).toEqual(ids);
    expect(matches('customer', ['user_agent', 'membership_level', 'InvoiceNo', 'Description'])).toEqual([]);
  });

  it('prefers the stronger name', () => {
    expect(nameScore('customer', 'CustomerID')).toBeGreaterThan(nameScore('customer', 'ID'));
    expect(nameScore('date', 'InvoiceDate')).toBeGreaterThan(nameScore('date', 'ShipDate'));
  });

  it('recognises the other roles', () => {
    expect(matches('date', ['InvoiceDate', 'order_date', 'Datum', 'fecha', 'timestamp'])).toHaveLength(5);
    expect(matches('invoice', ['InvoiceNo', 'order_id', 'Rechnungsnr', 'Bestellnummer', 'factura'])).toHaveLength(5);
    expect(matches('quantity', ['Quantity', 'qty', 'Menge', 'cantidad', 'number_of_cds'])).toHaveLength(5);
    expect(matches('price', ['UnitPrice', 'price_each', 'Preis', 'precio'])).toHaveLength(4);
    expect(matches('amount', ['amount', 'dollar_value', 'Betrag', 'Umsatz', 'importe'])).toHaveLength(5);
    expect(matches('country', ['Country', 'Land', 'País', 'ship_to'])).toHaveLength(4);
    expect(matches('product', ['StockCode', 'SKU', 'Artikel', 'product_id'])).toHaveLength(4);
  });
});
