import { decodeScoreReasons } from '../../../pcf-controls/MarketingInsightsPanel/logic/decodeScoreReasons';
import { reasonLabel } from '../../../pcf-controls/MarketingInsightsPanel/logic/reasonLabel';
import { encodeScoreReasons } from '../../../plugins/scoring/storage/scoreReasonsCodec';

const stored = encodeScoreReasons([
  {
    ruleId: 'event',
    label: 'Attended an event',
    translations: { 1028: '參加了活動', 1066: 'Đã tham dự sự kiện', 1031: 'Hat an einer Veranstaltung teilgenommen' },
    points: 20,
    count: 1,
    accountCount: 0,
    lastOccurredOn: '2026-05-01T10:00:00.000Z',
  },
]);

describe('rule labels in the user’s language', () => {
  it('reads the labels by language the engine stores', () => {
    const [reason] = decodeScoreReasons(stored).reasons;
    expect(reason?.translations).toEqual({
      1028: '參加了活動',
      1066: 'Đã tham dự sự kiện',
      1031: 'Hat an einer Veranstaltung teilgenommen',
    });
  });

  it.each([
    [1028, '參加了活動'],
    [1066, 'Đã tham dự sự kiện'],
    [1031, 'Hat an einer Veranstaltung teilgenommen'],
    [1033, 'Attended an event'],
    [3082, 'Attended an event'],
    [undefined, 'Attended an event'],
  ])('shows %s the label %s, else the model’s first language', (languageId, expected) => {
    const [reason] = decodeScoreReasons(stored).reasons;
    if (!reason) throw new Error('no reason');
    expect(reasonLabel(reason, languageId)).toBe(expected);
  });

  it('shows reasons stored before labels had languages as they were, and ignores labels that are not texts', () => {
    const old = decodeScoreReasons('{"v":1,"r":[{"i":"dm","l":"Decision maker","p":15,"c":1}],"s":60}');
    expect(old.reasons[0]).not.toHaveProperty('translations');
    expect(reasonLabel(old.reasons[0] as NonNullable<(typeof old.reasons)[0]>, 1028)).toBe('Decision maker');
    const odd = decodeScoreReasons(
      '{"v":1,"r":[{"i":"dm","l":"Decision maker","L":{"1028":5,"en":"x","1066":" "},"p":1,"c":1}]}',
    );
    expect(odd.reasons[0]).not.toHaveProperty('translations');
    expect(odd.skipped).toBe(0);
  });
});
