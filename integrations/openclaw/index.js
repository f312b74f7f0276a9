// @ts-check
// The OpenClaw plugin: when a message OpenClaw is about to send (to WhatsApp, Telegram, Discord…) is a Claude error
// the matcher names, it adds one line saying what it is, who can fix it and where the guide is. Nothing else changes.
import { explain } from 'llm-request-rejected';

/** @typedef {import('openclaw/plugin-sdk/plugin-entry').OpenClawPluginDefinition} OpenClawPluginDefinition */

/** Below this the matcher is only guessing ("possible"), and a guess is not worth a line in someone's chat. */
const minimumConfidence = 0.6;

/**
 * The message with the guide's line added, or undefined to send it untouched. OpenClaw documents `originalError`
 * (the error behind an error message) in some versions; when it is there it is read instead of the text.
 * @param {{ content: string; originalError?: unknown; isError?: unknown }} event
 * @returns {{ content: string } | undefined}
 */
export function withGuideLine(event) {
  if (typeof event.content !== 'string' || event.isError === false) return undefined;
  const original = event.originalError;
  const source = typeof original === 'string' || (typeof original === 'object' && original !== null) ? original : event.content;
  const explanation = explain(source) ?? (source === event.content ? null : explain(event.content));
  if (explanation === null || explanation.confidence < minimumConfidence) return undefined;
  // A message that already carries the guide (sent twice, or by another hook) gets no second line.
  if (event.content.includes(explanation.guideUrl)) return undefined;
  return { content: `${event.content.trimEnd()}\n${explanation.line}` };
}

/** @type {OpenClawPluginDefinition} */
const plugin = {
  id: 'llm-request-rejected-openclaw',
  name: 'LLM request rejected: fix guides',
  description: 'Adds what a Claude error means, who can fix it and its guide under the error message a chat receives.',
  register(api) {
    api.on('message_sending', (event) => {
      try {
        return withGuideLine(event);
      } catch {
        // Never hold a message back: on any fault it goes out as it was.
        return undefined;
      }
    });
  },
};

export default plugin;
