import type { Actor, Variant } from './schema.ts';

/** The `<title>` of a guide: the verbatim message when there is one, so a search for the text finds the page. */
export function guideTitle(variant: Variant): string {
  const message = variant.messages[0];
  if (!message || variant.kind !== 'message') return variant.title;
  const short = message.length > 70 ? `${message.slice(0, 67).trimEnd()}…` : message;
  return `“${short}”: ${variant.title}`;
}

/** One sentence saying who acts, after the badge: the variant's own note when it has one. */
export function actorSentence(actor: Actor, note?: string): string {
  if (note) return note;
  switch (actor) {
    case 'you':
      return 'You can fix this yourself, in a few minutes.';
    case 'admin':
      return "Your organization's Owner or Primary Owner (or, on Enterprise, a role that can manage billing) has to act; a member cannot fix it alone.";
    case 'maintainer':
      return 'The fix is usually in the tool: update it, change its settings, or report it to its maintainer.';
    case 'support':
      return 'Only Anthropic can change this: appeal, or contact Anthropic support from the Help Center.';
    case 'wait':
      return 'Nothing to change or pay: it clears by itself.';
  }
}
