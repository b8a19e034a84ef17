/** Layout with Fluent design tokens, so the panel follows the app's theme (spacing, colours, type ramp). */
import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

export const usePanelStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minHeight: '64px',
    color: tokens.colorNeutralForeground1,
  },
  // Cards wrap and stretch to fill each row, so a narrow form shows one column and a wide one up to three, never gaps.
  grid: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalM,
  },
  item: { flexGrow: 1, flexShrink: 1, flexBasis: '300px', minWidth: 0 },
  wide: { flexBasis: '100%' },
  // On a phone-width form a wide table scrolls inside its card instead of spilling out of it.
  card: { height: '100%', boxSizing: 'border-box', rowGap: tokens.spacingVerticalS, overflowX: 'auto' },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  scoreLine: { display: 'flex', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: {
    maxHeight: '360px',
    overflowY: 'auto',
    ...shorthands.borderRadius(tokens.borderRadiusMedium),
    ':focus-visible': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
    },
  },
  numberCell: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginBlockStart: 0,
    marginBlockEnd: 0,
  },
  factValue: { marginInlineStart: 0 },
  breakWord: { overflowWrap: 'break-word', wordBreak: 'break-word' },
});
