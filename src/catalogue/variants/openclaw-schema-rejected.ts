import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

export default {
  id: 'openclaw-schema-rejected',
  group: 'tool',
  title: 'OpenClaw: "provider rejected the request schema or tool payload"',
  wordings: [
    {
      text: 'LLM request failed: provider rejected the request schema or tool payload.',
      surface: 'OpenClaw (chat reply, Control UI, `openclaw agent`)',
      firstSeen: '2026-04-19',
      lastSeen: '2026-09-19',
      source: githubIssue('openclaw/openclaw#68735', 'the message after an upgrade to 2026.4.15, and a raw provider 400 found behind it'),
    },
    {
      text: 'Session history looks corrupted (tool call input missing). Use /new to start a fresh session. If this keeps happening, reset the session or delete the corrupted session transcript.',
      surface: 'OpenClaw 2026.9.6, when the provider refused a tool call sent without its input',
      firstSeen: '2026-09-24',
      source: cite(common.openclaw2026_9_6, 'the line it shows for a 400 about a tool call without its input (dist/embedded-agent-helpers)'),
    },
    {
      text: 'Agent failed before reply: LLM request failed: provider rejected the request schema or tool payload. Logs: openclaw logs --follow',
      surface: 'OpenClaw (channel replies such as Telegram or the web chat)',
      firstSeen: '2026-07-15',
      lastSeen: '2026-07-30',
      source: githubIssue('openclaw/openclaw#108075', 'the full line with its pointer to the logs, on 2026.7.1'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary:
    'OpenClaw hid a 400 from the model provider behind one fixed sentence; the real reason is in its logs, and usually lies in what OpenClaw sent.',
  cause:
    "When a provider answers with a structured 400 (a JSON error body), OpenClaw does not show the provider's own words: it prints this sentence instead and keeps the detail for its logs. The provider refused the shape of the request: a tool definition it cannot accept, a conversation history it considers broken, or a field it does not know. It is not about money or limits. With Claude it has followed OpenClaw upgrades that sent an invalid tool schema, and long sessions whose history stopped being valid; the same sentence appears with OpenAI, Copilot, DeepSeek and local models.",
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Start a fresh conversation with /new (or reset the session) and try once more.',
      detail: 'If the history was the problem, a new session gets through; reports of recurring rejections needed a reset each time.',
    },
    {
      title: "Read the provider's real message: run `openclaw logs --follow`, repeat the request, and look for the 400 text.",
      detail:
        'It often names the culprit, such as "tools.30.custom.input_schema: JSON schema is invalid". Paste that text into this site to find its guide.',
    },
    {
      title: 'If every request to the provider fails, check it outside chat with `openclaw models status --probe`.',
      detail: 'In 2026.9.6 the probe needs the Gateway stopped first (`openclaw gateway stop`).',
    },
    {
      title: 'If it began after an OpenClaw update, try the next release or go back to the last version that worked.',
    },
    {
      title: 'Report it to OpenClaw with your version, the provider and model, and the 400 text from the logs.',
    },
  ],
  related: ['invalid-request', 'tool-result-mismatch', 'llm-request-rejected', 'openclaw-billing-error'],
  sources: [
    cite(
      common.openclaw2026_9_6,
      'its schema sentence, its corrupted-history line (both in dist), and the probe that needs the Gateway stopped (docs/cli/models.md)',
    ),
    githubIssue('openclaw/openclaw#68735', 'the message after an OpenClaw upgrade, with an OpenAI replay 400 found behind it'),
    githubIssue('openclaw/openclaw#105708', 'an Anthropic 400 on an invalid tool schema (tools.30.custom.input_schema) after upgrading to 2026.6.11'),
    githubIssue('openclaw/openclaw#141582', 'every Anthropic request rejected on 2026.8.2 while OpenAI worked'),
    githubIssue('openclaw/openclaw#103159', 'repeated rejections in one Claude session, each cleared by a session reset'),
    githubIssue('openclaw/openclaw#103161', "the gateway not writing the provider's rejection details to its log files"),
    githubIssue('openclaw/openclaw#108075', 'the "Agent failed before reply" form with `openclaw logs --follow`'),
    githubIssue('techysy/10router#27', 'the same sentence for a DeepSeek model behind a router that rejected tool schemas'),
    {
      title:
        'OpenClaw source (a copy read for this review): structured provider payloads are replaced by generic copy, and its newer wording of that copy',
      url: 'https://github.com/openclaw/openclaw/blob/00cd2673beff1e15b3a2e8557c7c8e673f6c342d/src/agents/failover/assistant-request-failure-copy.ts',
      claim: "OpenClaw replacing the provider's structured error with its own generic sentence, in the older and the newer wording",
      read: readOn.factBase,
    },
  ],
  reviewed: '2026-12-06',
  change: "Checked against OpenClaw 2026.9.6: its corrupted-history line is this guide's, and its probe needs the Gateway stopped.",
  signals: {
    phrases: [
      { phrase: 'provider rejected the request schema or tool payload', weight: 3 },
      // OpenClaw 2026.9.6 for a tool call sent without its input ("Session history looks corrupted (tool call input
      // missing). Use /new to start a fresh session. …"; dist/embedded-agent-helpers): the same fix, /new.
      { phrase: 'session history looks corrupted (tool call input missing)', weight: 3 },
      { phrase: "the ai service couldn't accept this request", weight: 3 },
      { phrase: 'llm error invalid_request_error: <message>', weight: 1 },
      { phrase: 'agent failed before reply', weight: 1 },
    ],
    specificity: 1,
    statuses: [400],
  },
} satisfies VariantInput;
