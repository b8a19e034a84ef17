import { parseScoringModel, ScoringModelError } from '../../../../plugins/scoring';
import { WEB_RESOURCE_TYPE } from '../../../../schema/names';
import { DEFAULT_MODEL_WEB_RESOURCE } from '../../../../schema/webResources';
import { descendants, textOf } from '../../../xml/XmlNode';
import type { ParsedSolution } from './ParsedSolution';

/**
 * Web resources have no schema of their own beyond their element: each is a known type, and the scoring model
 * LeadLink ships is a model LeadLink reads — the same check `leadlink model upload` makes, so the default can never
 * be one the functions would refuse.
 */
export function checkWebResources({ customizations, files }: ParsedSolution): string[] {
  const problems: string[] = [];
  for (const webResource of descendants(customizations, 'WebResource')) {
    const name = textOf(webResource, 'Name') ?? '';
    const type = Number(textOf(webResource, 'WebResourceType'));
    if (!Number.isInteger(type) || type < 1 || type > 12) {
      problems.push(
        `web resource '${name}': WebResourceType ${textOf(webResource, 'WebResourceType') ?? '(none)'} is not a type Dataverse has (1–12)`,
      );
    }
    if (name !== DEFAULT_MODEL_WEB_RESOURCE.name) continue;
    if (type !== WEB_RESOURCE_TYPE.script)
      problems.push(`web resource '${name}': a scoring model is a Script (3) web resource`);
    const bytes = files.get((textOf(webResource, 'FileName') ?? '').replace(/^\//, ''));
    if (!bytes) continue;
    try {
      parseScoringModel(bytes.toString('utf8'));
    } catch (error) {
      if (!(error instanceof ScoringModelError)) throw error;
      problems.push(error.from(`web resource '${name}'`).message);
    }
  }
  return problems;
}
