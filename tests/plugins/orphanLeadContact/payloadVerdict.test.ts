import { ORPHAN_LEAD_CONTACT_STEPS, POST_IMAGE } from '../../../plugins/orphanLeadContact';
import { isDeliveryFor } from '../../../plugins/common';
import { payloadVerdict } from '../../../plugins/orphanLeadContact/payloadVerdict';
import { contactRef, webhookEvent } from './helpers/webhookEvents';

describe('payloadVerdict: what the payload alone decides', () => {
  it('Create of an open lead without a contact: work, matching the e-mail it carries', () => {
    const event = webhookEvent({ message: 'Create', target: { emailaddress1: 'Ana@Example.com', statecode: 0 } });
    expect(payloadVerdict(event)).toEqual({ kind: 'work', email: 'Ana@Example.com' });
  });

  it('Create without an e-mail: work, knowing there is none', () => {
    expect(payloadVerdict(webhookEvent({ message: 'Create', target: { lastname: 'Silva', statecode: 0 } }))).toEqual({
      kind: 'work',
      email: null,
    });
  });

  it('a lead that shows a parent contact — in the Target or the post image — is skipped', () => {
    const created = webhookEvent({ message: 'Create', target: { parentcontactid: contactRef(), statecode: 0 } });
    // Our own link write: the Update Target holds the new parentcontactid.
    const ownWrite = webhookEvent({ message: 'Update', target: { parentcontactid: contactRef() } });
    const emailChange = webhookEvent({
      message: 'Update',
      target: { emailaddress1: 'new@example.com' },
      postImages: { [POST_IMAGE]: { parentcontactid: contactRef(), emailaddress1: 'new@example.com', statecode: 0 } },
    });
    for (const event of [created, ownWrite, emailChange]) {
      expect(payloadVerdict(event)).toMatchObject({
        kind: 'skip',
        reason: expect.stringMatching(/already has a parent contact/),
      });
    }
  });

  it('a qualified or disqualified lead is skipped', () => {
    const event = webhookEvent({
      message: 'Update',
      target: { emailaddress1: 'x@example.com' },
      postImages: { [POST_IMAGE]: { emailaddress1: 'x@example.com', statecode: 2 } },
    });
    expect(payloadVerdict(event)).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/qualified or disqualified/),
    });
  });

  it('a cleared parent contact with the image: work, the e-mail from the image (an image omits empty columns)', () => {
    const withEmail = webhookEvent({
      message: 'Update',
      target: { parentcontactid: null },
      postImages: { [POST_IMAGE]: { emailaddress1: 'ana@example.com', statecode: 0 } },
    });
    expect(payloadVerdict(withEmail)).toEqual({ kind: 'work', email: 'ana@example.com' });
    const withoutEmail = webhookEvent({
      message: 'Update',
      target: { parentcontactid: null },
      postImages: { [POST_IMAGE]: { statecode: 0 } },
    });
    expect(payloadVerdict(withoutEmail)).toEqual({ kind: 'work', email: null });
  });

  it('an Update without the image, or a payload over 256 KB: work, the e-mail unknown (read the lead)', () => {
    expect(payloadVerdict(webhookEvent({ message: 'Update', target: { parentcontactid: null } }))).toEqual({
      kind: 'work',
      email: undefined,
    });
    const large = webhookEvent({ message: 'Create', target: { emailaddress1: 'a@example.com' }, sizeExceeded: true });
    expect(large.sizeExceeded).toBe(true);
    expect(payloadVerdict(large)).toEqual({ kind: 'work', email: undefined });
  });
});

describe('isDeliveryFor: another step’s delivery of the same event is not ours', () => {
  it('takes Creates of leads, and Updates whose Target holds parentcontactid or emailaddress1', () => {
    expect(
      isDeliveryFor(webhookEvent({ message: 'Create', target: { lastname: 'x' } }), ORPHAN_LEAD_CONTACT_STEPS),
    ).toBe(true);
    expect(
      isDeliveryFor(
        webhookEvent({ message: 'Update', target: { emailaddress1: 'x@example.com' } }),
        ORPHAN_LEAD_CONTACT_STEPS,
      ),
    ).toBe(true);
    expect(
      isDeliveryFor(webhookEvent({ message: 'Update', target: { parentcontactid: null } }), ORPHAN_LEAD_CONTACT_STEPS),
    ).toBe(true);
  });

  it('refuses an Update of other columns (e.g. the lead-qualified step’s statecode delivery), and other tables', () => {
    expect(
      isDeliveryFor(
        webhookEvent({ message: 'Update', target: { statecode: 1, statuscode: 3 } }),
        ORPHAN_LEAD_CONTACT_STEPS,
      ),
    ).toBe(false);
    expect(
      isDeliveryFor(
        webhookEvent({ message: 'Create', table: 'contact', target: { lastname: 'x' } }),
        ORPHAN_LEAD_CONTACT_STEPS,
      ),
    ).toBe(false);
  });

  it('cannot tell without a Target (over 256 KB), and takes it', () => {
    const large = webhookEvent({ message: 'Update', target: { statecode: 1 }, sizeExceeded: true });
    expect(isDeliveryFor(large, ORPHAN_LEAD_CONTACT_STEPS)).toBe(true);
  });
});
