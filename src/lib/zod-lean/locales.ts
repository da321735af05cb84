/** Only the English locale (zod's default); the others are never used (our own messages). */
export { default as en } from '../../../node_modules/zod/v4/locales/en.js';
