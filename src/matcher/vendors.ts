/**
 * Other AI providers' own errors, by words only they print. A paste that shows one is not a Claude error unless a
 * Claude message stands apart from it; the vendor is read off so the reader is told whose error it looks like.
 */
export const knownVendors: readonly { name: string; phrases: readonly string[] }[] = [
  { name: 'OpenAI', phrases: ['insufficient_quota', 'You exceeded your current quota', 'platform.openai.com', 'OpenAI'] },
  { name: 'OpenRouter', phrases: ['openrouter.ai', 'OpenRouter', 'requires more credits, or fewer max_tokens'] },
  { name: 'DeepSeek', phrases: ['DeepSeek', 'Insufficient Balance","type":"unknown_error"', '402 Insufficient Balance'] },
  { name: 'Google Gemini', phrases: ['RESOURCE_EXHAUSTED', 'generativelanguage.googleapis.com', 'Gemini', 'Resource has been exhausted'] },
  { name: 'MiniMax', phrases: ['MiniMax', 'insufficient balance (1008)'] },
  { name: 'Moonshot (Kimi)', phrases: ['Moonshot', 'api.moonshot.cn', 'exceeded_current_quota_error'] },
  { name: 'Zhipu (GLM)', phrases: ['bigmodel.cn', 'Zhipu'] },
  { name: 'Mistral', phrases: ['api.mistral.ai', 'MistralException'] },
  { name: 'xAI (Grok)', phrases: ['api.x.ai', 'xAI'] },
];
