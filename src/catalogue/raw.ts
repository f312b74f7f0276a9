// The variant entries as written, unvalidated. Browser code imports this (no zod); the build validates it in index.ts.
// `npm run new-variant -- <id>` adds a file and its line here.
import type { VariantInput } from './schema.ts';
import apiCreditTooLow from './variants/api-credit-too-low.ts';
import apiUsageLimit from './variants/api-usage-limit.ts';
import connectionError from './variants/connection-error.ts';
import credentialOnlyForClaudeCode from './variants/credential-only-for-claude-code.ts';
import emptyTextBlock from './variants/empty-text-block.ts';
import extraInputsNotPermitted from './variants/extra-inputs-not-permitted.ts';
import extraUsageAddMore from './variants/extra-usage-add-more.ts';
import fastModeNeedsCredits from './variants/fast-mode-needs-credits.ts';
import imageTooLarge from './variants/image-too-large.ts';
import internalServerError from './variants/internal-server-error.ts';
import invalidApiKey from './variants/invalid-api-key.ts';
import invalidRequest from './variants/invalid-request.ts';
import llmRequestRejected from './variants/llm-request-rejected.ts';
import longContextNeedsCredits from './variants/long-context-needs-credits.ts';
import maxTokensTooLarge from './variants/max-tokens-too-large.ts';
import memberSpendLimit from './variants/member-spend-limit.ts';
import modelLimit from './variants/model-limit.ts';
import modelNotAvailable from './variants/model-not-available.ts';
import modelNotFound from './variants/model-not-found.ts';
import oauthRefreshFailed from './variants/oauth-refresh-failed.ts';
import oauthTokenExpired from './variants/oauth-token-expired.ts';
import openclawBillingError from './variants/openclaw-billing-error.ts';
import openclawSchemaRejected from './variants/openclaw-schema-rejected.ts';
import orgAddMore from './variants/org-add-more.ts';
import orgCreditClaim from './variants/org-credit-claim.ts';
import orgSpendLimitReached from './variants/org-spend-limit-reached.ts';
import organizationDisabled from './variants/organization-disabled.ts';
import outOfExtraUsage from './variants/out-of-extra-usage.ts';
import overloaded from './variants/overloaded.ts';
import permissionDenied from './variants/permission-denied.ts';
import planUsageLimit from './variants/plan-usage-limit.ts';
import promptTooLong from './variants/prompt-too-long.ts';
import rateLimited from './variants/rate-limited.ts';
import requestTooLarge from './variants/request-too-large.ts';
import safetyRefusal from './variants/safety-refusal.ts';
import spendLimitReached from './variants/spend-limit-reached.ts';
import starterCredit100 from './variants/starter-credit-100.ts';
import starterCredit20 from './variants/starter-credit-20.ts';
import starterCredit200 from './variants/starter-credit-200.ts';
import clientUpdateRequired from './variants/client-update-required.ts';
import stillRejected from './variants/still-rejected.ts';
import subscriptionAccessDisabled from './variants/subscription-access-disabled.ts';
import temperatureAndTopP from './variants/temperature-and-top-p.ts';
import thinkingBlocks from './variants/thinking-blocks.ts';
import tooManyCacheBreakpoints from './variants/too-many-cache-breakpoints.ts';
import toolResultMismatch from './variants/tool-result-mismatch.ts';

/** Every entry, in the order the site lists them: by group (see groupOrder in labels.ts), then the situation guide. */
export const rawVariants: readonly VariantInput[] = [
  starterCredit20,
  starterCredit100,
  starterCredit200,
  extraUsageAddMore,
  outOfExtraUsage,
  spendLimitReached,
  longContextNeedsCredits,
  fastModeNeedsCredits,
  orgCreditClaim,
  orgAddMore,
  orgSpendLimitReached,
  memberSpendLimit,
  planUsageLimit,
  modelLimit,
  apiCreditTooLow,
  apiUsageLimit,
  invalidApiKey,
  oauthTokenExpired,
  oauthRefreshFailed,
  credentialOnlyForClaudeCode,
  subscriptionAccessDisabled,
  organizationDisabled,
  permissionDenied,
  modelNotAvailable,
  clientUpdateRequired,
  invalidRequest,
  toolResultMismatch,
  promptTooLong,
  maxTokensTooLarge,
  temperatureAndTopP,
  tooManyCacheBreakpoints,
  emptyTextBlock,
  imageTooLarge,
  thinkingBlocks,
  extraInputsNotPermitted,
  requestTooLarge,
  modelNotFound,
  llmRequestRejected,
  openclawBillingError,
  openclawSchemaRejected,
  rateLimited,
  overloaded,
  internalServerError,
  connectionError,
  safetyRefusal,
  stillRejected,
];
