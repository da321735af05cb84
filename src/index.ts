/** The Worker entry: the app built once per isolate from the production rules. */
import { createApp } from './app.ts';
import { registry } from './rules/index.ts';

export default createApp(registry);
