import type { Actor, Audience, Family } from './schema.ts';

/** Who can fix it, as the badge says it. */
export const actorLabels: Record<Actor, string> = {
  you: 'You',
  admin: 'Your workspace admin',
  maintainer: "The tool's maintainer",
  support: 'Anthropic support',
  wait: 'Nobody: wait',
};

/** Families, as headings and filters name them. */
export const familyLabels: Record<Family, string> = {
  'extra-usage': 'Your usage credits',
  organization: "Your organization's balance and limits",
  'plan-limit': "Your plan's limits",
  account: 'Your key, login or account',
  request: 'The request your tool built',
  tool: "Your tool's own messages",
  service: "Anthropic's side or the network",
};

/** Audiences, as filters name them. */
export const audienceLabels: Record<Audience, string> = {
  personal: 'Personal plan',
  organization: 'Team or Enterprise',
  'api-key': 'API key',
};


/** The families in the order the site lists them. */
export const familyOrder = Object.keys(familyLabels) as Family[];
