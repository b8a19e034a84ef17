/** A lead or contact name that opens its form. A real button, so it is in the tab order and works with Enter/Space. */
import { Link } from '@fluentui/react-components';
import * as React from 'react';
import type { PanelEntity } from '../logic/recordTarget';
import { usePanelServices } from './PanelServices';

export interface RecordLinkProps {
  readonly entity: PanelEntity;
  readonly id: string;
  readonly name: string | null;
}

export function RecordLink({ entity, id, name }: RecordLinkProps): React.ReactElement {
  const { strings, openRecord } = usePanelServices();
  const text = name ?? strings.get('Record_NoName');
  return (
    <Link as="button" aria-label={strings.format('Record_Open', text)} onClick={() => openRecord(entity, id)}>
      {text}
    </Link>
  );
}
