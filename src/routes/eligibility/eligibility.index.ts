import { createRouter } from '../../lib/create-router.ts';
import { checkEligibilityRoute } from './eligibility.routes.ts';
import { checkEligibilityHandler } from './eligibility.handlers.ts';

export const eligibilityRouter = createRouter().openapi(checkEligibilityRoute, checkEligibilityHandler);
