import type { VariantInput } from '../schema.ts';

export default {
  id: 'openclaw-billing-error',
  family: 'tool',
  title: 'Write a short title',
  wordings: [
    {
      text: 'Paste the message exactly as the tool prints it; <slot> marks a part that varies.',
      surface: 'What prints it, e.g. Anthropic API',
      firstSeen: '2026-11',
      source: { title: 'Where this wording was seen', url: 'https://example.com/replace-me' },
    },
  ],
  summary: 'Say the cause in one line.',
  cause: 'Say what it means in a few sentences, from a public source.',
  audience: 'personal',
  actor: 'you',
  steps: [{ title: 'Say the first thing to do.' }],
  related: [],
  sources: [{ title: 'Placeholder: replace with a real source', url: 'https://example.com/replace-me' }],
  reviewed: '2026-11-30',
  change: 'First version of this guide.',
  signals: {
    phrases: [{ phrase: 'the defining words of the message', weight: 3 }],
    specificity: 3,
    statuses: [],
  },
} satisfies VariantInput;
