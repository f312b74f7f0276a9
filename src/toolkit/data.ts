// The package's data, compiled from the validated catalogue when run from the repository (the CLI, tests).
// The package build replaces this module with the same object as JSON, so the package carries no catalogue code.
import manifest from '../../package/package.json' with { type: 'json' };
import { variants } from '../catalogue/index.ts';
import { toolkitData, type ToolkitData } from './bundle.ts';

/** The compiled catalogue, the public variants and their version. */
export const data: ToolkitData = toolkitData(variants, manifest.version);
