/**
 * Which record the panel describes, read from `context.mode.contextInfo`. That property is not in
 * @types/powerapps-component-framework but is documented for the custom control framework's IMode ("Contains type, id
 * and record name of current entity": entityId, entityTypeName, entityRecordName)
 * (MicrosoftDocs/dynamics-365-customer-engagement, ce/developer/custom-control-framework/reference/imode.md).
 */
export const PANEL_ENTITIES = ['lead', 'contact', 'account'] as const;
export type PanelEntity = (typeof PANEL_ENTITIES)[number];

export interface ContextInfo {
  readonly entityId?: string | null;
  readonly entityTypeName?: string | null;
  readonly entityRecordName?: string | null;
}

export type RecordTarget =
  /** A saved lead, contact or account: the panel loads it. The id is as the form gave it (validated when queried). */
  | { readonly status: 'ready'; readonly entity: PanelEntity; readonly id: string }
  /** A create form: there is nothing to load until the record is saved. */
  | { readonly status: 'unsaved'; readonly entity: PanelEntity }
  /** Placed on another table, or outside a record form. */
  | { readonly status: 'unsupported'; readonly entityTypeName: string };

function isPanelEntity(name: string): name is PanelEntity {
  return (PANEL_ENTITIES as readonly string[]).includes(name);
}

export function readRecordTarget(mode: unknown): RecordTarget {
  const info = (mode as { contextInfo?: ContextInfo | null } | null | undefined)?.contextInfo;
  const entityTypeName = (info?.entityTypeName ?? '').trim().toLowerCase();
  if (!isPanelEntity(entityTypeName)) return { status: 'unsupported', entityTypeName };
  const id = (info?.entityId ?? '').trim();
  if (id === '' || /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/.test(id)) return { status: 'unsaved', entity: entityTypeName };
  return { status: 'ready', entity: entityTypeName, id };
}

/** A key that changes when the panel must load again: another record, or a newer revision of the same one. */
export function targetKey(target: RecordTarget, revision: number): string {
  switch (target.status) {
    case 'ready':
      return `${target.entity}:${target.id.toLowerCase()}:${revision}`;
    case 'unsaved':
      return `${target.entity}:unsaved`;
    case 'unsupported':
      return `unsupported:${target.entityTypeName}`;
  }
}
