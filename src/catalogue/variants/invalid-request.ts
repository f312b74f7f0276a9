import type { VariantInput } from '../schema.ts';
import { cite, common, githubIssue } from '../sources.ts';

export default {
  id: 'invalid-request',
  group: 'request',
  title: 'Malformed request (400)',
  wordings: [
    {
      text: 'API Error: 400 <message>',
      surface: "Claude Code (the API's own message follows the status, as JSON or plain text)",
      firstSeen: '2025-05-22',
      lastSeen: '2026-05-30',
      source: githubIssue('anthropics/claude-code#1237', 'the "API Error: 400" line with the API\'s JSON body after it'),
    },
    {
      text: '`clear_thinking_20251015` strategy requires `thinking` to be enabled',
      surface: 'Anthropic API (Claude Code /compact)',
      firstSeen: '2025-11-13',
      source: githubIssue('anthropics/claude-code#11534', 'a 400 with no guide of its own, from /compact in Claude Code 2.0.36'),
    },
    {
      text: '"thinking.type.enabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
      surface: 'Anthropic API (older Claude Code or Agent SDK with Opus 4.7 or later)',
      firstSeen: '2026-04-17',
      lastSeen: '2026-08',
      source: githubIssue('zhukunpenglinyutong/jetbrains-cc-gui#1003', 'a too-old Agent SDK sending the old thinking setting to a newer model'),
    },
  ],
  status: 400,
  errorType: 'invalid_request_error',
  summary: 'The request itself broke an API rule that has no guide of its own here; a tool or settings problem, not billing.',
  cause:
    'Every 400 invalid_request_error that is not a billing message means the tool built a request the API will not take: a field out of range, a feature the model does not support, a conversation in the wrong shape. The specific ones people meet most have their own guides (tool calls without results, prompt too long, max_tokens, thinking blocks, images, unknown fields); this page covers the rest. Money and plans have nothing to do with it; the fix is in the tool, its settings or the conversation it kept.',
  audience: 'personal',
  actor: 'maintainer',
  steps: [
    { title: 'Read the text after "400": it names the field or rule that failed.' },
    { title: 'Start a new session: a damaged conversation history is a common cause.' },
    { title: 'Update the tool or its plugin to the latest version.' },
    { title: "If it persists, report it to the tool's maintainer with the full message and request id." },
  ],
  related: [
    'tool-result-mismatch',
    'prompt-too-long',
    'max-tokens-too-large',
    'thinking-blocks',
    'extra-inputs-not-permitted',
    'llm-request-rejected',
    'still-rejected',
  ],
  sources: [
    cite(common.apiErrors, 'the 400 invalid_request_error as the catch-all for a request whose format or content is wrong'),
    cite(common.claudeCodeErrors, "how Claude Code prints a 400 with the API's own text after the status"),
    githubIssue('techartdev/OpenClawHomeAssistant#83', 'a malformed request behind OpenClaw\'s "LLM request rejected:" prefix'),
    githubIssue('anthropics/claude-code#11534', 'a /compact request refused over a thinking setting'),
  ],
  reviewed: '2026-11-30',
  change: 'Now the catch-all for 400s without their own guide; tool_use/tool_result moved to its own guide.',
  signals: {
    phrases: [
      // OpenClaw's own copy when a provider refuses turns that do not alternate ("roles must alternate"): Claude's
      // malformed request where Claude is named (openclaw 2026.9.6 on npm, published 2026-09-24: its user-copy module).
      { phrase: 'message ordering conflict - please try again', weight: 2, onClaude: true },
      // Its sentence for a history the provider will not replay (its user-copy module in the 2026.6 and 2026.8 releases).
      { phrase: 'session history or replay state is invalid', weight: 2, onClaude: true },
      // Roo Code's and Kilo Code's sentence for any provider's 400, which hides the API's own words: a malformed request
      // at the least (RooCodeInc/Roo-Code's webview-ui/src/i18n/locales/en/chat.json, and its de copy).
      { phrase: "the provider couldn't process the request as made", weight: 2, onClaude: true },
      { phrase: 'der anbieter konnte die anfrage nicht wie gestellt verarbeiten', weight: 2, onClaude: true },
      // Vertex AI refusing a Claude model sent to Gemini's endpoint (langchain-ai/deepagents#4485: "400 FAILED_PRECONDITION:
      // claude-sonnet-4-6 is not supported in the generateContent API."), Bedrock's Converse rule for documents
      // (BerriAI/litellm#36499) and the API's refusal of a locked PDF, as Claude Code lists it (its 2.1.195 source as
      // restored in Haoping-Xiao/claude-code-sourcemap, src/services/api/errors__m3.ts).
      { phrase: 'is not supported in the generatecontent api', weight: 2, onClaude: true },
      { phrase: 'a text block must be included when using documents', weight: 3, onCloud: true },
      { phrase: 'the pdf specified is password protected', weight: 3 },
      // Claude Code 2.0's own lines for those two refusals (@anthropic-ai/claude-code 2.0.30 and 2.0.60, their cli.js: "PDF
      // too large." for the page cap, "PDF is password protected.").
      { phrase: 'pdf too large. please double press esc to edit your message', weight: 3 },
      { phrase: 'pdf is password protected. please double press esc', weight: 3 },
      // Their 2.1 wordings, and its line for a PDF the API could not read (its 2.1.100 cli.js, its 2.1.190 and 2.1.260
      // linux-x64 binaries on npm).
      { phrase: 'pdf is password protected. try using a cli tool', weight: 3 },
      { phrase: 'the pdf file was not valid. double press esc', weight: 3 },
      // A tool schema with a number the API cannot hold (anthropics/claude-code#65762, Claude for Office).
      { phrase: 'input_schema: int too big to convert', weight: 3 },
      // More of the API's own refusals, quoted bare (second harvest): structured outputs' schema limits
      // (anthropic-sdk-python#1185, TanStack/ai#686, ax-llm/ax#458), a tool schema's top level (anthropics/claude-code#5973),
      // a message role the API lacks (mark3labs/mcphost#36), cache lifetimes out of order (claude-code-cache-fix#44), a
      // prefill with tools (inngest/agent-kit#41), an effort setting the model lacks (anthropics/claude-code#30795), token
      // counting a Bedrock model lacks (agentgateway/agentgateway#3254), and the Text Completions era's body and prompt
      // (superduper-io/superduper#1898, trufflesecurity/trufflehog, aws-samples/amazon-bedrock-workshop#57).
      { phrase: 'compiled grammar is too large', weight: 3 },
      { phrase: 'schema is too complex for compilation', weight: 3 },
      { phrase: "'additionalproperties' must be explicitly set to false", weight: 3 },
      { phrase: 'input_schema does not support oneof, allof, or anyof at the top level', weight: 3 },
      { phrase: 'messages: unexpected role', weight: 3 },
      { phrase: 'cache_control block must not come after a ttl=', weight: 3 },
      { phrase: 'pre-filling the `assistant` response is not supported', weight: 3 },
      { phrase: 'does not support the effort parameter', weight: 3 },
      // Thinking with a sampling setting other than 1 (mnfst/modelparams.dev#214, MartialBE/one-hub#529); the corpus files it
      // here rather than under temperature and top_p, whose guide is about the pair.
      { phrase: 'may only be set to 1 when thinking is enabled', weight: 3 },
      // The libraries' own checks of the same thinking rules before anything is sent: LangChain's "temperature is not
      // supported when thinking is enabled" and "thinking.budget_tokens is not supported for claude-opus-4-7; use
      // outputConfig.effort instead" (@langchain/anthropic 1.5.11), and n8n's retellings of the API's thinking 400s
      // (@n8n/n8n-nodes-langchain 2.41.1, its Anthropic chat model node).
      { phrase: 'temperature is not supported when thinking is enabled', weight: 3 },
      { phrase: 'use outputconfig.effort instead', weight: 3 },
      { phrase: 'does not support the legacy manual thinking mode', weight: 3 },
      { phrase: 'does not support disabling thinking', weight: 3 },
      { phrase: 'manual thinking mode is not supported on', weight: 3 },
      // The AI SDK's Bedrock provider naming only the exception of a refused stream (@ai-sdk/amazon-bedrock 5.0.101).
      { phrase: 'bedrock stream failed with validationexception', weight: 2, onCloud: true },
      { phrase: "the provided model doesn't support counting tokens", weight: 3 },
      { phrase: "expected either ('max_tokens_to_sample', 'model' and 'prompt')", weight: 3 },
      { phrase: 'max_tokens_to_sample: field required', weight: 3 },
      { phrase: 'prompt must alternate between', weight: 3 },
      // Zed's words for a 400 whose own text it does not show, for any provider (zed-industries/zed#33993).
      { phrase: "invalid request format to language model provider's api", weight: 2, onClaude: true },
      // The API's own messages for requests in the wrong shape, as tools quote them bare (2024–2026): an empty list
      // (DevoxxGenieIDEAPlugin#567), a first turn not the user's (tonyljx/TextWordExplain#2), a system turn inside
      // messages (cursor-claude-connector#3), a prefill ending in whitespace (tailcallhq/forgecode#1872), tools named twice
      // (eclipse-theia/theia#16122), thinking with a forced tool (BerriAI/litellm#8883), a missing version header
      // (PipedreamHQ/pipedream#9697).
      { phrase: 'messages: at least one message is required', weight: 3 },
      { phrase: 'first message must use the "user" role', weight: 3 },
      { phrase: 'the messages api accepts a top-level `system` parameter', weight: 3 },
      { phrase: 'final assistant content cannot end with trailing whitespace', weight: 3 },
      { phrase: 'tools: tool names must be unique', weight: 3 },
      { phrase: 'thinking may not be enabled when tool_choice forces tool use', weight: 3 },
      { phrase: 'anthropic-version: header is required', weight: 3 },
      // Documents and images the API cannot read (anthropic-sdk-python#903, claude-code#5174, #60920, #6300,
      // vybestack/llxprt-code#2130, warpdotdev/warp#8114).
      { phrase: 'could not process pdf', weight: 3 },
      { phrase: 'the pdf specified was not valid', weight: 3 },
      { phrase: 'pdf pages may be provided', weight: 3 },
      { phrase: 'could not process image', weight: 3 },
      { phrase: 'image does not match the provided media type', weight: 3 },
      { phrase: 'media type, but the image appears to be', weight: 3 },
      // Settings a model refuses: thinking on a model without it (anthropics/claude-code#2245, where the id names Claude),
      // thinking switched off where it cannot be (cline/cline#13203), a schema keyword structured output lacks
      // (agentjido/req_llm#302).
      { phrase: 'does not support thinking', weight: 2, onClaude: true },
      { phrase: 'thinking.type.disabled is not supported', weight: 3 },
      { phrase: 'output_format.schema', weight: 3 },
      // A tool's input schema the API cannot read (anthropics/claude-code#9605, often an MCP server's tool).
      { phrase: 'json schema is invalid. it must match json schema draft', weight: 3 },
      { phrase: 'invalid_request_error', weight: 2 },
      // The API's message for a conversation whose turns do not alternate.
      { phrase: 'roles must alternate between', weight: 3 },
      // The text-completions format of Claude 2 on Bedrock (build-on-aws/amazon-bedrock-custom-langchain-agent#1).
      { phrase: 'prompt must start with human: turn', weight: 3 },
      // Bedrock's wording of the same rule.
      { phrase: 'conversation must alternate between user and assistant roles', weight: 3 },
      // A tool whose name breaks the API's pattern: "tools.0.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'".
      { phrase: 'custom.name: string should match pattern', weight: 3 },
      { phrase: 'string should match pattern', weight: 2 },
      { phrase: 'llm request rejected: <message>', weight: 2 },
      { phrase: 'strategy requires thinking to be enabled', weight: 3 },
      { phrase: 'thinking.type.enabled is not supported', weight: 3 },
      // Models that take no prefilled reply: "This model does not support assistant message prefill. The conversation must
      // end with a user message." (cortexkit/magic-context#511).
      { phrase: 'does not support assistant message prefill', weight: 3 },
      // The newer models' wording (benchr.org's page on invalid_request_error: "Prefilling assistant messages is not
      // supported for this model.").
      { phrase: 'prefilling assistant messages is not supported', weight: 3 },
      { phrase: 'conversation must end with a user message', weight: 3 },
      // A browser app's request without the header the API asks of calls made from a web page, answered with a 401
      // authentication_error though the key is good: "CORS requests must set 'anthropic-dangerous-direct-browser-access'
      // header" (fishjar/kiss-translator#292, NitroRCr/AIaW#41, each mended by an update of the app).
      { phrase: 'cors requests must set', weight: 3 },
      { phrase: 'anthropic-dangerous-direct-browser-access', weight: 3 },
      // Bedrock's refusal of a Claude model id that must be called through an inference profile (anthropics/claude-code#1293).
      { phrase: 'with on-demand throughput isn’t supported', weight: 3 },
      { phrase: 'the id or arn of an inference profile', weight: 2 },
      // A Claude 3 or later model sent the old text-completions body: "\"claude-3-sonnet-20240229\" is not supported on this
      // API. Please use the Messages API instead." (BerriAI/litellm#2314, through Bedrock).
      { phrase: 'please use the messages api instead', weight: 3 },
      // Bedrock's checks of a Claude body, for every model it serves: `anthropic_version` set to something other than
      // "bedrock-2023-05-31" (boto/boto3#4218) and tool blocks in the history with no tool list (elastic/kibana#246943).
      { phrase: 'invalid api version', weight: 3, onCloud: true },
      { phrase: 'the toolconfig field must be defined when using tooluse and toolresult content blocks', weight: 3, onCloud: true },
      // Bedrock's schema check naming fields only Claude's bodies have (aws/aws-sdk-net#3384: "Malformed input request: #:
      // required key [prompt] not found#: required key [max_tokens_to_sample] not found…"): a body missing what Claude
      // needs is malformed as a whole, beyond any extraneous key listed with it. And its Converse API refusing a cache point
      // after a thinking block (anomalyco/opencode#36517).
      { phrase: 'required key [max_tokens_to_sample] not found', weight: 4, onCloud: true },
      { phrase: 'required key [anthropic_version] not found', weight: 4, onCloud: true },
      // The head of every such check of a Claude body on Bedrock ("Malformed input request: #: subject must not be valid
      // against schema {"required":["messages"]}#/temperature: expected type: Number, found: Null", x3n0cr4735/celi#91): a
      // malformed request, unless what follows it names a more exact guide (an extraneous key).
      { phrase: 'subject must not be valid against schema {"required":["messages"]}', weight: 2 },
      { phrase: 'cache point cannot be inserted after reasoning block', weight: 3 },
      // The API's checks of its newer features, as SDK and tool threads quote them: the MCP connector
      // (anthropics/anthropic-sdk-csharp#255), adaptive thinking on a model without it (askalf/dario#273), a Files API
      // upload of the wrong type (anthropics/anthropic-sdk-ruby#128), the Skills API's upload rules
      // (anthropics/anthropic-sdk-python#1575, anthropics/anthropic-sdk-java#361), strict tools (camel-ai/camel#4171),
      // Claude Code's diagnostics field (anthropics/claude-code#58447), tool blocks sent without the tools
      // (AltimateAI/altimate-code#678) and a tool schema's property names (microsoft/azure-devops-mcp#341).
      { phrase: 'is defined but not referenced by any mcp_toolset', weight: 3 },
      { phrase: 'adaptive thinking is not supported on this model', weight: 3 },
      { phrase: 'only pdf and plaintext documents are supported', weight: 3 },
      { phrase: 'skill.md file must be exactly in the top-level folder', weight: 3 },
      { phrase: 'must match the skill name', weight: 3 },
      { phrase: 'expected uploadfile, received', weight: 3 },
      { phrase: 'too many strict tools', weight: 3 },
      { phrase: 'must be the id from a prior /v1/messages response', weight: 3 },
      { phrase: 'blocks must include tool definition', weight: 3 },
      { phrase: 'property keys should match pattern', weight: 3 },
      // The API's checks of tools and sampling settings, quoted with no status or type around them (trycua/cua#343, #347;
      // the thinking rule for top_p, errs.dmxapi.cn/detail.php?id=2069).
      { phrase: 'does not support tool types', weight: 3 },
      { phrase: 'tool_choice may only be specified while providing tools', weight: 3 },
      { phrase: 'or unset when thinking is enabled', weight: 3 },
    ],
    // The API's answer to a body that is not JSON at all (karthink/gptel#450: "The request body is not valid JSON: …").
    cues: [
      ['request body|json body', 'not valid json|invalid json|malformed json'],
      // The version header refused: `anthropic-version: "2023-06-01, 2023-06-01" is not a valid version` (a router that sent
      // it twice; decolua/9router#2357, diegosouzapw/OmniRoute#1454).
      ['anthropic-version', 'not a valid version'],
    ],
    specificity: 1,
    statuses: [400],
  },
} satisfies VariantInput;
