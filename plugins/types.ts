/**
 * The plug-in contract: what a remote plug-in declares about its Dataverse step, and what it gets to do its work.
 * A plug-in is pure logic: it talks to Dataverse only through the client interface it is given.
 */

/** Dataverse step stages (sdkmessageprocessingstep.stage). LeadLink registers post-operation steps only. */
export const STAGE = { preValidation: 10, preOperation: 20, mainOperation: 30, postOperation: 40 } as const;
/** sdkmessageprocessingstep.mode: 0 synchronous, 1 asynchronous. */
export const MODE = { synchronous: 0, asynchronous: 1 } as const;
/** sdkmessageprocessingstepimage.imagetype: 0 PreImage, 1 PostImage, 2 Both. */
export const IMAGE_TYPE = { pre: 0, post: 1, both: 2 } as const;

export interface StepImage {
  /** The alias under which the image arrives in PreEntityImages / PostEntityImages. */
  readonly alias: string;
  readonly type: (typeof IMAGE_TYPE)[keyof typeof IMAGE_TYPE];
  /** Columns the image carries (empty = all). */
  readonly attributes: readonly string[];
  /** `Target` for Update, `Id` for Create. */
  readonly messagePropertyName: 'Target' | 'Id';
}

export interface StepRegistration {
  /** The SDK message, e.g. `Create`, `Update`, or `QualifyLead` (whose payload carries LeadId, not a Target). */
  readonly message: 'Create' | 'Update' | 'Delete' | 'QualifyLead';
  /** The primary table's logical name. */
  readonly table: string;
  readonly stage: (typeof STAGE)[keyof typeof STAGE];
  readonly mode: (typeof MODE)[keyof typeof MODE];
  /** Update steps fire only when one of these columns is in the request (empty = any column). */
  readonly filteringAttributes: readonly string[];
  readonly images: readonly StepImage[];
  /** A stable id for this step, so the solution and the registration CLI write the same row every time. */
  readonly stepId: string;
}
