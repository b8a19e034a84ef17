import { app, type InvocationContext, type Timer } from '@azure/functions';
import { sweepSchedule, sweepTimer } from '../handlers/sweepTimer';
import { appServices } from '../runtime/createAppServices';

/**
 * The sweep on a schedule (app setting LEADLINK_SWEEP_SCHEDULE, every 15 minutes by default): links orphan leads a
 * lost webhook left behind and clears marketingonly for qualifications it missed
 * (https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer).
 */
app.timer('sweepTimer', {
  schedule: sweepSchedule(process.env),
  handler: async (timer: Timer, context: InvocationContext) => {
    await sweepTimer(timer, context, appServices);
  },
});
