/**
 * One `<RootComponent>` of solution.xml: by schema name (table 1, web resource 61, custom control 66, environment
 * variable 380) or by id (role 20, step 92, service endpoint 95). Component types: the solutioncomponent table reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent .
 */
export interface RootComponent {
  readonly type: number;
  readonly schemaName?: string;
  readonly id?: string;
  /** 0 include subcomponents, 1 do not include subcomponents, 2 include as shell (only the selected subcomponents). */
  readonly behavior: 0 | 1 | 2;
}

export const COMPONENT_TYPE = {
  entity: 1,
  role: 20,
  webResource: 61,
  customControl: 66,
  sdkMessageProcessingStep: 92,
  serviceEndpoint: 95,
  environmentVariableDefinition: 380,
} as const;
