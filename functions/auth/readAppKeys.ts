import { ConfigurationError, type Environment } from '../../dataverse';
import { AUDIENCE_KEYS, AUDIENCES, type Audience } from './audiences';
import { HOW_TO_MAKE_A_KEY, keyWeakness } from './keyStrength';

export type AppKeys = Readonly<Record<Audience, string | undefined>>;

/**
 * The audiences' keys from the app settings, checked once at startup: a required key must be set, every key that is
 * set must be strong, and no two audiences may share a key (that would open one audience's endpoints to the other).
 * Errors name the setting, never its value.
 */
export function readAppKeys(env: Environment): AppKeys {
  const keys: Partial<Record<Audience, string>> = {};
  for (const audience of AUDIENCES) {
    const { setting, holder, required } = AUDIENCE_KEYS[audience];
    const value = env[setting];
    if (value === undefined || value === '') {
      if (required) throw new ConfigurationError(setting, `not set; it is the key of ${holder}: ${HOW_TO_MAKE_A_KEY}`);
      continue;
    }
    const weakness = keyWeakness(value);
    if (weakness) throw new ConfigurationError(setting, `${weakness}; ${HOW_TO_MAKE_A_KEY}`);
    const twin = AUDIENCES.find((other) => keys[other] === value);
    if (twin) {
      throw new ConfigurationError(
        setting,
        `has the same value as ${AUDIENCE_KEYS[twin].setting}; each audience needs a key of its own (${HOW_TO_MAKE_A_KEY})`,
      );
    }
    keys[audience] = value;
  }
  return { dataverse: keys.dataverse, senders: keys.senders, administrators: keys.administrators };
}
