import { createRouter } from '../../lib/create-router.ts';
import { compareRoute, estimateGet, estimatePost, examplesRoute } from './estimate.routes.ts';
import { compareHandler, estimateGetHandler, estimatePostHandler, examplesHandler } from './estimate.handlers.ts';

export const estimateRouter = createRouter()
  .openapi(estimatePost, estimatePostHandler)
  .openapi(estimateGet, estimateGetHandler)
  .openapi(compareRoute, compareHandler)
  .openapi(examplesRoute, examplesHandler);
