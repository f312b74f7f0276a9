// The rules of round 6's seen misses and the wordings its collectors reported, each from the real paste.
import { describe, expect, test } from 'vitest';
import { diagnoseText } from './matcher-helpers.ts';

describe('Amazon Bedrock, by its SDK’s and event stream’s words', () => {
  test('the ThrottlingException object alone is the rate limit where Bedrock shows, nothing elsewhere (posit-dev/positron#7844)', () => {
    const body = '{"name": "ThrottlingException", "$fault": "client", "$metadata": {"httpStatusCode": 429, "attempts": 3}}';
    expect(diagnoseText(`${body}\nUsing Claude 4 Sonnet on AWS Bedrock returns this error.`).id).toBe('rate-limited');
    // DynamoDB and the other AWS services throttle by the same name.
    expect(diagnoseText(body).id).toBeNull();
  });

  test('"permission to access the model with the specified model ID" is a model the account lacks (langgenius/dify#2829)', () => {
    const text = 'When I added aws bedrock I got this error: "You do not have permission to access the model with the specified model ID."';
    expect(diagnoseText(text).id).toBe('model-not-available');
  });

  test('internalServerException in the event stream is a server error, though LiteLLM calls it a connection error (BerriAI/litellm#6559)', () => {
    const text =
      "litellm.APIConnectionError: Bad response code, expected 200: {'status_code': 400, 'headers': {':exception-type': 'internalServerException', ':content-type': 'application/json', ':message-type': 'exception'}, 'body': b'{\"message\":\"The\nsystem encountered an unexpected error during processing. Try your request again.\"}'}";
    expect(diagnoseText(text).id).toBe('internal-server-error');
    // Without a mark of Bedrock the sentence is any AWS service's.
    expect(diagnoseText('The system encountered an unexpected error during processing. Try your request again.').id).toBeNull();
  });

  test('"The maximum tokens you requested exceeds the model limit" is max_tokens too large (charmbracelet/crush#946)', () => {
    const text =
      'POST "https://bedrock-runtime.us-west-2.amazonaws.com/v1/messages": 400 Bad Request {"message":"The maximum tokens you requested exceeds the model limit of 32768"}';
    expect(diagnoseText(text).id).toBe('max-tokens-too-large');
  });

  test('"invalid beta flag" is a beta feature the endpoint lacks, the extra-inputs guide (QuantumNous/new-api#2772, anthropics/claude-code#49370)', () => {
    expect(
      diagnoseText(
        'API Error: 400 {"error":{"type":"aws_invoke_error","message":"InvokeModelWithResponseStream: operation error Bedrock Runtime: InvokeModelWithResponseStream, https response error StatusCode: 400, RequestID: 6057a502-9591-4fef-a7a6-b143043a161b, ValidationException: invalid beta flag"},"type":"error"}',
      ).id,
    ).toBe('extra-inputs-not-permitted');
    expect(diagnoseText('API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"invalid beta flag"}}').id).toBe(
      'extra-inputs-not-permitted',
    );
  });
});

describe('Anthropic’s own endpoint and field refusals', () => {
  test('an OpenAI-shaped 400 from api.anthropic.com is Anthropic’s, the OpenAI client’s name a layer (yinzara/ha-config-ai-agent#5)', () => {
    const text =
      "INFO - [ITERATION 1] Calling OpenAI streaming API\nHTTP Request: POST https://api.anthropic.com/v1/chat/completions \"HTTP/1.1 400 Bad Request\"\nERROR - Agent streaming error: Error code: 400 - {'error': {'code': 'invalid_request_error', \n'message': 'Failed to parse JSON: ', 'type': 'invalid_request_error', 'param': None}}";
    expect(diagnoseText(text).id).toBe('invalid-request');
    // The same object with OpenAI's host is OpenAI's.
    expect(diagnoseText(text.replace('api.anthropic.com', 'api.openai.com')).id).toBeNull();
  });

  test('any field the API names before "Extra inputs are not permitted" is that refusal (posit-dev/chatlas#225)', () => {
    const text =
      "anthropic.BadRequestError: Error code: 400 - {'message': 'messages.0.content.0.text.cache_control.ephemeral.ttl: Extra inputs are not permitted'}";
    expect(diagnoseText(text).id).toBe('extra-inputs-not-permitted');
  });
});

describe('Claude Code’s newer lines', () => {
  test('its base64 image check, for one image or several, is the image guide (anthropics/claude-code#20021, #30967)', () => {
    expect(diagnoseText('Image base64 size (8.4 MB) exceeds API limit (5.0 MB). Please resize the image before sending.')).toMatchObject({
      id: 'image-too-large',
      basis: 'message',
    });
    expect(diagnoseText('3 images exceed the API limit (5MB): Image 4: 7.5MB, Image 5: 8.2MB').id).toBe('image-too-large');
  });

  test('the "server-side issue" tail names a server error, and an overload’s own words still win', () => {
    const tail = 'This is a server-side issue, usually temporary — try again in a moment. If it persists, check status.claude.com.';
    expect(diagnoseText(`API Error: 503 Service Unavailable. ${tail}`).id).toBe('internal-server-error');
    expect(diagnoseText(`API Error: 529 Overloaded. ${tail}`).id).toBe('overloaded');
  });
});

describe('Google Vertex AI’s 404 for a Claude model id', () => {
  test('"Publisher Model `…/models/claude-…` not found" is the model id, under either publisher (QuantumNous/new-api#1476, anyme123/Any-code#5)', () => {
    const underGoogle =
      "NotFoundError(\"Error code: 404 - {'error': {'message': 'Publisher Model `projects/**/locations/us-east5/publishers/google/models/claude-sonnet-4-20250514` not found.', 'type': 'upstream_error', 'param': '', 'code': 404}}\")";
    expect(diagnoseText(underGoogle).id).toBe('model-not-found');
    const underAnthropic =
      '报错"Publisher Model projects/g25-sjb-claude/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-20250514 not found';
    expect(diagnoseText(underAnthropic).id).toBe('model-not-found');
  });

  test('the same 404 for a Gemini model is Google’s own, not a Claude error', () => {
    expect(diagnoseText('Publisher Model `projects/p/locations/us-central1/publishers/google/models/gemini-1.5-pro-002` not found.').id).toBeNull();
  });
});

describe('Claude Code’s lines in the words and numbers people quote', () => {
  test('"Once topped up, run /model to switch to <model>" is a model that runs on usage credits (anthropics/claude-code#84306, #80836)', () => {
    const text =
      '`/model fable` does not switch; it opens\nhttps://claude.ai/settings/usage?from=cc_cli_limit_message\nwith "Once topped up, run /model to switch to Fable 5."';
    expect(diagnoseText(text).id).toBe('model-limit');
  });

  test('the output cap with its number is a clear match, and still read without its "API Error:" frame (anthropics/claude-code#6158, nextlevelbuilder/ui-ux-pro-max-skill#25)', () => {
    const line =
      "API Error: Claude's response exceeded the 32000 output token maximum. To configure this behavior, set the CLAUDE_CODE_MAX_OUTPUT_TOKENS \n     environment variable.";
    const framed = diagnoseText(line);
    expect(framed.id).toBe('max-tokens-too-large');
    expect(framed.confidence).toBeGreaterThanOrEqual(0.85);
    expect(diagnoseText("Claude's response exceeded the 32000 output token maximum").id).toBe('max-tokens-too-large');
  });

  test('the version gate reads the same for any model and version numbers (anthropics/claude-code#96130, zacdcook/openclaw-billing-proxy#65)', () => {
    const opus55 =
      '❯ /model claude-opus-5-5\n  ⎿  API error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Claude Code 2.1.275 does not support this model; version 2.1.280 or newer is required. Run \'claude update\', or update the Claude desktop app, then try again.","details":{"error_code":"claude_code_version_too_old"}},"request_id":"req_011CfK2o3XeCrKAFyfBPTJHd"}';
    expect(diagnoseText(opus55).id).toBe('client-update-required');
    // OpenClaw's wrapper around it is only the frame.
    const wrapped =
      "LLM request rejected: Claude Code 2.1.211 does not support this model; version 2.1.280 or newer is required. Run 'claude update', or update the Claude desktop app, then try again.";
    expect(diagnoseText(wrapped).id).toBe('client-update-required');
  });

  test('the base64 image check with sizes written without a space (anthropics/claude-code#29269, #37480)', () => {
    expect(diagnoseText('Image base64 size (5.7MB) exceeds API limit (5MB). Please resize the image before sending.').id).toBe('image-too-large');
    expect(diagnoseText('The only indication is an error in the response: `Image base64 size (5.7MB) exceeds API limit (5MB)`').id).toBe(
      'image-too-large',
    );
  });
});

describe('Amazon Bedrock’s context refusal', () => {
  test('"Input is too long for requested model." is the prompt too long, clearly (anthropics/claude-code#760, continuedev/continue#6005)', () => {
    const claudeCode = diagnoseText('API Error: 400 Input is too long for requested model.');
    expect(claudeCode.id).toBe('prompt-too-long');
    expect(claudeCode.confidence).toBeGreaterThanOrEqual(0.85);
    expect(diagnoseText('Error processing Bedrock stream: The model returned the following errors: Input is too long for requested model.').id).toBe(
      'prompt-too-long',
    );
  });
});

describe('round 7’s seen misses', () => {
  test('"No `tool_result` block was found immediately after" is the tool-result mismatch (anthropics/claude-code#8286)', () => {
    const text =
      "API error during use: 400 {\"error\":{\"message\":\"Error code: 400 - {'code': 'invalid_request_error', 'message': 'messages.4:\n`tool_use` ids No `tool_result` block was found immediately after the following location: toolu_01PhtXaGYuPQLCCemN1sqfSU.";
    expect(diagnoseText(text).id).toBe('tool-result-mismatch');
  });

  test('the Safeguards e-mail that revokes access is the disabled account (anthropics/claude-code#72496)', () => {
    const text =
      'An internal investigation of suspicious signals associated with your account indicates a violation of our Usage Policy. As a result, we have revoked your access to Claude.';
    expect(diagnoseText(text).id).toBe('organization-disabled');
  });

  test('a DNS failure for api.anthropic.com is a connection error, another host’s is nothing (continuedev/continue#10924)', () => {
    const text = 'request to https://api.anthropic.com/v1/messages failed, reason: getaddrinfo ENOTFOUND api.anthropic.com';
    expect(diagnoseText(text).id).toBe('connection-error');
    expect(diagnoseText('request to https://example.com/ failed, reason: getaddrinfo ENOTFOUND example.com').id).toBeNull();
  });

  test('"is not currently available for your account" is a model the account lacks (anthropics/claude-code#73333)', () => {
    const text =
      "Model 'fable' is not currently available for your account. Claude Fable 5 is currently unavailable. Learn more: https://www.anthropic.com/news/fable-mythos-access";
    expect(diagnoseText(text).id).toBe('model-not-available');
  });
});
