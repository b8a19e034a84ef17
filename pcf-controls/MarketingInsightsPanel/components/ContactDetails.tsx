/** A contact's name, whether it is marketing-only, and its preferences and consent flags (always in words). */
import { Text } from '@fluentui/react-components';
import * as React from 'react';
import type { ContactSummary } from '../logic/insightsModel';
import type { StringKey } from '../logic/strings';
import { usePanelServices } from './PanelServices';
import { TextBadge } from './TextBadge';
import { usePanelStyles } from './panelStyles';
import { RecordLink } from './RecordLink';

export function MarketingOnlyBadge({
  marketingOnly,
}: {
  readonly marketingOnly: boolean | null;
}): React.ReactElement | null {
  const { strings } = usePanelServices();
  if (marketingOnly === null) return null;
  return marketingOnly ? (
    <TextBadge appearance="tint" color="important" symbol="✉">
      {strings.get('Contact_MarketingOnly')}
    </TextBadge>
  ) : (
    <TextBadge appearance="tint" color="success" symbol="✓">
      {strings.get('Contact_SalesContact')}
    </TextBadge>
  );
}

/** `negative` columns (donot…, disable…) are true when the contact refuses. */
function preferenceValue(value: boolean | null, yes: StringKey, no: StringKey): StringKey {
  if (value === null) return 'Value_NotSet';
  return value ? yes : no;
}

export interface ContactDetailsProps {
  readonly contact: ContactSummary;
  /** On a contact's own form its name is not a link. */
  readonly linkName: boolean;
}

export function ContactDetails({ contact, linkName }: ContactDetailsProps): React.ReactElement {
  const { strings } = usePanelServices();
  const styles = usePanelStyles();
  const { preferences } = contact;
  const facts: readonly (readonly [StringKey, StringKey])[] = [
    ['Pref_BulkEmail', preferenceValue(preferences.doNotBulkEmail, 'Value_DoNotAllow', 'Value_Allow')],
    ['Pref_Email', preferenceValue(preferences.doNotEmail, 'Value_DoNotAllow', 'Value_Allow')],
    ['Pref_WebTracking', preferenceValue(preferences.disableWebTracking, 'Value_OptedOut', 'Value_Allow')],
    ['Pref_Minor', preferenceValue(preferences.isMinor, 'Value_Yes', 'Value_No')],
    ['Pref_ParentalConsent', preferenceValue(preferences.isMinorWithParentalConsent, 'Value_Yes', 'Value_No')],
  ];
  return (
    <>
      <div className={styles.badges}>
        {linkName ? (
          <RecordLink entity="contact" id={contact.id} name={contact.name} />
        ) : (
          <Text weight="semibold">{contact.name ?? strings.get('Record_NoName')}</Text>
        )}
        <MarketingOnlyBadge marketingOnly={contact.marketingOnly} />
      </div>
      {contact.email === null ? null : <Text className={styles.breakWord}>{contact.email}</Text>}
      <Text weight="semibold">{strings.get('Pref_Title')}</Text>
      <dl className={styles.facts}>
        {facts.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt>{strings.get(label)}</dt>
            <dd className={styles.factValue}>{strings.get(value)}</dd>
          </React.Fragment>
        ))}
      </dl>
    </>
  );
}
