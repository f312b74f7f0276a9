import type { Actor, Audience, Group } from './enums.ts';

/** Who can fix it, as the badge says it. */
export const actorLabels: Record<Actor, string> = {
  you: 'You',
  admin: "Your organization's Owner",
  maintainer: "The tool's maintainer",
  support: 'Anthropic support',
  wait: 'Nobody: wait',
};

/** Groups, as headings and filters name them. */
export const groupLabels: Record<Group, string> = {
  'extra-usage': 'Your usage credits',
  organization: "Your organization's balance and limits",
  'plan-limit': "Your plan's limits",
  account: 'Your key, login or account',
  request: 'The request your tool built',
  tool: "Your tool's own messages",
  service: "Anthropic's side or the network",
};

/** What each group means to a reader who does not know the words, in one line. */
export const groupHints: Record<Group, string> = {
  'extra-usage': 'The balance a third-party app draws on when it uses your Claude login (formerly called extra usage) is off, empty or capped.',
  organization: "Your Team or Enterprise organization's usage credits or spend limits stop you; an Owner can change them.",
  'plan-limit': "Your plan's session, weekly or model window is used up; it resets on its own.",
  account: 'The key, login or account your tool uses is refused: expired, out of credit, or switched off.',
  request: 'The request your tool built breaks a rule of the API: usually a bug or a setting in the tool.',
  tool: 'Your tool wraps the real error in words of its own; the cause is underneath.',
  service: "Anthropic's side is busy or failing, or the network between you is.",
};

/** Audiences, as filters name them. */
export const audienceLabels: Record<Audience, string> = {
  personal: 'Personal plan',
  organization: 'Team or Enterprise',
  'api-key': 'API key',
};

/** The groups in the order the site lists them. */
export const groupOrder = Object.keys(groupLabels) as Group[];

/** Who can fix it, as the second part of a one-line notice ("… · your organization's Owner can fix it · <guide>"). */
export const actorPhrases: Record<Actor, string> = {
  you: 'you can fix it',
  admin: "your organization's Owner can fix it",
  maintainer: "the tool's maintainer can fix it",
  support: 'only Anthropic support can fix it',
  wait: 'it clears by itself: wait',
};
