import { readFileSync, writeFileSync } from 'node:fs';
import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import {
  ENV_VAR_VALUE_MAX_LENGTH,
  parseScoringModel,
  ScoringModelError,
  type ScoringModel,
} from '../../plugins/scoring';
import {
  DEFAULT_UPLOAD_NAME,
  ModelUploadError,
  readModelText,
  uploadScoringModel,
  type UploadReport,
} from '../../plugins/scoringModel';
import { ENV_VARS } from '../../schema/environmentVariables';
import { parseFlags, UsageError } from '../args';

export const modelUsage = `leadlink model validate FILE
leadlink model upload FILE [--name ${DEFAULT_UPLOAD_NAME}] [--dry-run]
leadlink model download [FILE]
  validate: checks a scoring model file and names every problem (no connection needed).
  upload: checks it, writes it into the web resource --name (created or updated), publishes it and points
  ${ENV_VARS.scoringModelWebResource} at it; a model with a problem changes nothing. --dry-run says what it would do.
  download: writes the model in force (to FILE, or prints it), to start an edit from. Connects with DATAVERSE_URL.`;

const flags = { name: { type: 'string' }, 'dry-run': { type: 'boolean' } } as const;

/** `leadlink model validate|upload|download`. */
export async function runModel(
  argv: readonly string[],
  env: Environment = process.env,
  print: (text: string) => void = console.log,
  printError: (text: string) => void = console.error,
): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseFlags(rest, flags);
  if (positionals.length > 1) throw new UsageError(`one FILE at most, got ${positionals.join(' ')}.`);
  const [file] = positionals;
  if (action !== 'upload' && (values.name !== undefined || values['dry-run'] !== undefined)) {
    throw new UsageError('--name and --dry-run go with upload.');
  }
  switch (action) {
    case 'validate': {
      const text = readModelFile(file);
      try {
        print(`${file}: valid. ${describeModel(parseScoringModel(text), text)}`);
        return 0;
      } catch (error) {
        if (!(error instanceof ScoringModelError)) throw error;
        printError(error.from(file ?? 'the model').message);
        return 1;
      }
    }
    case 'upload': {
      const text = readModelFile(file);
      return withClient(env, async (client) => {
        try {
          const report = await uploadScoringModel(client, text, {
            ...(values.name !== undefined ? { name: values.name } : {}),
            dryRun: values['dry-run'] === true,
            ...(file !== undefined ? { source: file } : {}),
          });
          print(describeUpload(report, text));
          return 0;
        } catch (error) {
          if (!(error instanceof ScoringModelError || error instanceof ModelUploadError)) throw error;
          printError(error.message);
          return 1;
        }
      });
    }
    case 'download':
      return withClient(env, async (client) => {
        const { source, text } = await readModelText(client);
        if (file === undefined) print(text);
        else writeFileSync(file, text);
        printError(`The model in force is the ${source}${file === undefined ? '' : `; written to ${file}`}.`);
        return 0;
      });
    default:
      throw new UsageError(
        action === undefined
          ? 'say validate, upload or download.'
          : `unknown action '${action}'; say validate, upload or download.`,
      );
  }
}

function readModelFile(file: string | undefined): string {
  if (file === undefined) throw new UsageError('give the model FILE (JSON).');
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

async function withClient(env: Environment, work: (client: DataverseClient) => Promise<number>): Promise<number> {
  const client = DataverseClient.fromConfig(loadDataverseConfig(env));
  try {
    return await work(client);
  } finally {
    client.close();
  }
}

function describeModel(model: ScoringModel, text: string): string {
  const fits =
    text.length <= ENV_VAR_VALUE_MAX_LENGTH
      ? `would also fit ${ENV_VARS.scoringModel}`
      : `too long for ${ENV_VARS.scoringModel} (at most ${ENV_VAR_VALUE_MAX_LENGTH}); fine for a web resource`;
  return (
    `${model.rules.length} behaviour rules, ${model.fieldRules.length} field rules, ${model.grades.length} grades; ` +
    `sales-ready at ${model.salesReadyScore}; labels in ${model.languages.join(', ')}. ` +
    `${text.length} characters: ${fits}.`
  );
}

function describeUpload(report: UploadReport, text: string): string {
  const would = report.dryRun ? 'Would be: ' : '';
  const lines = [
    `${would}web resource '${report.name}' ${report.webResource}${report.published ? ' and published' : ''}; ` +
      `${ENV_VARS.scoringModelWebResource} ${report.variable === 'set' ? `set to '${report.name}'` : 'already names it'}.`,
    describeModel(report.model, text),
  ];
  if (report.inlineOverride) {
    lines.push(
      `Note: ${ENV_VARS.scoringModel} has a value, which is used instead of any web resource. Remove that value to use this model.`,
    );
  }
  if (!report.dryRun && report.webResource !== 'unchanged') lines.push('The functions use it within a minute.');
  return lines.join('\n');
}
