/**
 * What the parser must read from each kind of webhook body, with the body's own values passed in: the product tests
 * run these on LeadLink's fixtures, the reference suite on the real bodies they mirror (same structure, other values).
 */
import {
  isWebhookEntity,
  parseRemoteExecutionContext,
  type RemoteExecutionContext,
  type WebhookEntity,
  type WebhookValue,
} from '../../../dataverse/webhook';

export function entity(value: WebhookValue | WebhookEntity | undefined): WebhookEntity {
  if (!isWebhookEntity(value)) throw new Error(`expected an entity, got ${JSON.stringify(value)}`);
  return value;
}

export function image(images: Readonly<Record<string, WebhookEntity>>, alias: string): WebhookEntity {
  const found = images[alias];
  if (!found) throw new Error(`no image ${alias}`);
  return found;
}

export function parent(ctx: RemoteExecutionContext): RemoteExecutionContext {
  if (!ctx.parentContext) throw new Error('no ParentContext');
  return ctx.parentContext;
}

export const systemUser = (id: string) => ({ kind: 'reference', id, logicalName: 'systemuser' });
const option = (value: number) => ({ kind: 'option', value });

/** An asynchronous post-operation Update of a contact's first name (Microsoft Learn's "Use webhooks" sample). */
export interface UpdateContactBody {
  readonly text: string;
  readonly contactId: string;
  readonly correlationId: string;
  readonly operationId: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly parentOrganizationName: string;
  readonly userId: string;
  readonly businessUnitId: string;
  readonly stepId: string;
  readonly firstName: string;
  readonly fullName: string;
  readonly modifiedOn: number;
  /** OperationCreatedOn as sent, and the instant it means (1 s after modifiedon). */
  readonly operationCreatedOn: { readonly sent: string; readonly instant: string };
}

export function describeUpdateContact(title: string, body: UpdateContactBody): void {
  describe(title, () => {
    const ctx = parseRemoteExecutionContext(body.text);

    test('reads the context members', () => {
      expect(ctx).toMatchObject({
        messageName: 'Update',
        primaryEntityName: 'contact',
        primaryEntityId: body.contactId,
        secondaryEntityName: 'none',
        stage: 40,
        mode: 1,
        depth: 1,
        correlationId: body.correlationId,
        requestId: null,
        operationId: body.operationId,
        organizationId: body.organizationId,
        organizationName: body.organizationName,
        userId: body.userId,
        initiatingUserId: body.userId,
        businessUnitId: body.businessUnitId,
        isInTransaction: false,
        sizeExceeded: false,
        owningExtension: { kind: 'reference', id: body.stepId, logicalName: 'sdkmessageprocessingstep' },
        outputParameters: {},
        sharedVariables: {},
        preEntityImages: {},
      });
      expect(ctx.owningExtension).not.toHaveProperty('name'); // "Name": null
    });

    test(`reads OperationCreatedOn "${body.operationCreatedOn.sent}" as number + offset: 1 s after modifiedon`, () => {
      expect(ctx.operationCreatedOn?.toISOString()).toBe(body.operationCreatedOn.instant);
      expect((ctx.operationCreatedOn?.getTime() ?? NaN) - body.modifiedOn).toBe(1000);
    });

    test('reads the Target with typed values', () => {
      const target = entity(ctx.target);
      expect(target.logicalName).toBe('contact');
      expect(target.id).toBe(body.contactId);
      expect(target.attributes).toEqual({
        firstname: body.firstName,
        contactid: body.contactId,
        fullname: body.fullName,
        yomifullname: body.fullName,
        modifiedon: new Date(body.modifiedOn),
        modifiedby: systemUser(body.userId),
        modifiedonbehalfby: null,
      });
      expect(target.formattedValues).toEqual({});
      expect(target).not.toHaveProperty('rowVersion');
      expect(ctx.inputParameters['Target']).toBe(ctx.target);
    });

    test('reads the AsynchronousStepPrimaryName post image', () => {
      const primaryName = image(ctx.postEntityImages, 'AsynchronousStepPrimaryName');
      expect(primaryName.logicalName).toBe('contact');
      expect(primaryName.attributes).toEqual({ fullname: body.fullName, contactid: body.contactId });
    });

    test('reads the ParentContext (main operation, stage 30) and its shared variables', () => {
      const main = parent(ctx);
      expect(main).toMatchObject({
        messageName: 'Update',
        stage: 30,
        organizationName: body.parentOrganizationName,
        sizeExceeded: false,
      });
      expect(main.parentContext).toBeUndefined();
      expect(main.inputParameters['SuppressDuplicateDetection']).toBe(false);
      expect(entity(main.target).attributes).toEqual({ firstname: body.firstName, contactid: body.contactId });
      const changed = main.sharedVariables['ChangedEntityTypes'];
      expect(Array.isArray(changed) && changed.length).toBe(14);
      expect(changed).toContainEqual({ kind: 'pair', key: 'lead', value: 'Update' });
      expect(changed).toContainEqual({ kind: 'pair', key: 'contact', value: 'Update' });
    });
  });
}

/** A synchronous Create of a custom table with a column of every type; slashes not escaped; an extra member. */
export interface CreateAllColumnTypesBody {
  readonly text: string;
  /** The custom tables' prefix, e.g. `demo_`. */
  readonly prefix: string;
  readonly recordId: string;
  readonly requestId: string;
  readonly userId: string;
  readonly currencyId: string;
  readonly attendeeId: string;
  readonly acceptLanguage: string;
  readonly stepName: string;
  readonly operationCreatedOn: number;
  readonly integer: number;
  readonly decimal: number;
  readonly stringValue: string;
  readonly dateTime: number;
  readonly dateTimeFormatted: string;
  /** The choice's value and the two of the multi-select choice, with their labels. */
  readonly choice: { readonly value: number; readonly label: string };
  readonly choices: { readonly values: readonly [number, number]; readonly label: string };
}

export function describeCreateAllColumnTypes(title: string, body: CreateAllColumnTypesBody): void {
  describe(title, () => {
    const ctx = parseRemoteExecutionContext(body.text);
    const target = entity(ctx.target);
    const column = (name: string) => `${body.prefix}${name}`;

    test('reads a sync Create, ignoring the unknown and newer top-level keys', () => {
      expect(ctx).toMatchObject({
        messageName: 'Create',
        primaryEntityName: column('allfields'),
        primaryEntityId: body.recordId,
        stage: 40,
        mode: 0,
        isInTransaction: true,
        requestId: body.requestId,
        outputParameters: { id: body.recordId },
        sharedVariables: {
          IsAutoTransact: true,
          AcceptLang: body.acceptLanguage,
          'x-ms-app-name': column('Quick'),
          DefaultsAddedFlag: true,
        },
        postEntityImages: {},
      });
      expect(ctx).not.toHaveProperty('Unknown');
      expect(ctx.operationCreatedOn?.getTime()).toBe(body.operationCreatedOn);
      expect(ctx.owningExtension?.name).toBe(body.stepName);
    });

    test('reads every column type, with unescaped __type slashes', () => {
      expect(target.attributes).toMatchObject({
        [column('integer')]: body.integer,
        [column('decimal')]: body.decimal,
        [column('boolean')]: false,
        [column('string')]: body.stringValue,
        [column('currency')]: { kind: 'money', value: 100 },
        [column('currency_base')]: { kind: 'money', value: 100 },
        [column('datetime')]: new Date(body.dateTime),
        statecode: option(0),
        statuscode: option(1),
        [column('choice')]: option(body.choice.value),
        [column('choices')]: body.choices.values.map(option),
        [column('lookup')]: systemUser(body.userId),
        transactioncurrencyid: { kind: 'reference', id: body.currencyId, logicalName: 'transactioncurrency' },
        [column('allfieldsid')]: body.recordId,
        exchangerate: 1,
        modifiedonbehalfby: null,
      });
      expect(Object.keys(target.attributes)).toHaveLength(24);
    });

    test('keeps formatted values apart from the values', () => {
      expect(target.formattedValues).toMatchObject({
        [column('choices')]: body.choices.label,
        [column('choice')]: body.choice.label,
        [column('boolean')]: 'No',
        [column('datetime')]: body.dateTimeFormatted,
      });
      expect(target.attributes[column('choice')]).toEqual(option(body.choice.value));
    });

    test('reads the activity-party array in the ParentContext Target as entities', () => {
      const main = parent(ctx);
      expect(main.inputParameters['x-ms-app-name']).toBe(column('Quick'));
      expect(entity(main.target).attributes['requiredattendees']).toEqual([
        {
          kind: 'entity',
          logicalName: 'activityparty',
          id: '00000000-0000-0000-0000-000000000000',
          attributes: { partyid: { kind: 'reference', id: body.attendeeId, logicalName: 'contact' } },
          formattedValues: {},
          keyAttributes: {},
        },
      ]);
    });
  });
}

/** An asynchronous Create of a custom table, compact, with \u000a escapes and a zero date offset. */
export interface CreateAllTypesAsyncBody {
  readonly text: string;
  readonly prefix: string;
  readonly recordId: string;
  readonly customerId: string;
  readonly name: string;
  readonly operationCreatedOn: { readonly sent: string; readonly instant: number };
  readonly wholeNumber: { readonly value: number; readonly formatted: string; readonly plain: string };
  readonly multipleLines: string;
  readonly float: number;
  readonly dateAndTime: number;
  readonly options: readonly [number, number];
}

export function describeCreateAllTypesAsync(title: string, body: CreateAllTypesAsyncBody): void {
  describe(title, () => {
    const ctx = parseRemoteExecutionContext(body.text);
    const target = entity(ctx.target);
    const column = (name: string) => `${body.prefix}${name}`;

    test('reads an async Create', () => {
      expect(ctx).toMatchObject({
        messageName: 'Create',
        primaryEntityName: column('alltypes'),
        primaryEntityId: body.recordId,
        mode: 1,
        stage: 40,
        outputParameters: { id: body.recordId },
      });
      // A zero offset changes nothing.
      expect(body.operationCreatedOn.sent).toMatch(/\+0000\)\/$/);
      expect(ctx.operationCreatedOn?.getTime()).toBe(body.operationCreatedOn.instant);
    });

    test('reads the values, \\u000a escapes included', () => {
      expect(target.attributes).toMatchObject({
        [column('twooptions')]: true,
        [column('wholenumber')]: body.wholeNumber.value,
        [column('multiplelinesoftext')]: body.multipleLines,
        [column('float')]: body.float,
        [column('decimal')]: 10.01,
        exchangerate: 1,
        [column('currency')]: { kind: 'money', value: 2154.32 },
        [column('optionset')]: option(body.options[0]),
        [column('multiselectoptionset')]: body.options.map(option),
        [column('dateandtime')]: new Date(body.dateAndTime),
        [column('customer')]: { kind: 'reference', id: body.customerId, logicalName: 'account' },
      });
      expect(target.formattedValues[column('wholenumber')]).toBe(body.wholeNumber.formatted);
    });

    test('reads the AsynchronousStepPrimaryName image and the ParentContext', () => {
      expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes).toEqual({
        [column('name')]: body.name,
        [column('alltypesid')]: body.recordId,
      });
      expect(parent(ctx).stage).toBe(30);
      expect(entity(parent(ctx).target).formattedValues).toEqual({
        [column('wholenumber')]: body.wholeNumber.plain,
        [column('twooptions')]: 'True',
        [column('decimal')]: '10.01',
      });
    });
  });
}

/** A synchronous Update of an account whose id and date come wrapped as Guid:#System and DateTime:#System. */
export interface UpdateAccountWrappedValuesBody {
  readonly text: string;
  readonly accountId: string;
  readonly requestId: string;
  readonly stepName: string;
  readonly operationCreatedOn: number;
  readonly modifiedOn: number;
  readonly telephone: string;
}

export function describeUpdateAccountWrappedValues(title: string, body: UpdateAccountWrappedValuesBody): void {
  describe(title, () => {
    const ctx = parseRemoteExecutionContext(body.text);

    test('reads a sync Update of account', () => {
      expect(ctx).toMatchObject({
        messageName: 'Update',
        primaryEntityName: 'account',
        primaryEntityId: body.accountId,
        mode: 0,
        requestId: body.requestId,
      });
      expect(ctx.owningExtension?.name).toBe(body.stepName);
      expect(ctx.operationCreatedOn?.getTime()).toBe(body.operationCreatedOn);
    });

    test('unwraps Guid:#System and DateTime:#System values to what the plain form gives', () => {
      const attributes = entity(ctx.target).attributes;
      expect(attributes['accountid']).toBe(body.accountId);
      expect(attributes['modifiedon']).toEqual(new Date(body.modifiedOn));
      expect(attributes['telephone1']).toBe(body.telephone);
      // The ParentContext carries the same id unwrapped, as Dataverse writes it: both read the same.
      expect(entity(parent(ctx).target).attributes['accountid']).toBe(attributes['accountid']);
    });
  });
}

/** An asynchronous Update of a custom activity: party lists in the pre image, a ParentContext without Target. */
export interface UpdateActivityPartyListsBody {
  readonly text: string;
  readonly prefix: string;
  readonly activityId: string;
  readonly parentExecutionId: string;
  readonly sender: { readonly id: string; readonly name: string; readonly rowVersion: string };
  readonly scheduledEnd: number;
  readonly queueName: string;
  readonly description: string;
  readonly regarding: string;
  readonly subject: string;
}

export function describeUpdateActivityPartyLists(title: string, body: UpdateActivityPartyListsBody): void {
  describe(title, () => {
    const ctx = parseRemoteExecutionContext(body.text);
    const pre = image(ctx.preEntityImages, 'Image');
    const table = `${body.prefix}customactivity`;

    test('reads an async Update of a custom activity', () => {
      expect(ctx).toMatchObject({ messageName: 'Update', primaryEntityName: table, mode: 1 });
      expect(entity(ctx.target).attributes).toMatchObject({ statecode: option(3), statuscode: option(4) });
      expect(ctx.inputParameters['parentExecutionId']).toBe(body.parentExecutionId);
      // "/Date(ms+0300)/" + 3 h is exactly the record's modifiedon.
      expect(ctx.operationCreatedOn).toEqual(entity(ctx.target).attributes['modifiedon']);
    });

    test('reads EntityCollection party lists in the pre image as arrays of entities', () => {
      const from = pre.attributes['from'];
      if (!Array.isArray(from)) throw new Error('from is not a list');
      expect(from).toHaveLength(1);
      const sender = entity(from[0]);
      expect(sender.logicalName).toBe('activityparty');
      expect(sender.rowVersion).toBe(body.sender.rowVersion);
      expect(sender.attributes).toMatchObject({
        partyid: { kind: 'reference', id: body.sender.id, logicalName: 'contact', name: body.sender.name },
        participationtypemask: option(1),
        scheduledend: new Date(body.scheduledEnd),
        ispartydeleted: false,
      });
      expect(sender.formattedValues['participationtypemask']).toBe('Sender');
      const to = pre.attributes['to'];
      if (!Array.isArray(to)) throw new Error('to is not a list');
      expect(entity(to[0]).attributes['partyid']).toMatchObject({ logicalName: 'queue', name: body.queueName });
    });

    test('reads the rest of the pre image', () => {
      expect(pre.attributes).toMatchObject({
        statecode: option(0),
        description: body.description,
        regardingobjectid: { kind: 'reference', logicalName: `${body.prefix}otherentity`, name: body.regarding },
      });
      expect(pre.formattedValues).toEqual({ statecode: 'Open', regardingobjectid: body.regarding, statuscode: 'Open' });
      expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes['subject']).toBe(body.subject);
    });

    test('reads a ParentContext without a Target (EntityMoniker, State, Status)', () => {
      const main = parent(ctx);
      expect(main.target).toBeUndefined();
      expect(main.sizeExceeded).toBe(false);
      expect(main.inputParameters).toEqual({
        EntityMoniker: { kind: 'reference', id: body.activityId, logicalName: table },
        State: option(3),
        Status: option(4),
      });
    });
  });
}
