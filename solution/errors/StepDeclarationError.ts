/** A plug-in's step registration in plugins/registry.ts that Dataverse would refuse, or that clashes with another. */
export class StepDeclarationError extends Error {
  override name = 'StepDeclarationError';

  constructor(
    /** The plug-in whose step is wrong. */
    readonly plugin: string,
    problem: string,
  ) {
    super(`Plug-in '${plugin}': ${problem}`);
  }
}
