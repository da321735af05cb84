import { createRouter } from '../../lib/create-router.ts';
import { curveRoute } from './curve.routes.ts';
import { curveHandler } from './curve.handlers.ts';

export const curveRouter = createRouter().openapi(curveRoute, curveHandler);
