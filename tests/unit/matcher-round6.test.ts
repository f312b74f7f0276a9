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
