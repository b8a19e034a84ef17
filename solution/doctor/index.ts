// leadlink doctor as a library: bin/commands/doctor.ts is its CLI, bin/commands/start.ts runs it against itself.
export { runDoctor, type DoctorOptions } from './runDoctor';
export type { DoctorReport } from './DoctorReport';
export type { CheckGroup, CheckResult, CheckStatus } from './CheckResult';
export { formatChecklist, reportJson } from './format/formatChecklist';
export { readAppRoles, type AppRole, type RequiredPrivilege } from './read/appRoles';
export { packedSolution, type PackedSolution } from './read/packedSolution';
export { ADMIN_KEY_SETTING, FUNCTION_HOST_SETTING } from './functionApp/functionAppEndpoints';
