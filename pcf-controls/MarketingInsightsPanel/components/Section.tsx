/** A titled card; the heading labels the region so screen readers can jump between sections. */
import { Card, Subtitle2, mergeClasses, useId } from '@fluentui/react-components';
import * as React from 'react';
import { usePanelStyles } from './panelStyles';

export interface SectionProps {
  readonly title: string;
  readonly wide?: boolean;
  readonly children: React.ReactNode;
}

export function Section({ title, wide = false, children }: SectionProps): React.ReactElement {
  const styles = usePanelStyles();
  const headingId = useId('section-title');
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.item, wide && styles.wide)}>
      <Card className={styles.card}>
        <Subtitle2 as="h3" id={headingId}>
          {title}
        </Subtitle2>
        {children}
      </Card>
    </section>
  );
}
