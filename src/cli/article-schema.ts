// The JSON Schema (draft 2020-12) of the Article the tool prints, generated from the
// library's zod schemas so the two cannot drift apart.
//
//   articleJsonSchema()  →  { "$schema": "https://json-schema.org/draft/2020-12/schema",
//                             "title": "Article", "type": "object", …, "$defs": { "Image": …, "SectionRail": … } }
//
// Shared parts are named through a registry of our own (the library's schemas are not
// touched), so they appear once under $defs as Image, TeaserItem, … instead of inline.

import { z } from 'zod';
import { Age, Article, Diagnostic, Image, SectionRail, TeaserItem } from '../index.js';

interface SchemaMeta {
  id?: string;
  title?: string;
  description?: string;
}

export function articleJsonSchema(): Record<string, unknown> {
  const names = z.registry<SchemaMeta>();
  names.add(Article, {
    title: 'Article',
    description: 'A news page dump parsed by newsdump: the article, its teaser rails and the diagnostics.',
  });
  for (const [id, schema] of Object.entries({ Image, SectionRail, TeaserItem, Age, Diagnostic })) {
    names.add(schema, { id });
  }
  return z.toJSONSchema(Article, { target: 'draft-2020-12', metadata: names, io: 'output' });
}
