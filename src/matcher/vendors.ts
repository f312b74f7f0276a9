/**
 * Other AI providers' own errors, by words only they print (`phrases`), and the words that name them (`names`). A paste
 * that shows one is not a Claude error unless a Claude message stands apart from it; the vendor is read off so the
 * reader is told whose error it looks like. A name alone can be a layer's (the OpenAI client over Anthropic's
 * OpenAI-compatible endpoint prints "OpenAI API error"): it gives way where Anthropic's own links are in the paste.
 */
export const knownVendors: readonly Vendor[] = [
  {
    name: 'OpenAI',
    phrases: [
      'insufficient_quota',
      'You exceeded your current quota',
      'platform.openai.com',
      'api.openai.com',
      "This model's maximum context length is",
      'code: context_length_exceeded',
      'on tokens per min (TPM)',
      'on requests per min (RPM)',
      // Its answer for a model id it does not serve; Anthropic's is `not_found_error` with "model: <id>".
      'does not exist or you do not have access to it',
      // Codex's own plan limit, which shares Claude Code's "You've hit your usage limit" (openai/codex#3899,
      // link-assistant/hive-mind#719).
      'openai.com/chatgpt/pricing',
      'send a request to your admin or try again at',
      // ChatGPT's own pages, where Codex sends a user out of its plan's usage (openai/codex#47047).
      'chatgpt.com',
      // Its newer models' name for the output cap; Claude's Messages API calls it max_tokens.
      "Use 'max_completion_tokens' instead",
      // OpenClaw's (then clawdbot's) failed renewal of a Codex login names the provider after it (clawdbot 2026.1.24,
      // agents/auth-profiles/oauth.js: "OAuth token refresh failed for openai-codex: invalid_grant").
      'refresh failed for openai-codex',
    ],
    names: ['OpenAI'],
  },
  {
    name: 'OpenRouter',
    // A free model's id ends in ":free", which no Claude model on it has; Claude Code's auto mode names one it cannot
    // reach ("tencent/hy3:free is temporarily unavailable", alexazhou/gt_ai_gateway#14).
    phrases: ['openrouter.ai', 'requires more credits, or fewer max_tokens', 'free is temporarily unavailable'],
    names: ['OpenRouter'],
    // "Provider returned error" with the upstream's own body in `metadata.raw` and its name in `provider_name`.
    upstream: ['"provider_name":"Anthropic"', '"provider_name":"Amazon Bedrock"', '"provider_name":"Google"', '"provider_name":"Google Vertex"'],
  },
  {
    name: 'DeepSeek',
    phrases: [
      'Insufficient Balance","type":"unknown_error"',
      '402 Insufficient Balance',
      'api.deepseek.com',
      // DeepSeek's thinking mode, behind a router (Alishahryar1/free-claude-code#1327).
      'reasoning_content in the thinking mode must be passed back',
    ],
    names: ['DeepSeek'],
  },
  {
    name: 'Google Gemini',
    phrases: ['generativelanguage.googleapis.com', 'Resource has been exhausted', 'with base model: gemini'],
    names: ['Gemini'],
    // Google Cloud's status for any model's quota, Claude's on Vertex AI too.
    // Its JSON parser's "Invalid JSON payload received. Unknown name …", relayed in Anthropic's shape by a proxy over Google's
    // API (Draculabo/AntigravityManager#123).
    platform: ['RESOURCE_EXHAUSTED', 'INVALID_ARGUMENT', 'Request contains an invalid argument', 'Invalid JSON payload received'],
  },
  // MiniMax ends its messages with a four-digit code: "invalid params, … (2013)", "insufficient balance (1008)".
  // Its coding plan's window ("5-hour usage limit reached for Token Plan Starter", MiniMax-AI/MiniMax-M2.7#36).
  // Its Anthropic endpoint's own system error and busy line in Anthropic's shape (MiniMax-AI/cli#59: "system error (1033)";
  // an OpenClaw cron job on MiniMax-M2.7, stepcodex.com: "server is busy, please retry later").
  {
    name: 'MiniMax',
    phrases: [
      'insufficient balance (1008)',
      'invalid params',
      'usage limit reached for Token Plan',
      'system error (1033)',
      'server is busy, please retry later',
    ],
    names: ['MiniMax'],
  },
  // Kimi's Anthropic-compatible endpoint answers Claude Code with messages of its own.
  {
    name: 'Moonshot (Kimi)',
    phrases: [
      'api.moonshot.cn',
      'exceeded_current_quota_error',
      'Invalid request: text content is empty',
      'engine_overloaded_error',
      'The engine is currently overloaded',
      // Its type word, with the key before it: a relay's camel-cased code followed by an `error_type` key squeezes to the
      // same letters.
      'type":"rate_limit_reached_error',
      // Kimi Code's own host and its 401 (earendil-works/pi#7319).
      'api.kimi.com',
      'The API Key appears to be invalid or may have expired',
      // Kimi's cap on tools (MoonshotAI/Kimi-K2#90); Claude has none at 128.
      'a max of 128 tools can be supported',
      // Its content filter (MoonshotAI/kimi-code#242).
      'The request was rejected because it was considered high risk',
      // Its error table's own wordings for a 400 invalid_request_error (platform.kimi.ai/docs/api/errors): its context check
      // and its file cap.
      'Input token length too long',
      'Your request exceeded model token limit',
      'max file size is 100MB',
      // Its check that a thinking turn's tool call carries its reasoning back (openclaw/openclaw#16952).
      'reasoning_content is missing in assistant tool call message',
    ],
    // Its models by name ("the selected model (kimi-k2.6)" in Claude Code pointed at Kimi; anthropics/claude-code#52254).
    names: ['Moonshot', 'Kimi'],
  },
  // A relay's own account pool, even dressed as Anthropic's overload (lbjlaq/Antigravity-Manager#2234, Wei-Shaw/sub2api).
  // sub2api's own slot limit per user or account ("Concurrency limit exceeded for user, please retry later", its gateway
  // handler; Wei-Shaw/sub2api#882), sent with Anthropic's 429 type.
  // new-api and one-api name their own failures: no channel set up for the model ("No available channel for model
  // claude-opus-5 under group default", QuantumNous/new-api#6915) and their word filter (`sensitive_words_detected`,
  // makecindy/cindy#2792).
  {
    name: 'the relay',
    phrases: [
      'No available accounts',
      'Concurrency limit exceeded for',
      'No available channel for model',
      'sensitive_words_detected',
      // sub2api's wait queue and its version bounds (its gateway handler's messages). Its "Upstream rate limit exceeded"
      // passes the pool's 429 on, and stays the rate-limit guide (Wei-Shaw/sub2api#5985).
      'Too many pending requests, please retry later',
      // Other relays' pools, queues and key settings (claude-relay-service's auth.js and api.js, CLIProxyAPI's
      // "auth_unavailable" and model cooldown, KarpelesLab/teamclaude's pool, dwgx/WindsurfAPI#189, Hatz's AI gateway docs).
      'Request timed out waiting for concurrency slot',
      'auth_unavailable: no auth available',
      'are cooling down via provider',
      'accounts exhausted. Retry in',
      'All accounts temporarily rate-limited on',
      'This API key does not have permission to access Claude',
      'is not allowed for this API key',
      'LLM Gateway is not enabled for your organization',
      'does not include LLM Gateway access',
      // Proxies over Google Antigravity, Kiro or an OpenAI-compatible backend answering for their own pools and keys
      // (badrisnarayanan/antigravity-claude-proxy's and jwadow/kiro-gateway's error handlers, fuergaosi233/claude-code-proxy,
      // nguyenphutrong/quotio#158 for CLIProxyAPI's model routing).
      'You have exhausted your capacity on',
      'Check that Antigravity is running',
      'Make sure Antigravity is running',
      'Check your Antigravity license',
      'Token was expired and has been refreshed',
      'Please provide a valid Anthropic API key',
      'or upgrade your API plan',
      'Use x-api-key header or Authorization: Bearer',
      'No initialized accounts available',
      'All accounts failed after full circle',
      'unknown provider for model',
      // new-api's own error type (wanshuiyin/Auto-claude-code-research-in-sleep#292: "401 Unauthorized (new_api_error)").
      'new_api_error',
      'Unable to determine Claude Code version',
      'exceeds the maximum allowed version',
      // Relays answering in Anthropic's shape for their own pools: sub2api's upstream login refused (Wei-Shaw/sub2api's
      // gemini_messages_compat_service.go), Antigravity-Manager's retries spent (its claude/messages/response.rs,
      // `err_retry_exhausted`), Claude Relay RS's shared account out of its Opus week (wakaka6/claude-code-relay's error.rs).
      'Upstream authentication failed, please contact administrator',
      'err_retry_exhausted',
      'type":"opus_weekly_limit',
      // sub2api's group checks on its own keys (its middleware.go and group_model_allowlist.go).
      'API Key is not assigned to any group',
      'is not available for this group',
      // better-ccflare's hold on its accounts near a plan limit, sent as Anthropic's 529, and its check of a body with no
      // messages (its 3.5.4 binary); OmniRoute's policy that blocks a Claude account once it would spend usage credits
      // (omniroute 3.7.9).
      'Usage throttling is delaying requests for account',
      'Internal events should not be proxied',
      'was detected and blocked by this connection policy',
      // opencode-antigravity-auth's pool of Google accounts for its "claude" models (its 1.6.0 plugin: "All 3 account(s)
      // rate-limited for claude. Quota resets in …"), and ccs's local proxy token and its passing on of any OpenAI-compatible
      // provider's 429 in Anthropic's shape (@kaitranntt/ccs 7.79.1).
      'rate-limited for claude. Quota resets in',
      'Missing or invalid local proxy token',
      'Upstream request failed with status',
      // More proxies' own pools and keys in Anthropic's shape: antigravity-claude-proxy 2.0.4 ("No accounts available", its
      // log "All accounts rate-limited for <model>"), better-ccflare 3.5.4's key check ("Authentication service error"),
      // @khanglvm/llm-router 2.6.2 ("All providers failed. status=429 category=rate_limit"), and ccs 7.79.1's GLMT proxy to
      // Z.AI for its own timeout, network and token checks.
      'No accounts available',
      'All accounts rate-limited for',
      'Authentication service error',
      'All providers failed. status=',
      'The upstream server took too long to respond',
      'Please check your network and ANTHROPIC_BASE_URL configuration',
      'Your token may not have permission to access this resource',
      // ccs's dashboard over any provider's 429 ("Rate Limited. Switch to a different account or wait for quota reset.").
      'Switch to a different account or wait for quota reset',
      // A relay's quota as Factory's droid quotes it ("BYOK Error: 429 Weekly limit exhausted. Your limit will reset at …";
      // droid matches daily, weekly and monthly; @factory/cli-linux-x64 0.225.2). Claude says "You've hit your weekly limit".
      'Weekly limit exhausted. Your limit will reset at',
      'Monthly limit exhausted. Your limit will reset at',
      'Daily limit exhausted. Your limit will reset at',
      // Portkey's gateway for the timeout set on it (@portkey-ai/gateway 1.15.2, `x-portkey-request-timeout`).
      'Request exceeded the timeout sent in the request',
    ],
    names: [],
  },
  // Z.ai's coding plan answers in Anthropic's shape with codes of its own: 1113 is its balance (zai-org/feedback#789).
  // 1310 is its coding plan's weekly or monthly quota (Yeachan-Heo/gajae-code#1821).
  {
    name: 'Zhipu (GLM)',
    phrases: ['bigmodel.cn', 'Insufficient balance or no resource package', 'Weekly/Monthly Limit Exhausted'],
    names: ['Zhipu', 'GLM'],
  },
  { name: 'Mistral', phrases: ['api.mistral.ai', 'MistralException'], names: [] },
  // FastAPI's validation list (`"detail":[{"type":"extra_forbidden","loc":["body",…]`), which Mistral's API and many
  // self-hosted servers answer with; Anthropic's API words a refused field as one message (partITech/php-mistral#76).
  { name: 'a FastAPI-based server', phrases: ['extra_forbidden', '"loc":["body"'], names: [] },
  { name: 'xAI (Grok)', phrases: ['api.x.ai'], names: ['xAI'] },
  { name: 'Groq', phrases: ['api.groq.com'], names: ['Groq'] },
  // DashScope's OpenAI-compatible code for a bad field (musistudio/claude-code-router#1221).
  { name: 'Alibaba (Qwen)', phrases: ['dashscope.aliyuncs.com', 'DataInspectionFailed', 'invalid_parameter_error'], names: ['DashScope'] },
  // GitHub Copilot's own codes and words when it serves Claude models: its limits, not Anthropic's (ericc-ch/copilot-api#139,
  // microsoft/vscode-copilot-release#11001).
  {
    name: 'GitHub Copilot',
    phrases: [
      'api.githubcopilot.com',
      'model_not_supported',
      // The message that goes with that code, quoted alone (yetone/alma-releases#11, github/copilot-cli#194).
      'The requested model is not supported',
      'claude4_rate_limit_exceeded',
      'agent_mode_claude37_limit_exceeded',
      'Sorry, you have been rate-limited',
      // Its per-model token caps on Claude models (microsoft/vscode#253790, #291503).
      'exceeded your Copilot token usage',
      'please try again later or switch to Auto',
      // Its monthly premium requests (microsoft/vscode-copilot-release#12839).
      'exceeded your premium request allowance',
      // Its CLI's own 402 for a session's spending (@github/copilot 1.0.50, `session_quota_exceeded`).
      "You've reached the spending limit for this session",
    ],
    names: [],
  },
  // Its SDK's stack frames, under the same class names as Anthropic's SDK (together-ai 0.52.0: "APIConnectionTimeoutError:
  // Request timed out." at `Together.makeRequest`).
  { name: 'Together AI', phrases: ['api.together.xyz', 'node_modules/together-ai'], names: [] },
  // Dust's client, whose error codes share Anthropic's type words (@dust-tt/client 1.2.8: "DustRateLimitError
  // [rate_limit_error]: …").
  { name: 'Dust', phrases: ['DustRateLimitError', 'DustAuthenticationError'], names: [] },
  // Qoder's own quota dialog (@qoder-ai/qodercli 1.1.52: "Usage limit reached for <model>. Access resets at <time>.").
  { name: 'Qoder', phrases: ['. Access resets at'], names: ['Qoder'] },
  // GitLab Duo's own login, as opencode's GitLab provider words its expiry (opencode-ai 1.3.2's binary); Anthropic's 401
  // goes on "OAuth token has expired. Please obtain a new token…".
  { name: 'GitLab', phrases: ['OAuth token has expired and cannot be used'], names: [] },
  // Claude Code ends a server-side error with "check your inference gateway (<host>)" only when it is pointed away from
  // Anthropic (otherwise it names status.claude.com): the error came from that gateway (fancy1108/Clutch#19,
  // QuantumNous/new-api#6915, AnyiWang/OpenCovibe#176, all the gateway's own).
  // Its line when the gateway itself could not sign in upstream (its 2.1.190 and 2.1.260 binaries on npm: "Authentication
  // error · The gateway could not authenticate with its upstream provider").
  {
    name: 'your inference gateway',
    phrases: ['If it persists, check your inference gateway', 'The gateway could not authenticate with its upstream provider'],
    names: [],
  },
  // A Model Context Protocol server's own failure, as Claude Desktop and Claude Code print it: the JSON-RPC timeout code
  // (ezyang/codemcp#51, anthropics/claude-code#16837) and a remote server's 403 (anthropics/claude-code#78213).
  // The claude-code AI SDK provider's note that local MCP servers did not start (ai-sdk-provider-claude-code 3.6.0 and
  // 4.1.0: "[claude-code] MCP servers not connected: github:needs-auth, …").
  {
    name: 'an MCP server',
    phrases: ['MCP error -32001', 'MCP server returned 403 Forbidden', 'mcp_request_blocked', 'MCP servers not connected'],
    names: [],
  },
  // free-claude-code's wrapper over NVIDIA NIM's free models (Alishahryar1/free-claude-code#690, #1228).
  { name: 'NVIDIA NIM', phrases: ['Upstream provider NIM returned', 'integrate.api.nvidia.com'], names: ['NVIDIA NIM'] },
  // Kiro's own limits on its accounts, also behind routers (decolua/9router#1255: "[kiro/claude-opus-4.7] [429]").
  // kiro-gateway's rewording of Kiro's own refusals (minpeter/kiro-lb's kiro_errors.py).
  {
    name: 'Kiro',
    phrases: ['app.kiro.dev', 'can send a request to Kiro', 'Account has reached its monthly quota', 'insufficient subscription level to use it'],
    names: ['Kiro'],
  },
  // Its own context check words the limit "model maximum context length" (fw-ai/cookbook#134).
  { name: 'Fireworks AI', phrases: ['api.fireworks.ai', 'fireworks.ai/account', 'Fireworks_aiException', 'model maximum context length'], names: [] },
  // Cursor's own plan limits, which share Claude Code's "You've hit your usage limit" (cursor/cursor#3703,
  // kingparks/cursor-vip#524).
  // Its own plan's per-model rate limit too ("You've hit the rate limit on this model", dredyson.com on Claude 4 in Cursor).
  {
    name: 'Cursor',
    phrases: [
      'Get Cursor Pro for more',
      'cursor.com/api/auth',
      "You've hit your free requests limit",
      "You've hit the rate limit on this model",
      // ccs's bridge to a Cursor login, in Anthropic's 401 shape (@kaitranntt/ccs 7.79.1).
      'Cursor credentials expired',
    ],
    names: [],
  },
  // llama.cpp's own context check in a local agent's log (Josh-XT/AGiXT#76: "llama_generate: error: prompt is too long").
  { name: 'llama.cpp', phrases: ['llama_generate'], names: [] },
  // ScrapeGraphAI's warning that its token table lacks a model: the request itself went ahead (ScrapeGraphAI/Scrapegraph-ai#813).
  { name: 'ScrapeGraphAI', phrases: ['using default token size'], names: [] },
  // oMLX, a local server behind Claude Code, words its context check this way (jundot/omlx#26); Anthropic's is "prompt is too long".
  { name: 'a local model server', phrases: ['exceeds max context window of'], names: [] },
  // Ollama Cloud's own subscription and limits, in a tool's fallback chain (continuedev/continue#13195).
  // Its Anthropic-compatible /v1/messages answers its own checks in Anthropic's types (ollama/ollama's middleware/anthropic.go,
  // anthropic/anthropic.go, internal/cloud/policy.go).
  {
    name: 'Ollama',
    phrases: [
      'ollama.com/settings',
      // Its local store without the model asked for (ollama 0.6.4: `model "claude-sonnet-4-5" not found, try pulling it first`).
      'not found, try pulling it first',
      'ollama.com',
      'max_tokens is required and must be positive',
      "tool_use block missing required 'id' field",
      'ollama cloud is disabled',
    ],
    names: [],
  },
  // Tools that poll Claude's usage endpoint for a meter: its throttle stops the meter, not Claude (bozdemir/claude-usage-widget#11,
  // slkiser/opencode-quota#157, steipete/CodexBar#1679).
  {
    name: 'a usage meter',
    // And a meter's own log line when the endpoint throttles it (anthropics/claude-code#31637: "[claude-usage] rate limited,
    // backing off 30s").
    phrases: [
      'Rate limited. Please try again later.',
      'usage endpoint is rate limited',
      'quota was unavailable from both the local CLI',
      '[claude-usage] rate limited, backing off',
      // A menu-bar meter's own notice (AThevon/TokenEater#161: "Usage API rate limited - will retry in ~6h").
      'Usage API rate limited',
    ],
    names: [],
  },
  // A wrapper script's own time limit on the Claude CLI (terryso/claude-auto-resume#11).
  { name: 'a wrapper script', phrases: ['Claude CLI operation timed out after'], names: [] },
  // Ruflo's (claude-flow's) advert for its own proxy, worded around Claude's limit (claude-flow 3.43.0).
  { name: 'claude-flow (Ruflo)', phrases: ['Free sponsored capacity is available at'], names: [] },
  { name: 'SiliconFlow', phrases: ['api.siliconflow.cn', 'api.siliconflow.com'], names: ['SiliconFlow'] },
];

/** One provider: its name as shown, words only its errors print, and the words that name it. */
export interface Vendor {
  name: string;
  phrases: readonly string[];
  names: readonly string[];
  /** Words its cloud prints for every model it serves: they are this provider's only where no Claude model is named. */
  platform?: readonly string[];
  /**
   * A router's words for passing on the error of a provider that serves Claude (OpenRouter's `provider_name`): where one
   * is, a known Claude message in the paste is the upstream's and stands; the router still owns the generic words.
   */
  upstream?: readonly string[];
}

/** Links only Anthropic's own errors and requests carry: where one is, a provider's name in the paste is a layer's. */
export const anthropicMarks: readonly string[] = [
  // The API's own host, in a request line or a log: the request went to Anthropic, whatever client sent it.
  'api.anthropic.com',
  'docs.anthropic.com',
  'console.anthropic.com',
  'support.anthropic.com',
  'docs.claude.com',
  'platform.claude.com',
  'support.claude.com',
  'claude.ai/settings',
  // The API's inbound addresses, 160.79.104.0/23 (platform.claude.com/docs/en/api/ip-addresses): a connect error names them.
  '160.79.104',
  '160.79.105',
  // Portkey's gateway names the provider beside the error it rewraps in OpenAI's shape (@portkey-ai/gateway 1.15.2:
  // `{"error":{"message":"anthropic error: …","type":…,"param":null,"code":null},"provider":"anthropic"}`); with the keys
  // before it, so that a tool's report ("Provider: anthropic (continue-proxy)") is not read as the request reaching Anthropic.
  '"code":null},"provider":"anthropic"',
];

/**
 * Words that name Claude or Anthropic, Claude's model families included ("error on Opus 4.5"). Where one is, words any
 * provider or tool prints ("rate limit exceeded", "connect ETIMEDOUT"), flagged `onClaude`, and a variant's cues can name
 * the kind of Claude error; another provider's words still take them away.
 */
export const claudeMarks: readonly string[] = [
  'Anthropic',
  'Claude',
  'Opus',
  'Sonnet',
  'Haiku',
  // The family launched on 2026-06-09, by its name and number: "Fable" alone is also a compiler's name.
  'Fable 5',
];

/**
 * Where a paste shows Claude served by a cloud platform. `models`: Claude's model ids as Bedrock and Vertex AI print them
 * (`anthropic.claude-…`, `anthropic-claude-…`, `publishers/anthropic/…`, and a Claude id a relay put under Google's own
 * publisher, `publishers/google/models/claude-…`, and the `req_vrtx_…` request id Claude on Vertex AI gives); where one is, a platform's status words are
 * Claude's. `surfaces`: words of Amazon Bedrock's runtime and SDK. Either lets a cloud SDK's generic message (a signal
 * marked `onCloud`) count; neither takes a provider's own words away from it.
 */
export const cloudMarks = {
  models: ['anthropic.claude', 'publishers/anthropic', 'publishers/google/models/claude', 'req_vrtx_'],
  // `:exception-type` heads an exception in the AWS event stream that Bedrock's streaming responses use.
  surfaces: [
    'Bedrock',
    'AWSBedrockRuntime',
    // The SDKs' namespace for it (`Amazon.BedrockRuntime.Model.ValidationException`, aws/aws-sdk-net#3384) and its host.
    'BedrockRuntime',
    'bedrock-runtime',
    'InvokeModel',
    'InvokeModelWithResponseStream',
    'ConverseStream',
    'Converse operation',
    // LiteLLM's exception for any error from Bedrock.
    'BedrockException',
    ':exception-type',
    // Exceptions only Bedrock's runtime raises: @anthropic-ai/bedrock-sdk 1.2.1 passes them on in Anthropic's shape
    // (`{"type":"error","error":{"type":"modelStreamErrorException",…}}`), 0.12 to 0.26 by name alone.
    'ModelStreamErrorException',
    'ModelTimeoutException',
  ],
} as const;
