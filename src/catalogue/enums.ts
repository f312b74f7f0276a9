// The catalogue's closed lists, written once. Plain data with no zod, so the matcher's types and the npm package's
// declarations can name them without pulling in the schema library.

/**
 * What happened, in the reader's terms; drives grouping, filters and colours.
 * `extra-usage`: your usage-credit balance (formerly called extra usage); `organization`: your organization's
 * balance or limits; `plan-limit`: a plan window; `account`: your key, login or account; `request`: the request your
 * tool built; `tool`: a tool's own wrapper message; `service`: Anthropic's side or the network.
 */
export const groups = ['extra-usage', 'organization', 'plan-limit', 'account', 'request', 'tool', 'service'] as const;
/** Whose account the message is about. */
export const audiences = ['personal', 'organization', 'api-key'] as const;
/** Who can make the error go away: the reader, a workspace Owner, the tool's maintainer, Anthropic support, or nobody. */
export const actors = ['you', 'admin', 'maintainer', 'support', 'wait'] as const;

export type Group = (typeof groups)[number];
export type Audience = (typeof audiences)[number];
export type Actor = (typeof actors)[number];
