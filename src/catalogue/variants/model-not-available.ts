import type { VariantInput } from '../schema.ts';
import { cite, githubIssue, readOn } from '../sources.ts';

const proPlanDoc = {
  title: 'Claude Code documentation: Error reference, "Claude Opus is not available with the Claude Pro plan"',
  url: 'https://code.claude.com/docs/en/errors#claude-opus-is-not-available-with-the-claude-pro-plan',
  read: readOn.factBase,
};
const restrictedDoc = {
  title: 'Claude Code documentation: Error reference, "Model is restricted by your organization’s settings"',
  url: 'https://code.claude.com/docs/en/errors#model-is-restricted-by-your-organizations-settings',
  read: readOn.factBase,
};

export default {
  id: 'model-not-available',
  group: 'account',
  title: 'Model not available to your account',
  wordings: [
    {
      text: '<model> is not available for this account. You can explore other available models on Amazon Bedrock. For additional access options, contact AWS Sales at https://aws.amazon.com/contact-us/sales-support/',
      surface: 'Amazon Bedrock (403 permission_error), through Claude Code or the AWS CLI',
      firstSeen: '2026-04-17',
      source: githubIssue('anthropics/claude-code#49238', 'the 403 body for anthropic.claude-opus-4-7 on Bedrock'),
    },
    {
      text: "You don't have access to the model with the specified model ID.",
      surface: 'Amazon Bedrock (AccessDeniedException, 403), through the AWS SDKs and Claude Code',
      firstSeen: '2024-09-03',
      source: githubIssue('danilop/multimodal-chat#7', 'the Converse refusal for anthropic.claude-3-5-sonnet, 3 September 2024', {
        claim: 'Amazon Bedrock refused anthropic.claude-3-5-sonnet-20240620-v1:0 with this AccessDeniedException on 3 September 2024.',
        read: '2026-12-04',
      }),
    },
    {
      text: 'Claude Opus is not available with the Claude Pro plan. If you have updated your subscription plan recently, run /logout and /login for the plan to take effect.',
      surface: 'Claude Code, signed in with a plan that lacks the model',
      firstSeen: '2026-11',
      source: cite(proPlanDoc, 'the Pro-plan refusal of Opus and /logout then /login after an upgrade'),
    },
    {
      text: "Model '<model>' is restricted by your organization's settings. Run /model to choose a different model.",
      surface: 'Claude Code, when an admin disabled the model for the organization',
      firstSeen: '2026-11',
      source: cite(restrictedDoc, 'the message for a model an admin disabled for the organization'),
    },
    {
      text: "Model '<model>' is not available. Your organization restricts model selection.",
      surface: 'Claude Code, when managed settings leave the model out',
      firstSeen: '2026-11',
      source: cite(restrictedDoc, 'the message when managed settings leave the model out of the choice'),
    },
    {
      text: "Your Pro plan doesn't include Opus in Claude Code. You can turn on /extra-usage or /upgrade to Max to access it.",
      surface: 'Claude Code, late 2025',
      firstSeen: '2025-11-24',
      legacy: true,
      source: githubIssue('anthropics/claude-code#12283', 'the message in Claude Code 2.0.51 on a Pro plan'),
    },
    {
      text: 'Claude Pro users are not currently able to use Opus in Claude Code. The current model is now Sonnet.',
      surface: 'Claude Code, 2025',
      firstSeen: '2025-12-08',
      legacy: true,
      source: githubIssue('slopus/happy#273', 'the notice quoted when starting Claude Code through another app'),
    },
    {
      text: 'Claude Fable 5 is not available. Please use Opus 4.8. Learn more: <link>',
      surface: 'Anthropic API (404 not_found_error), for a model withdrawn from the account',
      firstSeen: '2026-06-13',
      source: githubIssue('anthropics/claude-code#68142', 'the 404 refusing Fable 5 and pointing at Opus 4.8'),
    },
  ],
  status: 403,
  errorType: 'permission_error',
  summary: 'The model you picked is not open to this account: your plan, your organization’s settings or your cloud provider leaves it out.',
  cause:
    'Access to a model is granted per account. On Amazon Bedrock the AWS account must be entitled to that Claude model, and the 403 names the model id; reports from April 2026 show it even when the console said the model was authorized. In Claude Code, a plan can leave a model out (the token remembers the plan you had when you signed in), and an organization admin or managed settings can restrict which models members use. Other models usually keep working.',
  audience: 'api-key',
  actor: 'you',
  steps: [
    {
      title: 'Switch to a model you have: /model in Claude Code, or another model id in your tool.',
    },
    {
      title: 'Upgraded your plan recently? Run /logout and then /login so the new plan reaches Claude Code.',
    },
    {
      title: 'Organization restriction: ask your admin to enable the model, and remove it from --model, ANTHROPIC_MODEL or settings meanwhile.',
    },
    {
      title: 'Bedrock: check the model’s access and agreement for your AWS account and region, or take the AWS Sales route the message gives.',
      detail: 'The refusal comes from AWS (it reproduces with the AWS CLI alone), so no Claude Code setting changes it.',
    },
  ],
  related: ['model-not-found', 'permission-denied', 'model-limit', 'subscription-access-disabled', 'client-update-required'],
  sources: [
    cite(proPlanDoc, 'that a plan without the model gets this refusal, and a recent upgrade needs a new login'),
    cite(restrictedDoc, "that an admin's model restriction is lifted only by the admin, while /model picks an allowed model"),
    githubIssue('anthropics/claude-code#51183', 'Opus 4.7 on Bedrock refused with permission_error while AWS showed it AUTHORIZED'),
    githubIssue('anthropics/claude-code#49238', 'the Bedrock 403 reproduced with the AWS CLI, outside Claude Code'),
    githubIssue('anthropics/claude-code#12283', 'the Pro-plan message on Claude Code 2.0.51'),
    githubIssue('CherryHQ/cherry-studio#3340', '"The model … is not available for this account" reported on 14 March 2025', {
      claim: 'The "not available for this account" refusal is older than Opus 4.7: a report of 14 March 2025 shows it.',
      read: '2026-12-04',
    }),
  ],
  reviewed: '2026-12-04',
  change:
    'Dates the "not available for this account" refusal from 14 March 2025, to the report that shows it; adds the Fable 5 404 of June 2026 and Amazon Bedrock’s AccessDeniedException wording of September 2024.',
  signals: {
    phrases: [
      // Amp with a person's own Anthropic key, when the workspace may not use Fable (@ampcode/cli-linux-x64's binary: "Your
      // Anthropic workspace does not have access to Claude Fable.").
      { phrase: 'your anthropic workspace does not have access to claude', weight: 3 },
      // Roo Code's note under Claude Code's "Invalid model name" (its common.json).
      { phrase: 'api keys and subscription plans allow different models', weight: 3 },
      // The cloud account has not been given the model: Bedrock's AWS Marketplace subscription
      // (aws-samples/sample-host-openclaw-on-amazon-bedrock-agentcore#41), Bedrock's Anthropic use-case form
      // (obot-platform/obot#6747), Vertex AI's data-sharing setting for Anthropic's models (caozhiyuan/copilot-api#317).
      { phrase: 'not authorized to perform the required aws marketplace actions', weight: 3, onCloud: true },
      // Bedrock's refusal of a model its provider marked legacy, to an account that has not used it lately: "Access denied.
      // This Model is marked by provider as Legacy and you have not been actively using the model in the last 15 days"
      // (awslabs/llmeter#35, fourTheorem/podwhisperer#24, both a Claude model). Bedrock words it so for every model.
      { phrase: 'is marked by provider as legacy', weight: 3, onCloud: true },
      { phrase: 'fill out the anthropic use case details form', weight: 3 },
      // Bedrock's 404 for the same missing form, as a gateway's tests record it (maximhq/bifrost's
      // core/failureclass_test.go: "Model use case details have not been submitted for this account.").
      { phrase: 'model use case details have not been submitted for this account', weight: 3 },
      { phrase: "requires data sharing to be enabled for publisher 'anthropic'", weight: 3 },
      { phrase: 'is not available for this account', weight: 3 },
      // The API's 403 for a model the credential may not use, in claude.ai's own API of 2023–2024 as chat clients met it
      // ({"type":"permission_error","message":"Invalid model"}, chathub-dev/chathub#1052, ai-shifu/ChatALL#631).
      { phrase: 'permission_error","message":"invalid model', weight: 3 },
      // Claude Code's /model refusal of a model the account was not given (anthropics/claude-code#73333).
      { phrase: 'is not currently available for your account', weight: 3 },
      { phrase: 'is not available with the claude pro plan', weight: 3 },
      { phrase: "is restricted by your organization's settings", weight: 3 },
      { phrase: 'your organization restricts model selection', weight: 3 },
      { phrase: "your pro plan doesn't include opus", weight: 3 },
      { phrase: 'pro users are not currently able to use opus', weight: 3 },
      // Amazon Bedrock's AccessDeniedException for a model the AWS account has no access to.
      { phrase: 'access to the model with the specified model id', weight: 3 },
      { phrase: 'permission to access the model with the specified model id', weight: 3 },
      // Google Vertex AI's 400 FAILED_PRECONDITION for a model the Google Cloud project has not enabled ("Project `…` is not
      // allowed to use Publisher Model `…/publishers/anthropic/models/claude-…`", liushuangls/go-anthropic#63).
      { phrase: 'is not allowed to use publisher model', weight: 4, onCloud: true },
      { phrase: 'permission_error', weight: 1 },
    ],
    cues: [
      ['opus|sonnet|haiku|fable', 'not available|no longer available|isn t available|unavailable|not included|doesn t include'],
      [
        'not available|unavailable|not included|no access|don t have access|do not have access',
        'plan|subscription|account|organization',
        'model|opus|sonnet|haiku|fable',
      ],
    ],
    specificity: 3,
    statuses: [403],
  },
} satisfies VariantInput;
