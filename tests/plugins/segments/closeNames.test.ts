import { closeNames } from '../../../plugins/segments';

const COLUMNS = ['subject', 'subjectid', 'fullname', 'firstname', 'lastname', 'cr8a1_favouritecolour', 'cr8a1_tier'];

describe('closeNames', () => {
  it('lists every likely typo, closest first', () => {
    expect(closeNames('subjet', COLUMNS)).toEqual(['subject']);
    expect(closeNames('subjectd', COLUMNS)).toEqual(['subject', 'subjectid']);
    expect(closeNames('fristname', COLUMNS)).toEqual(['firstname', 'lastname']);
    expect(closeNames('lastnme', COLUMNS)).toEqual(['lastname']);
  });

  it('matches a custom column without its publisher prefix', () => {
    expect(closeNames('favouritecolor', COLUMNS)).toEqual(['cr8a1_favouritecolour']);
    expect(closeNames('tier', COLUMNS)).toEqual(['cr8a1_tier']);
  });

  it('offers nothing far-fetched, and at most the number asked', () => {
    expect(closeNames('revenue', COLUMNS)).toEqual([]);
    expect(closeNames('name', ['name1', 'name2', 'name3', 'names'], 2)).toEqual(['name1', 'name2']);
  });
});
