// What several plug-ins share: the time budget a webhook leaves them, and reading columns from a delivered event.
export { BudgetExceededError } from './BudgetExceededError';
export { callBudget, runWithinBudget } from './callBudget';
export { isDeliveryFor, payloadValue, type PayloadValue } from './eventColumns';
