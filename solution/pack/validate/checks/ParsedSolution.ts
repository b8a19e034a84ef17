import type { XmlElement } from '../../../xml/XmlNode';

/** A solution zip's files with its two main documents parsed once, for the checks that have no XSD. */
export interface ParsedSolution {
  readonly files: ReadonlyMap<string, Buffer>;
  readonly solution: XmlElement;
  readonly customizations: XmlElement;
}
