import {
  nextPagingCookie,
  readFetchAttribute,
  setFetchAttributes,
} from '../../../../dataverse/client/odata/fetchXmlPaging';

const FETCH = `<fetch count='3' page='1'>
  <entity name='contact'>
    <attribute name='fullname' />
    <order descending='true' attribute='fullname' />
  </entity>
</fetch>`;

describe('FetchXML paging helpers', () => {
  it('reads and sets attributes of the <fetch> element only, keeping the rest of the document', () => {
    expect(readFetchAttribute(FETCH, 'count')).toBe('3');
    const next = setFetchAttributes(FETCH, {
      page: '2',
      'paging-cookie': '<cookie page="1"><a last="x &amp; y" /></cookie>',
    });
    expect(readFetchAttribute(next, 'page')).toBe('2');
    expect(readFetchAttribute(next, 'count')).toBe('3');
    expect(readFetchAttribute(next, 'paging-cookie')).toBe('<cookie page="1"><a last="x &amp; y" /></cookie>');
    expect(next).toContain('&lt;cookie page=&quot;1&quot;&gt;');
    expect(next.slice(next.indexOf('>') + 1)).toBe(FETCH.slice(FETCH.indexOf('>') + 1));
  });

  it('removes an attribute set to undefined', () => {
    const withCookie = setFetchAttributes(FETCH, { 'paging-cookie': 'c' });
    expect(
      readFetchAttribute(setFetchAttributes(withCookie, { 'paging-cookie': undefined }), 'paging-cookie'),
    ).toBeUndefined();
  });

  it('refuses XML without a <fetch> element', () => {
    expect(() => readFetchAttribute('<entity name="contact" />', 'page')).toThrow('<fetch> root element');
  });

  it('decodes the paging cookie twice, as Dataverse encodes it', () => {
    const inner = '<cookie page="1"><contactid last="{70BF}" first="{49B0}" /></cookie>';
    const annotation = `<cookie pagenumber="2" pagingcookie="${encodeURIComponent(encodeURIComponent(inner))}" istracking="False" />`;
    expect(nextPagingCookie(annotation)).toBe(inner);
    expect(nextPagingCookie(undefined)).toBeUndefined();
    expect(nextPagingCookie('<cookie pagenumber="2" istracking="False" />')).toBeUndefined();
  });
});
