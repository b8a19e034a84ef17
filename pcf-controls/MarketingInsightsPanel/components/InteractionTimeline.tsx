/** The latest interactions, newest first. The list scrolls inside a focusable region so keyboard users can scroll it. */
import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import * as React from 'react';
import type { InteractionItem } from '../logic/insightsModel';
import { interactionTypeKey } from '../logic/interactionTypeKey';
import { safeHttpUrl } from '../logic/safeUrl';
import { usePanelServices } from './PanelServices';
import { usePanelStyles } from './panelStyles';
import { EmptyText } from './StatusMessages';

export interface InteractionTimelineProps {
  readonly items: readonly InteractionItem[];
  /** The account form lists several contacts' interactions together, so it adds their names. */
  readonly showContact: boolean;
}

function Details({ item }: { readonly item: InteractionItem }): React.ReactElement {
  const { strings } = usePanelServices();
  const href = safeHttpUrl(item.url);
  const text = item.subject ?? item.url ?? strings.get('Timeline_NoSubject');
  if (href === null) return <>{text}</>;
  return (
    <Link href={href} target="_blank" rel="noopener noreferrer" aria-label={strings.format('Timeline_OpenUrl', text)}>
      {text}
    </Link>
  );
}

export function InteractionTimeline({ items, showContact }: InteractionTimelineProps): React.ReactElement {
  const { strings, format } = usePanelServices();
  const styles = usePanelStyles();
  if (items.length === 0) return <EmptyText message={strings.get('Timeline_Empty')} />;
  return (
    // A scrollable region must be focusable to be scrolled from the keyboard.
    <div className={styles.scroll} role="region" aria-label={strings.get('Timeline_Title')} tabIndex={0}>
      <Table size="small" aria-label={strings.get('Timeline_Title')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.get('Col_Date')}</TableHeaderCell>
            <TableHeaderCell>{strings.get('Col_Type')}</TableHeaderCell>
            <TableHeaderCell>{strings.get('Col_Details')}</TableHeaderCell>
            {showContact ? <TableHeaderCell>{strings.get('Col_Contact')}</TableHeaderCell> : null}
            <TableHeaderCell>{strings.get('Col_Campaign')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableCell>{item.occurredOn === null ? '' : format.dateTime(item.occurredOn)}</TableCell>
              <TableCell>{strings.get(interactionTypeKey(item.type))}</TableCell>
              <TableCell className={styles.breakWord}>
                <Details item={item} />
              </TableCell>
              {showContact ? <TableCell>{item.contactName ?? strings.get('Record_NoName')}</TableCell> : null}
              <TableCell className={styles.breakWord}>{item.campaign ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
