import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn, telegramOutOfExtraUsage } from '../sources.ts';

export default {
  id: 'llm-request-rejected',
  group: 'tool',
  title: 'LLM request rejected (OpenClaw prefix)',
  wordings: [
    {
      text: 'LLM request rejected: <message>',
      surface: 'OpenClaw, in front of a 400 invalid_request_error it has no text of its own for',
      firstSeen: '2026-02-02',
      lastSeen: '2026-07-28',
      source: githubIssue('openclaw/openclaw#114946', 'the prefix on a Discord gateway on 28 July 2026, in front of a tool_result field error'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    "OpenClaw's prefix for a request the provider refused with a 400. It names no cause: the words after the colon decide which guide applies.",
  cause:
    'OpenClaw puts "LLM request rejected:" in front of the message a provider returns with a 400 invalid_request_error when it has no friendlier text for it. The prefix only says the request was refused; the provider\'s own words follow the colon. In April 2026 those words were often the extra-usage refusals. Later OpenClaw releases class those as billing errors and show a billing warning instead, so through mid 2026 the prefix more often carried a request the API found malformed, such as a tool_use block without its tool_result. OpenClaw 2026.9.6 words those itself in chat, keeping the prefix for two refusals it rewords. Claude\'s own Telegram channel plugin, which Anthropic publishes, has printed the same prefix too: for a failed membership check in March 2026 and for the out-of-extra-usage refusal in April 2026.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Find the whole line: the words after "LLM request rejected:".',
      detail: 'Scroll back in the chat or terminal, or follow the log with openclaw logs --follow and repeat the request.',
    },
    { title: 'Paste that line into the box on the home page; the message after the colon picks the guide.' },
    {
      title: 'If the words mention messages, tool_use, tool_result or a missing field, start a fresh session with /new.',
      detail: 'A damaged conversation history is the usual cause; money does not help.',
    },
    {
      title: "If the tool talks to another provider, the words after the colon are that provider's.",
      detail: "A numeric code such as (2013) is not Anthropic's; look in that provider's documentation.",
    },
  ],
  related: [
    'out-of-extra-usage',
    'extra-usage-add-more',
    'openclaw-billing-error',
    'openclaw-schema-rejected',
    'invalid-request',
    'api-credit-too-low',
  ],
  sources: [
    githubIssue('openclaw/openclaw#6971', "the prefix on 2 February 2026, in front of another provider's error code (2013)"),
    githubIssue('techartdev/OpenClawHomeAssistant#83', 'the prefix in front of a tool_use/tool_result error from Claude, February 2026'),
    githubIssue('openclaw/openclaw#48526', 'the prefix in front of "Your credit balance is too low" in OpenClaw logs, March 2026'),
    cite(
      common.openclaw2026_9_6,
      'its user-facing copy: the schema sentence, the corrupted-history line, the cooldown line, and the prefix kept on its cache_control and maxTokens rewordings',
    ),
    githubIssue('anthropics/claude-code#43810', 'the prefix in front of "You\'re out of extra usage" in an OpenClaw log, 5 April 2026'),
    githubIssue('openclaw/openclaw#93763', 'the billing warning OpenClaw shows subscription logins instead (merged; review of 16 June 2026)'),
    githubIssue('openclaw/openclaw#115642', 'OpenClaw classing "out of extra usage" as billing and cooling the provider down, July 2026'),
    {
      title: 'OpenClaw FAQ: "LLM request rejected: messages…tool_use.input field required" means a stale or damaged session; /new starts a fresh one',
      url: 'https://github.com/openclaw/openclaw/blob/main/docs/help/faq.md',
      claim: '/new as the fix for a stale or damaged session behind the "LLM request rejected:" prefix',
      read: readOn.factBase,
    },
    githubIssue('openclaw/openclaw#114946', 'the prefix on 28 July 2026, in front of a tool_result field error'),
    githubIssue('anthropics/claude-plugins-official#787', "the same prefix from Claude's own Telegram channel plugin, March 2026", {
      claim: "Anthropic's Telegram plugin printed the prefix for a failed membership check on 20 March 2026.",
      read: '2026-12-04',
    }),
    telegramOutOfExtraUsage,
    githubIssue('anthropics/claude-code#45521', 'the Telegram plugin printing the prefix with the out-of-extra-usage refusal, 9 April 2026', {
      claim: 'A second report, on 9 April 2026, of the Telegram plugin printing the out-of-extra-usage refusal behind the prefix.',
      read: '2026-12-04',
    }),
    common.emailSubscriptionCovers,
    cite(common.apiErrors, 'the 400 invalid_request_error that OpenClaw wraps with the prefix'),
  ],
  reviewed: '2026-12-06',
  change: 'Checked against OpenClaw 2026.9.6, whose chat replies rarely carry the prefix: where its own sentences lead.',
  signals: {
    phrases: [{ phrase: 'llm request rejected', weight: 2 }],
    specificity: 0,
    statuses: [400],
  },
} satisfies VariantInput;
