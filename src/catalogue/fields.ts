// The API's machine-readable fields and the guides they name (FACTS, "The API's machine-readable fields").
// Each list names a guide first, the one shown when no known wording in the paste says more, then the guides a known
// wording in the same paste may pick instead. An id the catalogue does not have (yet) is skipped when compiling.

/** `error.details.error_code` values. */
export const errorCodeGuides: Readonly<Record<string, readonly string[]>> = {
  // Enterprise per-user caps (claude-code#91928) and the Console tier's monthly cap (rate-limits docs) share the code.
  enforced_spend_limit_reached: ['member-spend-limit', 'api-usage-limit', 'spend-limit-reached', 'org-spend-limit-reached'],
  claude_code_version_too_old: ['client-update-required'],
  // FACTS does not say which refusal carries it; every "usage credits are required" text is one of these three.
  credits_required: ['model-limit', 'long-context-needs-credits', 'fast-mode-needs-credits'],
  // Claude Code's names for two refusals (FACTS M32, M38), should a body carry them as codes.
  oauth_org_not_allowed: ['subscription-access-disabled'],
  account_on_hold: ['organization-disabled'],
  // Codes the TypeScript SDK documents with their meaning (@anthropic-ai/sdk 1.16.0, resources/shared.d.ts, 1 December
  // 2026): an organization Anthropic disabled for trust and safety, a ramp limit on how fast usage may grow (retry after
  // `retry-after`), and a compressed body too large once decoded.
  organization_on_hold: ['organization-disabled'],
  ramp_limit_exceeded: ['rate-limited'],
  request_body_too_large_after_decoding: ['request-too-large'],
  // 1.17.0 (3 December 2026) adds a 400 for an organization Anthropic has barred from URL image and document sources,
  // the web_fetch tool and mcp_servers: the request has to do without them, which is the invalid-request guide's fix.
  organization_url_fetch_disabled: ['invalid-request'],
};

/** `anthropic-ratelimit-unified-representative-claim` values: which limit rejected the request. */
export const limitClaimGuides: Readonly<Record<string, readonly string[]>> = {
  five_hour: ['plan-usage-limit'],
  seven_day: ['plan-usage-limit'],
  seven_day_opus: ['model-limit'],
  seven_day_sonnet: ['model-limit'],
  // Claude Code names it the "Fable limit".
  seven_day_overage_included: ['model-limit'],
};

/** The windows with a status header of their own (`anthropic-ratelimit-unified-<window>-status`, `_` read as `-`) and their claim. */
export const limitWindowClaims: Readonly<Record<string, string>> = {
  '5h': 'five_hour',
  '7d': 'seven_day',
  '7d-oi': 'seven_day_overage_included',
};

/**
 * `anthropic-ratelimit-unified-overage-disabled-reason` values, read when usage credits (claim `overage`) were what
 * refused. Personal plans are organizations of one to the API, so an `org_level_*` reason also reaches Pro and Max
 * (claude-code#41506 shows `org_level_disabled` on a Max plan): those lead to the personal guide and let the words pick
 * the organization's.
 */
export const overageReasonGuides: Readonly<Record<string, readonly string[]>> = {
  out_of_credits: ['out-of-extra-usage', 'org-add-more', 'long-context-needs-credits', 'fast-mode-needs-credits', 'model-limit'],
  overage_not_provisioned: ['extra-usage-add-more', 'org-add-more', 'long-context-needs-credits', 'fast-mode-needs-credits', 'model-limit'],
  org_level_disabled: ['extra-usage-add-more', 'org-add-more', 'long-context-needs-credits', 'fast-mode-needs-credits', 'model-limit'],
  // Switched off until a date: a monthly spend limit, the person's own or the organization's.
  org_level_disabled_until: ['spend-limit-reached', 'org-spend-limit-reached'],
  member_level_disabled: ['member-spend-limit'],
  member_zero_credit_limit: ['member-spend-limit'],
  seat_tier_level_disabled: ['member-spend-limit'],
  seat_tier_zero_credit_limit: ['member-spend-limit'],
  group_zero_credit_limit: ['member-spend-limit', 'org-spend-limit-reached'],
  // "This service is disabled for your org" (FACTS section 7): the organization's admins decide.
  org_service_level_disabled: ['org-add-more'],
  org_service_zero_credit_limit: ['org-add-more', 'org-spend-limit-reached'],
};

/**
 * Request fields whose refusal begins with the value sent and the model's cap ("max_tokens: 64001 > 64000, which is the
 * maximum allowed number of output tokens for …"). People quote that head alone, in issue titles above all
 * (anthropics/claude-code#18810), so a value shown above a number after the field's name names the guide.
 */
export const fieldCapGuides: Readonly<Record<string, string>> = {
  max_tokens: 'max-tokens-too-large',
};

/** `error.type` values and the guide for that status and type when the message itself is not one the catalogue knows. */
export const errorTypeGuides: Readonly<Record<string, string>> = {
  invalid_request_error: 'invalid-request',
  authentication_error: 'invalid-api-key',
  permission_error: 'permission-denied',
  not_found_error: 'model-not-found',
  request_too_large: 'request-too-large',
  rate_limit_error: 'rate-limited',
  api_error: 'internal-server-error',
  timeout_error: 'internal-server-error',
  overloaded_error: 'overloaded',
};
