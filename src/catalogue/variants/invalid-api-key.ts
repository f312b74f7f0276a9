import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'invalid-api-key',
  group: 'account',
  title: 'Invalid API key (401)',
  wordings: [
    {
      text: 'invalid x-api-key',
      surface: 'Anthropic API (401 authentication_error), printed raw by SDKs and most tools',
      firstSeen: '2024-04-20',
      lastSeen: '2026-03-04',
      source: githubIssue('ITSpecialist111/ai_automation_suggester#153', 'the 401 body with a request id, March 2026'),
    },
    {
      text: 'Invalid API key · Fix external API key',
      surface: 'Claude Code, for a key from ANTHROPIC_API_KEY or an apiKeyHelper script',
      firstSeen: '2026-08-22',
      source: cite(
        common.claudeCodeErrors,
        'the "Invalid API key · Fix external API key" line for a key from ANTHROPIC_API_KEY or an apiKeyHelper script',
      ),
    },
  ],
  status: 401,
  errorType: 'authentication_error',
  summary: 'The API did not accept the key your tool sent: mistyped, revoked, or not the key you think. Fix the key; the balance is not the problem.',
  cause:
    'The key in the x-api-key header was refused. It may be mistyped or cut short, revoked in the Claude Console, or a different key than the one you just entered: an old value in ANTHROPIC_API_KEY, a .env file loaded by direnv or the IDE terminal, or an apiKeyHelper script. Tools read keys from several places and one of them wins.',
  audience: 'api-key',
  actor: 'you',
  steps: [
    {
      title: 'Find the key the tool really sends: run env | grep ANTHROPIC in the same shell.',
      detail: 'In Claude Code, /status names the credential in use.',
    },
    { title: 'Compare it with the active keys at platform.claude.com/settings/keys; create a new one if unsure.' },
    { title: 'Paste the key again in full, restart the tool, and retry.' },
    {
      title: 'Meant to use your Claude subscription? Unset ANTHROPIC_API_KEY and run /login.',
    },
  ],
  related: ['api-credit-too-low', 'oauth-token-expired', 'organization-disabled', 'permission-denied'],
  sources: [
    cite(common.apiErrors, 'the 401 authentication_error an unknown or revoked key gets'),
    cite(common.claudeCodeErrors, 'ANTHROPIC_API_KEY winning over the Claude login, and /login after unsetting it'),
    githubIssue('Aider-AI/aider#950', 'the 401 with a key set in several places; the maintainer points at which key is used'),
    githubIssue('anthropics/claude-code#9694', 'invalid x-api-key in Claude Code’s error log'),
    githubIssue('continuedev/continue#9399', 'the 401 in Continue; the maintainer says it only occurs with an invalid key'),
    githubIssue('eyaltoledano/claude-task-master#222', 'a key that works from one entry point and not another (CLI .env versus mcp.json)'),
    githubIssue('openclaw/openclaw#17274', 'a stored Claude login token without its refresh token, failing as invalid x-api-key'),
  ],
  reviewed: '2026-12-04',
  change:
    "Dates only Claude Code's rename of extra usage to usage credits (19 May 2026); when the settings page and help center followed is not known.",
  signals: {
    phrases: [
      // Claude Code 2.1.337's /status line for a refused credential ("api.anthropic.com rejected this session's credentials
      // (HTTP 401) · Fix: sign in again or check the API key this session uses"; the binary in
      // @anthropic-ai/claude-agent-sdk-linux-x64 0.3.337), and wrappers of Claude Code with no login: the AI SDK's Claude Code
      // provider (ai-sdk-provider-claude-code 4.1.0) and claude-max-api-proxy 1.0.0 ("Run 'claude auth login' to authenticate
      // with your Claude Max account").
      { phrase: "rejected this session's credentials (http 401)", weight: 3 },
      { phrase: 'please ensure claude code sdk is properly authenticated', weight: 3 },
      { phrase: 'to authenticate with your claude max account', weight: 3 },
      // claude-flow's line for a 401 or 403 from the API (claude-flow 2.0.0-alpha.108), and ax's for any provider's
      // (@ax-llm/ax 15.1.1 and 24.0.21: "AxAIServiceAuthenticationError: Authentication failed"), Claude's where the paste
      // names it.
      { phrase: 'authentication failed: unable to authenticate with the claude api', weight: 3 },
      { phrase: 'axaiserviceauthenticationerror', weight: 2, onClaude: true },
      // Other tools' own sentences for any provider's 401, Claude's where Claude is named: Roo Code's and Kilo Code's
      // status table (Kilo-Org/kilocode's webview-ui/src/i18n/locales/en/chat.json, its it copy), Dify's
      // InvokeAuthorizationError (langgenius/dify's api/core/model_runtime/errors/invoke.py).
      { phrase: "couldn't authenticate with provider. please check your api key configuration", weight: 2, onClaude: true },
      // OpenClaw's own sentence for any provider's 401 (its user-copy module in the 2026.6 and 2026.8 releases on npm).
      { phrase: 'authentication failed at the provider. re-authenticate and verify your provider credentials', weight: 2, onClaude: true },
      { phrase: 'impossibile autenticare con il provider', weight: 2, onClaude: true },
      { phrase: 'incorrect model credentials provided, please check and try again', weight: 2, onClaude: true },
      // Claude Code's Files API client on a 401 (its 2.1.195 source as restored in Haoping-Xiao/claude-code-sourcemap,
      // src/services/api/filesApi.ts); other tools say it too.
      { phrase: 'authentication failed: invalid or missing api key', weight: 2, onClaude: true },
      // No credential found by the newer SDKs (anthropic-sdk-go's and anthropic-sdk-java's no-credentials errors), by
      // claude-code-action (sgl-project/sglang-jax#1178) or by claude-code-security-review (its #12).
      { phrase: 'no anthropic credentials found. the sdk tried these sources', weight: 3 },
      { phrase: "run 'anthropic auth login' or set anthropic_api_key", weight: 3 },
      { phrase: 'either anthropic_api_key or claude_code_oauth_token is required', weight: 3 },
      { phrase: 'anthropic_api_key environment variable is not set', weight: 3 },
      // Continue refusing to send without a key (continuedev/continue#9780).
      { phrase: 'anthropic model configured in your config.json, but the api key is not set', weight: 3 },
      // No key reached the request: the SDKs' own check (corbt/agent.exe#29, Doriandarko/maestro#8,
      // plmbr/notebook-intelligence#425), LiteLLM's (SWE-agent/mini-swe-agent#174) and the API's 401 (e2b-dev/fragments#80).
      { phrase: 'could not resolve authentication method', weight: 3 },
      { phrase: 'missing anthropic api key', weight: 3 },
      // The libraries' own check for a missing key: the AI SDK's "Anthropic API key is missing. Pass it using the 'apiKey'
      // parameter…" (@ai-sdk/provider-utils 2.2.8 and 5.0.86), LangChain's "Anthropic API key not found"
      // (@langchain/anthropic 0.3.34 and 1.5.11), LlamaIndex's "Set Anthropic Key in ANTHROPIC_API_KEY env variable"
      // (@llamaindex/anthropic 0.3.27) and Mastra's "Could not find API key process.env.ANTHROPIC_API_KEY for model id …"
      // (@mastra/core 1.71.0).
      { phrase: 'anthropic api key is missing', weight: 3 },
      { phrase: 'anthropic api key not found', weight: 3 },
      { phrase: 'set anthropic key in anthropic_api_key env variable', weight: 3 },
      { phrase: 'could not find api key process.env.anthropic_api_key', weight: 3 },
      // Genkit's Anthropic plugin with no key (genkitx-anthropic 0.30.0, @genkit-ai/anthropic 0.3.0), VoltAgent's for a model
      // string "anthropic/…" (@voltagent/core 2.10.0), token.js's (0.4.3 to 0.7.1), and elizaOS's retelling of a 401
      // (@elizaos/plugin-anthropic 2.0.0-alpha.537: "[Anthropic] … failed: Authentication failed. Check the configured
      // Anthropic API key.").
      { phrase: 'please pass in the api key or set the anthropic_api_key environment variable', weight: 3 },
      { phrase: 'missing api key for "anthropic"', weight: 3 },
      { phrase: 'no anthropic api key detected', weight: 3 },
      { phrase: 'authentication failed. check the configured anthropic api key', weight: 3 },
      // Continue's CLI checking an Anthropic key's form when it is set up (@continuedev/cli 1.5.47).
      { phrase: 'api key must start with "sk-ant-"', weight: 3 },
      { phrase: 'x-api-key header is required', weight: 3 },
      // Claude Code with no credential at all (anthropics/claude-code#6893): "Missing API key · Run /login".
      { phrase: 'missing api key · run /login', weight: 3 },
      { phrase: 'invalid x-api-key', weight: 3 },
      // Claude Code's line for a key it cannot use, with its own advice after it (anthropics/claude-code#6270).
      { phrase: 'invalid api key · please run /login', weight: 3 },
      // The same notice in older and newer clients, read from their npm packages' cli.js: the status line of 2.0.x
      // ("Invalid API key · Run /login") and the line 2.1.x shows when the API refuses the login it sent ("Not logged in ·
      // Please run /login", @anthropic-ai/claude-code 2.1.100).
      { phrase: 'invalid api key · run /login', weight: 3 },
      { phrase: 'not logged in · please run /login', weight: 3 },
      // Its sibling where the session cannot run /login itself (its 2.1.325 linux-x64 binary on npm).
      { phrase: 'authentication required · sign in again to continue', weight: 3 },
      // The same for a token set in the environment (its 2.1.260 linux-x64 binary on npm).
      { phrase: 'invalid auth token · fix external auth token', weight: 3 },
      // No credential it could send (its 2.1.280 linux-x64 binary on npm: "Couldn't attach credentials to the request · Fix:
      // sign in, set the API key this session should use, …").
      { phrase: "couldn't attach credentials to the request", weight: 3 },
      { phrase: 'invalid api key · fix external api key', weight: 3 },
      // Zed's line for a rejected key: "The API key for Anthropic is invalid or has expired."
      { phrase: 'the api key for anthropic is invalid or has expired', weight: 3 },
      { phrase: 'authentication_error', weight: 1 },
      // A tool's own words for a refused key ("Invalid Anthropic API Key", "401 Unauthorized"), where Claude is named.
      { phrase: 'invalid api key', weight: 2, onClaude: true },
      { phrase: 'api key is invalid', weight: 2, onClaude: true },
      { phrase: '401 unauthorized', weight: 2, onClaude: true },
    ],
    cues: [
      ['api key|x api key|apikey', 'invalid|incorrect|not valid'],
      // A tool's own check that no Anthropic key is set, in words nobody has listed yet: elizaOS's "ANTHROPIC_API_KEY is not
      // set in environment" (@elizaos/plugin-anthropic 1.5.12) and "Anthropic API key is too short" (@elizaos/core
      // 2.0.0-alpha.537).
      ['anthropic api key|anthropic_api_key|anthropic key', 'missing|not set|not found|too short|empty|required'],
    ],
    specificity: 3,
    statuses: [401],
  },
} satisfies VariantInput;
