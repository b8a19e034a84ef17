import type { ColumnDef } from '../../../schema/types';
import { yesNo } from './define';

/**
 * The "do not" preferences lead, contact and account share, with the labels their references give (1 Do Not Allow,
 * 0 Allow; donotsendmm 1 Do Not Send, 0 Send) and followemail (1 Allow, default True).
 */
export const CONTACT_PREFERENCE_COLUMNS: readonly ColumnDef[] = [
  yesNo('donotbulkemail', { true: 'Do Not Allow', false: 'Allow' }, false),
  yesNo('donotemail', { true: 'Do Not Allow', false: 'Allow' }, false),
  yesNo('donotfax', { true: 'Do Not Allow', false: 'Allow' }, false),
  yesNo('donotphone', { true: 'Do Not Allow', false: 'Allow' }, false),
  yesNo('donotpostalmail', { true: 'Do Not Allow', false: 'Allow' }, false),
  yesNo('donotsendmm', { true: 'Do Not Send', false: 'Send' }, false),
  yesNo('followemail', { true: 'Allow', false: 'Do Not Allow' }, true),
];
