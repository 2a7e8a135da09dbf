/**
 * Checking a model's JSON answer, TypeChat style: parse, validate with the zod schema, run the
 * caller's own check (grounding...), and on failure describe the problems in plain language so
 * that one repair turn can send them back to the model.
 */
import type { z } from 'zod';

export type JsonStage = 'json' | 'schema' | string;

/**
 * `problems` goes back to the model in the repair turn and may quote its own words; `summary`
 * may be published (a fallback reason), so it never repeats an offending value.
 */
export interface JsonProblem {
  stage: JsonStage;
  problems: string;
  summary: string;
}

export type JsonCheck<T> = { ok: true; value: T } | ({ ok: false } & JsonProblem);

/** Strips a Markdown code fence that some models put around JSON even in JSON mode. */
function unfence(text: string): string {
  return text.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
}

export function checkJson<T>(text: string, schema: z.ZodType<T>, check?: (value: T) => JsonProblem | null): JsonCheck<T> {
  let json: unknown;
  try {
    json = JSON.parse(unfence(text));
  } catch (e) {
    return { ok: false, stage: 'json', problems: `The answer is not valid JSON (${(e as Error).message}). Answer with one JSON object only.`, summary: 'the answer is not valid JSON' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = (i: { path: PropertyKey[] }) => i.path.map(String).join('.') || '(root)';
    const lines = parsed.error.issues.slice(0, 12).map((i) => `${where(i)}: ${i.message}`);
    const fields = [...new Set(parsed.error.issues.map(where))].slice(0, 5);
    return { ok: false, stage: 'schema', problems: lines.join('\n'), summary: `the answer does not match the schema at ${fields.join(', ')}` };
  }
  const problem = check?.(parsed.data);
  if (problem) return { ok: false, ...problem };
  return { ok: true, value: parsed.data };
}
