import { variantSchema, type Variant } from './schema.ts';

/** Thrown when the catalogue or its guides break an invariant; the message names the variant. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

function describeIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(entry)'}: ${issue.message}`).join('; ');
}

/** Validates every entry and the links between them, returning the parsed variants in input order. */
export function parseCatalogue(inputs: readonly unknown[]): Variant[] {
  const variants: Variant[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const label = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : `entry #${index + 1}`;
    const result = variantSchema.safeParse(input);
    if (!result.success) throw new CatalogueError(`Variant "${label}" is invalid: ${describeIssues(result.error)}`);
    if (seen.has(result.data.id)) throw new CatalogueError(`Variant "${label}" is defined twice: ids must be unique`);
    seen.add(result.data.id);
    variants.push(result.data);
  });
  for (const variant of variants) {
    for (const related of variant.related) {
      if (!seen.has(related)) throw new CatalogueError(`Variant "${variant.id}" lists related id "${related}", which does not exist`);
      if (related === variant.id) throw new CatalogueError(`Variant "${variant.id}" lists itself as related`);
    }
  }
  return variants;
}

/** Checks that every variant has a guide and every guide names a variant. */
export function checkGuides(variantIds: readonly string[], guideIds: readonly string[]): void {
  const guides = new Set(guideIds);
  const variants = new Set(variantIds);
  const missing = variantIds.filter((id) => !guides.has(id));
  if (missing.length > 0) throw new CatalogueError(`Variant "${missing[0]}" has no guide: add content/guides/${missing[0]}.mdx`);
  const extra = guideIds.filter((id) => !variants.has(id));
  if (extra.length > 0) throw new CatalogueError(`Guide "${extra[0]}" names no variant: add src/catalogue/variants/${extra[0]}.ts or remove the guide`);
}
