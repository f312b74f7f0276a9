import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Long-form prose per variant; the file name is the variant id. */
const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/guides' }),
  schema: z.object({
    /** A sentence for search engines and link previews; the catalogue summary is used when absent. */
    description: z.string().trim().min(20).max(200).optional(),
  }),
});

export const collections = { guides };
