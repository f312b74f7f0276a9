import { variantSchema, type Variant } from './schema.ts';

/** Thrown when the catalogue or its guides break an invariant; the message names every variant at fault. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';

  /** Every problem found, one sentence each. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the catalogue:\n- ${problems.join('\n- ')}`);
    this.problems = problems;
  }
}

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(entry)'}: ${issue.message}`).join('; ');
}

/** Validates every entry and the links between them, returning the parsed variants in input order; reports all problems at once. */
export function parseCatalogue(inputs: readonly unknown[]): Variant[] {
  const problems: string[] = [];
  const variants: Variant[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const label = typeof input === 'object' && input !== null && 'id' in input ? String(input.id) : `entry #${index + 1}`;
    const result = variantSchema.safeParse(input);
    if (!result.success) {
      problems.push(`Variant "${label}" is invalid: ${describeIssues(result.error)}`);
      return;
    }
    if (seen.has(result.data.id)) {
      problems.push(`Variant "${label}" is defined twice: ids must be unique`);
      return;
    }
    seen.add(result.data.id);
    variants.push(result.data);
  });
  const ids = new Set(inputs.flatMap((input) => (typeof input === 'object' && input !== null && 'id' in input ? [String(input.id)] : [])));
  for (const variant of variants) {
    for (const related of variant.related) {
      if (!ids.has(related)) problems.push(`Variant "${variant.id}" lists related id "${related}", which does not exist`);
      else if (related === variant.id) problems.push(`Variant "${variant.id}" lists itself as related`);
    }
    for (const retold of (variant.signals?.phrases ?? []).flatMap((phrase) => phrase.retells ?? [])) {
      if (!ids.has(retold) || retold === variant.id)
        problems.push(`Variant "${variant.id}" has a phrase retelling "${retold}", which is no other variant`);
    }
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  return variants;
}

/** The problems between the variants and their guides: a variant without a guide, a guide naming no variant. */
export function guideProblems(variantIds: readonly string[], guideIds: readonly string[]): string[] {
  const guides = new Set(guideIds);
  const variants = new Set(variantIds);
  return [
    ...variantIds.filter((id) => !guides.has(id)).map((id) => `Variant "${id}" has no guide: add content/guides/${id}.mdx`),
    ...guideIds
      .filter((id) => !variants.has(id))
      .map((id) => `Guide "${id}" names no variant: add src/catalogue/variants/${id}.ts or remove the guide`),
  ];
}

/** Checks that every variant has a guide and every guide names a variant; throws with every problem found. */
export function checkGuides(variantIds: readonly string[], guideIds: readonly string[]): void {
  const problems = guideProblems(variantIds, guideIds);
  if (problems.length > 0) throw new CatalogueError(problems);
}
