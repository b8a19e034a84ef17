/** The panel's non-data states: loading, an error the user can act on, and honest empty states. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from '@fluentui/react-components';
import * as React from 'react';
import type { ClassifiedLoadError } from '../logic/classifyLoadError';
import type { StringKey } from '../logic/strings';
import { usePanelServices } from './PanelServices';

export function LoadingState(): React.ReactElement {
  const { strings } = usePanelServices();
  return <Spinner size="small" labelPosition="after" label={strings.get('State_Loading')} />;
}

const ERROR_TEXT: Readonly<Record<ClassifiedLoadError['kind'], readonly [StringKey, StringKey]>> = {
  permission: ['Error_Permission_Title', 'Error_Permission_Body'],
  notFound: ['Error_NotFound_Title', 'Error_NotFound_Body'],
  failed: ['Error_Failed_Title', 'Error_Failed_Body'],
};

export function ErrorState({ error }: { readonly error: ClassifiedLoadError }): React.ReactElement {
  const { strings } = usePanelServices();
  const [title, body] = ERROR_TEXT[error.kind];
  return (
    <MessageBar intent={error.kind === 'failed' ? 'error' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.get(title)}</MessageBarTitle> {strings.get(body)}
        {error.code === null ? null : (
          <>
            {' '}
            <Text size={200}>{strings.format('Error_Code', error.code)}</Text>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function EmptyState({ message }: { readonly message: StringKey }): React.ReactElement {
  const { strings } = usePanelServices();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{strings.get(message)}</MessageBarBody>
    </MessageBar>
  );
}

/** An empty section says so in words instead of leaving a blank card. */
export function EmptyText({ message }: { readonly message: string }): React.ReactElement {
  return <Text italic>{message}</Text>;
}
