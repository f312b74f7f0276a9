// The diagnose CLI: the same matcher as the paste box, on the command line. `--help` says how to call it.
// This file is `npm run diagnose` and, bundled, the package's bin; it only wires the process to run.ts.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import manifest from '../../package/package.json' with { type: 'json' };
import { runDiagnose } from './run.ts';

/** Opens an address with $BROWSER when set, else the platform's opener; resolves once it started. */
function openInBrowser(url: string): Promise<void> {
  const browser = process.env['BROWSER'];
  const [command, args] = browser
    ? [browser, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['explorer.exe', [url]]
        : ['xdg-open', [url]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: process.platform !== 'win32' });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/** How the user called it, for the usage text: the npm script in the repository, else the package's bin. */
const name = basename(process.argv[1] ?? '') === 'diagnose.ts' ? 'npm run --silent diagnose --' : manifest.name;

try {
  process.exitCode = await runDiagnose(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    open: openInBrowser,
    name,
  });
} catch (error) {
  process.stderr.write(`diagnose failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
}
