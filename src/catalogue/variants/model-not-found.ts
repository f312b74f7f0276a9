import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue, readOn } from '../sources.ts';

const deprecations = {
  title: 'Claude API documentation: Model deprecations (which model ids are retired, and when)',
  url: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
  claim: 'which model ids are retired and from which day, so an old id gets a 404',
  read: readOn.factBase,
};

export default {
  id: 'model-not-found',
  group: 'request',
  title: 'Model not found (404)',
  wordings: [
    {
      text: '{"type":"error","error":{"type":"not_found_error","message":"model: <model>"}}',
      surface: 'Anthropic API (shown by Continue, Claude Code, LiteLLM and others)',
      firstSeen: '2025-08-07',
      lastSeen: '2026-08-14',
      source: githubIssue('vicharanashala/vibe#1259', 'claude-sonnet-4-20250514 answered with a 404 in August 2026'),
    },
    {
      text: "There's an issue with the selected model (<model>). It may not exist or you may not have access to it. Run /model to pick a different model.",
      surface: 'Claude Code (in -p mode the hint says "Run --model")',
      firstSeen: '2026-02-21',
      lastSeen: '2026-08',
      source: githubIssue('anthropics/claude-code#50229', "Claude Code's wording, with a 404 underneath"),
    },
  ],
  status: 404,
  errorType: 'not_found_error',
  summary: 'The model id the tool asked for does not exist under that name, or has been retired. A setting, not your balance.',
  cause:
    'The API answers 404 not_found_error and repeats the model id it could not find. The usual reasons: a typo or a display name ("Claude Sonnet 4.5") used as the id, an id in another provider\'s format, or an old id that Anthropic has retired, after which requests to it fail. Claude Code shows its own sentence for the same 404, which also covers an id your account cannot use; it has also appeared over a plain 404 from a wrong address.',
  audience: 'personal',
  actor: 'you',
  steps: [
    {
      title: 'Read the id after "model:" and check it.',
      detail: 'It must be an API id such as claude-sonnet-4-6, not a display name, and not a slug from another provider.',
    },
    {
      title: 'If it is an older id, check whether it was retired.',
      detail: "Anthropic's deprecations page lists each retired id with its date and the recommended replacement.",
    },
    {
      title: 'In Claude Code, pick a model again.',
      detail:
        'Run /model, or pass --model or ANTHROPIC_MODEL with a current id or an alias such as sonnet or opus; remove a stale model from your settings files.',
    },
    {
      title: 'If every model fails, check the address the tool calls.',
      detail: 'A wrong base URL or gateway answers 404 too, and Claude Code has reported that as a model problem.',
    },
  ],
  related: ['model-not-available', 'permission-denied', 'invalid-request', 'max-tokens-too-large', 'client-update-required'],
  sources: [
    cite(common.apiErrors, 'the 404 not_found_error an unknown model id gets'),
    deprecations,
    cite(common.claudeCodeErrors, 'Claude Code\'s "issue with the selected model" message and /model as the fix'),
    githubIssue('anthropics/claude-code#50229', 'the Claude Code sentence over a plain "404 page not found"'),
    githubIssue('continuedev/continue#9930', 'a display name ("Claude Sonnet 4.5") sent as the model id'),
    githubIssue('continuedev/continue#11538', 'claude-3-7-sonnet-latest refused in March 2026'),
    githubIssue('vicharanashala/vibe#1259', 'a retired Sonnet 4 id still configured in August 2026'),
  ],
  reviewed: '2026-11-30',
  change: "First version: the API's 404 for a model id and Claude Code's selected-model sentence.",
  signals: {
    phrases: [
      // Amazon Bedrock's ValidationException for a model id it does not serve, for every model: Claude's where the paste
      // shows Claude on Bedrock (anthropics/claude-code#62536, #68005, cline/cline#7673).
      { phrase: 'the provided model identifier is invalid', weight: 3, onCloud: true },
      { phrase: 'not_found_error","message":"model:', weight: 3 },
      // The same message after its status with the body's keys gone ("404 model: claude-3-5-sonnet-20241022",
      // Stiva/hevyAgent's MODEL_FIX.md).
      { phrase: '404 model: claude', weight: 3 },
      // The AI SDK's error with only the body's message (@ai-sdk/anthropic 4.0.112): "AI_APICallError: model: claude-…".
      { phrase: 'ai_apicallerror: model: claude', weight: 3 },
      // n8n's sentence for any node's 404 (n8n-workflow 2.41.0, errors/node-api.error.js), Claude's where Claude is named.
      { phrase: 'the resource you are requesting could not be found', weight: 2, onClaude: true },
      // Claude Code's retelling of a 404 ("It may not exist or you may not have access to it"): the API's own message, when
      // it says the account may not use the model, says which (anthropics/claude-code#68121).
      { phrase: "there's an issue with the selected model", weight: 3, retells: ['model-not-available', 'model-limit'] },
      { phrase: 'not_found_error', weight: 1 },
      // A tool's own words for a model id the API does not know, where Claude is named.
      { phrase: 'model not found', weight: 2, onClaude: true },
      // Google Vertex AI's 404 for a model id it does not serve ("Publisher Model `projects/…/models/claude-…` not found"),
      // where Claude is the model: Gemini's own 404 says the same.
      { phrase: 'publisher model', weight: 3, onCloud: true },
      // Bedrock's 404 for a retired model id, for every model (BerriAI/litellm#26721, a retired Claude 3.7 Sonnet id).
      { phrase: 'this model version has reached the end of its life', weight: 3, onCloud: true },
      // Claude Code's 400 through Vertex AI for a retired Claude id (anthropics/claude-code#74720: 'Model "claude-sonnet-5"
      // is legacy/outdated and no longer supported. Use /model to switch to a current model.').
      { phrase: 'is legacy/outdated and no longer supported', weight: 3 },
      // A gateway that has no route for the model asked for (maximhq/bifrost#4540: "Your gateway couldn't serve
      // anthropic/claude-3-haiku. This model may not be configured on your gateway, or access may be restricted.").
      { phrase: 'this model may not be configured on your gateway', weight: 3 },
    ],
    cues: [['model|model id', 'does not exist|doesn t exist|not found|no longer exists|retired']],
    specificity: 3,
    statuses: [404],
  },
} satisfies VariantInput;
