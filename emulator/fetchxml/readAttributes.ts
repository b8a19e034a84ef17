import { fetchFault } from './fetchFaults';
import type { XmlElement } from './xmlTree';

/** Typed reads of XML attributes, with errors that name the element and attribute. */
export function optionalText(element: XmlElement, attribute: string): string | undefined {
  const value = element.attributes[attribute];
  return value === undefined || value === '' ? undefined : value;
}

export function requiredText(element: XmlElement, attribute: string): string {
  const value = optionalText(element, attribute);
  if (value === undefined)
    throw fetchFault.invalid(`The '${attribute}' attribute is required on the <${element.name}> element.`);
  return value;
}

/** xs:boolean: true, false, 1, 0. */
export function booleanOf(element: XmlElement, attribute: string): boolean {
  const value = optionalText(element, attribute);
  if (value === undefined) return false;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  throw fetchFault.invalid(`The '${attribute}' attribute of <${element.name}> must be true or false, not '${value}'.`);
}

export function positiveIntegerOf(element: XmlElement, attribute: string): number | undefined {
  const value = optionalText(element, attribute);
  if (value === undefined) return undefined;
  if (!/^\s*\+?\d+\s*$/.test(value) || Number(value) < 1) {
    throw fetchFault.invalid(
      `The '${attribute}' attribute of <${element.name}> must be a positive integer, not '${value}'.`,
    );
  }
  return Number(value);
}

export function oneOf<T extends string>(element: XmlElement, attribute: string, allowed: readonly T[]): T | undefined {
  const value = optionalText(element, attribute);
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (found === undefined) {
    throw fetchFault.invalid(
      `The '${attribute}' attribute of <${element.name}> must be one of ${allowed.join(', ')}, not '${value}'.`,
    );
  }
  return found;
}
