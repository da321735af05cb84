/** Every router the app mounts, in order. A new endpoint adds one line here. */
import { healthRouter } from './health/health.index.ts';
import { roundsRouter } from './rounds/rounds.index.ts';
import { eligibilityRouter } from './eligibility/eligibility.index.ts';
import { estimateRouter } from './estimate/estimate.index.ts';
import { deadlinesRouter } from './deadlines/deadlines.index.ts';
import { widgetRouter } from './widget/widget.index.ts';

export const routers = [healthRouter, roundsRouter, eligibilityRouter, estimateRouter, deadlinesRouter, widgetRouter];
