// The OpenClaw plugin: its message_sending handler, registered as OpenClaw registers it and run by OpenClaw's own
// hook runner (the published plugin-sdk), with the package resolved to this repository's sources.
import { initializeGlobalHookRunner, resetGlobalHookRunner } from 'openclaw/plugin-sdk/hook-runtime';
import type { OpenClawPluginApi } from 'openclaw/plugin-sdk/plugin-entry';
import { getGlobalHookRunner } from 'openclaw/plugin-sdk/plugin-runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import plugin, { withGuideLine } from '../../integrations/openclaw/index.js';
import { defaultSiteUrl } from '../../src/site.ts';
import { root } from './matcher-helpers.ts';

const folder = join(root, 'integrations', 'openclaw');
const outOfExtraUsage = "LLM request rejected: You're out of extra usage. Add more at claude.ai/settings/usage and keep going.";
const billing =
  "⚠️ API provider returned a billing error — your API key has run out of credits or has an insufficient balance. Check your provider's billing dashboard and top up or switch to a different API key.";
/** Replies a chat gets every day, some with error-ish words in prose: none may change. */
const ordinary = [
  'Sure, here is the summary of the meeting.',
  'The restaurant was overloaded tonight, sorry for the late reply!',
  'I hit a rate limit earlier but it is fine now.',
  '',
  '429',
];

describe('the OpenClaw plugin', () => {
  test('its manifest, package entry and default export agree on the id, as OpenClaw requires', () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'openclaw.plugin.json'), 'utf8')) as { id: string; configSchema: unknown };
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      name: string;
      openclaw: { extensions: string[] };
      dependencies: Record<string, string>;
    };
    expect(plugin.id).toBe(manifest.id);
    expect(pkg.name).toBe(manifest.id);
    expect(pkg.openclaw.extensions).toEqual(['./index.js']);
    expect(manifest.configSchema).toEqual({ type: 'object', additionalProperties: false });
    // The package is its only runtime dependency: OpenClaw's own types are only read by the type checker.
    expect(Object.keys(pkg.dependencies)).toEqual(['llm-request-rejected']);
    expect(readFileSync(join(folder, 'index.js'), 'utf8')).not.toMatch(/^import (?!\{ explain \} from 'llm-request-rejected')/m);
  });

  test('adds one line with what it is, who can fix it and the guide to a Claude error OpenClaw sends', () => {
    const result = withGuideLine({ content: outOfExtraUsage });
    expect(result?.content.split('\n')).toEqual([
      outOfExtraUsage,
      expect.stringMatching(new RegExp(` · you can fix it · ${defaultSiteUrl}/errors/out-of-extra-usage/$`)) as string,
    ]);
    expect(withGuideLine({ content: billing })?.content).toContain(`${defaultSiteUrl}/errors/openclaw-billing-error/`);
  });

  test('reads originalError when OpenClaw gives it, else the text', () => {
    const original = {
      status: 429,
      error: {
        type: 'error',
        error: { type: 'rate_limit_error', message: "This request would exceed your account's rate limit. Please try again later." },
      },
    };
    const result = withGuideLine({ content: '⚠️ Something went wrong with the model provider.', originalError: original });
    expect(result?.content).toMatch(/^⚠️ Something went wrong with the model provider\.\n.* · \S+\/errors\/rate-limited\/$/);
    expect(withGuideLine({ content: outOfExtraUsage, originalError: 'socket hang up' })?.content).toContain('/errors/out-of-extra-usage/');
  });

  test.each(ordinary)('leaves an ordinary message untouched: %j', (content) => {
    expect(withGuideLine({ content })).toBeUndefined();
  });

  test('leaves alone a message marked as no error, and one that already carries the guide', () => {
    expect(withGuideLine({ content: outOfExtraUsage, isError: false })).toBeUndefined();
    const once = withGuideLine({ content: outOfExtraUsage })!.content;
    expect(withGuideLine({ content: once })).toBeUndefined();
  });

  describe("through OpenClaw's hook runner", () => {
    beforeAll(() => {
      const typedHooks: unknown[] = [];
      const api = {
        on: (hookName: string, handler: unknown, options?: object) =>
          typedHooks.push({ pluginId: plugin.id, hookName, handler, ...options, source: join(folder, 'index.js') }),
      } as unknown as OpenClawPluginApi;
      plugin.register?.(api);
      initializeGlobalHookRunner({ hooks: [], typedHooks, plugins: [{ id: plugin.id!, status: 'loaded' }] } as unknown as Parameters<
        typeof initializeGlobalHookRunner
      >[0]);
    });
    afterAll(() => resetGlobalHookRunner());

    test('registers a message_sending handler that rewrites a Claude error and passes other messages on', async () => {
      const runner = getGlobalHookRunner()!;
      expect(runner.hasHooks('message_sending')).toBe(true);
      const context = { channelId: 'telegram', conversationId: 'telegram:42' };
      const rewritten = await runner.runMessageSending({ to: 'telegram:42', content: outOfExtraUsage }, context);
      expect(rewritten?.content).toMatch(/\n.*\/errors\/out-of-extra-usage\/$/);
      expect(rewritten?.cancel).toBeFalsy();
      for (const content of ordinary) expect((await runner.runMessageSending({ to: 'telegram:42', content }, context))?.content).toBeUndefined();
    });
  });
});
