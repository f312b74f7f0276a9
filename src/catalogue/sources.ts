import type { VariantInput } from './schema.ts';

type Source = VariantInput['sources'][number];

/** Sources cited by several guides, named once so their titles and addresses stay the same everywhere. */
export const common = {
  email: {
    title: 'Anthropic email of 3 April 2026, "Using third-party harnesses with your Claude subscription" (quoted in rynfar/meridian#255)',
    url: 'https://github.com/rynfar/meridian/issues/255',
  },
  creditArticle: {
    title: 'Claude Help Center: "Extra usage credit for Pro, Max, and Team plans"',
    url: 'https://support.claude.com/en/articles/14246053',
  },
  extraUsageArticle: {
    title: 'Claude Help Center: "Manage extra usage for paid Claude plans" (search the help center for the title)',
    url: 'https://support.claude.com/',
  },
  agentSdkArticle: {
    title: 'Claude Help Center: "Use the Claude Agent SDK with your Claude plan"',
    url: 'https://support.claude.com/en/articles/15036540',
  },
  apiErrors: {
    title: 'Claude API documentation: Errors',
    url: 'https://docs.claude.com/en/api/errors',
  },
} satisfies Record<string, Source>;

/** A GitHub issue or pull request cited as `owner/repo#number`. */
export function githubIssue(ref: `${string}/${string}#${number}`, about: string): Source {
  const [repo, number] = ref.split('#') as [string, string];
  return { title: `${ref}: ${about}`, url: `https://github.com/${repo}/issues/${number}` };
}
