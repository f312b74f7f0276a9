import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'extra-inputs-not-permitted',
  group: 'request',
  title: 'A field the endpoint does not accept ("Extra inputs are not permitted")',
  wordings: [
    {
      text: '<field>: Extra inputs are not permitted',
      surface: 'Anthropic API, Amazon Bedrock and Vertex AI (shown by Claude Code, relays, Aider, OpenCode)',
      firstSeen: '2025-02-25',
      lastSeen: '2026-04-02',
      source: githubIssue('Wei-Shaw/claude-relay-service#667', 'tools.3.custom.input_examples refused through a relay, fixed by a relay commit'),
    },
    {
      text: 'invalid beta flag',
      surface: 'Amazon Bedrock (400 ValidationException), shown by Claude Code, Cline, Roo Code, Continue and relays',
      firstSeen: '2025-08-14',
      source: githubIssue('cline/cline#5568', 'the 1M-context Sonnet 4 on Bedrock refused with "invalid beta flag", 14 August 2025', {
        claim: 'Amazon Bedrock answered a request for the 1M-context Sonnet 4 with "invalid beta flag" on 14 August 2025.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The request carried a field (named before the colon) that this endpoint or model does not accept. Usually a proxy or an outdated tool.',
  cause:
    'The API checks every field of a request against what the endpoint, model and enabled beta features allow, and refuses any it does not know. Claude Code sends newer fields such as context_management, effort or tool input_examples together with an anthropic-beta header that switches them on; a gateway or relay that forwards the body but drops that header, or a provider such as Bedrock or Vertex that lacks the feature, leaves the field unexplained. Other tools hit it with options the provider does not take. The field name at the start of the message says which.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Read the field name before the colon.',
      detail:
        'context_management, effort, defer_loading, input_examples or a cache_control scope point at a beta feature; a name from your own settings points at that setting.',
    },
    {
      title: 'If you use a gateway, relay or proxy, make it forward the anthropic-beta header, or update it.',
      detail: 'Several relays fixed this in a release; going direct to the API is a quick test.',
    },
    {
      title: 'In Claude Code, set CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS=1 as a fallback.',
      detail: 'It turns off the features that need the beta header, so requests pass through a gateway that cannot forward it.',
    },
    {
      title: 'Remove options the provider does not support.',
      detail: "For example, a reply in Aider's tracker traced extra_body to a reasoning-effort setting that Anthropic does not take.",
    },
    { title: 'Update the tool, or report the field name to its maintainer.' },
  ],
  related: ['too-many-cache-breakpoints', 'temperature-and-top-p', 'invalid-request', 'openclaw-schema-rejected'],
  sources: [
    cite(common.claudeCodeErrors, 'gateways that drop the anthropic-beta header, and CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS=1 as the fallback'),
    cite(
      common.claudeCodeChangelog,
      'fixes for gateway users, for whom CLAUDE_CODE_DISABLE_EXPERIMENTAL_BETAS=1 avoids the beta-field errors (2.1.25, 2.1.27)',
    ),
    githubIssue('anthropics/claude-code#14135', 'context_management refused on every new chat'),
    githubIssue('caozhiyuan/copilot-api#145', 'system.1.cache_control.ephemeral.scope refused through a proxy; fixed in its 1.4.9'),
    githubIssue('Aider-AI/aider#4404', 'extra_body refused; a reply points at a reasoning-effort setting'),
    githubIssue('Wei-Shaw/claude-relay-service#667', 'input_examples refused through a relay, fixed by a commit'),
  ],
  reviewed: '2026-12-04',
  change: 'Adds Amazon Bedrock\'s "invalid beta flag" of August 2025, the refusal of a beta feature the model or region lacks.',
  signals: {
    phrases: [
      // Bedrock's check of the body for every model it serves (anthropics/claude-code#5606: "extraneous key [stream] is not
      // permitted, please reformat your input and try again"): Claude's where the paste shows Claude on Bedrock.
      { phrase: 'is not permitted, please reformat your input and try again', weight: 3, onCloud: true },
      { phrase: 'extra inputs are not permitted', weight: 1.5 },
      // The API's older validator worded it "extra fields not permitted" ("maxOutputTokens: extra fields not permitted",
      // danny-avila/LibreChat#932, 2023).
      { phrase: 'extra fields not permitted', weight: 3 },
      { phrase: 'invalid_request_error', weight: 0.5 },
      { phrase: 'api error: 400', weight: 0.5 },
      { phrase: 'the model returned the following errors', weight: 0.5 },
      { phrase: 'context_management: extra inputs are not permitted', weight: 3 },
      { phrase: 'input_examples: extra inputs are not permitted', weight: 3 },
      { phrase: 'defer_loading: extra inputs are not permitted', weight: 3 },
      { phrase: 'ephemeral.scope: extra inputs are not permitted', weight: 3 },
      { phrase: 'output_config: extra inputs are not permitted', weight: 3 },
      { phrase: 'extra_body: extra inputs are not permitted', weight: 3 },
      // Any field the API names before the refusal, as it names them all ("….cache_control.ephemeral.ttl: Extra inputs…").
      { phrase: ': extra inputs are not permitted', weight: 3 },
      // Amazon Bedrock's refusal of a beta feature the model or region lacks, sent as anthropic_beta or the header.
      { phrase: 'invalid beta flag', weight: 3 },
      { phrase: 'unexpected value(s) for the anthropic-beta header', weight: 3 },
      // With the refused beta named between: "Unexpected value(s) `advisor-tool-2026-03-01` for the `anthropic-beta` header".
      { phrase: 'for the anthropic-beta', weight: 3 },
    ],
    cues: [['extra inputs|extra input|extra fields|additional input|additional inputs|additional properties', 'not permitted|not allowed']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
