import { isEntityReference, isOptionValue, type RemoteExecutionContext } from '../../dataverse/webhook';
import { LEAD, LEAD_STATE } from '../../schema/names';
import { payloadValue } from '../common/eventColumns';
import { POST_IMAGE } from './steps';

/**
 * What the payload alone says, before any request: nothing to do (the lead is linked, or qualified/disqualified),
 * or work, with the e-mail the payload shows (null: none; undefined: the payload does not say, read the lead).
 */
export type PayloadVerdict =
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'work'; readonly email: string | null | undefined };

export function payloadVerdict(context: RemoteExecutionContext): PayloadVerdict {
  const parent = payloadValue(context, LEAD.parentContact, POST_IMAGE);
  // Our own link write raises an Update filtered on parentcontactid: it ends here, with no request.
  if (parent.known && isEntityReference(parent.value)) {
    return { kind: 'skip', reason: 'The lead already has a parent contact; nothing written.' };
  }
  const state = payloadValue(context, LEAD.state, POST_IMAGE);
  if (state.known && isOptionValue(state.value) && state.value.value !== LEAD_STATE.open) {
    return { kind: 'skip', reason: 'The lead is qualified or disqualified; such leads are left alone.' };
  }
  const email = payloadValue(context, LEAD.email, POST_IMAGE);
  if (!email.known) return { kind: 'work', email: undefined };
  return { kind: 'work', email: typeof email.value === 'string' ? email.value : null };
}
