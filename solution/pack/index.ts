// The solution packer: generates, validates and zips the LeadLink solution; bin/commands/pack.ts is its CLI.
export { buildSolution, type BuiltSolution, type SolutionInputs } from './buildSolution';
export { packSolution, type PackedSolution } from './packSolution';
export { repositoryInputs, CONTROL_OUTPUT } from './repositoryInputs';
export { validateSolution, type ValidationOptions } from './validate/validateSolution';
export { unzipFiles, zipFiles } from './zipFiles';
export { SolutionValidationError } from '../errors/SolutionValidationError';
export { ControlNotBuiltError } from '../errors/ControlNotBuiltError';
export { PackError } from '../errors/PackError';
export { SolutionSourceError } from '../errors/SolutionSourceError';
