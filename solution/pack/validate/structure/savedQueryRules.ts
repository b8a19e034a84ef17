/**
 * A view: `<savedquery>` with its FetchXML and grid layout (CustomizationsSolution.xsd's savedquery, whose
 * `<fetch>` is Fetch.xsd's). Its settings come in any order (xs:all).
 */
import { FETCH } from './fetchXmlRules';
import { labelList } from './labelRules';
import { all, empty, many, maybe, one, optional, sequence, text } from './rules';
import { GUID, NON_NEGATIVE_INTEGER, POSITIVE_INTEGER, TEXT, VERSION, ZERO_OR_ONE } from './values';

/** A 0/1 setting that may carry its display name (SerializedTrueFalse01Type). */
const NAMED_FLAG = text(ZERO_OR_ONE, { name: optional(TEXT) });

const CELL = empty({
  name: optional(TEXT),
  width: optional(NON_NEGATIVE_INTEGER),
  disableMetaDataBinding: optional(ZERO_OR_ONE),
  LabelId: optional(TEXT),
  ishidden: optional(ZERO_OR_ONE),
  disableSorting: optional(ZERO_OR_ONE),
  addedby: optional(TEXT),
  desc: optional(TEXT),
  cellType: optional(TEXT),
  imageproviderwebresource: optional(TEXT),
  imageproviderfunctionname: optional(TEXT),
});

const ROW = sequence([many('cell', CELL)], {
  name: optional(TEXT),
  id: optional(TEXT),
  multiobjectidfield: optional(TEXT),
  layoutstyle: optional(TEXT),
});

const GRID = sequence([many('row', ROW)], {
  name: optional(TEXT),
  object: optional(POSITIVE_INTEGER),
  jump: optional(TEXT),
  select: optional(ZERO_OR_ONE),
  icon: optional(ZERO_OR_ONE),
  preview: optional(ZERO_OR_ONE),
  iconrenderer: optional(TEXT),
});

const SAVED_QUERY = all(
  [
    one('savedqueryid', text(GUID)),
    one('LocalizedNames', labelList('LocalizedName')),
    maybe('Descriptions', labelList('Description')),
    maybe('IsCustomizable', NAMED_FLAG),
    maybe('CanBeDeleted', text(ZERO_OR_ONE)),
    maybe('isquickfindquery', NAMED_FLAG),
    maybe('isdefault', NAMED_FLAG),
    maybe('isprivate', text(ZERO_OR_ONE)),
    maybe('IntroducedVersion', text(VERSION)),
    maybe('returnedtypecode', text(NON_NEGATIVE_INTEGER, { formattedvalue: optional(TEXT) })),
    maybe('querytype', text(NON_NEGATIVE_INTEGER, { formattedvalue: optional(TEXT) })),
    maybe('fetchxml', sequence([maybe('fetch', FETCH)])),
    maybe('layoutxml', sequence([maybe('grid', GRID)])),
  ],
  { unmodified: optional(ZERO_OR_ONE) },
);

/** `<SavedQueries>`: one or more `<savedqueries>` lists of views. */
export const SAVED_QUERIES = sequence([
  many(
    'savedqueries',
    sequence([many('savedquery', SAVED_QUERY)], {
      entity: optional(TEXT),
      morerecords: optional(TEXT),
      'paging-cookie': optional(TEXT),
      version: optional(TEXT),
    }),
    1,
  ),
]);
