// Which link-preview cards the site has, and what each says, from the catalogue.
import { actorLabels, groupLabels } from '../catalogue/labels.ts';
import type { Actor, Variant } from '../catalogue/schema.ts';
import type { Card } from './card.ts';
import { guidePath } from '../site.ts';

/** The dark palette's colour per actor, matching the site's badges. */
const actorColours: Record<Actor, string> = {
  you: '#6fdc9c',
  admin: '#ffb37a',
  maintainer: '#c8aaff',
  support: '#ff9db5',
  wait: '#b5c2d8',
};

/** The card for a guide: its group, title, verbatim message (or summary) and who can fix it. */
export function variantCard(variant: Variant): Card {
  return {
    id: variant.id,
    kicker: groupLabels[variant.group],
    title: variant.title,
    quote: variant.messages[0],
    summary: variant.messages.length === 0 ? variant.summary : undefined,
    actor: { label: actorLabels[variant.actor], colour: actorColours[variant.actor] },
    footer: guidePath(variant.id),
  };
}

/** Cards for pages that are not guides: the site as a whole, and the page a member sends to an admin. */
export function pageCards(messageCount: number): Card[] {
  return [
    {
      id: 'site',
      kicker: 'An independent fix guide',
      title: 'Find your exact Claude error and fix it',
      summary: `Paste what your tool printed: ${messageCount} known billing and access errors, who can fix each one, and the steps.`,
      footer: 'Not affiliated with Anthropic',
    },
    {
      id: 'admin-request',
      kicker: 'For a workspace admin',
      title: 'A teammate is blocked and needs you',
      summary: "Their tool is refused until whoever runs the workspace's usage credits steps in. The link shows what they saw and what to check.",
      actor: { label: actorLabels.admin, colour: actorColours.admin },
      footer: '/admin/claim/',
    },
  ];
}
