import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

export default {
  id: 'temperature-and-top-p',
  group: 'request',
  title: 'temperature or top_p refused by the model',
  wordings: [
    {
      text: '`temperature` is deprecated for this model.',
      surface: 'Anthropic API and Amazon Bedrock (Claude Opus 4.7 and later models)',
      firstSeen: '2026-04-18',
      lastSeen: '2026-06-18',
      source: githubIssue('TestPlanIt/testplanit#220', 'the 400 from Opus 4.7 when a tool still sends temperature'),
    },
    {
      text: '`temperature` and `top_p` cannot both be specified for this model. Please use only one.',
      surface: 'Anthropic API and Amazon Bedrock (since Claude Opus 4.1)',
      firstSeen: '2025-08-06',
      lastSeen: '2026-05-23',
      source: githubIssue('anomalyco/opencode#28930', 'an OpenCode agent config setting both; removing them fixed it'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The tool sent sampling settings (temperature, top_p) that this Claude model no longer accepts. A settings or tool issue, not billing.',
  cause:
    "Older Claude models let a caller tune randomness with temperature and top_p together. Since Opus 4.1 (by users' reports from August 2025) the API refuses a request that sets both, and on Claude 4.7 and later models temperature, top_p and top_k are deprecated: Anthropic's deprecation page says a non-default value returns a 400. Many tools still send a default temperature with every request, so the refusal appears as soon as a newer model is picked, even if you never touched the setting.",
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    {
      title: 'Clear the sampling settings you set yourself.',
      detail: 'Remove temperature and top_p from the agent or model config, or keep only one of them for models before 4.7.',
    },
    {
      title: 'Update the tool, plugin or proxy.',
      detail: 'Most tools fixed this by no longer sending temperature to newer models.',
    },
    {
      title: 'If you cannot change it, pick an older model until a fix ships.',
      detail: 'Reporters found that Opus 4.6 still accepted the same request.',
    },
    {
      title: 'Report it to the maintainer if the tool sends the value on its own.',
    },
  ],
  related: ['max-tokens-too-large', 'extra-inputs-not-permitted', 'invalid-request', 'model-not-found'],
  sources: [
    {
      title: 'Claude API documentation: Model deprecations (temperature, top_p and top_k deprecated on Claude 4.7 and later)',
      url: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
      claim: 'temperature, top_p and top_k deprecated on Claude 4.7 and later models',
      read: readOn.factBase,
    },
    cite(common.apiErrors, 'the 400 invalid_request_error that carries both refusals'),
    githubIssue('anomalyco/opencode#28930', 'both settings in an agent config; a maintainer advises setting one or neither'),
    githubIssue('chatboxai/chatbox#2670', 'Sonnet 4.5 and Opus 4.1 refusing both; the answer is to clear one of the two fields'),
    githubIssue('HKUDS/nanobot#3418', 'a tool fix: stop sending temperature to Opus 4.7'),
    githubIssue('Davidvandijcke/coarse#162', 'Opus 4.7 refused over temperature while Opus 4.6 worked'),
  ],
  reviewed: '2026-12-04',
  change: 'Dates the first report of the temperature deprecation to 18 April 2026, as its source shows.',
  signals: {
    phrases: [
      // A tool's "unset" value sent as a number (FlowiseAI/Flowise#5136: "top_p cannot be set to -1 for this model.").
      { phrase: 'top_p cannot be set to', weight: 3 },
      { phrase: 'temperature and top_p cannot both be specified', weight: 3 },
      { phrase: 'temperature is deprecated for this model', weight: 3 },
      // n8n's retelling of the 400 from Claude 4.7 and later (@n8n/n8n-nodes-langchain 2.41.1, its Anthropic chat model
      // node): "The model \"claude-opus-4-7\" does not support the Sampling Temperature, Top K, or Top P options."
      { phrase: 'does not support the sampling temperature, top k, or top p options', weight: 3 },
      { phrase: 'top_p is deprecated for this model', weight: 3 },
      { phrase: 'top_k is deprecated for this model', weight: 3 },
      // Retyped with another preposition ("temperature is deprecated in this model", pgermishuys/opencode-weave#41).
      { phrase: 'temperature is deprecated', weight: 3 },
      { phrase: 'top_p is deprecated', weight: 3 },
      { phrase: 'please use only one', weight: 1 },
    ],
    cues: [['temperature|top_p|top_k', 'deprecated|cannot both|not supported|unsupported|only one']],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
