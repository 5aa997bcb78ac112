/**
 * How the fast parsers (fastYaml.ts, fastJson.ts) leave a text to the full ones: they throw GiveUp, and their entry
 * point catches it and returns undefined. APIGW_FAST_YAML_DEBUG=1 prints where each gave up.
 */
export class GiveUp extends Error {}

export const giveUp = (): never => {
  if (process.env.APIGW_FAST_YAML_DEBUG)
    console.error(new Error('fast parser gives up').stack?.split('\n').slice(2, 4).join(' / '));
  throw new GiveUp();
};
