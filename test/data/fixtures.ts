/** Generated transaction logs for tests: odd column names, day-first dates, decimal commas. */
import { lcg } from './helpers.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface GermanLogOptions {
  customers?: number;
  /** Dates with days up to 28 (decides day/month order) or only 1..12 (ambiguous). */
  ambiguous?: boolean;
}

/** A semicolon-separated log with German headers, day-first dates and decimal-comma prices. */
export function germanLog(o: GermanLogOptions = {}): string {
  const next = lcg(7);
  const lines = ['Kundennummer;Rechnungsnr;Datum;Artikel;Menge;Preis;Land'];
  let invoice = 1000;
  for (let c = 1; c <= (o.customers ?? 30); c++) {
    const orders = 1 + Math.floor(next() * 4);
    for (let k = 0; k < orders; k++) {
      invoice++;
      const day = 1 + Math.floor(next() * (o.ambiguous ? 12 : 28));
      const month = 1 + Math.floor(next() * 12);
      const date = `${pad(day)}/${pad(month)}/2023 ${pad(8 + k)}:${pad(c % 60)}`;
      for (let item = 0; item < 2; item++) {
        const price = (1 + Math.floor(next() * 900) / 100).toFixed(2).replace('.', ',');
        lines.push(`${pad(c, 4)};R${invoice};${date};A${(c + item) % 7};${1 + item};${price};${c % 3 ? 'Deutschland' : 'Österreich'}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** A tiny comma-separated log with cancellations for net-returns tests. */
export const RETURNS_LOG = [
  'InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID',
  // A buys 5 of P1, returns 2: netted to 3.
  '1001,P1,5,2023-01-02 10:00,2.00,A',
  'C2001,P1,-2,2023-01-05 10:00,2.00,A',
  '1002,P9,1,2023-02-01 10:00,10.00,A',
  // B returns what it never bought here: unmatched.
  'C2002,P2,-1,2023-01-06 10:00,3.00,B',
  '1003,P2,4,2023-01-07 10:00,3.00,B',
  // C buys 1 of P3 and returns it: the purchase disappears, C keeps another purchase.
  '1004,P3,1,2023-01-03 10:00,7.50,C',
  'C2003,P3,-1,2023-01-04 10:00,7.50,C',
  '1005,P4,2,2023-01-08 10:00,1.25,C',
].join('\n');
