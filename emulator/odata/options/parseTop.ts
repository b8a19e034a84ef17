import { queryFault } from '../queryFaults';

/** `$top`: a non-negative integer. */
export function parseTop(text: string): number {
  if (!/^\d+$/.test(text.trim())) throw queryFault.invalidTop(text);
  return Number(text.trim());
}
