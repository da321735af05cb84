import { createRouter } from '../../lib/create-router.ts';
import { deadlinesCalendar, listDeadlines } from './deadlines.routes.ts';
import { deadlinesCalendarHandler, listDeadlinesHandler } from './deadlines.handlers.ts';

// The .ics path first: it is a different static path, but keep the more specific one first.
export const deadlinesRouter = createRouter().openapi(deadlinesCalendar, deadlinesCalendarHandler).openapi(listDeadlines, listDeadlinesHandler);
