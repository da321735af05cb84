import { createRouter } from '../../lib/create-router.ts';
import { getRound, listRounds } from './rounds.routes.ts';
import { getRoundHandler, listRoundsHandler } from './rounds.handlers.ts';

export const roundsRouter = createRouter().openapi(listRounds, listRoundsHandler).openapi(getRound, getRoundHandler);
