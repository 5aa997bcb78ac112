/** The integration's HTTP method: required except for mock, a real method, and POST for Lambda. */
import { HTTP_METHODS } from '../../catalogue/enums';
import { getProperty, scalarText } from '../../parser/ast';
import { closestMatches, didYouMean } from '../../util/similarity';
import { integrationsOf, isIntegrationType, lambdaTarget } from '../integrations';
import { definitionRule } from '../rule';

export const integrationHttpMethodRule = definitionRule({
  name: 'integration-http-method',
  reports: ['integration-http-method', 'lambda-post'],
  check(ctx) {
    for (const op of ctx.index.operations) {
      for (const { node, type, property } of integrationsOf(ctx.def.root, op)) {
        if (!type || type === 'mock' || !isIntegrationType(type)) continue;
        const prop = getProperty(node, 'httpMethod');
        if (!prop) {
          if (ctx.apiType === 'REST')
            ctx.report(
              'integration-http-method',
              property.key,
              `A '${type}' integration needs 'httpMethod' (the method used to call the backend${lambdaTarget(node) === 'lambda' ? ': POST for Lambda' : ''}).`,
              {
                addField: {
                  name: 'httpMethod',
                  value: lambdaTarget(node) === 'lambda' ? 'POST' : 'GET',
                  objectOffset: node.offset,
                },
              },
            );
          continue;
        }
        const method = scalarText(prop.value);
        if (method === undefined || method.includes('${')) continue;
        const upper = method.toUpperCase();
        if (!(HTTP_METHODS as readonly string[]).includes(upper)) {
          const suggestions = closestMatches(method, HTTP_METHODS);
          ctx.report(
            'integration-http-method',
            prop.value!,
            `"${method}" is not an HTTP method.${didYouMean(suggestions)}`,
            { replaceWith: suggestions.length ? suggestions : ['POST'] },
          );
        } else if (lambdaTarget(node) === 'lambda' && upper !== 'POST' && !getProperty(node, 'integrationSubtype')) {
          ctx.report(
            'lambda-post',
            prop.value!,
            `Lambda is always invoked with POST; httpMethod "${method}" fails at request time.`,
            { replaceWith: ['POST'] },
          );
        }
      }
    }
  },
});
