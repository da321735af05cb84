import { z } from 'zod';
import { RuleFile } from './schema.ts';

/** The JSON Schema of a rule file, as committed in rules/rules.schema.json. */
export const ruleFileJsonSchema = () => ({
  ...z.toJSONSchema(RuleFile, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  $id: 'https://it-hojo-api.example/rules.schema.json',
  title: 'IT導入補助金 rule file (one budget round)',
});
