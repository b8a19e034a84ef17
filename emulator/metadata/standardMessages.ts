import { v5 as uuidv5 } from 'uuid';

/**
 * The standard sdkmessage rows the emulator seeds. Platform messages carry the same sdkmessageid in every Dataverse
 * environment (exported steps name their message by id alone: Create, Update and Delete in the public
 * CSE-Neutrino/dataverse-serviceendpoint-sample repository, deployment/solutions/RegisterServiceEndpointsSolution/).
 * The `documented` ids are the ones
 * Microsoft Learn prints in "Use messages with the SDK for .NET" (the sdkmessagefilters of account, with their
 * messages), https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages . For the rest
 * no public source was found: their ids are `derived`, a UUID v5 of `sdkmessage:<Name>` in the namespace below, so
 * they stay the same on every run — and are not the ids a real environment uses.
 */
export const MESSAGE = {
  assign: 'Assign',
  associate: 'Associate',
  create: 'Create',
  createMultiple: 'CreateMultiple',
  delete: 'Delete',
  disassociate: 'Disassociate',
  grantAccess: 'GrantAccess',
  merge: 'Merge',
  modifyAccess: 'ModifyAccess',
  qualifyLead: 'QualifyLead',
  retrieve: 'Retrieve',
  retrieveMultiple: 'RetrieveMultiple',
  retrievePrincipalAccess: 'RetrievePrincipalAccess',
  retrieveSharedPrincipalsAndAccess: 'RetrieveSharedPrincipalsAndAccess',
  revokeAccess: 'RevokeAccess',
  setState: 'SetState',
  setStateDynamicEntity: 'SetStateDynamicEntity',
  update: 'Update',
  updateMultiple: 'UpdateMultiple',
  upsert: 'Upsert',
  upsertMultiple: 'UpsertMultiple',
} as const;
export type MessageName = (typeof MESSAGE)[keyof typeof MESSAGE];

/** The UUID v5 namespace of derived message ids (a fixed random UUID; changing it changes every derived id). */
export const DERIVED_MESSAGE_ID_NAMESPACE = '9a983660-bd41-43ca-b8ae-cec589888770';

export function derivedMessageId(name: string): string {
  return uuidv5(`sdkmessage:${name}`, DERIVED_MESSAGE_ID_NAMESPACE);
}

export interface StandardMessage {
  /** The sdkmessageid. */
  readonly id: string;
  readonly name: MessageName;
  readonly idSource: 'documented' | 'derived';
}

const DOCUMENTED_IDS: Readonly<Partial<Record<MessageName, string>>> = {
  Assign: '8cbdbb1b-ea3e-db11-86a7-000a3a5473e8',
  Create: '9ebdbb1b-ea3e-db11-86a7-000a3a5473e8',
  Delete: 'a1bdbb1b-ea3e-db11-86a7-000a3a5473e8',
  GrantAccess: 'c5bdbb1b-ea3e-db11-86a7-000a3a5473e8',
  Merge: 'dbbdbb1b-ea3e-db11-86a7-000a3a5473e8',
  ModifyAccess: 'dcbdbb1b-ea3e-db11-86a7-000a3a5473e8',
  Retrieve: 'f2bdbb1b-ea3e-db11-86a7-000a3a5473e8',
  RetrieveMultiple: '03bebb1b-ea3e-db11-86a7-000a3a5473e8',
  RetrievePrincipalAccess: '04bebb1b-ea3e-db11-86a7-000a3a5473e8',
  RetrieveSharedPrincipalsAndAccess: '10bebb1b-ea3e-db11-86a7-000a3a5473e8',
  RevokeAccess: '11bebb1b-ea3e-db11-86a7-000a3a5473e8',
  SetState: '1cbebb1b-ea3e-db11-86a7-000a3a5473e8',
  SetStateDynamicEntity: '1dbebb1b-ea3e-db11-86a7-000a3a5473e8',
  Update: '20bebb1b-ea3e-db11-86a7-000a3a5473e8',
};

export const STANDARD_MESSAGES: readonly StandardMessage[] = Object.values(MESSAGE).map((name) => {
  const documented = DOCUMENTED_IDS[name];
  return documented
    ? { id: documented, name, idSource: 'documented' }
    : { id: derivedMessageId(name), name, idSource: 'derived' };
});
