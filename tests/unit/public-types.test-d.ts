// Checked by `tsc --noEmit` (npm run check): the package's hand-written public types, which its declarations ship
// without zod, describe exactly what the catalogue's schema produces for /variants.json, with four closed lists of the
// schema widened to `string` (the README promises that new groups, actors and audiences may appear).
import { expectTypeOf } from 'vitest';
import type { PublicVariant as SchemaVariant } from '../../src/catalogue/public.ts';
import type { GuideSource, PublicVariant, VariantWording } from '../../src/toolkit/types.ts';

/** The fields whose closed lists the package publishes as open strings. */
type OpenField = 'family' | 'group' | 'audience' | 'actor';

/** The schema's public variant with those lists opened, as one object type. */
type Opened = { [Key in keyof SchemaVariant]: Key extends OpenField ? string : SchemaVariant[Key] };

// The same fields, none missing and none extra, each of the same type once the open lists are widened.
expectTypeOf<Opened>().toEqualTypeOf<PublicVariant>();
// What the catalogue produces can be handed out as the public type without a cast.
expectTypeOf<SchemaVariant>().toExtend<PublicVariant>();
expectTypeOf<SchemaVariant['wordings'][number]>().toEqualTypeOf<VariantWording>();
expectTypeOf<SchemaVariant['sources'][number]>().toEqualTypeOf<GuideSource>();
