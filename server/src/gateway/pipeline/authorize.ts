/**
 * Stage 2, authorize: authorizers, API keys and usage plans run here, before validation, as in API Gateway
 * (DG "Control and manage access to REST APIs"). The core has none of its own; the plugins of `gateway/auth/`
 * (issue-15b) do the work and may answer with a gateway response.
 */
import type { Stage } from './stage';

export const authorizeStage: Stage = async (ex, env) => {
  for (const plugin of env.plugins) {
    const answer = await plugin.authorize?.(ex);
    if (answer) return answer;
  }
  return undefined;
};
