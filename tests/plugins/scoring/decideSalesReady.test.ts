import { decideSalesReady, type SalesReadyInput } from '../../../plugins/scoring';

const base: SalesReadyInput = {
  score: 0,
  salesReadyScore: 60,
  requiredNewPoints: 20,
  wasSalesReady: false,
  returned: false,
  returnedAtScore: null,
  previousScore: null,
};

describe('decideSalesReady', () => {
  it('marks a lead sales-ready at the threshold exactly, once', () => {
    expect(decideSalesReady({ ...base, score: 59 })).toEqual({
      salesReady: false,
      reachedThreshold: false,
      becameSalesReady: false,
      returnedToMarketing: false,
      returnedAtScore: null,
    });
    expect(decideSalesReady({ ...base, score: 60 })).toEqual({
      salesReady: true,
      reachedThreshold: true,
      becameSalesReady: true,
      returnedToMarketing: false,
      returnedAtScore: null,
    });
    expect(decideSalesReady({ ...base, score: 75, wasSalesReady: true }).becameSalesReady).toBe(false);
  });

  it('keeps a sales-ready lead with sales when decay lowers its score', () => {
    expect(decideSalesReady({ ...base, score: 40, wasSalesReady: true })).toEqual({
      salesReady: true,
      reachedThreshold: false,
      becameSalesReady: false,
      returnedToMarketing: false,
      returnedAtScore: null,
    });
  });

  it('takes a returned lead out of sales-ready and records its score at return', () => {
    expect(decideSalesReady({ ...base, score: 70, wasSalesReady: true, returned: true, previousScore: 72 })).toEqual({
      salesReady: false,
      reachedThreshold: true,
      becameSalesReady: false,
      returnedToMarketing: true,
      returnedAtScore: 72,
    });
  });

  it('uses the current score as the baseline when the lead was never scored', () => {
    expect(decideSalesReady({ ...base, score: 65, returned: true }).returnedAtScore).toBe(65);
  });

  it('keeps a returned lead with marketing until it earns the required new points', () => {
    const returned = { ...base, returned: true, returnedAtScore: 70 };
    expect(decideSalesReady({ ...returned, score: 89 })).toEqual({
      salesReady: false,
      reachedThreshold: true,
      becameSalesReady: false,
      returnedToMarketing: true,
      returnedAtScore: 70,
    });
    expect(decideSalesReady({ ...returned, score: 90 })).toEqual({
      salesReady: true,
      reachedThreshold: true,
      becameSalesReady: true,
      returnedToMarketing: false,
      returnedAtScore: null,
    });
  });

  it('needs the threshold too: new points alone below it do not make a returned lead sales-ready', () => {
    const decision = decideSalesReady({ ...base, score: 45, returned: true, returnedAtScore: 20 });
    expect(decision.salesReady).toBe(false);
    expect(decision.returnedToMarketing).toBe(true);
    expect(decision.returnedAtScore).toBe(20);
  });
});
