/** A badge that always carries words; its symbol is decoration, hidden from screen readers. Never wraps. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import * as React from 'react';
import { usePanelStyles } from './panelStyles';

export interface TextBadgeProps {
  readonly appearance: NonNullable<BadgeProps['appearance']>;
  readonly color: NonNullable<BadgeProps['color']>;
  readonly symbol?: string;
  readonly children: string;
}

export function TextBadge({ appearance, color, symbol, children }: TextBadgeProps): React.ReactElement {
  const styles = usePanelStyles();
  return (
    <Badge
      className={styles.badge}
      appearance={appearance}
      color={color}
      icon={symbol === undefined ? undefined : <span aria-hidden="true">{symbol}</span>}
    >
      {children}
    </Badge>
  );
}
