/**
 * A small checker of JSON values against the schemas of our hand-written OpenAPI document: enough
 * of JSON Schema for what `src/server/openapi.ts` uses (`$ref`, `oneOf`, `type` with `null`, `enum`,
 * `required`, `properties`, `additionalProperties`, `items`). It also reports keys an object has
 * that its schema does not describe, so a field added to a response without documenting it fails.
 */

type Schema = Record<string, any>;

/** JSON Schema type names of a value. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeFits(wanted: string, actual: string): boolean {
  return wanted === actual || (wanted === 'number' && actual === 'integer');
}

/**
 * Problems of `value` against `schema` (empty when it conforms), each naming the JSON path.
 * @param schemas the document's `components.schemas`, for `$ref`
 * @param limit stop after this many problems (a long array repeats one fault)
 */
export function schemaProblems(schema: Schema, value: unknown, schemas: Record<string, Schema>, path = '$', limit = 20): string[] {
  const problems: string[] = [];
  const walk = (s: Schema, v: unknown, at: string): void => {
    if (problems.length >= limit) return;
    if (s.$ref) {
      const name = String(s.$ref).split('/').pop() ?? '';
      const target = schemas[name];
      if (!target) problems.push(`${at}: unknown $ref ${s.$ref}`);
      else walk(target, v, at);
      return;
    }
    if (s.oneOf) {
      const fitting = (s.oneOf as Schema[]).filter((branch) => schemaProblems(branch, v, schemas, at, 1).length === 0);
      if (fitting.length !== 1) problems.push(`${at}: fits ${fitting.length} of the oneOf branches, not exactly one`);
      return;
    }
    const actual = typeOf(v);
    if (s.enum && !s.enum.includes(v)) problems.push(`${at}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`);
    if (s.type) {
      const types: string[] = [s.type].flat();
      if (!types.some((t) => typeFits(t, actual))) {
        problems.push(`${at}: ${actual}, schema says ${types.join('|')}`);
        return;
      }
    }
    if (actual === 'array' && s.items) (v as unknown[]).forEach((x, i) => walk(s.items, x, `${at}[${i}]`));
    if (actual !== 'object') return;
    const object = v as Record<string, unknown>;
    for (const key of s.required ?? []) if (!(key in object)) problems.push(`${at}: required key ${key} missing`);
    const properties: Schema = s.properties ?? {};
    for (const [key, x] of Object.entries(object)) {
      if (properties[key]) walk(properties[key], x, `${at}.${key}`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, x, `${at}.${key}`);
      else if (s.properties && s.additionalProperties !== true) problems.push(`${at}: key ${key} is not described`);
    }
  };
  walk(schema, value, path);
  return problems;
}

/** The schema of the 200 answer of `method path` in `doc` (path as documented, e.g. `/api/stories/{id}`). */
export function responseSchema(doc: Schema, path: string, method = 'get'): Schema {
  const schema = doc.paths?.[path]?.[method]?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`No 200 JSON answer documented for ${method.toUpperCase()} ${path}; add it to src/server/openapi.ts.`);
  return schema;
}
