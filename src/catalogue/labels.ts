import type { Actor, Audience, Family } from './schema.ts';

/** Who can fix it, as the badge says it. */
export const actorLabels: Record<Actor, string> = {
  you: 'You',
  admin: 'Your workspace admin',
  maintainer: "The tool's maintainer",
  wait: 'Nobody: wait',
};

/** Families, as headings and filters name them. */
export const familyLabels: Record<Family, string> = {
  'extra-usage': 'Extra usage',
  organization: 'Organization',
  adjacent: 'Look-alike errors',
};

/** Audiences, as filters name them. */
export const audienceLabels: Record<Audience, string> = {
  personal: 'Personal plan',
  organization: 'Team or Enterprise',
  'api-key': 'API key',
};

