import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'max-tokens-too-large',
  group: 'request',
  title: "max_tokens above the model's output limit",
  wordings: [
    {
      text: 'max_tokens: <requested> > <limit>, which is the maximum allowed number of output tokens for <model>',
      surface: 'Anthropic API (shown by Claude Code, Aperant, ChatHub, LiteLLM and others)',
      firstSeen: '2024-06-20',
      lastSeen: '2026-08-07',
      source: githubIssue('anthropics/claude-code#23923', 'Claude Code 2.1.34 asking Opus 4.6 for one token more than its limit'),
    },
    {
      text: '`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at <url>',
      surface: 'Anthropic API, Amazon Bedrock, Vertex AI (when extended thinking is on)',
      firstSeen: '2025-05-27',
      lastSeen: '2026-02-10',
      source: githubIssue('anthropics/claude-code#8756', 'the thinking-budget form from Claude Code on Bedrock'),
    },
    {
      text: "API Error: Claude's response exceeded the <n> output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS environment variable.",
      surface: 'Claude Code (its own output cap, not the API’s max_tokens check)',
      firstSeen: '2025-08-20',
      source: githubIssue('anthropics/claude-code#6158', 'Claude Code’s own output-cap message, at 32000, in August 2025', {
        claim: 'Claude Code 1.0.84 stopped with "Claude\'s response exceeded the 32000 output token maximum" on 20 August 2025.',
        read: '2026-12-04',
      }),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The request asked for a longer answer than this model can write, or left no room beside the thinking budget.',
  cause:
    'Every request states max_tokens, the longest answer it will accept. Each model has a ceiling for that number, and the message names both: the value sent, then the ceiling after ">". A tool that uses one figure for every model, adds one to a limit, or reads a setting meant for a larger model sends a value above the ceiling and is refused before anything is generated. With extended thinking the thinking budget comes out of the same max_tokens, so max_tokens must also stay above the budget.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Read the two numbers in the message.',
      detail: 'The first is what was sent, the one after ">" is the most this model accepts.',
    },
    {
      title: 'Lower the output setting to the ceiling or below.',
      detail: "In Claude Code that is CLAUDE_CODE_MAX_OUTPUT_TOKENS; in other tools look for max tokens or max output in the model's settings.",
    },
    {
      title: 'For the thinking-budget form, lower the budget or raise max_tokens.',
      detail: 'In Claude Code lower MAX_THINKING_TOKENS, or raise CLAUDE_CODE_MAX_OUTPUT_TOKENS above it.',
    },
    {
      title: 'If you set nothing, update the tool or report it.',
      detail: 'The value is then chosen by the tool; a fixed release, a different model, or the maintainer is the way out.',
    },
  ],
  related: ['prompt-too-long', 'temperature-and-top-p', 'invalid-request', 'model-not-found'],
  sources: [
    cite(common.apiErrors, "the 400 invalid_request_error a max_tokens above the model's limit gets"),
    cite(common.claudeCodeErrors, 'CLAUDE_CODE_MAX_OUTPUT_TOKENS as the setting that caps output in Claude Code'),
    githubIssue('anthropics/claude-code#23923', 'max_tokens 128001 > 128000 for claude-opus-4-6 on every new session'),
    githubIssue('AndyMik90/Aperant#1249', 'a tool hard-coding 65537 against a 64000 limit for Opus 4.5'),
    githubIssue('chathub-dev/chathub#1222', 'the same refusal fixed by a ChatHub release'),
    githubIssue('anthropics/claude-code#8756', 'the thinking-budget form on Bedrock'),
  ],
  reviewed: '2026-12-04',
  change:
    "Adds Claude Code's own output-cap message (CLAUDE_CODE_MAX_OUTPUT_TOKENS), a limit set in the client rather than by the API, dated from its first public report (August 2025).",
  signals: {
    phrases: [
      // Claude Code's check of its output-cap setting before any request (@anthropic-ai/claude-code 1.0.70's cli.js:
      // "Invalid env var CLAUDE_CODE_MAX_OUTPUT_TOKENS: 64000").
      { phrase: 'invalid env var claude_code_max_output_tokens', weight: 3 },
      { phrase: 'which is the maximum allowed number of output tokens', weight: 3 },
      // OpenClaw 2026.9.6's rewording behind its prefix ("LLM request rejected: configured maxTokens is 64000, above the
      // provider maximum of 32000. Lower maxTokens and try again."; dist/assistant-request-failure-copy).
      { phrase: 'above the provider maximum of', weight: 3 },
      // Amazon Bedrock's form: "The maximum tokens you requested exceeds the model limit of 32768".
      // Bedrock's wording for every model it serves (Amazon Nova's too, danny-avila/LibreChat#6494): Claude's only where Bedrock
      // shows it serving Claude.
      { phrase: 'the maximum tokens you requested exceeds the model limit', weight: 3, onCloud: true },
      // Claude Code's output cap with its number and without its "API Error:" frame, as issue titles quote it.
      { phrase: "claude's response exceeded the", weight: 3 },
      { phrase: 'max_tokens must be greater than thinking.budget_tokens', weight: 3 },
    ],
    cues: [
      [
        'max_tokens|max output tokens|max_output_tokens|output tokens|maximum tokens',
        'exceeds|exceed|exceeded|greater than|too large|too high|maximum allowed|limit',
      ],
    ],
    specificity: 3,
    statuses: [400],
  },
} satisfies VariantInput;
