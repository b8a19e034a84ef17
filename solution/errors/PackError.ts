/** The solution cannot be packed from what is declared (a column type the packer cannot write, a missing label…). */
export class PackError extends Error {
  override name = 'PackError';
}
