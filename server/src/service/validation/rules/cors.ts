/** HTTP API CORS: credentials cannot be allowed for every origin. */
import { asObject, getProperty, getValue } from '../../parser/ast';
import { definitionRule } from '../rule';

export const corsRule = definitionRule({
  name: 'cors-credentials',
  reports: ['cors-credentials'],
  check(ctx) {
    const cors = asObject(getValue(ctx.def.root, 'x-amazon-apigateway-cors'));
    const credentials = getProperty(cors, 'allowCredentials');
    if (credentials?.value?.type !== 'boolean' || !credentials.value.value) return;
    const origins = getValue(cors, 'allowOrigins');
    const star =
      origins?.type === 'array' ? origins.items.find((i) => i.type === 'string' && i.value === '*') : undefined;
    if (star)
      ctx.report(
        'cors-credentials',
        star,
        `CORS cannot allow credentials for every origin ('*'); list the allowed origins instead.`,
      );
  },
});
