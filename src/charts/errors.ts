/** Errors of the chart module: a caller passed something no chart can be drawn from. */
import { SegbotError } from '../errors.js';

export class ChartError extends SegbotError {
  readonly kind = 'chart';
}
