// The variant entries as written, unvalidated. Browser code imports this (no zod); the build validates it in index.ts.
// `npm run new-variant -- <id>` adds a file and its line here.
import apiCreditTooLow from './variants/api-credit-too-low.ts';
import extraUsageAddMore from './variants/extra-usage-add-more.ts';
import invalidApiKey from './variants/invalid-api-key.ts';
import invalidRequest from './variants/invalid-request.ts';
import llmRequestRejected from './variants/llm-request-rejected.ts';
import longContextNeedsCredits from './variants/long-context-needs-credits.ts';
import oauthTokenExpired from './variants/oauth-token-expired.ts';
import orgAddMore from './variants/org-add-more.ts';
import orgCreditClaim from './variants/org-credit-claim.ts';
import organizationDisabled from './variants/organization-disabled.ts';
import outOfExtraUsage from './variants/out-of-extra-usage.ts';
import overloaded from './variants/overloaded.ts';
import planUsageLimit from './variants/plan-usage-limit.ts';
import rateLimited from './variants/rate-limited.ts';
import spendLimitReached from './variants/spend-limit-reached.ts';
import starterCredit100 from './variants/starter-credit-100.ts';
import starterCredit20 from './variants/starter-credit-20.ts';
import starterCredit200 from './variants/starter-credit-200.ts';
import stillRejected from './variants/still-rejected.ts';
import subscriptionAccessDisabled from './variants/subscription-access-disabled.ts';

/** Every entry, in the order the site lists them: extra usage, organization, look-alikes, then the situation guide. */
export const rawVariants = [
  starterCredit20,
  starterCredit100,
  starterCredit200,
  extraUsageAddMore,
  outOfExtraUsage,
  longContextNeedsCredits,
  llmRequestRejected,
  orgCreditClaim,
  orgAddMore,
  spendLimitReached,
  apiCreditTooLow,
  planUsageLimit,
  rateLimited,
  overloaded,
  invalidApiKey,
  oauthTokenExpired,
  organizationDisabled,
  subscriptionAccessDisabled,
  invalidRequest,
  stillRejected,
];
